/**
 * Shared test support for the clinical core: arbitraries for fast-check and one checker
 * that states every safety rule once, used by the property, exhaustive and vignette tests.
 */
import fc from 'fast-check';
import {
  AGE_BANDS,
  COMPANION_STEPS,
  CONFLICTING_STEPS,
  EMERGENCY_FINDINGS,
  HISTORIES,
  MEDICINE_FACTS,
  PREGNANCY_FINDINGS,
  RED_FLAG_IDS,
  ONSET_SPANS,
  SEVERITIES,
  SOON_REASONS,
  SOURCE_IDS,
  STEP_GROUPS,
  STEP_IDS,
  TRENDS,
  URGENT_FINDINGS,
  WARNING_IDS,
  stepHasTag,
  type Answers,
  type AssessResult,
  type Onset,
  type RedFlagId,
  type WarningId,
} from '../../src/clinical/index.js';
import { isoDateOf, parseIsoDate } from '../../src/clinical/dates.js';
import { durationToDays, spanRule } from '../../src/clinical/phases.js';
import { stepHowTo, stepTitle, warningText } from '../../src/content/plan-text.js';

export const RED_FLAGS: readonly RedFlagId[] = RED_FLAG_IDS;
/** The red flags asked of everyone (the pregnancy signs only when pregnant). */
export const GENERAL_RED_FLAGS: readonly RedFlagId[] = [...EMERGENCY_FINDINGS, ...URGENT_FINDINGS];
export const NSAID_CAUTION_FACTS = MEDICINE_FACTS;
export const HOME_EXERCISES = [
  'walk-lifting-knees',
  'exercise-arms-overhead-stretch',
  'exercise-knee-to-chest',
  'exercise-cat-cow',
  'exercise-childs-pose',
];
export const DOSE = /\d+\s?(mg|milligram|tablet|pill)/i;

/** A fixed "today" for tests that do not vary it. */
export const TODAY = '2025-03-10';

// ── arbitraries ──────────────────────────────────────────────────────────────────────────

/** Today as `YYYY-MM-DD`, 2000-01-01 … 2099-12-31. */
export const todayArb = fc
  .integer({ min: parseIsoDate('2000-01-01')!, max: parseIsoDate('2099-12-31')! })
  .map(isoDateOf);

const flagValue = fc.oneof(
  { weight: 6, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(true) },
);

/** Every red flag answered: "none of these", all no, or some yes. */
export const redFlagAnswersArb: fc.Arbitrary<Pick<Answers, 'redFlags' | 'noRedFlags'>> = fc.oneof(
  fc.record({
    redFlags: fc.constant({}),
    noRedFlags: fc.constant(true as const),
  }),
  fc.record({
    redFlags: fc.constant(Object.fromEntries(RED_FLAGS.map((id) => [id, false]))),
  }),
  fc.record({
    redFlags: fc.record(Object.fromEntries(RED_FLAGS.map((id) => [id, flagValue]))) as fc.Arbitrary<
      Record<RedFlagId, boolean>
    >,
    noRedFlags: fc.constant(false as const),
  }),
);

/** A valid onset relative to `today`. */
export function onsetArb(today: string): fc.Arbitrary<Onset> {
  const todayDay = parseIsoDate(today)!;
  return fc.oneof(
    fc.constantFrom(...ONSET_SPANS).map((span): Onset => ({ kind: 'span', span })),
    fc.record({
      kind: fc.constant('duration' as const),
      value: fc.oneof(
        fc.integer({ min: 0, max: 400 }),
        fc.double({ min: 0, max: 400, noNaN: true, noDefaultInfinity: true }),
      ),
      unit: fc.constantFrom('hours' as const, 'days' as const, 'weeks' as const),
    }),
    fc
      .integer({ min: 0, max: 1500 })
      .map((ago): Onset => ({ kind: 'date', date: isoDateOf(todayDay - ago) })),
  );
}

