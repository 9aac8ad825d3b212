/**
 * Runtime lists of the string unions declared in types.ts, in their reference order, so
 * tables, validation, tests and the rules document can enumerate them. The `Exhaustive`
 * checks below fail to compile if a list and its union drift apart.
 */
import type {
  EvidenceGrade,
  Phase,
  QuestionId,
  RecheckAction,
  SoonReason,
  StepGroup,
  Tier,
  WarningId,
} from './types.js';

type Exhaustive<Union, List extends readonly Union[]> = [Union] extends [List[number]]
  ? List
  : never;

const tiers = ['emergency', 'urgent', 'soon', 'self-care'] as const;
export const TIERS: Exhaustive<Tier, typeof tiers> = tiers;

const phases = ['first-days', 'acute', 'subacute', 'chronic'] as const;
export const PHASES: Exhaustive<Phase, typeof phases> = phases;

const soonReasons = [
  'not-improving-2-weeks',
  'getting-worse',
  'stops-daily-activities',
  'severe-pain',
  'one-leg-symptoms',
  'keeps-coming-back',
  'struggling-to-cope',
  'under-18',
  'first-episode-over-50',
  'chronic-pain',
] as const;
export const SOON_REASONS: Exhaustive<SoonReason, typeof soonReasons> = soonReasons;

/** Groups in the order the plan shows them. */
const stepGroups = [
  'get-help',
  'while-waiting',
  'right-now',
  'next-days',
  'as-it-eases',
  'medicines',
  'prevention',
  'does-not-help',
] as const;
export const STEP_GROUPS: Exhaustive<StepGroup, typeof stepGroups> = stepGroups;

const evidenceGrades = ['strong', 'moderate', 'low', 'insufficient', 'practice'] as const;
export const EVIDENCE_GRADES: Exhaustive<EvidenceGrade, typeof evidenceGrades> = evidenceGrades;

const recheckActions = [
  'call-emergency-now',
  'get-seen-today',
  'see-doctor-if-not-better',
  'see-doctor-if-not-improving',
  'ask-about-exercise-therapy',
  'review-long-term-plan',
] as const;
export const RECHECK_ACTIONS: Exhaustive<RecheckAction, typeof recheckActions> = recheckActions;

/** Warnings in the order the plan lists them. */
const warningIds = [
  'nsaid-ask-first',
  'nsaid-label-and-food',
  'nsaid-over-65',
  'no-aspirin-under-16',
  'heat-pregnancy-warm-not-hot',
  'prescription-drowsiness',
  'heat-cold-skin-safety',
  'heat-made-worse-use-cold',
] as const;
export const WARNING_IDS: Exhaustive<WarningId, typeof warningIds> = warningIds;

const questionIds = [
  'version',
  'redFlags',
  'pregnant',
  'onset',
  'history',
  'ageBand',
  'medicineFacts',
  'severity',
  'oneLegSymptoms',
  'stopsDailyActivities',
  'strugglingToCope',
  'trend',
  'heatMadeWorse',
  'selfCareDays',
] as const;
export const QUESTION_IDS: Exhaustive<QuestionId, typeof questionIds> = questionIds;
