import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { BackSpasmGuide } from '../../src/index.js';
import { guideIn } from '../support/flow-driver.js';

describe('<back-spasm-guide> first screen', () => {
  it('upgrades and renders the start screen in shadow DOM', async () => {
    const el = await fixture<BackSpasmGuide>(html`<back-spasm-guide lang="en"></back-spasm-guide>`);
    expect(el.shadowRoot).to.exist;
    const heading = el.shadowRoot!.querySelector('h2');
    expect(heading?.textContent).to.contain('Low back spasm');
    const start = el.shadowRoot!.querySelector('button');
    expect(start?.textContent?.trim()).to.equal('Start');
  });

  it('passes axe', async () => {
    const el = await fixture<BackSpasmGuide>(html`<back-spasm-guide lang="en"></back-spasm-guide>`);
    await expect(el).to.be.accessible();
  });

  it('renders in Spanish from the lang attribute', async () => {
    const el = await fixture<BackSpasmGuide>(
      html`<back-spasm-guide lang="es-MX"></back-spasm-guide>`,
    );
    await waitFor(() => el.shadowRoot!.querySelector('h2')?.textContent?.includes('espalda'));
    expect(el.shadowRoot!.querySelector('.card')?.getAttribute('lang')).to.equal('es');
    expect(el.shadowRoot!.querySelector('button')?.textContent?.trim()).to.equal('Comenzar');
    await expect(el).to.be.accessible();
  });

  for (const lang of ['en-GB', 'ar', 'hi'])
    for (const width of [320, 1280])
      it(`closes with its fine print at the foot of the reserved height (${lang}, ${width} px)`, async () => {
        const el = await guideIn(lang, width);
        const card = el.shadowRoot!.querySelector<HTMLElement>('.card')!;
        const footnote = card.querySelector<HTMLElement>('.start-footnote')!;
        const start = card.querySelector<HTMLElement>('button.primary')!;
        const padding = parseFloat(getComputedStyle(card).paddingBlockEnd);
        const border = parseFloat(getComputedStyle(card).borderBlockEndWidth);
        const contentBottom = card.getBoundingClientRect().bottom - padding - border;
        // No empty block under Start: the reserved space sits between Start and the fine print.
        expect(contentBottom - footnote.getBoundingClientRect().bottom).to.be.within(-1, 1);
        expect(footnote.getBoundingClientRect().top).to.be.above(
          start.getBoundingClientRect().bottom,
        );
        expect(footnote.textContent).to.not.equal('');
      });

  it('does not throw when the script is evaluated a second time', async () => {
    const first = customElements.get('back-spasm-guide');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    await import(`../../src/index.ts?second-include=${Date.now()}`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('back-spasm-guide')).to.equal(first);
  });
});

async function waitFor(condition: () => boolean | undefined, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
