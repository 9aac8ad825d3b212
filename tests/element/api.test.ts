import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { BackSpasmGuide } from '../../src/index.js';
import { ANSWERS_VERSION, type Answers } from '../../src/clinical/types.js';
import { validAnswers } from '../support/answers.js';
import { heading, makeGuide, root, walk } from './helpers.js';

const complete: Answers = validAnswers();

describe('element API', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    localStorage.clear();
  });
  afterEach(() => {
    warn.restore();
    localStorage.clear();
  });

  it('reflects its settings as properties with safe defaults', async () => {
    const el = await fixture<BackSpasmGuide>(html`<back-spasm-guide></back-spasm-guide>`);
    expect(el.theme).to.equal('auto');
    expect(el.compact).to.equal(false);
    expect(el.remember).to.equal(false);
    el.compact = true;
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.hasAttribute('compact')).to.equal(true);
  });

  it('falls back with one warning for a bad theme, phone number or language', async () => {
    const markup = '<b>call</b>';
    const el = await fixture<BackSpasmGuide>(
      html`<back-spasm-guide
        theme="neon"
        emergency-number=${markup}
        lang="xx-YY"
      ></back-spasm-guide>`,
    );
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.theme).to.equal('auto');
    const messages = warn.getCalls().map((call) => String(call.args[0]));
    expect(messages.filter((m) => m.includes('theme'))).to.have.length(1);
    expect(messages.filter((m) => m.includes('emergency-number'))).to.have.length(1);
    expect(messages.filter((m) => m.includes('unsupported language'))).to.have.length(1);
    expect(root(el).textContent).to.contain('your local emergency number');
    expect(root(el).innerHTML).to.not.contain('<b>call');
  });

  it('takes answers to resume and exposes the assessment', async () => {
    const el = await makeGuide();
    expect(el.assessment).to.equal(null);
    el.answers = complete;
    expect(el.assessment?.tier).to.equal('self-care');
    expect(el.answers).to.deep.equal(complete);
    el.answers.ageBand = '65-plus';
    expect(el.answers.ageBand, 'the getter returns a copy').to.equal('18-49');
  });

  it('keeps answers set before its questions have loaded, and checks them once they have', async () => {
    const early = document.createElement('back-spasm-guide');
    early.answers = complete;
    const bad = document.createElement('back-spasm-guide');
    bad.answers = { version: 2, redFlags: { nonsense: true } } as unknown as Answers;
    document.body.append(early, bad);
    try {
      await Promise.all([early.updateComplete, bad.updateComplete]);
      expect(early.assessment?.tier).to.equal('self-care');
      expect(early.answers).to.deep.equal(complete);
      expect(bad.answers.redFlags).to.deep.equal({});
      expect(warn.getCalls().filter((c) => String(c.args[0]).includes('answers'))).to.have.length(
        1,
      );
    } finally {
      early.remove();
      bad.remove();
    }
  });

  it('shows the first screen, never a blank card, when a host replaces the answers under the plan', async () => {
    const el = await makeGuide();
    await walk(el, {});
    expect(heading(el)).to.equal('You can look after this at home');
    el.answers = { version: ANSWERS_VERSION, redFlags: {} };
    await el.updateComplete;
    expect(heading(el)).to.equal('Low back spasm: what to do now');
  });

  it('ignores malformed answers with one warning', async () => {
    const el = await makeGuide();
    el.answers = { version: 2, redFlags: { nonsense: true } } as unknown as Answers;
    el.answers = 'garbage' as unknown as Answers;
    expect(el.answers.redFlags).to.deep.equal({});
    expect(warn.getCalls().filter((c) => String(c.args[0]).includes('answers'))).to.have.length(1);
  });

  it('takes answers part-way through, but not half an answer', async () => {
    const el = await makeGuide();
    const partWay: Answers = { version: ANSWERS_VERSION, redFlags: { fever: false } };
    el.answers = partWay;
    expect(el.answers).to.deep.equal(partWay);
    el.answers = { ...partWay, onset: { kind: 'duration', value: 3 } } as unknown as Answers;
    expect(el.answers, 'a duration without its unit is refused').to.deep.equal(partWay);
    expect(warn.getCalls().filter((c) => String(c.args[0]).includes('answers'))).to.have.length(1);
  });

  it('remembers answers only when asked, and forgets them', async () => {
    const el = await makeGuide();
    await walk(el, {});
    expect(Object.keys(localStorage)).to.deep.equal([]);
    fixtureCleanup();

    const remembering = await makeGuide('en', { remember: '' });
    await walk(remembering, {});
    expect(localStorage.length).to.equal(1);

    // A reload: the same page with its guides in the same places.
    fixtureCleanup();
    const returning = await fixture<BackSpasmGuide>(
      html`<back-spasm-guide remember></back-spasm-guide>`,
    );
    await returning.updateComplete;
    expect(heading(returning)).to.equal('You can look after this at home');
    const focusMoved = document.activeElement === returning;
    expect(focusMoved, 'a returning reader keeps the page focus').to.equal(false);
    [...root(returning).querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Forget'))!
      .click();
    await returning.updateComplete;
    expect(localStorage.length).to.equal(0);
    expect(heading(returning)).to.equal('Low back spasm: what to do now');
  });

  it('discards corrupt or old stored answers safely', async () => {
    for (const stored of ['{not json', JSON.stringify({ version: 0, redFlags: {} }), '"x"']) {
      localStorage.setItem('back-spasm-guide:answers', stored);
      const el = await fixture<BackSpasmGuide>(
        html`<back-spasm-guide remember></back-spasm-guide>`,
      );
      await el.updateComplete;
      expect(heading(el)).to.equal('Low back spasm: what to do now');
      expect(localStorage.getItem('back-spasm-guide:answers')).to.equal(null);
      fixtureCleanup();
    }
  });

  it('fires prefixed, bubbling, composed events', async () => {
    const el = await makeGuide();
    const seen: Event[] = [];
    document.addEventListener('bsg-screen-change', (e) => seen.push(e), { once: true });
    root(el).querySelector<HTMLButtonElement>('button')!.click();
    expect(seen).to.have.length(1);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
    expect((seen[0] as CustomEvent).detail).to.deep.equal({ screen: 'red-flags' });
  });
});
