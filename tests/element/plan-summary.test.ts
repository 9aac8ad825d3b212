/**
 * The plan opens with its summary (issue 13): the tier banner, "Do this now" (ranked by the
 * core), "Get help if" (short, the full list one click away) and "Check again on" (with the
 * calendar button); the rest is collapsed in native disclosures that open by keyboard and for
 * print. Positions are measured at 320 × 640 px, in English, Arabic and Hindi.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { EMERGENCY_FINDINGS } from '../../src/clinical/index.js';
import { goTo, guideIn } from '../support/flow-driver.js';
import { measurePlan, walkTo } from './plan-metrics.js';

const SCREEN = 640;

/** The plan in a language; the questions' chunk may still be loading on the first try. */
async function planIn(lang: string) {
  const el = await guideIn(lang, 320);
  for (let i = 0; i < 40; i++) {
    await goTo(el, 'plan');
    if (el.shadowRoot!.querySelector('.do-now')) return el;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no plan in ${lang}`);
}

function parts(root: ShadowRoot) {
  return {
    banner: root.querySelector<HTMLElement>('.tier')!,
    doNow: root.querySelector<HTMLElement>('.do-now')!,
    getHelp: root.querySelector<HTMLElement>('.get-help-summary')!,
    checkAgain: root.querySelector<HTMLElement>('.check-again')!,
    firstSection: root.querySelector<HTMLElement>('details.plan-section')!,
  };
}

describe('the plan, summary first', () => {
  before(() => setViewport({ width: 320, height: SCREEN }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en-GB', 'ar', 'hi']) {
    it(`opens with banner, do this now, get help, check again at 320 × 640 (${lang})`, async () => {
      const el = await planIn(lang);
      const root = el.shadowRoot!;
      const p = parts(root);
      expect(
        Object.entries(p)
          .filter(([, node]) => !node)
          .map(([name]) => name),
        `missing on ${root.querySelector('h2')?.textContent}`,
      ).to.deep.equal([]);
      const order = [p.banner, p.doNow, p.getHelp, p.checkAgain, p.firstSection];
      for (let i = 1; i < order.length; i++) {
        expect(
          order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING,
          `part ${i} out of order`,
        ).to.not.equal(0);
      }
      const top = el.getBoundingClientRect().top;
      const bottom = (node: HTMLElement) => node.getBoundingClientRect().bottom - top;
      expect(bottom(p.doNow), 'do this now on the first screen').to.be.at.most(SCREEN);
      expect(bottom(p.getHelp), 'get help by the end of the second').to.be.at.most(2 * SCREEN);
      const calendar = p.checkAgain.querySelector('button')!;
      expect(bottom(p.checkAgain), 'check again by the end of the second').to.be.at.most(
        2 * SCREEN,
      );
      expect(calendar, 'calendar button beside the date').to.exist;
      // The core's ranking, in its order.
      const shown = [...root.querySelectorAll<HTMLElement>('[data-do-now]')].map(
        (li) => li.dataset.doNow,
      );
      expect(shown).to.deep.equal(el.assessment!.doNow);
      expect(shown.length).to.be.within(2, 3);
      const right = el.getBoundingClientRect().right + 1;
      const wide = [...root.querySelectorAll('*')].filter(
        (node) => node.getBoundingClientRect().right > right,
      );
      expect(
        wide.map((node) => node.className),
        'no sideways overflow',
      ).to.deep.equal([]);
    });
  }

  it('ranks staying active first and never a medicine', async () => {
    const el = await planIn('en-GB');
    expect(el.assessment!.doNow[0]).to.equal('keep-moving-gently');
    const root = el.shadowRoot!;
    expect(root.querySelector('.do-now')!.textContent).to.include('Keep moving gently');
  });

  it('keeps the whole when-to-get-help list one click away, and opens it by keyboard', async () => {
    const el = await planIn('en-GB');
    const all = el.shadowRoot!.querySelector<HTMLDetailsElement>('.all-signs')!;
    expect(all.open).to.equal(false);
    expect(all.querySelectorAll('.get-help-list li').length).to.be.at.least(
      EMERGENCY_FINDINGS.length,
    );
    all.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(all.open).to.equal(true);
  });

  it('collapses every step group in a labelled disclosure that opens by keyboard', async () => {
    const el = await planIn('en-GB');
    const sections = [
      ...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details.plan-section'),
    ];
    expect(sections.length).to.be.at.least(5);
    for (const details of sections) {
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary h3')!.textContent!.trim()).to.not.equal('');
    }
    const first = sections[0]!;
    first.querySelector('summary')!.focus();
    await sendKeys({ press: 'Space' });
    expect(first.open).to.equal(true);
    expect(first.querySelector<HTMLElement>('[data-step]')!.getClientRects().length).to.be.above(0);
  });

  it('opens every section for print and closes them again after', async () => {
    const el = await planIn('en-GB');
    const root = el.shadowRoot!;
    window.dispatchEvent(new Event('beforeprint'));
    const all = [...root.querySelectorAll<HTMLDetailsElement>('details:not(.sources)')];
    expect(all.length).to.be.at.least(6);
    expect(all.every((d) => d.open)).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(all.some((d) => d.open)).to.equal(false);
  });

  it('shows what does not help as one card with a short list and one Sources control', async () => {
    const el = await planIn('en-GB');
    const group = el.shadowRoot!.querySelector('.group-does-not-help')!;
    expect(group.querySelectorAll('.does-not-help-card').length).to.equal(1);
    expect(group.querySelectorAll('.does-not-help-list > li').length).to.be.at.least(3);
    expect(group.querySelectorAll('details.sources').length).to.equal(1);
  });

  for (const route of ['self-care', 'chronic'] as const) {
    it(`fits the collapsed ${route} plan in 2,600 px at 320 px`, async () => {
      const el = await guideIn('en-GB', 320);
      await walkTo(el, route);
      const figures = measurePlan(el);
      expect(figures.height).to.be.at.most(2600);
    });
  }

  it('has one Sources control per section, not one per card', async () => {
    const el = await planIn('en-GB');
    const sections = [...el.shadowRoot!.querySelectorAll('details.plan-section')];
    for (const section of sections) {
      expect(section.querySelectorAll('details.sources').length).to.be.at.most(1);
      expect(section.querySelectorAll('[data-step] details.sources').length).to.equal(0);
    }
    const cited = sections.flatMap((s) => [...s.querySelectorAll('details.sources li')]);
    expect(cited.length).to.be.greaterThan(0);
  });
});
