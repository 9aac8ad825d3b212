import { eventually } from '../support/eventually.js';
import { fixture, html } from '@open-wc/testing';
import type { BackSpasmGuide } from '../../src/index.js';

/** Moves through the flow by position, not by words, so it works in every language. */
export const SCREEN_ROUTES = {
  start: [],
  'red-flags': ['start'],
  onset: ['start', 'none', 'next'],
  about: ['start', 'none', 'next', 'onset', 'next'],
  plan: ['start', 'none', 'next', 'onset', 'next', 'about', 'next'],
  urgent: ['start', 'urgent', 'next', 'onset', 'next', 'about', 'next'],
  emergency: ['start', 'emergency', 'next'],
} as const;
export type ScreenName = keyof typeof SCREEN_ROUTES;
export const SCREEN_NAMES = Object.keys(SCREEN_ROUTES) as ScreenName[];

const click = (root: ShadowRoot, selector: string, index = 0) =>
  root.querySelectorAll<HTMLElement>(selector)[index]?.click();

const ACTIONS: Record<string, (root: ShadowRoot) => void> = {
  start: (r) => click(r, 'button.primary'),
  next: (r) => click(r, '.nav button.primary'),
  none: (r) => click(r, 'label.option-none input'),
  emergency: (r) => click(r, '.group-emergency input'),
  urgent: (r) => click(r, '.group-urgent input'),
  onset: (r) => {
    click(r, 'input[name="onset"]', 3);
    click(r, 'input[name="history"]');
  },
  about: (r) => {
    click(r, 'input[name="age"]', 2);
    click(r, 'label.option-none input');
    click(r, 'input[name="severity"]', 1);
    click(r, 'input[name="daily"]', 1);
    click(r, 'input[name="trend"]', 0);
    click(r, 'input[name="heat"]', 1);
    click(r, 'input[name="coping"]', 1);
  },
};

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
    ACTIONS[action]!(el.shadowRoot!);
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
