import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { BackSpasmGuide } from '../../src/index.js';
import { goTo, type ScreenName } from '../support/flow-driver.js';
import { heading, root } from './helpers.js';

/**
 * `remember`: what a returning reader sees after leaving each screen (README, "remember"),
 * modelled as a reload: the page's guides removed and the same markup added again.
 */
const SEEN_AFTER_RELOAD: Record<ScreenName, string> = {
  start: 'Low back spasm: what to do now',
  'red-flags': 'First, a quick safety check',
  onset: 'When did it start?',
  about: 'About you',
  plan: 'You can look after this at home',
  'pregnancy-plan': 'You can look after this at home',
  urgent: 'Get medical help today',
  emergency: 'Call for emergency help now',
};

async function page(markup: ReturnType<typeof html>): Promise<BackSpasmGuide[]> {
  const wrapper = await fixture<HTMLDivElement>(markup);
  const guides = [...wrapper.querySelectorAll('back-spasm-guide')] as BackSpasmGuide[];
  await Promise.all(guides.map((guide) => guide.updateComplete));
  return guides;
}

describe('remember: a returning reader', function () {
  this.timeout(30_000);
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    localStorage.clear();
  });
  afterEach(() => {
    warn.restore();
    localStorage.clear();
  });

  for (const screen of Object.keys(SEEN_AFTER_RELOAD) as ScreenName[]) {
    it(`after the ${screen} screen sees ${SEEN_AFTER_RELOAD[screen]}, with the answers kept`, async () => {
      const [guide] = await page(
        html`<div><back-spasm-guide remember lang="en"></back-spasm-guide></div>`,
      );
      await goTo(guide!, screen);
      const answers = guide!.answers;
      if (screen === 'start') expect(localStorage.length, 'nothing to keep').to.equal(0);
      fixtureCleanup();
      const [returning] = await page(
        html`<div><back-spasm-guide remember lang="en"></back-spasm-guide></div>`,
      );
      await returning!.updateComplete;
      expect(heading(returning!)).to.contain(SEEN_AFTER_RELOAD[screen]);
      expect(returning!.answers).to.deep.equal(answers);
      expect(root(returning!).activeElement, 'the page keeps its focus').to.equal(null);
    });
  }

  it('keeps two guides on one page apart: by id, and by position', async () => {
    const [a, b, c] = await page(
      html`<div>
        <back-spasm-guide remember lang="en" id="sidebar"></back-spasm-guide>
        <back-spasm-guide remember lang="en"></back-spasm-guide>
        <back-spasm-guide remember lang="en"></back-spasm-guide>
      </div>`,
    );
    await goTo(a!, 'plan');
    await goTo(b!, 'emergency');
    await goTo(c!, 'onset');
    expect(localStorage.length).to.equal(3);
    fixtureCleanup();
    const [a2, b2, c2] = await page(
      html`<div>
        <back-spasm-guide remember lang="en" id="sidebar"></back-spasm-guide>
        <back-spasm-guide remember lang="en"></back-spasm-guide>
        <back-spasm-guide remember lang="en"></back-spasm-guide>
      </div>`,
    );
    expect(heading(a2!)).to.equal(SEEN_AFTER_RELOAD.plan);
    expect(heading(b2!)).to.equal(SEEN_AFTER_RELOAD.emergency);
    expect(heading(c2!)).to.equal(SEEN_AFTER_RELOAD.onset);
  });

  it('never reads or writes storage while remember is off, and forgets when it is turned off', async () => {
    const setItem = sinon.spy(Storage.prototype, 'setItem');
    const getItem = sinon.spy(Storage.prototype, 'getItem');
    try {
      const [guide] = await page(html`<div><back-spasm-guide lang="en"></back-spasm-guide></div>`);
      for (const screen of ['red-flags', 'about', 'plan', 'emergency'] as const) {
        await goTo(guide!, screen);
      }
      expect(setItem.called).to.equal(false);
      expect(getItem.called).to.equal(false);
      guide!.remember = true;
      await goTo(guide!, 'plan');
      expect(localStorage.length).to.equal(1);
      guide!.remember = false;
      await guide!.updateComplete;
      expect(localStorage.length).to.equal(0);
    } finally {
      setItem.restore();
      getItem.restore();
    }
  });
});
