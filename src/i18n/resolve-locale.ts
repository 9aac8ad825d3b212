import { matchLocale, SOURCE_LOCALE, type SupportedLocale } from './locales.js';
import { normalizeTag, safeString } from './tags.js';

export interface ResolvedLocale {
  locale: SupportedLocale;
  /**
   * The normalised tag the locale came from (`en_GB` → `en-GB`), kept for its region
   * (emergency numbers) and date order; a tag Intl accepts whenever `unsupported` is false.
   */
  requestedTag: string;
  /** True when a tag was asked for but no shipped locale matched it. */
  unsupported: boolean;
}

/**
 * The language for one widget: its own `lang`, the closest ancestor's `lang`
 * (across shadow roots), the document's, the browser's preferences, then English.
 * Every tag is normalised where it enters; no value makes this throw.
 */
export function resolveLocale(host: Element, ownLang?: unknown): ResolvedLocale {
  const declared = safeString(ownLang).trim() || closestLang(host);
  if (declared) {
    const tag = normalizeTag(declared);
    const locale = matchLocale(tag);
    // An unsupported language keeps its tag for the region (`it-IT` → English, but 112); a
    // malformed one is kept as text for the warning only: it matches no locale and no region.
    return locale && tag
      ? { locale, requestedTag: tag, unsupported: false }
      : { locale: SOURCE_LOCALE, requestedTag: tag ?? declared.slice(0, 100), unsupported: true };
  }
  for (const candidate of browserLanguages()) {
    const tag = normalizeTag(candidate);
    const locale = matchLocale(tag);
    if (locale && tag) return { locale, requestedTag: tag, unsupported: false };
  }
  return { locale: SOURCE_LOCALE, requestedTag: SOURCE_LOCALE, unsupported: false };
}

/** The browser's languages; a page that broke or removed `navigator.languages` gets none. */
export function browserLanguages(): string[] {
  try {
    const nav: Navigator | undefined = typeof navigator === 'object' ? navigator : undefined;
    const languages: unknown = nav?.languages;
    const list: unknown[] = Array.isArray(languages)
      ? languages
      : languages && typeof languages === 'object' && 'length' in languages
        ? Array.from(languages as ArrayLike<unknown>)
        : [nav?.language];
    return list.slice(0, 20).map(safeString).filter(Boolean);
  } catch {
    return [];
  }
}

function closestLang(start: Element): string | undefined {
  let node: Node | null = start;
  try {
    while (node) {
      if (node.nodeType === 1) {
        const lang = safeString((node as Element).getAttribute('lang')).trim();
        if (lang) return lang;
      }
      node =
        node.parentNode ??
        (node.nodeType === 11 && 'host' in node ? ((node as ShadowRoot).host ?? null) : null);
    }
  } catch {
    // A node we cannot read: fall back to the browser's languages.
  }
  return undefined;
}
