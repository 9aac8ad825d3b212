/**
 * Emergency (and, where one exists, same-day medical advice) numbers by region.
 * The widget names a number only when the reader's locale carries a region;
 * a host's `emergency-number` attribute always wins.
 *
 * Sources:
 * - European Commission, "112: the single European emergency number" (all EU states).
 * - NHS England, "When to use 111" and "When to call 999".
 * - National telecom or health-ministry pages for each other region listed below.
 */
export interface RegionNumbers {
  emergency: string;
  /** Non-emergency medical advice line for same-day help. */
  sameDay?: string;
}

const EU_112 = { emergency: '112' };

export const EMERGENCY_NUMBERS: Readonly<Record<string, RegionNumbers>> = {
  US: { emergency: '911' },
  CA: { emergency: '911' },
  MX: { emergency: '911' },
  GB: { emergency: '999', sameDay: '111' },
  IE: EU_112,
  FR: { emergency: '112', sameDay: '116117' },
  DE: { emergency: '112', sameDay: '116117' },
  AT: EU_112,
  BE: EU_112,
  NL: EU_112,
  LU: EU_112,
  IT: EU_112,
  ES: EU_112,
  PT: EU_112,
  PL: EU_112,
  SE: EU_112,
  DK: EU_112,
  FI: EU_112,
  GR: EU_112,
  CZ: EU_112,
  RO: EU_112,
  CH: { emergency: '144' },
  AU: { emergency: '000' },
  NZ: { emergency: '111' },
  IN: { emergency: '112' },
  BR: { emergency: '192' },
  AR: { emergency: '107' },
  CO: { emergency: '123' },
  CL: { emergency: '131' },
  CN: { emergency: '120' },
  HK: { emergency: '999' },
  TW: { emergency: '119' },
  SG: { emergency: '995' },
  JP: { emergency: '119' },
  SA: { emergency: '997' },
  AE: { emergency: '998' },
  EG: { emergency: '123' },
  JO: { emergency: '911' },
};

/** Keeps only the digits (and a leading +) of a host-supplied number, or undefined. */
export function sanitizePhoneNumber(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!/^\+?[0-9][0-9 -]{0,18}$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/[ -]/g, '');
  return digits.length >= 2 && digits.length <= 15 ? digits : undefined;
}

export function numbersForRegion(region: string | undefined): RegionNumbers | undefined {
  return region ? EMERGENCY_NUMBERS[region.toUpperCase()] : undefined;
}
