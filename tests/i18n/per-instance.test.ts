import { withoutIsolates } from '../support/text.js';
import { eventually } from '../support/eventually.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { BackSpasmGuide } from '../../src/index.js';

const headingOf = (el: BackSpasmGuide) =>
  el.shadowRoot!.querySelector('[data-screen-heading]')?.textContent?.trim() ?? '';

describe('per-instance language', () => {
  it('shows two widgets in two languages on one page, each its own', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <back-spasm-guide lang="de"></back-spasm-guide>
        <back-spasm-guide lang="ar"></back-spasm-guide>
        <back-spasm-guide lang="en"></back-spasm-guide>
      </div>`,
    );
    const [de, ar, en] = [...page.querySelectorAll('back-spasm-guide')];
    await eventually(
      () =>
        headingOf(de!) &&
        headingOf(ar!) &&
        de!.shadowRoot!.querySelector('.card')?.getAttribute('lang') === 'de' &&
        ar!.shadowRoot!.querySelector('.card')?.getAttribute('lang') === 'ar',
    );
    const headings = [headingOf(de!), headingOf(ar!), headingOf(en!)];
    expect(new Set(headings).size).to.equal(3);
    expect(headings[1]).to.match(/[\u0600-\u06FF]/);
    expect(headings[2]).to.equal('Low back spasm: what to do now');
  });

  it("follows a change of its ancestors' lang unless it has its own", async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="fr-FR">
        <back-spasm-guide id="follows"></back-spasm-guide>
        <back-spasm-guide id="own" lang="es"></back-spasm-guide>
      </div>`,
    );
    const follows = page.querySelector<BackSpasmGuide>('#follows')!;
    const own = page.querySelector<BackSpasmGuide>('#own')!;
    const cardLang = (el: BackSpasmGuide) =>
      el.shadowRoot?.querySelector('.card')?.getAttribute('lang');
    await eventually(() => cardLang(follows) === 'fr' && cardLang(own) === 'es');
    page.setAttribute('lang', 'de-DE');
    await eventually(() => cardLang(follows) === 'de', 'did not follow the new page language');
    expect(cardLang(own)).to.equal('es');
    // A new region alone changes the emergency number the start screen names.
    page.setAttribute('lang', 'en-GB');
    await eventually(
      () => withoutIsolates(follows.shadowRoot!.textContent).includes('call 999'),
      'no UK number',
    );
    page.setAttribute('lang', 'en-US');
    await eventually(
      () => withoutIsolates(follows.shadowRoot!.textContent).includes('call 911'),
      'no US number',
    );
  });

  it('re-renders in a new language when lang changes, keeping the answers', async () => {
    const el = await fixture<BackSpasmGuide>(html`<back-spasm-guide lang="en"></back-spasm-guide>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('label.option-none input')!.click();
    await el.updateComplete;
    const englishHeading = headingOf(el);
    el.lang = 'es';
    await eventually(() => el.shadowRoot!.querySelector('.card')?.getAttribute('lang') === 'es');
    await el.updateComplete;
    expect(headingOf(el)).to.not.equal(englishHeading);
    expect(
      el.shadowRoot!.querySelector<HTMLInputElement>('label.option-none input')!.checked,
    ).to.equal(true);
    expect(el.answers.noRedFlags).to.equal(true);
  });
});
