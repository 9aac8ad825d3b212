/**
 * THE STEP TABLE. Every step the guide can show, in plan order, with its evidence and the
 * conditions under which it appears. Written to be read by a clinician:
 *
 * - `showIn`: the tiers and phases the step appears in (any row may match). Tiers:
 *   emergency, urgent (get seen today), soon (see a doctor within days), self-care.
 *   Phases: first-days (< 48 h), acute (< 4 weeks), subacute (4-12 weeks), chronic (12+ weeks).
 *   `any` phase also covers an emergency answered before the start was known.
 * - `requires` / `excludedBy`: named facts (facts.ts) that must hold / must not hold.
 * - `warnings`: cautions always shown with the step; `warningsWhen`: cautions added when a
 *   fact holds.
 * - `tags` mark steps the safety rules care about (exercise, heat/cold session, rest,
 *   movement, anti-inflammatory, prescription medicine).
 *
 * Within a group the table order is the plan order; groups follow STEP_GROUPS.
 * Steps graded `practice` are expert or common safety practice; where no source is listed
 * none is claimed.
 */
import type { IllustrationName } from '../illustrations/names.js';
import type { FactId } from './facts.js';
import type { SourceId } from './sources.js';
import type { EvidenceGrade, Phase, StepGroup, StepTimer, Tier, WarningId } from './types.js';

export type StepTag =
  | 'get-help'
  | 'exercise'
  | 'heat-session'
  | 'cold-session'
  | 'rest'
  | 'movement'
  | 'nsaid'
  | 'prescription'
  /** Means lying flat on the back for a while: never in pregnancy (invariant 8). */
  | 'lies-on-back';

export interface ShowRule {
  tiers: readonly Tier[];
  /** Phases this row covers; `any` also covers an unknown phase. */
  phases: readonly Phase[] | 'any';
  /** Facts that must hold for this row only. */
  requires?: readonly FactId[];
}

export interface StepRule {
  id: string;
  group: StepGroup;
  grade: EvidenceGrade;
  sources: readonly SourceId[];
  timer?: StepTimer;
  illustration?: IllustrationName;
  warnings?: readonly WarningId[];
  warningsWhen?: readonly { warning: WarningId; when: FactId }[];
  showIn: readonly ShowRule[];
  requires?: readonly FactId[];
  excludedBy?: readonly FactId[];
  tags?: readonly StepTag[];
  /** Why the step is set up this way, for clinicians. */
  note?: string;
}

const ANY = 'any';
/** Tiers that get the full self-care plan after (or instead of) "see a doctor soon". */
const CARE: readonly Tier[] = ['soon', 'self-care'];
const EARLY: readonly Phase[] = ['first-days', 'acute'];
const PAST_FIRST_DAYS: readonly Phase[] = ['acute', 'subacute', 'chronic'];
const FOUR_WEEKS_ON: readonly Phase[] = ['subacute', 'chronic'];

/** The comfort steps that are safe while waiting to be seen today. */
const MEANWHILE_URGENT: ShowRule = { tiers: ['urgent'], phases: ANY };

