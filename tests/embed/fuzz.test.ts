import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/index.js';
import type { BackSpasmGuide } from '../../src/index.js';
import { goTo, SCREEN_NAMES } from '../i18n/drive.js';

const ATTRIBUTES = ['lang', 'emergency-number', 'urgent-number', 'theme', 'compact', 'remember'];
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><b>bold</b>',
  'javascript:alert(1)',
  'tel:911<b>',
  '{{7*7}}',
  '${alert(1)}',
  '\u202e999',
  'x'.repeat(100_000),
  '',
  ' ',
  '12345678901234567890123',
  '999',
  'ar',
  'dark',
];
const attributeValue = fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...PAYLOADS));

const ALLOWED_TAGS = new Set([
  'div',
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'button',
  'label',
  'input',
  'span',
  'strong',
  'fieldset',
  'legend',
  'section',
  'details',
  'summary',
  'a',
  'svg',
  'g',
  'path',
  'circle',
  'line',
  'rect',
  'ellipse',
  'polyline',
  'style',
]);

function expectNothingInjected(el: BackSpasmGuide) {
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    expect(ALLOWED_TAGS.has(node.localName), `<${node.localName}> rendered`).to.equal(true);
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `${attr} attribute rendered`).to.equal(false);
    }
  }
  for (const link of el.shadowRoot!.querySelectorAll('a')) {
    expect(link.getAttribute('href')).to.match(/^tel:\+?\d{2,15}$/);
  }
}

describe('bad input from the host', function () {
  this.timeout(120_000);
  let warn: sinon.SinonStub;
  let error: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    error = sinon.stub(console, 'error');
  });
  afterEach(() => {
    warn.restore();
    error.restore();
    localStorage.clear();
  });

  it('renders no host text as HTML and never throws, for any attribute values', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...ATTRIBUTES), attributeValue, { maxKeys: 6 }),
        fc.constantFrom(...SCREEN_NAMES),
        async (attributes, screen) => {
          const el = await fixture<BackSpasmGuide>(html`<back-spasm-guide></back-spasm-guide>`);
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          await el.updateComplete;
          await goTo(el, screen);
          expect(el.shadowRoot!.querySelector('[data-screen-heading], .loading')).to.exist;
          expectNothingInjected(el);
          el.remove();
        },
      ),
      { numRuns: 60 },
    );
    window.removeEventListener('error', onError);
    expect(uncaught).to.deep.equal([]);
    expect(error.called).to.equal(false);
  });

  it('warns once per bad value and falls back to defaults', async () => {
    const el = await fixture<BackSpasmGuide>(html`<back-spasm-guide></back-spasm-guide>`);
    for (let i = 0; i < 3; i++) {
      el.setAttribute('theme', `neon-${i}`);
      el.setAttribute('emergency-number', `<b>${i}</b>`);
      el.setAttribute('lang', `zz-${i}`);
      await el.updateComplete;
      await goTo(el, 'emergency');
    }
    const messages = warn.getCalls().map((c) => String(c.args[0]));
    for (const key of ['theme', 'emergency-number', 'unsupported language']) {
      expect(
        messages.filter((m) => m.includes(key)),
        key,
      ).to.have.length(1);
    }
    expect(el.theme).to.equal('auto');
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);
  });

  it('ignores any answers value that is not well-formed, and keeps working', async () => {
    const el = await fixture<BackSpasmGuide>(html`<back-spasm-guide></back-spasm-guide>`);
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ withNullPrototype: true, withBigInt: true }),
        async (value) => {
          expect(() => {
            el.answers = value as never;
          }).to.not.throw();
          expect(el.assessment === null || typeof el.assessment.tier === 'string').to.equal(true);
          await goTo(el, 'plan');
          expectNothingInjected(el);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('never renders markup from prefilled answers', async () => {
    const el = await fixture<BackSpasmGuide>(html`<back-spasm-guide></back-spasm-guide>`);
    el.answers = {
      version: 1,
      redFlags: {},
      noRedFlags: true,
      onset: { kind: 'date', date: '<img src=x onerror=alert(1)>' },
    } as never;
    expect(el.answers.onset).to.equal(undefined);
    expectNothingInjected(el);
  });
});
