/**
 * Duration phases (ACP 2017, AAFP 2025) and how an onset answer becomes "days since the
 * spasm started". Duration chooses which self-care steps fit now and when to check again;
 * it never decides where to get help (red flags do that).
 */
import type { SourceId } from './sources.js';
import type { Onset } from './types.js';

export interface PhaseRule {
  phase: Phase;
  /** First whole day since the start that belongs to the phase. */
  fromDay: number;
  /** First whole day that no longer belongs to it; null = no end. */
  beforeDay: number | null;
  summary: string;
  sources: readonly SourceId[];
}

/** In order; each phase starts where the previous one ends. Phase and PHASES are read from it. */
const PHASE_TABLE = [
  {
    phase: 'first-days',
    fromDay: 0,
    beforeDay: 2,
    summary: 'Under 48 hours: the spasm is new and moving is hard. No exercises yet.',
    sources: ['seed-003'],
  },
  {
    phase: 'acute',
    fromDay: 2,
    beforeDay: 28,
    summary: 'Under 4 weeks (ACP/AAFP cut-off). Gentle home exercises as the pain eases.',
    sources: ['ACP-2017', 'AAFP-2025'],
  },
  {
    phase: 'subacute',
    fromDay: 28,
    beforeDay: 84,
    summary: '4 to 12 weeks: supervised exercise therapy begins to help.',
    sources: ['ACP-2017', 'seed-000', 'seed-001'],
  },
  {
    phase: 'chronic',
    fromDay: 84,
    beforeDay: null,
    summary: '12 weeks or more: exercise therapy, mind-body care, team rehabilitation.',
    sources: ['ACP-2017', 'seed-001'],
  },
] as const satisfies readonly (Omit<PhaseRule, 'phase'> & { phase: string })[];

export type Phase = (typeof PHASE_TABLE)[number]['phase'];

export const PHASE_RULES: readonly PhaseRule[] = PHASE_TABLE;

export const PHASES: readonly Phase[] = /* @__PURE__ */ PHASE_RULES.map((rule) => rule.phase);

export interface SpanRule {
  span: OnsetSpan;
  /** Earliest whole day since the start the answer allows. */
  minDay: number;
  /** Latest whole day it allows; null = no upper limit. */
  maxDay: number | null;
  /**
   * The day the guide assumes. Always the LOWER bound of the span:
   * - the phase is never later than the truth, so exercises are never offered early
   *   ("1-2 days" stays in first-days) and nobody is called chronic too soon;
   * - re-checks counted from this day are never marked as already passed when they may not
   *   have been (a "1-2 weeks" answer keeps the day-14 check, dated up to a week later than
   *   the true day 14 at most, rather than dropping it or dating it in the past).
   */
  representativeDay: number;
}

/** In answer order; OnsetSpan and ONSET_SPANS are read from it. */
const SPAN_TABLE = [
  { span: 'today', minDay: 0, maxDay: 0, representativeDay: 0 },
  { span: '1-2-days', minDay: 1, maxDay: 2, representativeDay: 1 },
  { span: '3-7-days', minDay: 3, maxDay: 7, representativeDay: 3 },
  { span: '1-2-weeks', minDay: 7, maxDay: 14, representativeDay: 7 },
  { span: '2-4-weeks', minDay: 14, maxDay: 28, representativeDay: 14 },
  { span: '4-12-weeks', minDay: 28, maxDay: 84, representativeDay: 28 },
  { span: 'longer', minDay: 84, maxDay: null, representativeDay: 84 },
] as const satisfies readonly (Omit<SpanRule, 'span'> & { span: string })[];

export type OnsetSpan = (typeof SPAN_TABLE)[number]['span'];

export const SPAN_RULES: readonly SpanRule[] = SPAN_TABLE;

export const ONSET_SPANS: readonly OnsetSpan[] = /* @__PURE__ */ SPAN_RULES.map(
  (rule) => rule.span,
);

/** Longest believable time since the start: 100 years. */
export const MAX_DAYS = 36525;

const HOURS_PER_UNIT = { hours: 1, days: 24, weeks: 168 } as const;

export function spanRule(span: OnsetSpan): SpanRule {
  const rule = SPAN_RULES.find((candidate) => candidate.span === span);
  if (!rule) throw new Error(`unknown span ${span}`);
  return rule;
}

/** Whole days for a duration answer (36 hours = day 1). */
export function durationToDays(value: number, unit: 'hours' | 'days' | 'weeks'): number {
  return Math.floor((value * HOURS_PER_UNIT[unit]) / 24);
}

/**
 * Whole days since the start for a validated onset. `todayDay` is today's day number
 * (see dates.ts); it is only needed for a `date` onset and may be null otherwise.
 */
export function onsetToDays(onset: Onset, todayDay: number | null, startDay: number | null) {
  switch (onset.kind) {
    case 'span':
      return spanRule(onset.span).representativeDay;
    case 'duration':
      return durationToDays(onset.value, onset.unit);
    case 'date':
      return todayDay === null || startDay === null ? null : todayDay - startDay;
  }
}

/** Latest whole day since the start that the onset answer allows (for consistency checks). */
export function onsetMaxDays(onset: Onset, days: number): number {
  if (onset.kind === 'span') return spanRule(onset.span).maxDay ?? Number.POSITIVE_INFINITY;
  return days;
}

/**
 * The least number of whole days that may have passed. A calendar date says only which day
 * it started: "two days ago" may be little more than 24 hours. So a date counts one day less
 * (never below 0); spans already use their lower bound and durations are exact.
 */
export function leastDaysElapsed(onset: Onset, days: number): number {
  return onset.kind === 'date' ? Math.max(0, days - 1) : days;
}

/**
 * The 48-hour rule: the first days last until at least 48 hours may have passed
 * (`leastDays`); the later phases follow the days since the start.
 */
export function phaseFor(days: number, leastDays: number): Phase {
  if (leastDays < FIRST_DAYS_END) return 'first-days';
  return phaseForDays(Math.max(days, FIRST_DAYS_END));
}

/** Whole days after which the first days are over (48 hours). */
export const FIRST_DAYS_END = 2;

/**
 * Whether to ask "is it getting better?": only once the first days are over, since a spasm
 * of a day or two has no trend yet.
 */
export function asksTrend(onset: Onset, days: number): boolean {
  return leastDaysElapsed(onset, days) >= FIRST_DAYS_END;
}

export function phaseForDays(days: number): Phase {
  for (const rule of PHASE_RULES) {
    if (days >= rule.fromDay && (rule.beforeDay === null || days < rule.beforeDay)) {
      return rule.phase;
    }
  }
  return 'first-days';
}
