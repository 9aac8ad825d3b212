import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/locales.js';
import { goTo, guideIn, SCREEN_NAMES } from '../support/flow-driver.js';
import { visibleTexts } from '../support/text.js';

const TARGETS = SUPPORTED_LOCALES.filter((locale) => locale !== 'en');

/** English sentences (three words or more) seen on each screen. */
const englishByScreen = new Map<string, Set<string>>();

describe('every screen in every locale', function () {
  this.timeout(120_000);

  before(async () => {
    const el = await guideIn('en');
    for (const screen of SCREEN_NAMES) {
      await goTo(el, screen);
      englishByScreen.set(
        screen,
        new Set(visibleTexts(el).filter((text) => text.split(' ').length >= 3)),
      );
    }
  });

  for (const locale of TARGETS) {
    it(`${locale}: no English left, no overflow at 320 px, right direction`, async () => {
      const el = await guideIn(locale, 320);
      const card = el.shadowRoot!.querySelector<HTMLElement>('.card')!;
      for (const screen of SCREEN_NAMES) {
        await goTo(el, screen);
        const english = englishByScreen.get(screen)!;
        const leaked = visibleTexts(el).filter((text) => english.has(text));
        expect(leaked, `${locale} ${screen}`).to.deep.equal([]);
        expect(card.getAttribute('lang')).to.equal(locale);
        expect(card.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        expect(card.scrollWidth, `${locale} ${screen} overflows`).to.be.at.most(card.clientWidth);
        const box = card.getBoundingClientRect();
        for (const child of card.querySelectorAll<HTMLElement>('*')) {
          const rect = child.getBoundingClientRect();
          if (rect.width === 0) continue;
          expect(
            rect.right,
            `${locale} ${screen} ${child.tagName}.${child.className}`,
          ).to.be.at.most(box.right + 0.5);
          expect(rect.left).to.be.at.least(box.left - 0.5);
        }
      }
    });
  }

  for (const locale of ['ar', 'zh-Hans'] as const) {
    it(`${locale}: every screen passes axe`, async () => {
      const el = await guideIn(locale);
      for (const screen of SCREEN_NAMES) {
        await goTo(el, screen);
        await expect(el, `${locale} ${screen}`).to.be.accessible();
      }
    });
  }

  it('ar: mirrors the layout', async () => {
    const el = await guideIn('ar');
    await goTo(el, 'plan');
    const banner = el.shadowRoot!.querySelector<HTMLElement>('.tier')!;
    const style = getComputedStyle(banner);
    expect(style.direction).to.equal('rtl');
    expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(parseFloat(style.borderLeftWidth));
    const arrow = el.shadowRoot!.querySelector<HTMLElement>('.arrow-back')!;
    expect(getComputedStyle(arrow).transform).to.not.equal('none');
  });
});
