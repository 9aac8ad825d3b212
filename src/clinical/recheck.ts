/**
 * When the person should check again, counted in days from the start of the spasm.
 */
import { isoDateOf } from './dates.js';
import type { SourceId } from './sources.js';
import type { Recheck, Tier } from './types.js';

/** The one re-check of the tiers that get help now: there is no routine point to wait for. */
const RECHECK_NOW = { emergency: 'call-emergency-now', urgent: 'get-seen-today' } as const;

export interface RecheckPoint {
  day: number;
  action: RecheckAction;
  why: string;
  sources: readonly SourceId[];
}

/** Routine re-check points for the soon and self-care tiers. */
const RECHECK_TABLE = [
  {
    day: 14,
    action: 'see-doctor-if-not-better',
    why: 'pain lasting beyond about two weeks of self-care: see a doctor',
    sources: ['seed-003', 'NHS-BACK'],
  },
  {
    day: 28,
    action: 'see-doctor-if-not-improving',
    why: 'no improvement after a month; end of the acute phase',
    sources: ['NHS-BACK', 'AAFP-2025'],
  },
  {
    day: 42,
    action: 'ask-about-exercise-therapy',
    why: 'most people improve a lot by 6 weeks; exercise therapy and team care for the rest',
    sources: ['MENEZES-2012', 'seed-000', 'seed-001'],
  },
  {
    day: 84,
    action: 'review-long-term-plan',
    why: '12 weeks: chronic pain needs a longer-term plan',
    sources: ['ACP-2017'],
  },
] as const satisfies readonly (Omit<RecheckPoint, 'action'> & { action: string })[];

export type RecheckAction =
  (typeof RECHECK_NOW)[keyof typeof RECHECK_NOW] | (typeof RECHECK_TABLE)[number]['action'];

export const RECHECK_POINTS: readonly RecheckPoint[] = RECHECK_TABLE;

/** Every re-check action: the immediate ones, then the routine points in day order. */
export const RECHECK_ACTIONS: readonly RecheckAction[] = [
  .../* @__PURE__ */ Object.values(RECHECK_NOW),
  .../* @__PURE__ */ RECHECK_POINTS.map((point) => point.action),
];

/** Once every point has passed: review the long-term plan this many days after today. */
export const LATE_REVIEW_AFTER_DAYS = 28;

function dated(day: number, action: RecheckAction, startDay: number | null): Recheck {
  return { day, date: startDay === null ? null : isoDateOf(startDay + day), action };
}

/**
 * Re-checks for a non-emergency tier. `days` is the whole days since the start; `startDay`
 * the start's day number (null when unknown). A point is kept while its day is today or
 * later; when all have passed, one review is set LATE_REVIEW_AFTER_DAYS from today.
 */
export function recheckFor(tier: Tier, days: number, startDay: number | null): Recheck[] {
  if (tier === 'emergency' || tier === 'urgent') return [dated(days, RECHECK_NOW[tier], startDay)];
  const upcoming = RECHECK_POINTS.filter((point) => point.day >= days).map((point) =>
    dated(point.day, point.action, startDay),
  );
  if (upcoming.length > 0) return upcoming;
  return [dated(days + LATE_REVIEW_AFTER_DAYS, 'review-long-term-plan', startDay)];
}
