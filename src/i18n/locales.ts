/**
 * The locales the guide ships, and how a requested language tag maps onto them. The list is
 * lit-localize's (lit-localize.json → src/generated/locale-codes.ts); nothing here repeats it.
 */
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { normalizeTag, tagParts } from './tags.js';

export const SOURCE_LOCALE = sourceLocale;
export const TARGET_LOCALES = targetLocales;
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
  return BY_LANGUAGE.get(tagParts(normal).language);
}

/**
 * One shipped locale per language, so a region or script folds onto it: `pt-PT` → `pt-BR`, and
 * Traditional-script readers get `zh-Hans` rather than English (closer, if imperfect).
 */
const BY_LANGUAGE = new Map<string, SupportedLocale>(
  SUPPORTED_LOCALES.map((locale) => [locale.split('-')[0]!, locale]),
);

/** The region part of a tag (`en-GB` → `GB`, `en_GB` too), used for emergency numbers. */
export function regionOf(tag: unknown): string | undefined {
  const normal = normalizeTag(tag);
  return normal ? tagParts(normal).region : undefined;
}
