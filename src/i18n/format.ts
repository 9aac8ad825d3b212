import type { SupportedLocale } from './locales.js';

/** Locale-aware numbers, durations and dates: plurals come from Intl, not from messages. */

/**
 * The tag handed to Intl. The Arabic messages write numbers with Western digits, as much
 * Arabic health information does; Intl is asked for the same digits so a sentence never mixes
 * two digit systems.
 */
export function intlTag(tag: string): string {
  return /^ar\b/i.test(tag) && !tag.includes('-u-') ? `${tag}-u-nu-latn` : tag;
}

export function formatDuration(locale: SupportedLocale, totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(unit(locale, 'minute', minutes));
  if (seconds > 0 || minutes === 0) parts.push(unit(locale, 'second', seconds));
  return new Intl.ListFormat(intlTag(locale), { style: 'long', type: 'unit' }).format(parts);
}

export function unit(
  locale: SupportedLocale,
  name: 'minute' | 'second' | 'day' | 'week',
  value: number,
) {
  return new Intl.NumberFormat(intlTag(locale), {
    style: 'unit',
    unit: name,
    unitDisplay: 'long',
  }).format(value);
}

/** A countdown clock such as 14:05, with the locale's digits. */
export function formatClock(locale: SupportedLocale, totalSeconds: number): string {
  const two = new Intl.NumberFormat(intlTag(locale), {
    minimumIntegerDigits: 2,
    useGrouping: false,
  });
  const one = new Intl.NumberFormat(intlTag(locale), { useGrouping: false });
  return `${one.format(Math.floor(totalSeconds / 60))}:${two.format(totalSeconds % 60)}`;
}

export function formatCount(locale: SupportedLocale, value: number): string {
  return new Intl.NumberFormat(intlTag(locale)).format(value);
}

/**
 * A calendar date (`YYYY-MM-DD`) in the reader's format, read as a date, not a time.
 * Takes the full tag the reader asked for (`en-GB`), so regional date order is kept.
 */
export function formatDate(localeTag: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return new Intl.DateTimeFormat(intlTag(localeTag), { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/** Today in the reader's time zone as `YYYY-MM-DD`. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
