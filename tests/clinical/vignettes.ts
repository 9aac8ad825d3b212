/**
 * Clinical vignettes: people described in answers, with what the clinical reference says the
 * guide must do for them. Written from /work/shared/clinical-reference.md before being run.
 * `present` / `absent` list step ids; `warnings` lists warnings that must be included.
 */
import type {
  Answers,
  Phase,
  Recheck,
  RecheckAction,
  Tier,
  TierReason,
  WarningId,
} from '../../src/clinical/index.js';
import { MEDICINE_FACTS, PREGNANCY_FINDINGS } from '../../src/clinical/index.js';

export interface Vignette {
  name: string;
  /** Defaults to 2025-03-10. */
  today?: string;
  answers: unknown;
  expect: {
    tier: Tier;
    phase: Phase | null;
    days?: number | null;
    /** Exact tier reasons, in order. */
    reasons?: TierReason[];
    firstStep?: string;
    present?: string[];
    absent?: string[];
    warnings?: WarningId[];
    noWarnings?: WarningId[];
    recheckActions?: RecheckAction[];
    recheck?: Recheck[];
  };
}

const NONE = { redFlags: {}, noRedFlags: true } as const;
const ADULT = {
  version: 2,
  ...NONE,
  pregnant: false,
  history: 'a-few-times',
  ageBand: '18-49',
  medicineFacts: { none: true },
} as const satisfies Partial<Answers>;

const PREGNANCY_SIGNS = PREGNANCY_FINDINGS;
const PREGNANCY_NO = Object.fromEntries(PREGNANCY_FINDINGS.map((id) => [id, false]));

const ALL_NO = {
  'bladder-bowel-control': false,
  'difficulty-passing-urine': false,
  'saddle-numbness': false,
  'leg-weakness-or-numbness': false,
  'chest-pain': false,
  'sex-problems': false,
  'serious-accident': false,
  fever: false,
  'weight-loss': false,
  'cancer-history': false,
  'lump-or-shape-change': false,
  'pain-at-rest-or-night': false,
  'upper-back-pain': false,
  'fall-with-fragile-bones': false,
  'weak-immunity-or-injecting': false,
  'unsteady-walking': false,
  'worse-with-cough-sneeze-poo': false,
} as const;

const EXERCISES = [
  'walk-lifting-knees',
  'exercise-arms-overhead-stretch',
  'exercise-knee-to-chest',
  'exercise-cat-cow',
  'exercise-childs-pose',
];
const SELF_CARE_MEDICINES = ['nsaid-over-the-counter', 'ask-doctor-muscle-relaxant'];
const EMERGENCY_ONLY = [
  'get-help-emergency',
  'while-waiting-do-not-drive',
  'while-waiting-comfortable-position',
  'while-waiting-bring-medicines-list',
];
const NOT_IN_EMERGENCY = [
  'heat-pack',
  'keep-moving-gently',
  'nsaid-over-the-counter',
  'no-early-scan',
];

function emergencyAlone(id: string): Vignette {
  return {
    name: `emergency finding alone, nothing else answered: ${id}`,
    answers: { redFlags: { [id]: true } },
    expect: {
      tier: 'emergency',
      phase: null,
      days: null,
      reasons: [id as TierReason],
      firstStep: 'get-help-emergency',
      // After a serious accident: one message only, call now and keep still.
      present:
        id === 'serious-accident'
          ? ['get-help-emergency', 'while-waiting-keep-still-after-accident']
          : EMERGENCY_ONLY,
      absent: [
        ...NOT_IN_EMERGENCY,
        ...(id === 'serious-accident'
          ? EMERGENCY_ONLY.slice(1)
          : ['while-waiting-keep-still-after-accident']),
      ],
      recheck: [{ day: 0, date: null, action: 'call-emergency-now' }],
    },
  };
}

function urgentAlone(id: string): Vignette {
  return {
    name: `urgent finding alone, rest answered: ${id}`,
    answers: {
      ...ADULT,
      redFlags: { ...ALL_NO, [id]: true },
      noRedFlags: false,
      onset: { kind: 'span', span: '3-7-days' },
      severity: 'moderate',
    },
    expect: {
      tier: 'urgent',
      phase: 'acute',
      days: 3,
      reasons: [id as TierReason],
      firstStep: 'get-help-today',
      present: [
        'position-legs-on-chair',
        'heat-pack',
        'ask-pharmacist-before-nsaid',
        'watch-for-warning-signs',
      ],
      absent: [
        ...EXERCISES,
        ...SELF_CARE_MEDICINES,
        'no-early-scan',
        'get-help-soon',
        'get-help-emergency',
        'prevention-exercise-education',
      ],
      recheck: [{ day: 3, date: '2025-03-10', action: 'get-seen-today' }],
    },
  };
}

