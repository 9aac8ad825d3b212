/** The locales the guide ships, and how a requested language tag maps onto them. */

export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['es', 'fr', 'de', 'pt-BR', 'zh-Hans', 'ar', 'hi'] as const;
export const SUPPORTED_LOCALES = [SOURCE_LOCALE, ...TARGET_LOCALES] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const RTL_LANGUAGES = new Set(['ar']);

export function directionOf(locale: SupportedLocale): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0]!) ? 'rtl' : 'ltr';
}

function parseTag(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag.trim().replace(/_/g, '-'));
  } catch {
    return undefined;
  }
}

/**
 * Best shipped locale for a BCP 47 tag, or undefined when the language is not shipped.
 * Region and script variants fold onto the one locale we ship for that language.
 */
export function matchLocale(tag: string): SupportedLocale | undefined {
  const parsed = parseTag(tag);
  if (!parsed) return undefined;
  switch (parsed.language) {
    case 'en':
    case 'es':
    case 'fr':
    case 'de':
    case 'ar':
    case 'hi':
      return parsed.language;
    case 'pt':
      return 'pt-BR';
    case 'zh':
      // Traditional-script readers get Simplified rather than English: closer, if imperfect.
      return 'zh-Hans';
    default:
      return undefined;
  }
}

/** The region part of a tag (`en-GB` → `GB`), used for emergency numbers. */
export function regionOf(tag: string): string | undefined {
  return parseTag(tag)?.region;
}
