import { eventually } from '../support/eventually.js';
import { expect } from '@open-wc/testing';
import { closeAll, openPage, renderedHeading } from './frame.js';
import { goTo, SCREEN_NAMES } from '../support/flow-driver.js';

function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('hostile host pages (built files)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('stays legible and usable under a theme that sets every bad inherited value', async () => {
    const frame = await openPage('/tests/embed/pages/hostile.html', 360);
    await renderedHeading(frame);
    const guide = frame.guide();
    for (const screen of SCREEN_NAMES) {
      await goTo(guide, screen);
      const root = guide.shadowRoot!;
      const card = root.querySelector<HTMLElement>('.card')!;
      const cardStyle = frame.window.getComputedStyle(card);
      expect(cardStyle.direction, screen).to.equal('ltr');
      for (const el of root.querySelectorAll<HTMLElement>(
        'p, h2, h3, h4, legend, label span, button',
      )) {
        const style = frame.window.getComputedStyle(el);
        const size = parseFloat(style.fontSize);
        expect(size, `${screen}: font size of ${el.tagName}`).to.be.at.least(14);
        expect(parseFloat(style.lineHeight), `${screen}: line height`).to.be.at.least(size * 1.15);
        expect(style.textAlign, screen).to.be.oneOf(['start', 'left', 'center']);
        expect(style.textTransform).to.equal('none');
        expect(style.letterSpacing).to.be.oneOf(['normal', '0px']);
        expect(style.visibility).to.equal('visible');
      }
      for (const button of root.querySelectorAll<HTMLElement>('button')) {
        const rect = button.getBoundingClientRect();
        expect(rect.height, `${screen}: button height`).to.be.at.least(24);
        expect(rect.width).to.be.at.least(24);
      }
      expect(contrast(cardStyle.color, cardStyle.backgroundColor), screen).to.be.at.least(4.5);
      expect(card.scrollWidth, `${screen}: no sideways scroll`).to.be.at.most(card.clientWidth);
    }
    expect(frame.window.probe.errors).to.deep.equal([]);
  });
});

describe('strict Content-Security-Policy with Trusted Types (built files)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('walks every screen with zero securitypolicyviolation events', async () => {
    const frame = await openPage('/tests/embed/pages/csp-strict.html');
    await renderedHeading(frame);
    await eventually(
      () => frame.guide().shadowRoot!.querySelector('.card')?.getAttribute('lang') === 'de',
    );
    const guide = frame.guide();
    for (const screen of SCREEN_NAMES) {
      await goTo(guide, screen);
      expect(guide.shadowRoot!.querySelector('[data-screen-heading]'), screen).to.exist;
    }
    // Drawings are loaded lazily on the plan: make sure they arrived under the policy too.
    await goTo(guide, 'plan');
    await eventually(() => guide.shadowRoot!.querySelector('svg.illustration'), 'no drawings', {
      timeout: 5000,
    });
    expect(frame.window.probe.violations).to.deep.equal([]);
    expect(frame.window.probe.errors).to.deep.equal([]);
  });

  it('the classic script with every language: every screen, its files through its one policy', async () => {
    const frame = await openPage('/tests/embed/pages/csp-classic-every-language.html');
    await renderedHeading(frame);
    const guide = frame.guide();
    await eventually(() => guide.shadowRoot!.querySelector('.card')?.getAttribute('lang') === 'de');
    for (const screen of SCREEN_NAMES) {
      await goTo(guide, screen);
      expect(guide.shadowRoot!.querySelector('[data-screen-heading]'), screen).to.exist;
    }
    await goTo(guide, 'plan');
    await eventually(() => guide.shadowRoot!.querySelector('svg.illustration'), 'no drawings', {
      timeout: 5000,
    });
    const added = frame.window.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/classic/'));
    expect(added.some((path) => path.startsWith('/dist/classic/chunks/guide-flow-'))).to.equal(
      true,
    );
    expect(added.some((path) => path.startsWith('/dist/classic/locales/de.plan-'))).to.equal(true);
    expect(frame.window.probe.violations).to.deep.equal([]);
    expect(frame.window.probe.errors).to.deep.equal([]);
    expect(frame.window.probe.rejections).to.deep.equal([]);
  });

  it('the classic script with every language under a nonce-only script-src: its files carry the nonce', async () => {
    const frame = await openPage('/tests/embed/pages/csp-nonce-classic.html');
    await renderedHeading(frame);
    const guide = frame.guide();
    await eventually(() => guide.shadowRoot!.querySelector('.card')?.getAttribute('lang') === 'de');
    await goTo(guide, 'plan');
    expect(guide.shadowRoot!.querySelectorAll('[data-step]').length).to.be.greaterThan(3);
    expect(guide.shadowRoot!.querySelector('.locale-note')).to.equal(null);
    // The test server adds a script of its own to every page, without the nonce.
    const ours = frame.window.probe.violations.filter((v) => !v.includes('__web-dev-server__'));
    expect(ours).to.deep.equal([]);
    expect(frame.window.probe.errors).to.deep.equal([]);
    expect(frame.window.probe.rejections).to.deep.equal([]);
  });
});