/** Days since the start the way the reference defines it (independent of assess). */
export function expectedDays(onset: Onset, today: string): number {
  switch (onset.kind) {
    case 'span':
      return spanRule(onset.span).representativeDay;
    case 'duration':
      return durationToDays(onset.value, onset.unit);
    case 'date':
      return parseIsoDate(today)! - parseIsoDate(onset.date)!;
  }
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

export const medicineFactsArb: fc.Arbitrary<Answers['medicineFacts']> = fc.oneof(
  fc.constant(undefined),
  fc.constant({ none: true }),
  fc.record(Object.fromEntries(MEDICINE_FACTS.map((fact) => [fact, fc.boolean()])), {
    requiredKeys: [],
  }),
  fc.record(Object.fromEntries(MEDICINE_FACTS.map((fact) => [fact, fc.constant(false)]))),
);

/** Complete, valid answers, paired with the `today` they are valid for. */
export const completeCaseArb: fc.Arbitrary<{ answers: Answers; today: string }> = todayArb.chain(
  (today) =>
    fc
      .record({
        flags: redFlagAnswersArb,
        pregnant: fc.boolean(),
        oneLegSymptoms: optional(fc.boolean()),
        onset: onsetArb(today),
        history: fc.constantFrom(...HISTORIES),
        ageBand: fc.constantFrom(...AGE_BANDS),
        medicineFacts: medicineFactsArb,
        severity: optional(fc.constantFrom(...SEVERITIES)),
        stopsDailyActivities: optional(fc.boolean()),
        strugglingToCope: optional(fc.boolean()),
        heatMadeWorse: optional(fc.boolean()),
        trend: optional(fc.constantFrom(...TRENDS)),
        // Retired in the contract but still accepted in version-2 answers (ignored).
        tried: optional(fc.subarray(['heat', 'cold', 'rest', 'walking'])),
        selfCareFraction: optional(fc.double({ min: 0, max: 1, noNaN: true })),
      })
      .map(({ flags, selfCareFraction, ...rest }) => {
        const answers: Answers = { version: 2, ...flags };
        for (const [key, value] of Object.entries(rest)) {
          if (value !== undefined) (answers as unknown as Record<string, unknown>)[key] = value;
        }
        if (selfCareFraction !== undefined) {
          answers.selfCareDays = Math.floor(selfCareFraction * expectedDays(rest.onset, today));
        }
        return { answers, today };
      }),
);

/** Garbage, partial answers, and valid answers with one field broken. */
export const anyInputArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.record(
    {
      version: fc.oneof(fc.constant(2), fc.anything()),
      pregnant: fc.oneof(fc.boolean(), fc.anything()),
      redFlags: fc.oneof(
        fc.dictionary(
          fc.constantFrom(...RED_FLAGS, 'other'),
          fc.oneof(fc.boolean(), fc.anything()),
        ),
        fc.anything(),
      ),
      noRedFlags: fc.oneof(fc.boolean(), fc.anything()),
      onset: fc.oneof(onsetArb(TODAY), fc.anything()),
      history: fc.oneof(fc.constantFrom(...HISTORIES), fc.string()),
      ageBand: fc.oneof(fc.constantFrom(...AGE_BANDS), fc.string()),
      medicineFacts: fc.oneof(medicineFactsArb, fc.anything()),
      severity: fc.constantFrom(...SEVERITIES),
      trend: fc.constantFrom(...TRENDS),
      heatMadeWorse: fc.boolean(),
      selfCareDays: fc.oneof(fc.integer(), fc.double()),
    },
    { requiredKeys: [] },
  ),
  completeCaseArb.chain(({ answers }) =>
    fc
      .record({
        key: fc.constantFrom(...Object.keys(answers)),
        value: fc.anything(),
        drop: fc.boolean(),
      })
      .map(({ key, value, drop }) => {
        const broken: Record<string, unknown> = { ...answers };
        if (drop) delete broken[key];
        else broken[key] = value;
        return broken;
      }),
  ),
);

/** Text checks per step (the English text never changes during a test run, so cache). */
const textCache = new Map<string, { dose: boolean; aspirin: boolean }>();
function textFlags(id: string, warnings: readonly WarningId[]) {
  const key = `${id}|${warnings.join(',')}`;
  let flags = textCache.get(key);
  if (!flags) {
    const texts = [stepTitle(id), stepHowTo(id), ...warnings.map(warningText)];
    flags = {
      dose: texts.some((t) => DOSE.test(t)),
      aspirin: /aspirin/i.test(stepTitle(id) + stepHowTo(id)),
    };
    textCache.set(key, flags);
  }
  return flags;
}

// ── the checker ──────────────────────────────────────────────────────────────────────────

function readFlag(input: unknown, id: RedFlagId): unknown {
  if (typeof input !== 'object' || input === null) return undefined;
  const flags = (input as { redFlags?: unknown }).redFlags;
  if (typeof flags !== 'object' || flags === null || Array.isArray(flags)) return undefined;
  return (flags as Record<string, unknown>)[id];
}

