/**
 * Measures the plan as a phone reader meets it at 320 px: its height with every section
 * collapsed, the words shown before anything is opened, and the Tab presses from the banner
 * to "Print". Logged for the figures; the limits are asserted in plan-summary.test.ts.
 */
import { expect } from '@open-wc/testing';
import { guideIn } from '../support/flow-driver.js';
import { measurePlan, walkTo, ROUTES } from './plan-metrics.js';

describe('plan figures at 320 px (logged)', () => {
  for (const name of Object.keys(ROUTES) as (keyof typeof ROUTES)[]) {
    it(`measures the ${name} route`, async () => {
      const el = await guideIn('en-GB', 320);
      await walkTo(el, name);
      const figures = measurePlan(el);
      for (const details of el.shadowRoot!.querySelectorAll('details.plan-section')) {
        (details as HTMLDetailsElement).open = true;
      }
      await el.updateComplete;
      const opened = measurePlan(el);
      console.log(`FIGURES ${name}: ${JSON.stringify(figures)} opened: ${JSON.stringify(opened)}`);
      expect(figures.height).to.be.greaterThan(0);
    });
  }
});
