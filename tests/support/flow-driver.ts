/**
 * The one flow driver of the browser tests. Every walk follows a route of SCREEN_ROUTES:
 * `goTo` clicks its controls by position (any language), `walk` gives some of its actions
 * English answers by label (the element tests' routes through the questions).
 */
import { fixture, html } from '@open-wc/testing';
import type { BackSpasmGuide } from '../../src/index.js';
import { eventually } from './eventually.js';
import { clicksFor, SCREEN_ACTIONS, SCREEN_ROUTES, type ScreenName } from './screen-routes.js';

export { SCREEN_NAMES, SCREEN_ROUTES, type ScreenName } from './screen-routes.js';

type ActionName = keyof typeof SCREEN_ACTIONS;
/** An action of a route, or answers given in its place. */
type Answer = (el: BackSpasmGuide) => Promise<void>;

export function root(el: BackSpasmGuide): ShadowRoot {
  return el.shadowRoot!;
}

export function heading(el: BackSpasmGuide): string {
  return root(el).querySelector('[data-screen-heading]')?.textContent?.trim() ?? '';
}

/** A guide in `lang`, in a box `width` px wide when given, once its first screen is drawn. */
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

/** A screen whose words are on their way shows a placeholder with no controls: wait for them. */
function wordsArrived(el: BackSpasmGuide, what: string) {
  return eventually(() => !root(el).querySelector('.loading'), `${what}: still loading`);
}

/**
 * Runs the actions in order: an action's clicks (a control not on screen is skipped) or the
 * answers given for it. Stops early once `stopWhen` holds.
 */
async function drive(
  el: BackSpasmGuide,
  what: string,
  actions: readonly (ActionName | Answer)[],
  stopWhen: (el: BackSpasmGuide) => boolean = () => false,
) {
  for (const action of actions) {
    if (stopWhen(el)) return;
    await wordsArrived(el, what);
    if (typeof action === 'function') await action(el);
    else {
      for (const [selector, index = 0] of clicksFor(action)) {
        root(el).querySelectorAll<HTMLElement>(selector)[index]?.click();
      }
    }
    await el.updateComplete;
  }
  // The plan's words load in the background; wait until the screen is whole.
  await wordsArrived(el, what);
  await el.updateComplete;
}

/** From a fresh start to `screen`, by position, in any language. */
export async function goTo(el: BackSpasmGuide, screen: ScreenName) {
  el.reset();
  await el.updateComplete;
  await drive(el, screen, SCREEN_ROUTES[screen]);
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

/** English answers for a walk; what is left out gets the default shown in `walk`. */
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

/** The answers a Route gives in place of the plan route's actions. */
function answersFor(route: Route): Partial<Record<ActionName, Answer>> {
  return {
    notPregnant: (el) => chooseInGroup(el, 'pregnant', route.pregnant ? 'Yes' : 'No'),
    none: async (el) => {
      if (route.flags?.length) for (const flag of route.flags) await choose(el, flag);
      else await choose(el, 'None of these');
    },
    onset: async (el) => {
      await choose(el, route.onset ?? '3 to 7 days ago');
      await choose(el, route.history ?? 'This is the first time');
    },
    about: async (el) => {
      await choose(el, route.age ?? '18 to 49');
      if (route.facts?.length) for (const fact of route.facts) await choose(el, fact);
      else {
        root(el).querySelector<HTMLInputElement>('label.option-none input')?.click();
        await el.updateComplete;
      }
      await choose(el, route.severity ?? 'Moderate');
      await chooseInGroup(el, 'one leg', route.oneLeg ?? 'No');
      await chooseInGroup(el, 'usual daily activities', route.daily ?? 'No');
      if (route.trend) await choose(el, route.trend);
      await choose(
        el,
        route.heatWorse ? 'Yes, heat made it worse' : 'No, or I have not tried heat',
      );
      await chooseInGroup(el, 'hard to cope', route.coping ?? 'No');
    },
  };
}

/** Answers every screen through the visible controls, in English, along the plan's route. */
export async function walk(el: BackSpasmGuide, route: Route) {
  const answers = answersFor(route);
  await drive(
    el,
    'walk',
    SCREEN_ROUTES.plan.map((action) => answers[action] ?? action),
    (guide) => heading(guide) === 'Call for emergency help now',
  );
}
