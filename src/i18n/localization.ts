import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { SOURCE_LOCALE, TARGET_LOCALES, type SupportedLocale } from './locales.js';

/**
 * Per-instance localization. `configureLocalization` is page-global, so instead the
 * reentrant mode asks us for the current locale before every msg(): each widget makes
 * its own locale current for the length of its synchronous render.
 */

type TargetLocale = (typeof TARGET_LOCALES)[number];

const localeLoaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  de: () => import('../generated/locales/de.js'),
  'pt-BR': () => import('../generated/locales/pt-BR.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  ar: () => import('../generated/locales/ar.js'),
  hi: () => import('../generated/locales/hi.js'),
};

const loaded = new Map<string, LocaleModule>();
const pending = new Map<string, Promise<void>>();
let current: SupportedLocale = SOURCE_LOCALE;

configureReentrantLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: [...TARGET_LOCALES],
  getLocale: () => current,
  loadLocaleSync: (locale) => loaded.get(locale),
});

export function isLocaleReady(locale: SupportedLocale): boolean {
  return locale === SOURCE_LOCALE || loaded.has(locale);
}

/** Loads a locale's messages once; rejects if its file cannot be fetched. */
export function loadLocale(locale: SupportedLocale): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  let promise = pending.get(locale);
  if (!promise) {
    promise = localeLoaders[locale as TargetLocale]().then(
      (module) => {
        loaded.set(locale, module);
      },
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, promise);
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
