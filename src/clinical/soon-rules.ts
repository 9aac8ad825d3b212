/**
 * Reasons to "see a doctor soon" (a routine appointment within days), checked only when no
 * red flag is present. Each reason is a small named predicate over validated answers and
 * the days since the start.
 */
import type { PlanContext } from './facts.js';
import type { SourceId } from './sources.js';

export interface SoonRule {
  reason: SoonReason;
  /** The condition in words, for clinicians reading the rules. */
  condition: string;
  holds: (context: PlanContext) => boolean;
  sources: readonly SourceId[];
}

/** Days of pain (or of self-care) after which "not getting better" means see a doctor. */
export const NOT_IMPROVING_AFTER_DAYS = 14;
/** Start of the chronic phase (12 weeks). */
export const CHRONIC_FROM_DAY = 84;

const notReportedBetter = ({ answers }: PlanContext) => answers.trend !== 'better';

/** The one list of soon reasons: SoonReason and SOON_REASONS are read from it. */
const SOON_TABLE = [
  {
    reason: 'not-improving-2-weeks',
    condition:
      'pain for 14 days or more (or 14 days or more of self-care) and the person did not say ' +
      'it is getting better (an unanswered trend counts as not better)',
    holds: (context) =>
      notReportedBetter(context) &&
      ((context.daysSinceStart ?? 0) >= NOT_IMPROVING_AFTER_DAYS ||
        (context.answers.selfCareDays ?? 0) >= NOT_IMPROVING_AFTER_DAYS),
    sources: ['seed-003', 'NHS-BACK'],
  },
  {
    reason: 'getting-worse',
    condition: 'the person said the pain is getting worse',
    holds: ({ answers }) => answers.trend === 'worse',
    sources: ['NHS-BACK', 'seed-002'],
  },
  {
    reason: 'stops-daily-activities',
    condition: 'the person said the pain stops their daily activities',
    holds: ({ answers }) => answers.stopsDailyActivities === true,
    sources: ['NHS-BACK'],
  },
  {
    reason: 'severe-pain',
    condition: 'pain rated severe, whatever its trend (NHS: the pain is very severe)',
    holds: ({ answers }) => answers.severity === 'severe',
    sources: ['NHS-BACK'],
  },
  {
    reason: 'one-leg-symptoms',
    condition:
      'numbness, tingling or weakness in one leg that is not getting worse (a leg getting ' +
      'weaker, or both legs, is an emergency red flag)',
    holds: ({ answers }) => answers.oneLegSymptoms === true,
    sources: ['NHS-BACK', 'seed-003'],
  },
  {
    reason: 'keeps-coming-back',
    condition: 'the person said spasms happen often (history "often")',
    holds: ({ answers }) => answers.history === 'often',
    sources: ['seed-003', 'seed-002'],
  },
  {
    reason: 'struggling-to-cope',
    condition: 'the person said they are struggling to cope',
    holds: ({ answers }) => answers.strugglingToCope === true,
    sources: ['NHS-BACK'],
  },
  {
    reason: 'under-18',
    condition: 'age band under 16 or 16-17',
    holds: ({ answers }) => answers.ageBand === 'under-16' || answers.ageBand === '16-17',
    sources: ['NICE-NG59', 'DOWNIE-2013'],
  },
  {
    reason: 'first-episode-over-50',
    condition: 'first-ever episode and age band 50-64 or 65 or over (a weak signal alone)',
    holds: ({ answers }) =>
      answers.history === 'first-time' &&
      (answers.ageBand === '50-64' || answers.ageBand === '65-plus'),
    sources: ['DOWNIE-2013', 'NHS-BACK'],
  },
  {
    reason: 'chronic-pain',
    condition: 'pain for 84 days (12 weeks) or more: a longer-term plan is needed',
    holds: ({ daysSinceStart }) => (daysSinceStart ?? 0) >= CHRONIC_FROM_DAY,
    sources: ['ACP-2017', 'seed-001'],
  },
] as const satisfies readonly (Omit<SoonRule, 'reason'> & { reason: string })[];

/** Why the guide says "see a doctor soon". */
export type SoonReason = (typeof SOON_TABLE)[number]['reason'];

export const SOON_RULES: readonly SoonRule[] = SOON_TABLE;

export const SOON_REASONS: readonly SoonReason[] = /* @__PURE__ */ SOON_RULES.map(
  (rule) => rule.reason,
);

export function soonReasonsFor(context: PlanContext): SoonReason[] {
  return SOON_RULES.filter((rule) => rule.holds(context)).map((rule) => rule.reason);
}
