import { SOURCE_LOCALE, type SupportedLocale } from './locales.js';
import { normalizeTag } from './tags.js';

/**
 * Locale-aware numbers, durations and dates: plurals come from Intl, not from messages.
 * Every Intl call goes through `withIntl`: a tag Intl rejects falls back to the shipped
 * locale, then to English, and a page without a working Intl gets plain digits.
 */

/**
 * The tag handed to Intl. The Arabic messages write numbers with Western digits, as much
 * Arabic health information does; Intl is asked for the same digits so a sentence never mixes
 * two digit systems.
 */
export function intlTag(tag: string): string {
  return /^ar\b/i.test(tag) && !tag.includes('-u-') ? `${tag}-u-nu-latn` : tag;
}

/** `make(tag)` for the first of the tags Intl accepts, or `fallback()` when none works. */
function withIntl<T>(tags: readonly string[], make: (tag: string) => T, fallback: () => T): T {
  const tried = new Set<string>();
  for (const candidate of [...tags, SOURCE_LOCALE]) {
    const tag = normalizeTag(candidate);
    if (!tag || tried.has(tag)) continue;
    tried.add(tag);
    try {
      return make(intlTag(tag));
    } catch {
      // RangeError for a tag, TypeError for a missing or broken Intl: try the next.
    }
  }
  return fallback();
}

export function formatDuration(locale: SupportedLocale, totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(unit(locale, 'minute', minutes));
  if (seconds > 0 || minutes === 0) parts.push(unit(locale, 'second', seconds));
  return withIntl(
    [locale],
    (tag) => new Intl.ListFormat(tag, { style: 'long', type: 'unit' }).format(parts),
    () => parts.join(' '),
  );
}

const UNIT_SYMBOL = { minute: 'min', second: 's', day: 'd', week: 'wk' } as const;

export function unit(
  locale: SupportedLocale,
  name: 'minute' | 'second' | 'day' | 'week',
  value: number,
) {
  return withIntl(
    [locale],
    (tag) =>
      new Intl.NumberFormat(tag, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value),
    () => `${value} ${UNIT_SYMBOL[name]}`,
  );
}

/** A countdown clock such as 14:05, with the locale's digits. */
export function formatClock(locale: SupportedLocale, totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return withIntl(
    [locale],
    (tag) => {
      const two = new Intl.NumberFormat(tag, { minimumIntegerDigits: 2, useGrouping: false });
      const one = new Intl.NumberFormat(tag, { useGrouping: false });
      return `${one.format(minutes)}:${two.format(seconds)}`;
    },
    () => `${minutes}:${String(seconds).padStart(2, '0')}`,
  );
}

export function formatCount(locale: SupportedLocale, value: number): string {
  return withIntl(
    [locale],
    (tag) => new Intl.NumberFormat(tag).format(value),
    () => String(value),
  );
}

/**
 * A calendar date (`YYYY-MM-DD`) in the reader's format, read as a date, not a time.
 * Takes the full tag the reader asked for (`en-GB`), so regional date order is kept; a tag
 * Intl rejects (`en_GB` from a CMS) is normalised first, and never breaks the screen.
 */
export function formatDate(localeTag: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return withIntl(
    [localeTag],
    (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date),
    () => isoDate,
  );
}

/** Today in the reader's time zone as `YYYY-MM-DD`. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
