/**
 * How to reach each screen through the visible controls, by position rather than by words, so
 * it works in every language. Plain data: the browser tests (tests/support/flow-driver.ts) and the
 * screenshot script (scripts/screenshots.mjs, inside the page) both follow it.
 */

/** A control to click: a selector inside the guide's shadow root, and which match (default 0). */
export type Click = readonly [selector: string, index?: number];

export const SCREEN_ACTIONS = {
  start: [['button.primary']],
  next: [['.nav button.primary']],
  none: [['label.option-none input']],
  notPregnant: [['input[name="pregnant"]', 1]],
  pregnant: [['input[name="pregnant"]', 0]],
  emergency: [['.group-emergency input']],
  urgent: [['.group-urgent input']],
  onset: [['input[name="onset"]', 3], ['input[name="history"]']],
  about: [
    ['input[name="age"]', 2],
    ['label.option-none input'],
    ['input[name="severity"]', 1],
    ['input[name="one-leg"]', 1],
    ['input[name="daily"]', 1],
    ['input[name="trend"]', 0],
    ['input[name="heat"]', 1],
    ['input[name="coping"]', 1],
  ],
} as const satisfies Record<string, readonly Click[]>;

export const SCREEN_ROUTES = {
  start: [],
  'red-flags': ['start'],
  onset: ['start', 'notPregnant', 'none', 'next'],
  about: ['start', 'notPregnant', 'none', 'next', 'onset', 'next'],
  plan: ['start', 'notPregnant', 'none', 'next', 'onset', 'next', 'about', 'next'],
  'pregnancy-plan': ['start', 'pregnant', 'none', 'next', 'onset', 'next', 'about', 'next'],
  urgent: ['start', 'urgent', 'notPregnant', 'next', 'onset', 'next', 'about', 'next'],
  emergency: ['start', 'emergency', 'next'],
} as const satisfies Record<string, readonly (keyof typeof SCREEN_ACTIONS)[]>;

export type ScreenName = keyof typeof SCREEN_ROUTES;
export const SCREEN_NAMES = Object.keys(SCREEN_ROUTES) as ScreenName[];

/** The clicks of one action, in order (a control that is not on screen is skipped). */
export function clicksFor(action: keyof typeof SCREEN_ACTIONS): readonly Click[] {
  return SCREEN_ACTIONS[action];
}
