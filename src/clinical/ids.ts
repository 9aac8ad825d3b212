/**
 * The clinical vocabularies that have no table of their own, each declared once as a list in
 * its reference order (so tables, validation, tests and the rules document can enumerate it)
 * with its type read from the list. Red flags, soon reasons, phases,
 * onset spans and re-check actions are read from their tables.
 */
export const TIERS = ['emergency', 'urgent', 'soon', 'self-care'] as const;
export type Tier = (typeof TIERS)[number];

/** Groups in the order the plan shows them. */
export const STEP_GROUPS = [
  'get-help',
  'while-waiting',
  'right-now',
  'next-days',
  'as-it-eases',
  'medicines',
  'prevention',
  'does-not-help',
] as const;
export type StepGroup = (typeof STEP_GROUPS)[number];

/** Plain evidence grades; `practice` is expert or common safety practice. */
export const EVIDENCE_GRADES = ['strong', 'moderate', 'low', 'insufficient', 'practice'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** Warnings in the order the plan lists them. */
export const WARNING_IDS = [
  'nsaid-ask-first',
  'nsaid-label-and-food',
  'nsaid-over-65',
  'no-aspirin-under-16',
  'heat-pregnancy-warm-not-hot',
  'prescription-drowsiness',
  'heat-cold-skin-safety',
  'heat-made-worse-use-cold',
] as const;
export type WarningId = (typeof WARNING_IDS)[number];

export const QUESTION_IDS = [
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
export type QuestionId = (typeof QUESTION_IDS)[number];
