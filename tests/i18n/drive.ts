import { eventually } from '../support/eventually.js';
import { fixture, html } from '@open-wc/testing';
import type { BackSpasmGuide } from '../../src/index.js';
import { clicksFor, SCREEN_ROUTES, type Click, type ScreenName } from '../support/screen-routes.js';

export { SCREEN_NAMES, SCREEN_ROUTES, type ScreenName } from '../support/screen-routes.js';

function clickAll(root: ShadowRoot, clicks: readonly Click[]) {
  for (const [selector, index = 0] of clicks) {
    root.querySelectorAll<HTMLElement>(selector)[index]?.click();
  }
}

export async function guideIn(lang: string, width?: number): Promise<BackSpasmGuide> {
  const style = width ? `width:${width}px` : '';
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${style}><back-spasm-guide lang=${lang}></back-spasm-guide></div>`,
  );
  const el = wrapper.querySelector('back-spasm-guide')!;
  await eventually(
    () => el.shadowRoot?.querySelector('[data-screen-heading]'),
    `guide in ${lang} did not render`,
    { timeout: 5000 },
  );
  return el;
}

export async function goTo(el: BackSpasmGuide, screen: ScreenName) {
  el.reset();
  await el.updateComplete;
  for (const action of SCREEN_ROUTES[screen]) {
    // A screen whose words are still on their way shows a placeholder with no controls: wait for
    // the words (on a busy machine the questions' words can come after the first screen's).
    await eventually(() => !el.shadowRoot!.querySelector('.loading'), `${screen}: still loading`);
    clickAll(el.shadowRoot!, clicksFor(action));
    await el.updateComplete;
  }
  // The plan's words load in the background; wait until the screen is whole.
  await eventually(() => !el.shadowRoot!.querySelector('.loading'), `${screen} still loading`);
  await el.updateComplete;
}

/** Visible sentences on the screen, leaving out citations and phone numbers. */
export function visibleTexts(el: BackSpasmGuide): string[] {
  const root = el.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.sources, .sources-list, svg')) continue;
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
  }
  return texts;
}
