import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/locales.js';
import { guideIn } from '../support/flow-driver.js';

/** The first screen reserves the same height in every language, so a late locale moves nothing. */
describe('space reserved for the first screen', function () {
  this.timeout(60_000);

  for (const width of [280, 320, 400, 600, 800]) {
    it(`is the same in every language at ${width} px`, async () => {
      const heights = new Map<string, number>();
      for (const locale of SUPPORTED_LOCALES) {
        const el = await guideIn(locale, width);
        const card = el.shadowRoot!.querySelector<HTMLElement>('.card')!;
        heights.set(locale, Math.round(card.getBoundingClientRect().height));
      }
      expect(new Set(heights.values()).size, JSON.stringify(Object.fromEntries(heights))).to.equal(
        1,
      );
    });
  }
});
