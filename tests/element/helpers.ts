import { eventually } from '../support/eventually.js';
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { BackSpasmGuide } from '../../src/index.js';

export async function makeGuide(lang = 'en-GB', attrs: Record<string, string> = {}) {
  const el = await fixture<BackSpasmGuide>(
    html`<back-spasm-guide lang=${lang}></back-spasm-guide>`,
  );
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await eventually(
    () => el.shadowRoot?.querySelector('[data-screen-heading]'),
    'guide did not render',
    {
      timeout: 5000,
    },
  );
  // The questions load on the reader's first intent: point at the guide, as a reader does,
  // so each test starts from a guide whose questions have arrived.
  el.dispatchEvent(new PointerEvent('pointerenter'));
  await el.updateComplete;
  return el;
}

export function root(el: BackSpasmGuide): ShadowRoot {
  return el.shadowRoot!;
}

export function heading(el: BackSpasmGuide): string {
  return root(el).querySelector('[data-screen-heading]')?.textContent?.trim() ?? '';
}

export function buttonByText(el: BackSpasmGuide, text: string): HTMLElement {
  const found = [...root(el).querySelectorAll<HTMLElement>('button, a.button')].find((b) =>
    b.textContent?.includes(text),
  );
  if (!found) throw new Error(`no button "${text}" on screen "${heading(el)}"`);
  return found;
}

export async function click(el: BackSpasmGuide, text: string) {
  buttonByText(el, text).click();
  await el.updateComplete;
}

/** Ticks the checkbox or radio whose label contains `text`. */
export async function choose(el: BackSpasmGuide, text: string) {
  const label = [...root(el).querySelectorAll('label')].find((l) => l.textContent?.includes(text));
  const input = label?.querySelector('input');
  if (!input) throw new Error(`no option "${text}" on screen "${heading(el)}"`);
  input.click();
  await el.updateComplete;
}

export interface Route {
  flags?: string[];
  pregnant?: boolean;
  oneLeg?: 'Yes' | 'No';
  onset?: string;
  history?: string;
  age?: string;
  facts?: string[];
  severity?: string;
  daily?: 'Yes' | 'No';
  trend?: string;
  heatWorse?: boolean;
  coping?: 'Yes' | 'No';
}

/** Answers every screen through the visible controls, in English. */
export async function walk(el: BackSpasmGuide, route: Route) {
  await click(el, 'Start');
  await chooseInGroup(el, 'pregnant', route.pregnant ? 'Yes' : 'No');
  if (route.flags?.length) for (const flag of route.flags) await choose(el, flag);
  else await choose(el, 'None of these');
  await click(el, 'Continue');
  if (heading(el) === 'Call for emergency help now') return;
  await choose(el, route.onset ?? '3 to 7 days ago');
  await choose(el, route.history ?? 'This is the first time');
  await click(el, 'Continue');
  await choose(el, route.age ?? '18 to 49');
  if (route.facts?.length) for (const fact of route.facts) await choose(el, fact);
  else {
    const none = [...root(el).querySelectorAll('label.option-none')][0]?.querySelector('input');
    none?.click();
    await el.updateComplete;
  }
  await choose(el, route.severity ?? 'Moderate');
  await chooseInGroup(el, 'one leg', route.oneLeg ?? 'No');
  await chooseInGroup(el, 'usual daily activities', route.daily ?? 'No');
  if (route.trend) await choose(el, route.trend);
  await choose(el, route.heatWorse ? 'Yes, heat made it worse' : 'No, or I have not tried heat');
  await chooseInGroup(el, 'hard to cope', route.coping ?? 'No');
  await click(el, 'Show my plan');
}

export async function chooseInGroup(el: BackSpasmGuide, legendText: string, option: string) {
  const fieldset = [...root(el).querySelectorAll('fieldset')].find((f) =>
    f.querySelector('legend')?.textContent?.includes(legendText),
  );
  const label = [...(fieldset?.querySelectorAll('label') ?? [])].find(
    (l) => l.textContent?.trim() === option,
  );
  if (!label) throw new Error(`no "${option}" in group "${legendText}"`);
  label.querySelector('input')!.click();
  await el.updateComplete;
}

export function stepIds(el: BackSpasmGuide): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.dataset.step!);
}
