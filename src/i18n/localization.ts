import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { SOURCE_LOCALE, TARGET_LOCALES, type SupportedLocale } from './locales.js';

/**
 * Per-instance localization. `configureLocalization` is page-global, so instead the
 * reentrant mode asks us for the current locale before every msg(): each widget makes
 * its own locale current for the length of its synchronous render.
 *
 * Each locale comes in two parts (scripts/split-locale-messages.mjs): the words of the
 * questions, loaded first, and the plan's words, loaded with the plan.
 */

type TargetLocale = (typeof TARGET_LOCALES)[number];
export type MessagePart = 'questions' | 'plan';

// Each locale's two parts side by side, which also keeps them close in the single-file build.
const loaders: Record<TargetLocale, Record<MessagePart, () => Promise<LocaleModule>>> = {
  es: {
    questions: () => import('../generated/locales/es.js'),
    plan: () => import('../generated/locales/es.plan.js'),
  },
  fr: {
    questions: () => import('../generated/locales/fr.js'),
    plan: () => import('../generated/locales/fr.plan.js'),
  },
  de: {
    questions: () => import('../generated/locales/de.js'),
    plan: () => import('../generated/locales/de.plan.js'),
  },
  'pt-BR': {
    questions: () => import('../generated/locales/pt-BR.js'),
    plan: () => import('../generated/locales/pt-BR.plan.js'),
  },
  'zh-Hans': {
    questions: () => import('../generated/locales/zh-Hans.js'),
    plan: () => import('../generated/locales/zh-Hans.plan.js'),
  },
  ar: {
    questions: () => import('../generated/locales/ar.js'),
    plan: () => import('../generated/locales/ar.plan.js'),
  },
  hi: {
    questions: () => import('../generated/locales/hi.js'),
    plan: () => import('../generated/locales/hi.plan.js'),
  },
};

/** Messages loaded so far per locale, both parts merged. */
const loaded = new Map<string, LocaleModule>();
const loadedParts = new Set<string>();
const pending = new Map<string, Promise<void>>();
let current: SupportedLocale = SOURCE_LOCALE;

configureReentrantLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: [...TARGET_LOCALES],
  getLocale: () => current,
  loadLocaleSync: (locale) => loaded.get(locale),
});

export function isLocaleReady(locale: SupportedLocale, part: MessagePart = 'questions'): boolean {
  return locale === SOURCE_LOCALE || loadedParts.has(`${locale}/${part}`);
}

/** Loads one part of a locale's messages once; rejects if its file cannot be fetched. */
export function loadLocale(
  locale: SupportedLocale,
  part: MessagePart = 'questions',
): Promise<void> {
  if (isLocaleReady(locale, part)) return Promise.resolve();
  const key = `${locale}/${part}`;
  let promise = pending.get(key);
  if (!promise) {
    promise = loaders[locale as TargetLocale][part]().then(
      (module) => {
        const templates = { ...loaded.get(locale)?.templates, ...module.templates };
        loaded.set(locale, { templates });
        loadedParts.add(key);
      },
      (error: unknown) => {
        pending.delete(key);
        throw error;
      },
    );
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
