/** The locales the guide ships, and how a requested language tag maps onto them. */
import { normalizeTag, tagParts } from './tags.js';

export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['es', 'fr', 'de', 'pt-BR', 'zh-Hans', 'ar', 'hi'] as const;
export const SUPPORTED_LOCALES = [SOURCE_LOCALE, ...TARGET_LOCALES] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const RTL_LANGUAGES = new Set(['ar']);

export function directionOf(locale: SupportedLocale): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0]!) ? 'rtl' : 'ltr';
}

/**
 * Best shipped locale for a BCP 47 tag, or undefined when the language is not shipped.
 * Region and script variants fold onto the one locale we ship for that language.
 * Takes any value: `en_GB` is read as `en-GB`, and a value that is not a tag matches nothing.
 */
export function matchLocale(tag: unknown): SupportedLocale | undefined {
  const normal = normalizeTag(tag);
  if (!normal) return undefined;
  switch (tagParts(normal).language) {
    case 'en':
      return 'en';
    case 'es':
      return 'es';
    case 'fr':
      return 'fr';
    case 'de':
      return 'de';
    case 'ar':
      return 'ar';
    case 'hi':
      return 'hi';
    case 'pt':
      return 'pt-BR';
    case 'zh':
      // Traditional-script readers get Simplified rather than English: closer, if imperfect.
      return 'zh-Hans';
    default:
      return undefined;
  }
}

/** The region part of a tag (`en-GB` → `GB`, `en_GB` too), used for emergency numbers. */
export function regionOf(tag: unknown): string | undefined {
  const normal = normalizeTag(tag);
  return normal ? tagParts(normal).region : undefined;
}
