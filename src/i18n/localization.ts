import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { LOCALE_PARTS, type WordsStage } from '../generated/locale-parts.js';
import { SOURCE_LOCALE, TARGET_LOCALES, type SupportedLocale } from './locales.js';

/**
 * Per-instance localization. `configureLocalization` is page-global, so instead the
 * reentrant mode asks us for the current locale before every msg(): each widget makes
 * its own locale current for the length of its synchronous render.
 *
 * Each locale comes in parts (scripts/split-locale-messages.mjs), loaded by stage: the first
 * screen's words before the first paint, the questions' words with the flow, and the plan's
 * words once the reader starts.
 */

export type { WordsStage } from '../generated/locale-parts.js';

/** Messages loaded so far per locale, all stages merged. */
const loaded = new Map<string, LocaleModule>();
const loadedStages = new Set<string>();
const pending = new Map<string, Promise<void>>();
let current: SupportedLocale = SOURCE_LOCALE;

configureReentrantLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: [...TARGET_LOCALES],
  getLocale: () => current,
  loadLocaleSync: (locale) => loaded.get(locale),
});

export function isLocaleReady(locale: SupportedLocale, stage: WordsStage = 'first'): boolean {
  return locale === SOURCE_LOCALE || loadedStages.has(`${locale}/${stage}`);
}

/** Loads the words of one stage of a locale once; rejects if a file cannot be fetched. */
export function loadLocale(locale: SupportedLocale, stage: WordsStage = 'first'): Promise<void> {
  if (isLocaleReady(locale, stage)) return Promise.resolve();
  const key = `${locale}/${stage}`;
  const loaders = LOCALE_PARTS[locale]?.[stage];
  // A single-language classic build carries one locale: the others fall back to English.
  if (!loaders) return Promise.reject(new Error(`${locale} is not in this build`));
  let promise = pending.get(key);
  if (!promise) {
    promise = Promise.all(loaders.map((load) => load()))
      .then((modules) => {
        // A file that answered 200 but is empty or cut off is a failed file (English, with a note).
        if (!modules.every((module) => module && typeof module.templates === 'object'))
          throw new Error(`${locale}/${stage} words are incomplete`);
        const templates = { ...loaded.get(locale)?.templates };
        for (const module of modules) Object.assign(templates, module.templates);
        loaded.set(locale, { templates });
        loadedStages.add(key);
      })
      .catch((error: unknown) => {
        pending.delete(key);
        throw error;
      });
    pending.set(key, promise);
  }
  return promise;
}

/** Runs `fn` with `locale` as the locale every msg() inside it answers in. */
export function withLocale<T>(locale: SupportedLocale, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}
