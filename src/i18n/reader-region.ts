/**
 * Which region's numbers to name when the guide's own language tag has none (`lang="en"`):
 * the reader's browser languages, then the time zone the browser reports. Pure; the browser's
 * values are read by `readReaderSignals`, which never throws.
 */
import { numbersForRegion } from './emergency-numbers.js';
import { regionOf } from './locales.js';
import { browserLanguages } from './resolve-locale.js';
import { normalizeTag, safeString, tagParts } from './tags.js';

export interface ReaderSignals {
  /** `navigator.languages`, in the reader's order. */
  languages: readonly string[];
  /** `Intl.DateTimeFormat().resolvedOptions().timeZone`, e.g. `Europe/London`. */
  timeZone: string | undefined;
}

export interface NumbersRegion {
  /** ISO 3166 region code, e.g. `GB`. */
  region: string;
  /** True when the region came from the reader's browser, not from the guide's own tag. */
  inferred: boolean;
}

/**
 * Time zones of the regions we have numbers for (emergency-numbers.ts). Chromium reports some
 * zones by their older ICU names (`Asia/Calcutta`), so both spellings are listed.
 */
const ZONES_BY_REGION: Readonly<Record<string, readonly string[]>> = {
  US: [
    'America/New_York',
    'America/Chicago',
    'America/Denver',
    'America/Phoenix',
    'America/Los_Angeles',
    'America/Anchorage',
    'America/Detroit',
    'America/Boise',
    'America/Indiana/Indianapolis',
    'America/Indianapolis',
    'America/Kentucky/Louisville',
    'America/Louisville',
    'Pacific/Honolulu',
  ],
  CA: [
    'America/Toronto',
    'America/Montreal',
    'America/Vancouver',
    'America/Edmonton',
    'America/Winnipeg',
    'America/Regina',
    'America/Halifax',
    'America/St_Johns',
  ],
  MX: [
    'America/Mexico_City',
    'America/Monterrey',
    'America/Cancun',
    'America/Merida',
    'America/Chihuahua',
    'America/Hermosillo',
    'America/Mazatlan',
    'America/Tijuana',
  ],
  GB: ['Europe/London'],
  IE: ['Europe/Dublin'],
  FR: ['Europe/Paris'],
  DE: ['Europe/Berlin'],
  AT: ['Europe/Vienna'],
  BE: ['Europe/Brussels'],
  NL: ['Europe/Amsterdam'],
  LU: ['Europe/Luxembourg'],
  IT: ['Europe/Rome'],
  ES: ['Europe/Madrid', 'Atlantic/Canary'],
  PT: ['Europe/Lisbon', 'Atlantic/Madeira', 'Atlantic/Azores'],
  PL: ['Europe/Warsaw'],
  SE: ['Europe/Stockholm'],
  DK: ['Europe/Copenhagen'],
  FI: ['Europe/Helsinki'],
  GR: ['Europe/Athens'],
  CZ: ['Europe/Prague'],
  RO: ['Europe/Bucharest'],
  CH: ['Europe/Zurich'],
  AU: [
    'Australia/Sydney',
    'Australia/Melbourne',
    'Australia/Brisbane',
    'Australia/Adelaide',
    'Australia/Perth',
    'Australia/Hobart',
    'Australia/Darwin',
  ],
  NZ: ['Pacific/Auckland'],
  IN: ['Asia/Kolkata', 'Asia/Calcutta'],
  BR: [
    'America/Sao_Paulo',
    'America/Bahia',
    'America/Fortaleza',
    'America/Recife',
    'America/Belem',
    'America/Manaus',
    'America/Cuiaba',
    'America/Porto_Velho',
  ],
  AR: [
    'America/Argentina/Buenos_Aires',
    'America/Buenos_Aires',
    'America/Argentina/Cordoba',
    'America/Cordoba',
  ],
  CO: ['America/Bogota'],
  CL: ['America/Santiago'],
  CN: ['Asia/Shanghai', 'Asia/Urumqi'],
  HK: ['Asia/Hong_Kong'],
  TW: ['Asia/Taipei'],
  SG: ['Asia/Singapore'],
  JP: ['Asia/Tokyo'],
  SA: ['Asia/Riyadh'],
  AE: ['Asia/Dubai'],
  EG: ['Africa/Cairo'],
  JO: ['Asia/Amman'],
};

const REGION_BY_ZONE = new Map(
  Object.entries(ZONES_BY_REGION).flatMap(([region, zones]) =>
    zones.map((zone) => [zone.toLowerCase(), region] as const),
  ),
);

/** The region of a time zone we know, or undefined (UTC, or a zone outside our table). */
export function regionOfTimeZone(timeZone: unknown): string | undefined {
  return REGION_BY_ZONE.get(safeString(timeZone).trim().toLowerCase());
}

/**
 * The region whose numbers the guide names.
 * 1. The guide's own tag, when it has a region (the host said so).
 * 2. Else the first of the reader's languages in the guide's language that has a region
 *    (`en-GB` for an English guide). Another language's region says little: `en-US` is many
 *    browsers' default wherever the reader is, so an Arabic guide does not take 911 from it.
 * 3. Else the time zone, when it is one of our regions'.
 * When the languages name a region but the time zone is another known region with a
 * different emergency number, we name none: a wrong number is worse than "your local one".
 */
export function numbersRegion(
  guideTag: string,
  signals: () => ReaderSignals,
): NumbersRegion | undefined {
  const own = regionOf(guideTag);
  if (own) return { region: own, inferred: false };
  const { languages, timeZone } = signals();
  const fromZone = regionOfTimeZone(timeZone);
  const language = languageOf(guideTag);
  const fromLanguages = languages
    .filter((tag) => languageOf(tag) === language)
    .map(regionOf)
    // A country, not a wider area such as `es-419` (Latin America), which has no one number.
    .find((region) => /^[A-Z]{2}$/.test(region ?? ''));
  if (!fromLanguages) return fromZone ? { region: fromZone, inferred: true } : undefined;
  if (fromZone && emergencyOf(fromZone) !== emergencyOf(fromLanguages)) return undefined;
  return { region: fromLanguages, inferred: true };
}

function languageOf(tag: string): string | undefined {
  const normal = normalizeTag(tag);
  return normal ? tagParts(normal).language : undefined;
}

function emergencyOf(region: string): string | undefined {
  return numbersForRegion(region)?.emergency;
}

/** The browser's languages and time zone; none of either when a page broke them. */
export function readReaderSignals(): ReaderSignals {
  return { languages: browserLanguages(), timeZone: readTimeZone() };
}

function readTimeZone(): string | undefined {
  try {
    return safeString(Intl.DateTimeFormat().resolvedOptions().timeZone) || undefined;
  } catch {
    return undefined;
  }
}

/** The region's name in the guide's language (`GB` → "United Kingdom"), or the code itself. */
export function regionName(region: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}
