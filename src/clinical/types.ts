/**
 * The clinical core's contract: what the guide asks (Answers) and what it
 * tells (Assessment). Pure data, no DOM, no Lit: the element, tests, scripts
 * and a prerendering server all speak it.
 */

import type { EmergencyFinding, PregnancyFinding, RedFlagId, UrgentFinding } from './red-flags.js';
import type { OnsetSpan, Phase } from './phases.js';
import type { RecheckAction } from './recheck.js';
import type { SoonReason } from './soon-rules.js';
import type { EvidenceGrade, QuestionId, StepGroup, Tier, WarningId } from './ids.js';
import type { IllustrationName } from '../illustrations/names.js';

export type {
  EmergencyFinding,
  EvidenceGrade,
  IllustrationName,
  OnsetSpan,
  Phase,
  PregnancyFinding,
  QuestionId,
  RecheckAction,
  RedFlagId,
  SoonReason,
  StepGroup,
  Tier,
  UrgentFinding,
  WarningId,
};

/** 2: pregnancy asked with the red flags, new red flags, the NHS anti-inflammatory list. */
export const ANSWERS_VERSION = 2;

export { ONSET_SPANS } from './phases.js';
export { EMERGENCY_FINDINGS, PREGNANCY_FINDINGS, URGENT_FINDINGS } from './red-flags.js';

export type Onset =
  | { kind: 'span'; span: OnsetSpan }
  | { kind: 'duration'; value: number; unit: 'hours' | 'days' | 'weeks' }
  /** Calendar date the spasm started, `YYYY-MM-DD`. */
  | { kind: 'date'; date: string };

export const HISTORIES = ['first-time', 'a-few-times', 'often'] as const;
export type History = (typeof HISTORIES)[number];

export const AGE_BANDS = ['under-16', '16-17', '18-49', '50-64', '65-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * Facts that mean "ask a pharmacist or doctor before an anti-inflammatory" (NHS ibuprofen
 * page), grouped plainly. Pregnancy is its own answer; age comes from the age band.
 */
export const MEDICINE_FACTS = [
  'nsaid-reaction',
  'stomach-ulcer-or-bleeding',
  'heart-kidney-liver-or-blood-pressure',
  'asthma-or-allergies',
  'bleeds-easily',
  'crohns-or-colitis',
  'chickenpox',
  'trying-to-get-pregnant',
  'daily-medicines',
] as const;
export type MedicineFact = (typeof MEDICINE_FACTS)[number];

export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TRENDS = ['better', 'same', 'worse'] as const;
export type Trend = (typeof TRENDS)[number];

export interface Answers {
  version: typeof ANSWERS_VERSION;
  /** One yes/no answer per red-flag question. */
  redFlags: Partial<Record<RedFlagId, boolean>>;
  /** The explicit "none of these" answer; it answers every red flag with no. */
  noRedFlags?: boolean;
  /** Pregnant, or might be. Asked with the red flags; true brings the pregnancy signs. */
  pregnant?: boolean;
  onset?: Onset;
  history?: History;
  ageBand?: AgeBand;
  /** Unanswered facts count as unknown; `none` true means none apply. */
  medicineFacts?: Partial<Record<MedicineFact, boolean>> & { none?: boolean };
  severity?: Severity;
  /** Numbness, tingling or weakness in one leg (not getting worse: that is an emergency). */
  oneLegSymptoms?: boolean;
  stopsDailyActivities?: boolean;
  strugglingToCope?: boolean;
  heatMadeWorse?: boolean;
  trend?: Trend;
  /** How many days of self-care have been tried already. */
  selfCareDays?: number;
}

/** Answers before any question is answered. */
export function emptyAnswers(): Answers {
  return { version: ANSWERS_VERSION, redFlags: {} };
}

export type TierReason = RedFlagId | SoonReason;

export interface StepTimer {
  kind: 'heat' | 'cold' | 'hold';
  seconds: number;
  /** Repetitions of the hold, when the step counts them. */
  repeats?: number;
  /** Rest between two holds of a set. */
  restSeconds?: number;
}

export interface PlanStep {
  id: string;
  group: StepGroup;
  grade: EvidenceGrade;
  sources: string[];
  timer?: StepTimer;
  /** Name of the illustration the view may draw for it. */
  illustration?: IllustrationName;
  /** Cautions that belong with this step; the view shows them beside it. */
  warnings?: WarningId[];
}

/**
 * The plan's "when to get help" list, made from the red-flag table: every emergency and
 * same-day sign, and the pregnancy signs when the person is pregnant.
 */
export interface WhenToGetHelp {
  emergency: EmergencyFinding[];
  sameDay: UrgentFinding[];
  /** Empty unless pregnant. */
  maternity: PregnancyFinding[];
}

/** Which revision of the clinical rules and words produced an assessment. */
export interface ClinicalContent {
  version: string;
  /** `YYYY-MM-DD` */
  reviewed: string;
  /** `YYYY-MM-DD` */
  nextReview: string;
}

export interface Recheck {
  /** Days after the spasm started. */
  day: number;
  /** ISO date `YYYY-MM-DD`, or null when the start date is unknown. */
  date: string | null;
  action: RecheckAction;
}

export interface Assessment {
  tier: Tier;
  /** The findings or reasons that set the tier; empty for self-care. */
  tierReasons: TierReason[];
  /** Null only for an emergency reached before the start was answered. */
  phase: Phase | null;
  /** Whole days since the spasm started, or null when unknown. */
  daysSinceStart: number | null;
  steps: PlanStep[];
  /**
   * The two or three steps to do first, best first (ids of `steps`; see rankDoNow in plan.ts):
   * staying active, then by evidence grade, then what fits the phase.
   */
  doNow: string[];
  recheck: Recheck[];
  warnings: WarningId[];
  /** Empty lists in an emergency (the emergency screen says only what to do now). */
  whenToGetHelp: WhenToGetHelp;
  /** The plan is adapted for pregnancy (false in an emergency, which is the same for all). */
  pregnancy: boolean;
  clinicalContent: ClinicalContent;
}

export interface ValidationIssue {
  question: QuestionId;
  problem: 'missing' | 'malformed' | 'impossible' | 'unknown-value' | 'contradictory';
  detail: string;
  /** Path of the offending field, e.g. `redFlags.fever` or `onset.value`. */
  field?: string;
}

export type AssessResult =
  { ok: true; assessment: Assessment } | { ok: false; issues: ValidationIssue[] };
