import type { BackSpasmGuideEventMap } from '../events.js';
import type { SupportedLocale } from '../i18n/locales.js';

export type FlowScreen = 'start' | 'red-flags' | 'onset' | 'about' | 'plan' | 'emergency';

/** What the element knows and the flow shows: built once per update and passed down. */
export interface GuideSettings {
  locale: SupportedLocale;
  /** The reader's own tag when it matches the shown locale (dates in en-GB, not en). */
  dateLocale: string;
  /** The plan's words have arrived (where to get help never waits for them). */
  planWordsReady: boolean;
  emergencyPhone: string | undefined;
  urgentPhone: string | undefined;
  /** The country each number is for, when it was guessed from the reader's browser. */
  emergencyCountry: string | undefined;
  urgentCountry: string | undefined;
  /** The host turned on `remember`: the plan offers "Forget my answers". */
  remember: boolean;
  /** The timer's mute choice kept on the device (false without `remember`). */
  timerMuted: boolean;
}

export type EventDetail<K extends keyof BackSpasmGuideEventMap> =
  BackSpasmGuideEventMap[K] extends CustomEvent<infer D> ? D : never;

/** What the lazily loaded flow may ask of the element that shows it: intents, never data. */
export interface GuideShell {
  /** Says `text` through the guide's polite live region. */
  announce(text: string): void;
  /** Fires one of the element's public events (bubbling, composed). */
  emit<K extends keyof BackSpasmGuideEventMap>(type: K, detail: EventDetail<K>): void;
  /** Moves focus to the shown screen's heading after the next update. */
  focusHeading(): void;
  /** The reader's "Forget": what `remember` kept leaves the device. */
  forget(): void;
}

/** One of the element's events: bubbling and composed, so hosts hear it on the element or above. */
export function guideEvent<K extends keyof BackSpasmGuideEventMap>(
  type: K,
  detail: EventDetail<K>,
): CustomEvent<EventDetail<K>> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