export const STEP_RULES = [
  // ── get-help ─────────────────────────────────────────────────────────────────────────
  {
    id: 'get-help-emergency',
    group: 'get-help',
    grade: 'practice',
    sources: ['NHS-BACK', 'NICE-NG59'],
    showIn: [{ tiers: ['emergency'], phases: ANY }],
    tags: ['get-help'],
  },
  {
    id: 'get-help-today',
    group: 'get-help',
    grade: 'practice',
    sources: ['NHS-BACK', 'NICE-NG59'],
    showIn: [{ tiers: ['urgent'], phases: ANY }],
    excludedBy: ['pregnant'],
    tags: ['get-help'],
  },
  {
    id: 'get-help-maternity',
    group: 'get-help',
    grade: 'practice',
    sources: ['NHS-PREGNANCY-BACK', 'NHS-LABOUR'],
    showIn: [{ tiers: ['urgent'], phases: ANY }],
    requires: ['pregnant'],
    tags: ['get-help'],
    note:
      'Any same-day sign in pregnancy: the midwife or maternity unit first, or a same-day doctor. ' +
      'Replaces get-help-today when pregnant.',
  },
  {
    id: 'get-help-soon',
    group: 'get-help',
    grade: 'practice',
    sources: ['NHS-BACK'],
    showIn: [{ tiers: ['soon'], phases: ANY }],
    tags: ['get-help'],
  },

  // ── while-waiting (emergency only: nothing else is shown then) ───────────────────────
  {
    id: 'while-waiting-keep-still-after-accident',
    group: 'while-waiting',
    grade: 'practice',
    sources: [],
    showIn: [{ tiers: ['emergency'], phases: ANY }],
    requires: ['serious-accident'],
    note:
      'After a serious accident the one message is "call now, keep still if the neck or back ' +
      'may be injured": the other while-waiting steps are left out.',
  },
  {
    id: 'while-waiting-do-not-drive',
    group: 'while-waiting',
    grade: 'practice',
    sources: [],
    showIn: [{ tiers: ['emergency'], phases: ANY }],
    excludedBy: ['serious-accident'],
  },
  {
    id: 'while-waiting-comfortable-position',
    group: 'while-waiting',
    grade: 'practice',
    sources: [],
    showIn: [{ tiers: ['emergency'], phases: ANY }],
    excludedBy: ['serious-accident'],
    note: 'Also tells the person not to exercise or stretch while waiting.',
  },
  {
    id: 'while-waiting-bring-medicines-list',
    group: 'while-waiting',
    grade: 'practice',
    sources: [],
    showIn: [{ tiers: ['emergency'], phases: ANY }],
    excludedBy: ['serious-accident'],
  },

  // ── right-now ────────────────────────────────────────────────────────────────────────
  {
    id: 'position-legs-on-chair',
    group: 'right-now',
    grade: 'practice',
    sources: ['seed-003'],
    illustration: 'legs-on-chair',
    showIn: [MEANWHILE_URGENT, { tiers: CARE, phases: EARLY }],
    excludedBy: ['pregnant'],
    tags: ['lies-on-back'],
    note: 'Lying on the back, lower legs on a chair seat, hips and knees at about 90 degrees.',
  },
  {
    id: 'position-pillows-under-knees',
    group: 'right-now',
    grade: 'practice',
    sources: ['seed-003'],
    illustration: 'pillows-under-knees',
    showIn: [MEANWHILE_URGENT, { tiers: CARE, phases: EARLY }],
    excludedBy: ['pregnant'],
    tags: ['lies-on-back'],
  },
  {
    id: 'position-side-lying-pregnancy',
    group: 'right-now',
    grade: 'practice',
    sources: ['NHS-PREGNANCY-BACK'],
    illustration: 'side-lying-pillows',
    showIn: [MEANWHILE_URGENT, { tiers: CARE, phases: EARLY }],
    requires: ['pregnant'],
    note:
      'Replaces the two positions on the back in pregnancy: on the side, a pillow between the ' +
      'knees and later one under the bump; not flat on the back for long after about 16 weeks.',
  },
  {
    id: 'position-sitting-knees-up',
    group: 'right-now',
    grade: 'practice',
    sources: ['seed-003'],
    illustration: 'sitting-knees-up',
    showIn: [MEANWHILE_URGENT, { tiers: CARE, phases: EARLY }],
    note: 'Feet on a low stool, knees level with or above the hips.',
  },
  {
    id: 'heat-pack',
    group: 'right-now',
    grade: 'moderate',
    sources: ['COCHRANE-HEAT', 'ACP-2017', 'seed-003'],
    timer: { kind: 'heat', seconds: 900 },
    illustration: 'heat-pack',
    warnings: ['heat-cold-skin-safety'],
    warningsWhen: [{ warning: 'heat-pregnancy-warm-not-hot', when: 'pregnant' }],
    showIn: [MEANWHILE_URGENT, { tiers: CARE, phases: ANY }],
    excludedBy: ['heat-made-worse'],
    tags: ['heat-session'],
    note:
      'Heat is the default in every phase: it has moderate evidence (ACP 2017 strong ' +
      'recommendation, Cochrane 2006), while "cold first for a day or two" (seed 003) is a ' +
      'preference without evidence. Never offered together with cold.',
  },
  {
    id: 'cold-pack',
    group: 'right-now',
    grade: 'insufficient',
    sources: ['COCHRANE-HEAT', 'seed-003'],
    timer: { kind: 'cold', seconds: 720 },
    illustration: 'cold-pack',
    warnings: ['heat-cold-skin-safety', 'heat-made-worse-use-cold'],
    showIn: [MEANWHILE_URGENT, { tiers: CARE, phases: ANY }],
    requires: ['heat-made-worse'],
    tags: ['cold-session'],
    note: 'Only instead of heat, when heat made the pain worse (seed 003). 12-15 minutes, wrapped.',
  },
  {
    id: 'relax-breathing',
    group: 'right-now',
    grade: 'low',
    sources: ['ACP-2017', 'seed-003'],
    showIn: [MEANWHILE_URGENT, { tiers: CARE, phases: ANY }],
    note: 'Slow breathing, progressive muscle relaxation, distraction. ACP: low for chronic pain.',
  },
  {
    id: 'short-rest-only',
    group: 'right-now',
    grade: 'moderate',
    sources: ['COCHRANE-ACTIVE', 'NICE-NG59', 'seed-003'],
    showIn: [{ tiers: CARE, phases: ['first-days'] }],
    tags: ['rest'],
    note:
      'Settles seed 000 (no bed rest beyond 1-2 days) against seed 003 (2-3 days rest with ' +
      'walks) toward "rest only briefly, keep moving gently". Always shown with keep-moving-gently.',
  },
  {
    id: 'keep-moving-gently',
    group: 'right-now',
    grade: 'moderate',
    sources: ['COCHRANE-ACTIVE', 'NICE-NG59', 'seed-003'],
    showIn: [{ tiers: CARE, phases: ANY }],
    tags: ['movement'],
    note: 'Short slow walks several times a day as pain allows.',
  },
  {
    id: 'avoid-twisting-bending',
    group: 'right-now',
    grade: 'practice',
    sources: ['seed-003'],
    showIn: [{ tiers: CARE, phases: ['first-days'] }],
    note:
      'Not while waiting to be seen today: "bending does not harm your back" cannot be said ' +
      'to someone who may have a fracture, an infection or cancer.',
  },

  // ── next-days ────────────────────────────────────────────────────────────────────────
  {
    id: 'back-to-usual-activities',
    group: 'next-days',
    grade: 'moderate',
    sources: ['COCHRANE-ACTIVE', 'NICE-NG59'],
    showIn: [{ tiers: CARE, phases: ANY }],
    tags: ['movement'],
  },
  {
    id: 'expect-to-improve',
    group: 'next-days',
    grade: 'moderate',
    sources: ['MENEZES-2012', 'DASILVA-2019'],
    showIn: [{ tiers: CARE, phases: EARLY }],
    note:
      'Honest prognosis: most improve a lot within about 6 weeks; recurrence is common (about ' +
      '69% within a year in da Silva 2019), said as "more than half".',
  },
  {
    id: 'pregnancy-tell-midwife',
    group: 'next-days',
    grade: 'practice',
    sources: ['NHS-PREGNANCY-BACK'],
    showIn: [{ tiers: CARE, phases: ANY }],
    requires: ['pregnant'],
  },
  {
    id: 'watch-for-warning-signs',
    group: 'next-days',
    grade: 'practice',
    sources: ['NHS-BACK', 'NHS-CAUDA', 'NICE-NG59'],
    showIn: [MEANWHILE_URGENT, { tiers: CARE, phases: ANY }],
    note:
      'Lists every emergency and same-day sign of the red-flag table in the same words (and ' +
      'the pregnancy signs when pregnant): assessment.whenToGetHelp.',
  },

  // ── as-it-eases (never in the first days; home exercises not while pain is severe) ───
  {
    id: 'walk-lifting-knees',
    group: 'as-it-eases',
    grade: 'practice',
    sources: ['seed-003'],
    illustration: 'walk-lifting-knees',
    showIn: [{ tiers: CARE, phases: PAST_FIRST_DAYS }],
    excludedBy: ['severe-or-unknown'],
    tags: ['exercise'],
    note: 'Home exercises: no clear effect in the acute phase, first-line for chronic (ACP).',
  },
  {
    id: 'exercise-arms-overhead-stretch',
    group: 'as-it-eases',
    grade: 'practice',
    sources: ['seed-003'],
    timer: { kind: 'hold', seconds: 5, repeats: 10, restSeconds: 5 },
    illustration: 'arms-overhead-stretch',
    showIn: [{ tiers: CARE, phases: PAST_FIRST_DAYS }],
    excludedBy: ['severe-or-unknown'],
    tags: ['exercise'],
    note: '10 repetitions, 5-10 s hold, 3-4 times a day.',
  },
  {
    id: 'exercise-knee-to-chest',
    group: 'as-it-eases',
    grade: 'practice',
    sources: ['seed-003'],
    timer: { kind: 'hold', seconds: 10, repeats: 5, restSeconds: 5 },
    illustration: 'knee-to-chest',
    showIn: [{ tiers: CARE, phases: PAST_FIRST_DAYS }],
    excludedBy: ['severe-or-unknown', 'pregnant'],
    tags: ['exercise', 'lies-on-back'],
    note:
      '10 s hold, 5-10 repetitions each leg, 2-3 times a day. Left out in pregnancy (lying ' +
      'flat pulling the knee to the bump; the midwife step covers which stretches are safe).',
  },
  {
    id: 'exercise-cat-cow',
    group: 'as-it-eases',
    grade: 'practice',
    sources: ['seed-004'],
    illustration: 'cat-cow',
    showIn: [{ tiers: CARE, phases: PAST_FIRST_DAYS }],
    excludedBy: ['severe-or-unknown', 'pregnant'],
    tags: ['exercise'],
    note: 'Left out in pregnancy: the midwife step asks which stretches suit.',
  },
  {
    id: 'exercise-childs-pose',
    group: 'as-it-eases',
    grade: 'practice',
    sources: ['seed-004'],
    illustration: 'childs-pose',
    showIn: [{ tiers: CARE, phases: PAST_FIRST_DAYS }],
    excludedBy: ['severe-or-unknown', 'pregnant'],
    tags: ['exercise'],
    note: 'Left out in pregnancy: the midwife step asks which stretches suit.',
  },
  {
    id: 'exercise-therapy',
    group: 'as-it-eases',
    grade: 'moderate',
    sources: ['ACP-2017', 'NICE-NG59', 'AAFP-2025'],
    showIn: [{ tiers: CARE, phases: FOUR_WEEKS_ON }],
    tags: ['exercise'],
    note: 'Supervised strengthening, stretching and fitness; helps after 4 weeks (ACP).',
  },
  {
    id: 'massage',
    group: 'as-it-eases',
    grade: 'low',
    sources: ['ACP-2017'],
    showIn: [{ tiers: CARE, phases: PAST_FIRST_DAYS }],
  },
  {
    id: 'spinal-manipulation',
    group: 'as-it-eases',
    grade: 'low',
    sources: ['ACP-2017', 'NICE-NG59'],
    showIn: [{ tiers: CARE, phases: PAST_FIRST_DAYS }],
    excludedBy: ['under-16', 'pregnant', 'bleeding-risk'],
    note:
      'By a trained provider; NICE: only together with exercise. Not suggested under 16, in ' +
      'pregnancy, or for someone who bleeds easily or takes daily medicines (possibly a blood ' +
      'thinner).',
  },
  {
    id: 'yoga-or-mindfulness',
    group: 'as-it-eases',
    grade: 'moderate',
    sources: ['ACP-2017'],
    showIn: [{ tiers: CARE, phases: ['chronic'] }],
    note: 'ACP 2017 for chronic pain: yoga moderate, mindfulness (MBSR) moderate.',
  },
  {
    id: 'tai-chi',
    group: 'as-it-eases',
    grade: 'low',
    sources: ['ACP-2017'],
    showIn: [{ tiers: CARE, phases: ['chronic'] }],
    note: 'ACP 2017 for chronic pain: tai chi low-quality evidence.',
  },
  {
    id: 'acupuncture-guidelines-differ',
    group: 'as-it-eases',
    grade: 'low',
    sources: ['ACP-2017', 'NICE-NG59'],
    showIn: [{ tiers: CARE, phases: ['chronic'] }],
    note: 'ACP: low-quality evidence of benefit; NICE: do not offer. The text says they disagree.',
  },
  {
    id: 'multidisciplinary-rehab',
    group: 'as-it-eases',
    grade: 'moderate',
    sources: ['ACP-2017', 'NICE-NG59'],
    showIn: [{ tiers: CARE, phases: FOUR_WEEKS_ON }],
    requires: ['lasted-6-weeks'],
    excludedBy: ['improving'],
    note:
      'For pain that persists about 6 weeks or more (the text says so too): not offered when ' +
      'the person says it is getting better.',
  },

  // ── medicines ────────────────────────────────────────────────────────────────────────
  {
    id: 'nsaid-over-the-counter',
    group: 'medicines',
    grade: 'moderate',
    sources: ['ACP-2017', 'NICE-NG59', 'AAFP-2025', 'NHS-IBUPROFEN'],
    warnings: ['nsaid-ask-first', 'nsaid-label-and-food'],
    showIn: [{ tiers: CARE, phases: ANY }],
    excludedBy: ['nsaid-needs-advice'],
    tags: ['nsaid'],
    note:
      'Ibuprofen or naproxen from a pharmacy, lowest amount for the shortest time (NICE), as ' +
      'the label says; never a dose. Only when every medicine question is answered no.',
  },
  {
    id: 'ask-pharmacist-before-nsaid',
    group: 'medicines',
    grade: 'practice',
    sources: ['NHS-IBUPROFEN', 'NICE-NG59', 'OPAL-2023'],
    warningsWhen: [
      { warning: 'no-aspirin-under-16', when: 'under-16' },
      { warning: 'nsaid-over-65', when: '65-plus' },
    ],
    showIn: [MEANWHILE_URGENT, { tiers: CARE, phases: ANY, requires: ['nsaid-needs-advice'] }],
    excludedBy: ['pregnant'],
    note:
      'Replaces the anti-inflammatory step whenever it is not clearly safe (NHS: ask first when ' +
      'over 65 or with a listed condition), and when urgent. Says what a pharmacist or doctor ' +
      'can offer instead, never only what does not work.',
  },
  {
    id: 'pregnancy-painkillers',
    group: 'medicines',
    grade: 'practice',
    sources: ['NHS-PREGNANCY-BACK'],
    warningsWhen: [{ warning: 'no-aspirin-under-16', when: 'under-16' }],
    showIn: [MEANWHILE_URGENT, { tiers: CARE, phases: ANY }],
    requires: ['pregnant'],
    note:
      'In pregnancy: no anti-inflammatory unless a doctor prescribes it; paracetamol is the ' +
      'painkiller usually advised, named as a question for the midwife or pharmacist.',
  },
  {
    id: 'ask-doctor-muscle-relaxant',
    group: 'medicines',
    grade: 'low',
    sources: ['ACP-2017', 'CASHIN-2021'],
    warnings: ['prescription-drowsiness'],
    showIn: [{ tiers: CARE, phases: EARLY }],
    excludedBy: ['mild', 'improving', 'pregnant', 'under-16', '65-plus'],
    tags: ['prescription'],
    note:
      'Prescription only: shown as "ask a doctor", never with a dose. ACP: moderate short-term ' +
      'relief; Cashin 2021: very low certainty, small effect. Not suggested when the pain is ' +
      'mild or already getting better, in pregnancy, under 16, or at 65 and over (drowsiness ' +
      'and falls; common prescribing caution, no source claimed).',
  },

  // ── prevention ───────────────────────────────────────────────────────────────────────
  {
    id: 'prevention-exercise-education',
    group: 'prevention',
    grade: 'moderate',
    sources: ['STEFFENS-2016'],
    showIn: [{ tiers: CARE, phases: PAST_FIRST_DAYS }],
    note: 'Exercise plus education cut new episodes (RR 0.55).',
  },
  {
    id: 'prevention-sitting-breaks',
    group: 'prevention',
    grade: 'practice',
    sources: [],
    showIn: [{ tiers: CARE, phases: PAST_FIRST_DAYS }],
    note: 'Common practice; no source claimed.',
  },
  {
    id: 'prevention-lifting',
    group: 'prevention',
    grade: 'practice',
    sources: ['VERBEEK-2011'],
    showIn: [{ tiers: CARE, phases: PAST_FIRST_DAYS }],
    note:
      'No "bend your knees, not your back" rule: training in a lifting technique does not ' +
      'prevent back pain (Verbeek 2011) and bending the back is safe. Keep loads close, avoid ' +
      'twisting, ask for help with heavy things.',
  },
  {
    id: 'prevention-mattress',
    group: 'prevention',
    grade: 'practice',
    sources: ['seed-004'],
    showIn: [{ tiers: CARE, phases: PAST_FIRST_DAYS }],
  },

  // ── does-not-help ────────────────────────────────────────────────────────────────────
  {
    id: 'no-prolonged-bed-rest',
    group: 'does-not-help',
    grade: 'moderate',
    sources: ['COCHRANE-ACTIVE', 'NICE-NG59'],
    showIn: [{ tiers: CARE, phases: ANY }],
  },
  {
    id: 'no-back-belts',
    group: 'does-not-help',
    grade: 'low',
    sources: ['NICE-NG59'],
    showIn: [{ tiers: CARE, phases: ANY }],
    excludedBy: ['pregnant'],
    note:
      'Left out in pregnancy, where a support belt can help pelvic girdle pain (the midwife ' +
      'step says so).',
  },
  {
    id: 'no-tens',
    group: 'does-not-help',
    grade: 'low',
    sources: ['NICE-NG59'],
    showIn: [{ tiers: CARE, phases: ANY }],
  },
  {
    id: 'no-early-scan',
    group: 'does-not-help',
    grade: 'moderate',
    sources: ['NICE-NG59'],
    showIn: [{ tiers: ['self-care'], phases: EARLY }],
    note: 'Only without any red flag or reason to see a doctor, and only in the first 4 weeks.',
  },
  {
    id: 'no-paracetamol-alone',
    group: 'does-not-help',
    grade: 'moderate',
    sources: ['ACP-2017', 'NICE-NG59', 'PACE-2014'],
    showIn: [{ tiers: CARE, phases: ANY }],
    excludedBy: ['under-16', 'pregnant'],
    note:
      'ACP: ineffective for acute pain; NICE: not alone. Left out under 16 (outside NICE NG59) ' +
      'and in pregnancy, where the person is sent to a pharmacist instead.',
  },
  {
    id: 'opioids-guidelines-differ',
    group: 'does-not-help',
    grade: 'moderate',
    sources: ['OPAL-2023', 'NICE-NG59', 'ACP-2017'],
    showIn: [{ tiers: CARE, phases: ANY }],
    excludedBy: ['under-16', 'pregnant'],
    note:
      'OPAL 2023: no better than placebo for acute pain, more harms; NICE NG59 still allows a ' +
      'weak opioid when an anti-inflammatory is unsuitable or has not worked. The text says ' +
      'they disagree and never to stop a prescribed opioid suddenly. Left out under 16 (outside ' +
      'NICE NG59) and in pregnancy (the midwife step covers painkillers).',
  },
] as const satisfies readonly StepRule[];

