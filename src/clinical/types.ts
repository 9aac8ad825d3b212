/**
 * The clinical core's contract: what the guide asks (Answers) and what it
 * tells (Assessment). Pure data, no DOM, no Lit: the element, tests, scripts
 * and a prerendering server all speak it.
 */

export const ANSWERS_VERSION = 1;

/** Findings that send the person to emergency care now. */
export const EMERGENCY_FINDINGS = [
  'bladder-bowel-control',
  'difficulty-passing-urine',
  'saddle-numbness',
  'leg-weakness-or-numbness',
  'chest-pain',
  'serious-accident',
] as const;

/** Findings that mean "get seen today". */
export const URGENT_FINDINGS = [
  'fever',
  'weight-loss',
  'cancer-history',
  'lump-or-shape-change',
  'pain-at-rest-or-night',
  'upper-back-pain',
  'fall-with-fragile-bones',
  'weak-immunity-or-injecting',
  'unsteady-walking',
] as const;

export type EmergencyFinding = (typeof EMERGENCY_FINDINGS)[number];
export type UrgentFinding = (typeof URGENT_FINDINGS)[number];
export type RedFlagId = EmergencyFinding | UrgentFinding;

export const ONSET_SPANS = [
  'today',
  '1-2-days',
  '3-7-days',
  '1-2-weeks',
  '2-4-weeks',
  '4-12-weeks',
  'longer',
] as const;
export type OnsetSpan = (typeof ONSET_SPANS)[number];

export type Onset =
  | { kind: 'span'; span: OnsetSpan }
  | { kind: 'duration'; value: number; unit: 'hours' | 'days' | 'weeks' }
  /** Calendar date the spasm started, `YYYY-MM-DD`. */
  | { kind: 'date'; date: string };

export const HISTORIES = ['first-time', 'a-few-times', 'often'] as const;
export type History = (typeof HISTORIES)[number];

export const AGE_BANDS = ['under-16', '16-17', '18-49', '50-64', '65-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Facts that change what may be said about anti-inflammatory medicines. */
export const MEDICINE_FACTS = [
  'pregnant',
  'stomach-ulcer-or-bleeding',
  'kidney-disease',
  'heart-disease',
  'blood-thinners',
  'aspirin-sensitive-asthma',
] as const;
export type MedicineFact = (typeof MEDICINE_FACTS)[number];

export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TRENDS = ['better', 'same', 'worse'] as const;
export type Trend = (typeof TRENDS)[number];

export const TRIED_METHODS = [
  'heat',
  'cold',
  'anti-inflammatory',
  'paracetamol',
  'rest',
  'walking',
  'stretching',
] as const;
export type TriedMethod = (typeof TRIED_METHODS)[number];

export interface Answers {
  version: typeof ANSWERS_VERSION;
  /** One yes/no answer per red-flag question. */
  redFlags: Partial<Record<RedFlagId, boolean>>;
  /** The explicit "none of these" answer; it answers every red flag with no. */
  noRedFlags?: boolean;
  onset?: Onset;
  history?: History;
  ageBand?: AgeBand;
  /** Unanswered facts count as unknown; `none` true means none apply. */
  medicineFacts?: Partial<Record<MedicineFact, boolean>> & { none?: boolean };
  severity?: Severity;
  stopsDailyActivities?: boolean;
  strugglingToCope?: boolean;
  heatMadeWorse?: boolean;
  trend?: Trend;
  tried?: TriedMethod[];
  /** How many days of self-care have been tried already. */
  selfCareDays?: number;
}

/** Answers before any question is answered. */
export function emptyAnswers(): Answers {
  return { version: ANSWERS_VERSION, redFlags: {} };
}

export type Tier = 'emergency' | 'urgent' | 'soon' | 'self-care';
export type Phase = 'first-days' | 'acute' | 'subacute' | 'chronic';

/** Why the guide says "see a doctor soon". */
export type SoonReason =
  | 'not-improving-2-weeks'
  | 'getting-worse'
  | 'stops-daily-activities'
  | 'severe-and-not-easing'
  | 'keeps-coming-back'
  | 'struggling-to-cope'
  | 'under-18'
  | 'first-episode-over-50'
  | 'chronic-pain';

export type TierReason = RedFlagId | SoonReason;

export type StepGroup =
  | 'get-help'
  | 'while-waiting'
  | 'right-now'
  | 'next-days'
  | 'as-it-eases'
  | 'medicines'
  | 'prevention'
  | 'does-not-help';

/** Plain evidence grades; `practice` is expert or common safety practice. */
export type EvidenceGrade = 'strong' | 'moderate' | 'low' | 'insufficient' | 'practice';

export interface StepTimer {
  kind: 'heat' | 'cold' | 'hold';
  seconds: number;
  /** Repetitions of the hold, when the step counts them. */
  repeats?: number;
}

export interface PlanStep {
  id: string;
  group: StepGroup;
  grade: EvidenceGrade;
  sources: string[];
  timer?: StepTimer;
  /** Name of the illustration the view may draw for it. */
  illustration?: string;
  /** Cautions that belong with this step; the view shows them beside it. */
  warnings?: WarningId[];
}

export type RecheckAction =
  | 'call-emergency-now'
  | 'get-seen-today'
  | 'see-doctor-if-not-better'
  | 'see-doctor-if-not-improving'
  | 'ask-about-exercise-therapy'
  | 'review-long-term-plan';

export interface Recheck {
  /** Days after the spasm started. */
  day: number;
  /** ISO date `YYYY-MM-DD`, or null when the start date is unknown. */
  date: string | null;
  action: RecheckAction;
}

export type WarningId =
  | 'nsaid-ask-first'
  | 'nsaid-label-and-food'
  | 'nsaid-over-65'
  | 'no-aspirin-under-16'
  | 'prescription-drowsiness'
  | 'heat-cold-skin-safety'
  | 'heat-made-worse-use-cold';

export interface Assessment {
  tier: Tier;
  /** The findings or reasons that set the tier; empty for self-care. */
  tierReasons: TierReason[];
  /** Null only for an emergency reached before the start was answered. */
  phase: Phase | null;
  /** Whole days since the spasm started, or null when unknown. */
  daysSinceStart: number | null;
  steps: PlanStep[];
  recheck: Recheck[];
  warnings: WarningId[];
}

export type QuestionId =
  | 'redFlags'
  | 'onset'
  | 'history'
  | 'ageBand'
  | 'medicineFacts'
  | 'severity'
  | 'trend'
  | 'selfCareDays'
  | 'tried'
  | 'stopsDailyActivities'
  | 'strugglingToCope'
  | 'heatMadeWorse'
  | 'version';

export interface ValidationIssue {
  question: QuestionId;
  problem: 'missing' | 'malformed' | 'impossible' | 'unknown-value' | 'contradictory';
  detail: string;
  /** Path of the offending field, e.g. `redFlags.fever` or `onset.value`. */
  field?: string;
}

export type AssessResult =
  { ok: true; assessment: Assessment } | { ok: false; issues: ValidationIssue[] };