export const VIGNETTES: Vignette[] = [
  {
    name: 'new spasm after lifting a box this morning, adult, first time',
    answers: {
      ...ADULT,
      history: 'first-time',
      onset: { kind: 'span', span: 'today' },
      severity: 'moderate',
      trend: 'same',
      tried: ['rest'],
    },
    expect: {
      tier: 'self-care',
      phase: 'first-days',
      days: 0,
      reasons: [],
      firstStep: 'position-legs-on-chair',
      present: [
        'position-legs-on-chair',
        'heat-pack',
        'short-rest-only',
        'keep-moving-gently',
        'avoid-twisting-bending',
        'expect-to-improve',
        'watch-for-warning-signs',
        'nsaid-over-the-counter',
        'ask-doctor-muscle-relaxant',
        'no-prolonged-bed-rest',
        'no-early-scan',
        'no-paracetamol-alone',
      ],
      absent: [
        ...EXERCISES,
        'cold-pack',
        'exercise-therapy',
        'get-help-soon',
        'multidisciplinary-rehab',
      ],
      warnings: [
        'nsaid-ask-first',
        'nsaid-label-and-food',
        'prescription-drowsiness',
        'heat-cold-skin-safety',
      ],
      noWarnings: ['nsaid-over-65', 'no-aspirin-under-16', 'heat-made-worse-use-cold'],
      recheck: [
        { day: 14, date: '2025-03-24', action: 'see-doctor-if-not-better' },
        { day: 28, date: '2025-04-07', action: 'see-doctor-if-not-improving' },
        { day: 42, date: '2025-04-21', action: 'ask-about-exercise-therapy' },
        { day: 84, date: '2025-06-02', action: 'review-long-term-plan' },
      ],
    },
  },
  {
    name: 'three weeks in and getting better, mild now',
    answers: {
      ...ADULT,
      onset: { kind: 'duration', value: 21, unit: 'days' },
      severity: 'mild',
      trend: 'better',
      selfCareDays: 20,
    },
    expect: {
      tier: 'self-care',
      phase: 'acute',
      days: 21,
      reasons: [],
      present: [
        ...EXERCISES,
        'keep-moving-gently',
        'prevention-exercise-education',
        'no-early-scan',
      ],
      absent: [
        'short-rest-only',
        'ask-doctor-muscle-relaxant',
        'exercise-therapy',
        'get-help-soon',
      ],
      recheckActions: [
        'see-doctor-if-not-improving',
        'ask-about-exercise-therapy',
        'review-long-term-plan',
      ],
    },
  },
  {
    name: 'eight weeks and not improving',
    answers: {
      ...ADULT,
      onset: { kind: 'duration', value: 8, unit: 'weeks' },
      severity: 'moderate',
      trend: 'same',
    },
    expect: {
      tier: 'soon',
      phase: 'subacute',
      days: 56,
      reasons: ['not-improving-2-weeks'],
      firstStep: 'get-help-soon',
      present: ['exercise-therapy', 'multidisciplinary-rehab', 'keep-moving-gently', ...EXERCISES],
      absent: [
        'no-early-scan',
        'ask-doctor-muscle-relaxant',
        'short-rest-only',
        'position-legs-on-chair',
      ],
      recheck: [{ day: 84, date: '2025-04-07', action: 'review-long-term-plan' }],
    },
  },
  {
    name: 'spasms that keep coming back',
    answers: {
      ...ADULT,
      history: 'often',
      onset: { kind: 'span', span: '3-7-days' },
      severity: 'moderate',
      trend: 'better',
    },
    expect: {
      tier: 'soon',
      phase: 'acute',
      reasons: ['keeps-coming-back'],
      firstStep: 'get-help-soon',
      present: ['prevention-exercise-education', 'prevention-lifting', 'prevention-sitting-breaks'],
      absent: ['no-early-scan'],
    },
  },
  {
    name: 'pregnant, spasm started yesterday',
    answers: {
      ...ADULT,
      pregnant: true,
      medicineFacts: { none: true },
      onset: { kind: 'span', span: '1-2-days' },
      severity: 'moderate',
    },
    expect: {
      tier: 'self-care',
      phase: 'first-days',
      days: 1,
      present: [
        'pregnancy-painkillers',
        'pregnancy-tell-midwife',
        'heat-pack',
        'position-side-lying-pregnancy',
      ],
      absent: [
        ...SELF_CARE_MEDICINES,
        'ask-pharmacist-before-nsaid',
        'no-paracetamol-alone',
        'position-legs-on-chair',
        'position-pillows-under-knees',
        'no-back-belts',
        ...EXERCISES,
      ],
      warnings: ['heat-pregnancy-warm-not-hot'],
      noWarnings: ['nsaid-ask-first', 'nsaid-label-and-food', 'prescription-drowsiness'],
    },
  },
  {
    name: 'pregnant, ten days in and easing',
    answers: {
      ...ADULT,
      pregnant: true,
      medicineFacts: { 'daily-medicines': false },
      onset: { kind: 'duration', value: 10, unit: 'days' },
      severity: 'mild',
      trend: 'better',
    },
    expect: {
      tier: 'self-care',
      phase: 'acute',
      present: [
        'pregnancy-tell-midwife',
        'walk-lifting-knees',
        'exercise-arms-overhead-stretch',
        'pregnancy-painkillers',
      ],
      absent: [
        'exercise-knee-to-chest',
        'exercise-cat-cow',
        'exercise-childs-pose',
        'nsaid-over-the-counter',
        'ask-pharmacist-before-nsaid',
        'spinal-manipulation',
        'opioids-guidelines-differ',
      ],
    },
  },
  {
    name: 'first ever episode at 55',
    answers: {
      ...ADULT,
      history: 'first-time',
      ageBand: '50-64',
      onset: { kind: 'span', span: 'today' },
    },
    expect: {
      tier: 'soon',
      phase: 'first-days',
      reasons: ['first-episode-over-50'],
      firstStep: 'get-help-soon',
      present: ['heat-pack', 'nsaid-over-the-counter'],
      absent: ['no-early-scan'],
    },
  },
  {
    name: 'aged 55, has had spasms a few times before: age alone is not a reason',
    answers: {
      ...ADULT,
      ageBand: '50-64',
      onset: { kind: 'span', span: '3-7-days' },
      trend: 'better',
    },
    expect: { tier: 'self-care', phase: 'acute', reasons: [], present: ['no-early-scan'] },
  },
  {
    name: 'a 14-year-old after sport',
    answers: {
      ...ADULT,
      history: 'first-time',
      ageBand: 'under-16',
      onset: { kind: 'span', span: '3-7-days' },
      severity: 'moderate',
    },
    expect: {
      tier: 'soon',
      phase: 'acute',
      reasons: ['under-18'],
      present: ['get-help-soon', 'ask-pharmacist-before-nsaid'],
      absent: [...SELF_CARE_MEDICINES, 'spinal-manipulation', 'no-paracetamol-alone'],
      warnings: ['no-aspirin-under-16'],
      noWarnings: ['nsaid-ask-first', 'prescription-drowsiness'],
    },
  },
  {
    name: 'a 17-year-old: see a doctor soon, pharmacy anti-inflammatory allowed',
    answers: {
      ...ADULT,
      ageBand: '16-17',
      onset: { kind: 'span', span: '1-2-weeks' },
      trend: 'better',
    },
    expect: {
      tier: 'soon',
      phase: 'acute',
      days: 7,
      reasons: ['under-18'],
      present: ['nsaid-over-the-counter'],
      noWarnings: ['no-aspirin-under-16'],
    },
  },
  {
    name: 'over 65, has had it before',
    answers: {
      ...ADULT,
      ageBand: '65-plus',
      onset: { kind: 'span', span: '3-7-days' },
      trend: 'better',
    },
    expect: {
      tier: 'self-care',
      phase: 'acute',
      present: ['ask-pharmacist-before-nsaid'],
      absent: ['nsaid-over-the-counter'],
      warnings: ['nsaid-over-65'],
    },
  },
  {
    name: 'over 65, first ever episode',
    answers: {
      ...ADULT,
      ageBand: '65-plus',
      history: 'first-time',
      onset: { kind: 'span', span: 'today' },
    },
    expect: {
      tier: 'soon',
      phase: 'first-days',
      reasons: ['first-episode-over-50'],
      warnings: ['nsaid-over-65'],
      absent: ['ask-doctor-muscle-relaxant'],
    },
  },
  {
    name: 'heat made it worse',
    answers: {
      ...ADULT,
      onset: { kind: 'span', span: '3-7-days' },
      heatMadeWorse: true,
      tried: ['heat'],
      trend: 'better',
    },
    expect: {
      tier: 'self-care',
      phase: 'acute',
      present: ['cold-pack'],
      absent: ['heat-pack'],
      warnings: ['heat-made-worse-use-cold', 'heat-cold-skin-safety'],
    },
  },
  {
    name: 'heat did not make it worse: heat only',
    answers: { ...ADULT, onset: { kind: 'span', span: 'today' }, heatMadeWorse: false },
    expect: {
      tier: 'self-care',
      phase: 'first-days',
      present: ['heat-pack'],
      absent: ['cold-pack'],
      noWarnings: ['heat-made-worse-use-cold'],
    },
  },
  ...[
    'bladder-bowel-control',
    'difficulty-passing-urine',
    'saddle-numbness',
    'leg-weakness-or-numbness',
    'chest-pain',
    'sex-problems',
    'serious-accident',
  ].map(emergencyAlone),
  ...[
    'fever',
    'weight-loss',
    'cancer-history',
    'lump-or-shape-change',
    'pain-at-rest-or-night',
    'upper-back-pain',
    'fall-with-fragile-bones',
    'weak-immunity-or-injecting',
    'unsteady-walking',
    'worse-with-cough-sneeze-poo',
  ].map(urgentAlone),
  {
    name: 'emergency and urgent findings and soon reasons together: emergency, its findings only',
    answers: {
      ...ADULT,
      redFlags: { ...ALL_NO, 'saddle-numbness': true, fever: true, 'chest-pain': true },
      noRedFlags: false,
      history: 'often',
      onset: { kind: 'date', date: '2025-03-01' },
    },
    expect: {
      tier: 'emergency',
      phase: 'acute',
      days: 9,
      reasons: ['saddle-numbness', 'chest-pain'],
      present: EMERGENCY_ONLY,
      absent: NOT_IN_EMERGENCY,
      recheck: [{ day: 9, date: '2025-03-10', action: 'call-emergency-now' }],
    },
  },
  {
    name: 'emergency finding with a malformed rest still gives emergency',
    answers: {
      version: 7,
      redFlags: { 'difficulty-passing-urine': true, nonsense: 'x' },
      onset: 'yesterday',
    },
    expect: { tier: 'emergency', phase: null, reasons: ['difficulty-passing-urine'] },
  },
  {
    name: 'long-lasting pain (more than 12 weeks), not better',
    answers: {
      ...ADULT,
      onset: { kind: 'span', span: 'longer' },
      trend: 'same',
      severity: 'moderate',
    },
    expect: {
      tier: 'soon',
      phase: 'chronic',
      days: 84,
      reasons: ['not-improving-2-weeks', 'chronic-pain'],
      present: [
        'exercise-therapy',
        'yoga-or-mindfulness',
        'tai-chi',
        'acupuncture-guidelines-differ',
        'multidisciplinary-rehab',
        'heat-pack',
      ],
      absent: [
        'no-early-scan',
        'ask-doctor-muscle-relaxant',
        'expect-to-improve',
        'short-rest-only',
      ],
      recheck: [{ day: 84, date: '2025-03-10', action: 'review-long-term-plan' }],
    },
  },
  {
    name: 'started 200 days ago and getting better: long-term review in 4 weeks',
    answers: { ...ADULT, onset: { kind: 'date', date: '2024-08-22' }, trend: 'better' },
    expect: {
      tier: 'soon',
      phase: 'chronic',
      days: 200,
      reasons: ['chronic-pain'],
      absent: ['multidisciplinary-rehab'],
      recheck: [{ day: 228, date: '2025-04-07', action: 'review-long-term-plan' }],
    },
  },
  {
    name: 'medicine questions skipped: ask a pharmacist, no anti-inflammatory step',
    answers: { ...ADULT, medicineFacts: undefined, onset: { kind: 'span', span: '3-7-days' } },
    expect: {
      tier: 'self-care',
      phase: 'acute',
      present: ['ask-pharmacist-before-nsaid'],
      absent: ['nsaid-over-the-counter'],
    },
  },
  {
    name: 'takes blood thinners',
    answers: {
      ...ADULT,
      medicineFacts: { 'daily-medicines': true },
      onset: { kind: 'span', span: 'today' },
    },
    expect: {
      tier: 'self-care',
      phase: 'first-days',
      present: ['ask-pharmacist-before-nsaid', 'no-paracetamol-alone'],
      absent: ['nsaid-over-the-counter'],
    },
  },
  {
    name: 'severe spasm that started an hour ago',
    answers: {
      ...ADULT,
      history: 'first-time',
      onset: { kind: 'duration', value: 1, unit: 'hours' },
      severity: 'severe',
    },
    expect: {
      tier: 'soon',
      phase: 'first-days',
      days: 0,
      reasons: ['severe-pain'],
      present: ['ask-doctor-muscle-relaxant', 'short-rest-only', 'keep-moving-gently'],
      absent: EXERCISES,
    },
  },
  {
    name: 'severe but getting better on day 5: see a doctor soon all the same, no home exercises yet',
    answers: {
      ...ADULT,
      onset: { kind: 'span', span: '3-7-days' },
      severity: 'severe',
      trend: 'better',
    },
    expect: { tier: 'soon', phase: 'acute', reasons: ['severe-pain'], absent: EXERCISES },
  },
  {
    name: 'cannot do daily activities',
    answers: { ...ADULT, onset: { kind: 'span', span: '3-7-days' }, stopsDailyActivities: true },
    expect: { tier: 'soon', phase: 'acute', reasons: ['stops-daily-activities'] },
  },
  {
    name: 'struggling to cope',
    answers: {
      ...ADULT,
      onset: { kind: 'span', span: '1-2-weeks' },
      strugglingToCope: true,
      trend: 'better',
    },
    expect: { tier: 'soon', phase: 'acute', reasons: ['struggling-to-cope'] },
  },
  {
    name: 'getting worse on day 5',
    answers: { ...ADULT, onset: { kind: 'duration', value: 5, unit: 'days' }, trend: 'worse' },
    expect: { tier: 'soon', phase: 'acute', reasons: ['getting-worse'] },
  },
  {
    name: 'exactly two weeks by date, the same: see a doctor; the day-14 check is today',
    answers: { ...ADULT, onset: { kind: 'date', date: '2025-02-24' }, trend: 'same' },
    expect: {
      tier: 'soon',
      phase: 'acute',
      days: 14,
      reasons: ['not-improving-2-weeks'],
      recheck: [
        { day: 14, date: '2025-03-10', action: 'see-doctor-if-not-better' },
        { day: 28, date: '2025-03-24', action: 'see-doctor-if-not-improving' },
        { day: 42, date: '2025-04-07', action: 'ask-about-exercise-therapy' },
        { day: 84, date: '2025-05-19', action: 'review-long-term-plan' },
      ],
    },
  },
  {
    name: '47 hours is still the first days; 48 hours is not',
    answers: { ...ADULT, onset: { kind: 'duration', value: 47, unit: 'hours' }, trend: 'better' },
    expect: { tier: 'self-care', phase: 'first-days', days: 1, absent: EXERCISES },
  },
  {
    name: '48 hours: acute, exercises may start',
    answers: {
      ...ADULT,
      onset: { kind: 'duration', value: 48, unit: 'hours' },
      trend: 'better',
      severity: 'moderate',
    },
    expect: { tier: 'self-care', phase: 'acute', days: 2, present: EXERCISES },
  },
  {
    name: '48 hours but how bad it is not answered: no home exercises yet',
    answers: { ...ADULT, onset: { kind: 'duration', value: 48, unit: 'hours' }, trend: 'better' },
    expect: { tier: 'self-care', phase: 'acute', days: 2, absent: EXERCISES },
  },
  {
    name: 'start date two calendar days ago, across a daylight-saving change: still the first days (it may be little over 24 hours)',
    today: '2025-03-31',
    answers: { ...ADULT, onset: { kind: 'date', date: '2025-03-29' }, trend: 'better' },
    expect: {
      tier: 'self-care',
      phase: 'first-days',
      absent: EXERCISES,
      days: 2,
      recheck: [
        { day: 14, date: '2025-04-12', action: 'see-doctor-if-not-better' },
        { day: 28, date: '2025-04-26', action: 'see-doctor-if-not-improving' },
        { day: 42, date: '2025-05-10', action: 'ask-about-exercise-therapy' },
        { day: 84, date: '2025-06-21', action: 'review-long-term-plan' },
      ],
    },
  },
  {
    name: 'two weeks of self-care already, spasm 1-2 weeks ago, no better',
    answers: {
      ...ADULT,
      onset: { kind: 'span', span: '1-2-weeks' },
      selfCareDays: 14,
      trend: 'same',
    },
    expect: { tier: 'soon', phase: 'acute', days: 7, reasons: ['not-improving-2-weeks'] },
  },
  {
    name: 'all red flags answered no one by one, instead of "none of these"',
    answers: {
      ...ADULT,
      redFlags: ALL_NO,
      noRedFlags: undefined,
      onset: { kind: 'span', span: '3-7-days' },
      trend: 'better',
    },
    expect: { tier: 'self-care', phase: 'acute', reasons: [] },
  },
  ...PREGNANCY_SIGNS.map((id): Vignette => ({
    name: `pregnant, with a pregnancy sign: ${id}`,
    answers: {
      ...ADULT,
      pregnant: true,
      redFlags: { ...ALL_NO, ...PREGNANCY_NO, [id]: true },
      noRedFlags: false,
      onset: { kind: 'span', span: '3-7-days' },
      severity: 'moderate',
    },
    expect: {
      tier: 'urgent',
      phase: 'acute',
      reasons: [id as TierReason],
      firstStep: 'get-help-maternity',
      present: [
        'position-side-lying-pregnancy',
        'pregnancy-painkillers',
        'watch-for-warning-signs',
      ],
      absent: ['get-help-today', 'position-legs-on-chair', 'ask-pharmacist-before-nsaid'],
    },
  })),
  {
    name: 'pregnant, no warning signs, spasm a week ago and the same',
    answers: {
      ...ADULT,
      pregnant: true,
      redFlags: {},
      noRedFlags: true,
      onset: { kind: 'span', span: '3-7-days' },
      severity: 'moderate',
      trend: 'same',
    },
    expect: {
      tier: 'self-care',
      phase: 'acute',
      present: ['pregnancy-painkillers', 'pregnancy-tell-midwife', 'position-side-lying-pregnancy'],
      absent: ['no-back-belts', 'opioids-guidelines-differ', 'spinal-manipulation'],
      warnings: ['heat-pregnancy-warm-not-hot'],
    },
  },
  ...MEDICINE_FACTS.map((fact): Vignette => ({
    name: `medicine answer: ${fact} → ask a pharmacist first, no anti-inflammatory step`,
    answers: {
      ...ADULT,
      medicineFacts: { [fact]: true },
      onset: { kind: 'span', span: '3-7-days' },
      severity: 'moderate',
    },
    expect: {
      tier: 'self-care',
      phase: 'acute',
      present: ['ask-pharmacist-before-nsaid'],
      absent: ['nsaid-over-the-counter'],
    },
  })),
  {
    name: 'numbness in one leg, not getting worse: see a doctor soon',
    answers: {
      ...ADULT,
      onset: { kind: 'span', span: '3-7-days' },
      severity: 'moderate',
      trend: 'same',
      oneLegSymptoms: true,
    },
    expect: {
      tier: 'soon',
      phase: 'acute',
      reasons: ['one-leg-symptoms'],
      firstStep: 'get-help-soon',
    },
  },
  {
    name: 'severe and getting worse: see a doctor soon for both reasons',
    answers: {
      ...ADULT,
      onset: { kind: 'span', span: '3-7-days' },
      severity: 'severe',
      trend: 'worse',
    },
    expect: { tier: 'soon', phase: 'acute', reasons: ['getting-worse', 'severe-pain'] },
  },
  {
    name: 'takes other medicines every day: no spinal manipulation',
    answers: {
      ...ADULT,
      medicineFacts: { 'daily-medicines': true },
      onset: { kind: 'span', span: '1-2-weeks' },
      severity: 'mild',
      trend: 'better',
    },
    expect: {
      tier: 'self-care',
      phase: 'acute',
      present: ['massage'],
      absent: ['spinal-manipulation'],
    },
  },
  {
    name: 'start date two calendar days ago: no exercises yet; three days ago: exercises',
    today: '2025-03-10',
    answers: { ...ADULT, onset: { kind: 'date', date: '2025-03-08' }, severity: 'mild' },
    expect: { tier: 'self-care', phase: 'first-days', absent: EXERCISES },
  },
  {
    name: 'start date three calendar days ago: the first days are over',
    today: '2025-03-10',
    answers: { ...ADULT, onset: { kind: 'date', date: '2025-03-07' }, severity: 'mild' },
    expect: { tier: 'self-care', phase: 'acute', present: ['walk-lifting-knees'] },
  },
];