export type StepId = (typeof STEP_RULES)[number]['id'];

export const STEP_IDS: readonly StepId[] = STEP_RULES.map((rule) => rule.id);

export function isStepId(id: string): id is StepId {
  return (STEP_IDS as readonly string[]).includes(id);
}

const RULES_BY_ID: ReadonlyMap<string, StepRule> = new Map(
  (STEP_RULES as readonly StepRule[]).map((rule): [string, StepRule] => [rule.id, rule]),
);

export function getStepRule(id: string): StepRule | undefined {
  return RULES_BY_ID.get(id);
}

export function stepHasTag(id: string, tag: StepTag): boolean {
  return RULES_BY_ID.get(id)?.tags?.includes(tag) ?? false;
}

/** Pairs of steps that must never appear in the same plan (they contradict each other). */
export const CONFLICTING_STEPS: readonly (readonly [StepId, StepId])[] = [
  ['heat-pack', 'cold-pack'],
  ['nsaid-over-the-counter', 'ask-pharmacist-before-nsaid'],
  ['nsaid-over-the-counter', 'pregnancy-painkillers'],
  ['ask-pharmacist-before-nsaid', 'pregnancy-painkillers'],
  ['get-help-today', 'get-help-maternity'],
];

/** A step that may only appear together with its companion. */
export const COMPANION_STEPS: readonly (readonly [StepId, StepId])[] = [
  ['short-rest-only', 'keep-moving-gently'],
];
