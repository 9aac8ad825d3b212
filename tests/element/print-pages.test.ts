/**
 * The printed plan fits two A4 pages in English on the longest routes, measured with Chromium's
 * own PDF output (the `pdf-pages` command in web-test-runner.config.js). A fixed document has a
 * fixed page count, so this is a budget like the byte budgets. Other languages are logged.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { MEDICINE_FACTS, type Answers } from '../../src/clinical/types.js';
import type { BackSpasmGuide } from '../../src/index.js';
import { PRINT_CSS } from '../../src/plan/print-styles.js';
import { goTo, guideIn } from '../support/flow-driver.js';
import { catchPrint } from '../support/print-frame.js';
import { makeGuide } from './helpers.js';
import { ROUTES, walkTo } from './plan-metrics.js';

const MAX_ENGLISH_PAGES = 2;
const LANGUAGES = ['en-GB', 'ar', 'hi'] as const;

/** The printed document as one HTML file, its constructed stylesheet written out. */
async function printedHtml(el: BackSpasmGuide): Promise<string> {
  const caught = catchPrint(el.shadowRoot!);
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.print-plan')!.click();
  const { document: doc, frame } = await caught;
  const style = doc.createElement('style');
  style.textContent = PRINT_CSS;
  const copy = doc.documentElement.cloneNode(true) as HTMLElement;
  copy.querySelector('head')!.append(style);
  frame.remove();
  return `<!doctype html>${copy.outerHTML}`;
}

async function routeAnswers(): Promise<Record<string, Answers>> {
  const answers: Record<string, Answers> = {};
  for (const name of Object.keys(ROUTES) as (keyof typeof ROUTES)[]) {
    const el = await makeGuide('en-GB');
    await walkTo(el, name);
    answers[name] = el.answers;
  }
  // The longest summary: every medicine question answered yes.
  answers['chronic, every medicine fact'] = {
    ...answers.chronic!,
    medicineFacts: Object.fromEntries(MEDICINE_FACTS.map((fact) => [fact, true])),
  };
  return answers;
}

describe('the printed plan on A4 (Chromium PDF)', function () {
  this.timeout(180_000);

  it('is at most two pages in English on every long route (other languages logged)', async () => {
    const answers = await routeAnswers();
    const figures: string[] = [];
    const english: Record<string, number> = {};
    for (const lang of LANGUAGES) {
      const el = await guideIn(lang);
      await goTo(el, 'plan');
      for (const [route, routeAnswer] of Object.entries(answers)) {
        el.answers = routeAnswer;
        await el.updateComplete;
        const pages = (await executeServerCommand('pdf-pages', {
          html: await printedHtml(el),
          name: `${lang}-${route}`,
        })) as number;
        expect(pages, `${lang} ${route}`).to.be.greaterThan(0);
        figures.push(`${lang} ${route}: ${pages}`);
        if (lang === 'en-GB') english[route] = pages;
      }
    }
    console.log(`PRINT PAGES ${figures.join(' | ')}`);
    for (const [route, pages] of Object.entries(english)) {
      expect(pages, `en-GB ${route}`).to.be.at.most(MAX_ENGLISH_PAGES);
    }
  });
});
