/**
 * Calendar arithmetic on whole days. A calendar date is turned into a "day number" (days
 * since 1970-01-01 in the proleptic Gregorian calendar, computed with UTC fields only), so
 * adding days never meets a daylight-saving change or a time zone.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a calendar date, or null when the date does not exist. */
export function dayNumberOf(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** Day number of a strict `YYYY-MM-DD` string, or null if malformed or not a real date. */
export function parseIsoDate(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  return dayNumberOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Day number for the `today` argument of assess(). A string must start with `YYYY-MM-DD`
 * (a full ISO timestamp is accepted; only its date part counts). A Date counts as the
 * calendar date it shows in the local time zone, which is the date the person sees.
 */
export function todayDayNumber(today: unknown): number | null {
  try {
    if (typeof today === 'string') return parseIsoDate(today.slice(0, 10));
    if (today instanceof Date) {
      const time = today.getTime();
      if (!Number.isFinite(time)) return null;
      return dayNumberOf(today.getFullYear(), today.getMonth() + 1, today.getDate());
    }
  } catch {
    return null;
  }
  return null;
}

/** `YYYY-MM-DD` for a day number. */
export function isoDateOf(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
