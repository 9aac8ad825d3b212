import type { SupportedLocale } from '../i18n/locales.js';

export type FlowScreen = 'start' | 'red-flags' | 'onset' | 'about' | 'plan' | 'emergency';

/** What the lazily loaded flow may ask of the element that shows it. */
export interface GuideShell {
  goTo(screen: FlowScreen): void;
  /** Shows a screen without moving focus or firing an event: a returning reader's plan. */
  resume(screen: FlowScreen): void;
  reset(): void;
  locale(): SupportedLocale;
  /** The reader's own tag when it matches the shown locale (dates in en-GB, not en). */
  dateLocale(): string;
  planWordsReady(): boolean;
  emergencyPhone(): string | undefined;
  urgentPhone(): string | undefined;
  /** The country that number is for, when it was guessed from the reader's browser. */
  phoneCountry(kind: 'emergency' | 'urgent'): string | undefined;
  remembering(): boolean;
  /** This guide's own key in localStorage (its id, else its position on the page). */
  storageKey(): string;
  /** The screen shown now. */
  screen(): FlowScreen;
  announce(text: string): void;
  warnOnce(key: string, message: string): void;
}
