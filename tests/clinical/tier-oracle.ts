/**
 * The tier the clinical reference asks for, written apart from the core (no assess(), no
 * SOON_RULES): one named rule per reason, most urgent first. The first tier with a rule that
 * holds is the tier; the soon rules that hold are the reasons, in this order.
 */
import {
  EMERGENCY_FINDINGS,
  PREGNANCY_FINDINGS,
  URGENT_FINDINGS,
  type Answers,
  type RedFlagId,
  type Tier,
} from '../../src/clinical/index.js';
import { expectedDays } from './support.js';

interface OracleRule {
  /** The reason the reference gives (a soon reason's id for the soon rules). */
  name: string;
  tier: Exclude<Tier, 'self-care'>;
  /** `days` is the days since the start, 0 when unknown. */
  holds: (answers: Answers, days: number) => boolean;
}

const ticked = (ids: readonly RedFlagId[]) => (answers: Answers) =>
  ids.some((id) => answers.redFlags[id] === true);

export const TIER_ORACLE: readonly OracleRule[] = [
  { name: 'an emergency finding', tier: 'emergency', holds: ticked(EMERGENCY_FINDINGS) },
  {
    name: 'a same-day or pregnancy sign',
    tier: 'urgent',
    holds: ticked([...URGENT_FINDINGS, ...PREGNANCY_FINDINGS]),
  },
  {
    name: 'not-improving-2-weeks',
    tier: 'soon',
    holds: (a, days) => a.trend !== 'better' && (days >= 14 || (a.selfCareDays ?? 0) >= 14),
  },
  { name: 'getting-worse', tier: 'soon', holds: (a) => a.trend === 'worse' },
  { name: 'stops-daily-activities', tier: 'soon', holds: (a) => a.stopsDailyActivities === true },
  { name: 'severe-pain', tier: 'soon', holds: (a) => a.severity === 'severe' },
  { name: 'one-leg-symptoms', tier: 'soon', holds: (a) => a.oneLegSymptoms === true },
  { name: 'keeps-coming-back', tier: 'soon', holds: (a) => a.history === 'often' },
  { name: 'struggling-to-cope', tier: 'soon', holds: (a) => a.strugglingToCope === true },
  {
    name: 'under-18',
    tier: 'soon',
    holds: (a) => a.ageBand === 'under-16' || a.ageBand === '16-17',
  },
  {
    name: 'first-episode-over-50',
    tier: 'soon',
    holds: (a) => a.history === 'first-time' && (a.ageBand === '50-64' || a.ageBand === '65-plus'),
  },
  { name: 'chronic-pain', tier: 'soon', holds: (_, days) => days >= 84 },
];

function rulesThatHold(answers: Answers, today: string): OracleRule[] {
  const days = answers.onset ? expectedDays(answers.onset, today) : 0;
  return TIER_ORACLE.filter((rule) => rule.holds(answers, days));
}

/** The tier the reference asks for, computed without assess(). */
export function expectedTier(answers: Answers, today: string): Tier {
  return rulesThatHold(answers, today)[0]?.tier ?? 'self-care';
}

/** The reasons for "see a doctor soon" the reference gives, in order (empty unless soon). */
export function expectedSoonReasons(answers: Answers, today: string): string[] {
  if (expectedTier(answers, today) !== 'soon') return [];
  return rulesThatHold(answers, today).map((rule) => rule.name);
}
