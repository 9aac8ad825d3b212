import { matchLocale, SOURCE_LOCALE, type SupportedLocale } from './locales.js';

export interface ResolvedLocale {
  locale: SupportedLocale;
  /** The tag the locale came from, kept for its region (emergency numbers). */
  requestedTag: string;
  /** True when a tag was asked for but no shipped locale matched it. */
  unsupported: boolean;
}

/**
 * The language for one widget: its own `lang`, the closest ancestor's `lang`
 * (across shadow roots), the document's, the browser's preferences, then English.
 */
export function resolveLocale(host: Element, ownLang?: string): ResolvedLocale {
  const declared = ownLang?.trim() || closestLang(host);
  if (declared) {
    const locale = matchLocale(declared);
    return locale
      ? { locale, requestedTag: declared, unsupported: false }
      : { locale: SOURCE_LOCALE, requestedTag: declared, unsupported: true };
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const locale = matchLocale(tag);
    if (locale) return { locale, requestedTag: tag, unsupported: false };
  }
  return { locale: SOURCE_LOCALE, requestedTag: SOURCE_LOCALE, unsupported: false };
}

function closestLang(start: Element): string | undefined {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