/**
 * Every safety rule for one input and its result. Returns the rules broken (empty = all
 * kept). `answers` is the input when it is known to be typed answers (enables the rules
 * that read specific answers); for garbage pass only `input`.
 */
export function violations(input: unknown, result: AssessResult, today: string): string[] {
  const broken: string[] = [];
  const fail = (rule: string) => broken.push(rule);
  const emergencyTrue = EMERGENCY_FINDINGS.filter((id) => readFlag(input, id) === true);
  const urgentTrue = [...URGENT_FINDINGS, ...PREGNANCY_FINDINGS].filter(
    (id) => readFlag(input, id) === true,
  );

  // (1) emergency overrides everything
  if (emergencyTrue.length > 0) {
    if (!result.ok) return ['1: emergency finding but no assessment'];
    const a = result.assessment;
    if (a.tier !== 'emergency') fail('1: emergency finding but tier ' + a.tier);
    if (JSON.stringify(a.tierReasons) !== JSON.stringify(emergencyTrue))
      fail('1: emergency reasons');
    if (a.steps[0]?.id !== 'get-help-emergency') fail('1: emergency step not first');
    if (a.steps.some((s) => s.group !== 'get-help' && s.group !== 'while-waiting')) {
      fail('1/2: self-care shown in an emergency');
    }
    if (a.recheck.length !== 1 || a.recheck[0]!.action !== 'call-emergency-now') {
      fail('1: emergency recheck');
    }
    // After a serious accident: call now and keep still, nothing else.
    if (emergencyTrue.includes('serious-accident')) {
      const ids = a.steps.map((s) => s.id).join(',');
      if (ids !== 'get-help-emergency,while-waiting-keep-still-after-accident') {
        fail('accident: more than "call now, keep still": ' + ids);
      }
    }
  }
  if (!result.ok) {
    if (result.issues.length === 0) fail('ok:false without issues');
    return broken;
  }
  const a = result.assessment;
  const ids = a.steps.map((s) => s.id);
  const has = (id: string) => ids.includes(id);
  const answers = (typeof input === 'object' && input !== null ? input : {}) as Partial<Answers>;

  if (emergencyTrue.length === 0) {
    if (a.tier === 'emergency') fail('1: emergency without an emergency finding');
    // (2) no plan unless every red flag is answered
    const asked = answers.pregnant === true ? RED_FLAGS : GENERAL_RED_FLAGS;
    const allAnswered =
      answers.noRedFlags === true || asked.every((id) => typeof readFlag(input, id) === 'boolean');
    if (!allAnswered) fail('2: plan with unanswered red flags');
    if (typeof answers.pregnant !== 'boolean') fail('2/8: plan without the pregnancy answer');
    if (!answers.onset || !answers.history || !answers.ageBand)
      fail('2: plan with missing answers');
    if (urgentTrue.length > 0) {
      if (a.tier !== 'urgent') fail('1: urgent finding but tier ' + a.tier);
      if (JSON.stringify(a.tierReasons) !== JSON.stringify(urgentTrue)) fail('1: urgent reasons');
    } else if (a.tier === 'urgent') fail('1: urgent without an urgent finding');
  }
  if (a.tier === 'self-care' && a.tierReasons.length > 0) fail('self-care with reasons');
  if (a.tier === 'soon') {
    if (a.tierReasons.length === 0) fail('soon without a reason');
    if (a.tierReasons.some((r) => !(SOON_REASONS as readonly string[]).includes(r))) {
      fail('soon with a reason that is not a soon reason');
    }
  }
  // get help first, then the self-care that is safe meanwhile
  const pregnant = answers.pregnant === true;
  const firstHelp = {
    emergency: 'get-help-emergency',
    urgent: pregnant ? 'get-help-maternity' : 'get-help-today',
    soon: 'get-help-soon',
  };
  if (a.tier !== 'self-care') {
    if (ids[0] !== firstHelp[a.tier]) fail('get-help step not first');
    if (a.tier !== 'emergency' && !a.steps.some((s) => s.group === 'right-now')) {
      fail('no safe self-care meanwhile');
    }
  }
  if (a.steps.filter((s) => s.group === 'get-help').length !== (a.tier === 'self-care' ? 0 : 1)) {
    fail('wrong number of get-help steps');
  }

  // (3) anti-inflammatories
  const facts = answers.medicineFacts ?? {};
  const nsaid = a.steps.find((s) => stepHasTag(s.id, 'nsaid'));
  if (nsaid) {
    for (const w of ['nsaid-ask-first', 'nsaid-label-and-food'] as const) {
      if (!nsaid.warnings?.includes(w) || !a.warnings.includes(w)) fail('3: NSAID without ' + w);
    }
    if (answers.ageBand === '65-plus') fail('3: NSAID self-care step at 65 and over');
    if (answers.pregnant !== false) fail('3: NSAID when pregnancy not ruled out');
    if (NSAID_CAUTION_FACTS.some((f) => facts[f] === true)) fail('3: NSAID with a caution');
    if (facts.none !== true && MEDICINE_FACTS.some((f) => facts[f] !== false)) {
      fail('3: NSAID with medicine facts unknown');
    }
    if (answers.ageBand === 'under-16') fail('3: NSAID under 16');
    if (a.tier === 'urgent' || a.tier === 'emergency') fail('3: NSAID self-care when ' + a.tier);
  }
  if (a.tier !== 'emergency') {
    const needsAdvice =
      NSAID_CAUTION_FACTS.some((f) => facts[f] === true) ||
      answers.ageBand === 'under-16' ||
      answers.ageBand === '65-plus';
    if (pregnant) {
      if (!has('pregnancy-painkillers'))
        fail('3/8: pregnant without the pregnancy painkiller step');
    } else {
      if (needsAdvice && !has('ask-pharmacist-before-nsaid')) fail('3: no ask-pharmacist step');
      if (answers.ageBand === '65-plus' && !a.warnings.includes('nsaid-over-65')) {
        fail('3: 65 and over without the ask-first caution');
      }
    }
    const painkillerSteps = [
      'nsaid-over-the-counter',
      'ask-pharmacist-before-nsaid',
      'pregnancy-painkillers',
    ];
    if (painkillerSteps.filter(has).length !== 1) {
      fail('3: not exactly one of the NSAID, ask-pharmacist and pregnancy painkiller steps');
    }
    if (
      has('spinal-manipulation') &&
      (pregnant || facts['bleeds-easily'] === true || facts['daily-medicines'] === true)
    ) {
      fail('spinal manipulation with a bleeding risk or in pregnancy');
    }
    if (answers.ageBand === 'under-16' && !a.warnings.includes('no-aspirin-under-16')) {
      fail('3: under 16 without the aspirin warning');
    }
  }
  if (answers.ageBand !== 'under-16' && a.warnings.includes('no-aspirin-under-16')) {
    fail('aspirin warning for 16 and over');
  }

  // (4) prescription medicines only as ask-a-doctor, with the drowsiness warning, no dose
  for (const step of a.steps) {
    if (stepHasTag(step.id, 'prescription')) {
      if (!step.id.startsWith('ask-doctor-')) fail('4: prescription step not ask-doctor');
      if (!step.warnings?.includes('prescription-drowsiness')) fail('4: no drowsiness warning');
    }
    const text = textFlags(step.id, step.warnings ?? []);
    if (text.dose) fail('4: dose in the text of ' + step.id);
    if (answers.ageBand === 'under-16' && text.aspirin) fail('3: aspirin named in a step under 16');
  }
  if (
    a.warnings.includes('prescription-drowsiness') !==
    a.steps.some((s) => stepHasTag(s.id, 'prescription'))
  ) {
    fail('4: drowsiness warning without its step or the reverse');
  }

  // (5) no exercises in the first days (nor home exercises while severe)
  if (a.phase === 'first-days' && a.steps.some((s) => stepHasTag(s.id, 'exercise'))) {
    fail('5: exercise in the first days');
  }
  if (a.phase === null && a.steps.some((s) => stepHasTag(s.id, 'exercise'))) {
    fail('5: exercise with an unknown phase');
  }
  const mildOrModerate = answers.severity === 'mild' || answers.severity === 'moderate';
  if (!mildOrModerate && ids.some((id) => HOME_EXERCISES.includes(id))) {
    fail('5: home exercise while severe or of unknown severity');
  }

  // (6) no contradictions
  for (const [x, y] of CONFLICTING_STEPS) if (has(x) && has(y)) fail(`6: ${x} with ${y}`);
  for (const [x, y] of COMPANION_STEPS) if (has(x) && !has(y)) fail(`6: ${x} without ${y}`);
  if (
    a.steps.filter((s) => stepHasTag(s.id, 'heat-session') || stepHasTag(s.id, 'cold-session'))
      .length > 1
  ) {
    fail('6: more than one heat/cold session step');
  }
  if (answers.heatMadeWorse === true && a.steps.some((s) => stepHasTag(s.id, 'heat-session'))) {
    fail('6: heat after heat made it worse');
  }
  if (ids.some((id) => /bed-rest/.test(id) && id !== 'no-prolonged-bed-rest'))
    fail('6: bed rest step');

  // (7) sources exist; a re-check always; dates right
  for (const step of a.steps) {
    if (!(STEP_IDS as readonly string[]).includes(step.id)) fail('unknown step ' + step.id);
    for (const source of step.sources) {
      if (!(SOURCE_IDS as readonly string[]).includes(source)) fail('7: unknown source ' + source);
    }
  }
  if (new Set(ids).size !== ids.length) fail('duplicate steps');
  const groupIndex = a.steps.map((s) => STEP_GROUPS.indexOf(s.group));
  if (groupIndex.some((g, i) => g < 0 || (i > 0 && g < groupIndex[i - 1]!)))
    fail('groups out of order');
  if (a.recheck.length < 1) fail('7: no recheck');
  const todayDay = parseIsoDate(today)!;
  for (const [i, r] of a.recheck.entries()) {
    if (i > 0 && r.day <= a.recheck[i - 1]!.day) fail('7: rechecks not ascending');
    if (a.daysSinceStart !== null && r.day < a.daysSinceStart) fail('7: recheck in the past');
    if (a.daysSinceStart !== null) {
      const expected = isoDateOf(todayDay - a.daysSinceStart + r.day);
      if (r.date !== expected) fail(`7: recheck date ${r.date} is not ${expected}`);
    } else if (r.date !== null) fail('7: recheck date without a start');
  }
  const warningUnion = WARNING_IDS.filter((w) => a.steps.some((s) => s.warnings?.includes(w)));
  if (JSON.stringify(warningUnion) !== JSON.stringify(a.warnings))
    fail('warnings are not the steps’ warnings');
  if (a.tier !== 'emergency' && (a.phase === null || a.daysSinceStart === null)) {
    fail('no phase outside an emergency');
  }

  // (8) pregnancy: its own when-to-get-help list, never flat on the back for long
  if (a.tier !== 'emergency') {
    if (a.pregnancy !== pregnant) fail('8: pregnancy flag on the plan is wrong');
    const maternity = JSON.stringify(a.whenToGetHelp.maternity);
    if (pregnant && maternity !== JSON.stringify(PREGNANCY_FINDINGS)) {
      fail('8: pregnant without every pregnancy sign in the when-to-get-help list');
    }
    if (!pregnant && maternity !== '[]') fail('8: pregnancy signs listed when not pregnant');
    if (pregnant && a.steps.some((s) => stepHasTag(s.id, 'lies-on-back'))) {
      fail('8: a position flat on the back in pregnancy');
    }
  }

  // (9) the plan's when-to-get-help list names every emergency and same-day sign
  if (a.tier !== 'emergency') {
    if (JSON.stringify(a.whenToGetHelp.emergency) !== JSON.stringify(EMERGENCY_FINDINGS)) {
      fail('9: when-to-get-help list misses an emergency sign');
    }
    if (JSON.stringify(a.whenToGetHelp.sameDay) !== JSON.stringify(URGENT_FINDINGS)) {
      fail('9: when-to-get-help list misses a same-day sign');
    }
    if (!has('watch-for-warning-signs')) fail('9: no when-to-get-help step to show the list');
  }

  // "Do this now": two or three of the plan's own steps, never a medicine, staying active first
  if (a.tier !== 'emergency') {
    const byId = new Map(a.steps.map((s) => [s.id, s]));
    if (a.doNow.length < 2 || a.doNow.length > 3) fail('do-now: not two or three steps');
    if (a.doNow.some((id) => !byId.has(id))) fail('do-now: a step that is not in the plan');
    if (
      a.doNow.some((id) => ['medicines', 'get-help', 'does-not-help'].includes(byId.get(id)!.group))
    ) {
      fail('do-now: a medicine, get-help or does-not-help step');
    }
    const moving = a.steps.filter((s) => stepHasTag(s.id, 'movement')).map((s) => s.id);
    if (moving.length > 0 && !moving.includes(a.doNow[0]!))
      fail('do-now: staying active not first');
  }
  return broken;
}

/** The reference's phase; a calendar date counts one day less for the 48-hour rule. */
export function expectedPhase(days: number, onset: Onset): string {
  const least = onset.kind === 'date' ? Math.max(0, days - 1) : days;
  if (least < 2) return 'first-days';
  if (days < 28) return 'acute';
  if (days < 84) return 'subacute';
  return 'chronic';
}
