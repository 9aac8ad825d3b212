/**
 * Exhaustive enumeration of the categorical answers. Red-flag combinations are reduced to:
 * none (two ways of saying it), every single finding, and every pair; everything else is
 * crossed in full where it changes the plan. Every combination is checked against every
 * safety rule (support.ts) and against the tier and phase the reference asks for.
 */
import { expect } from '@open-wc/testing';
import {
  AGE_BANDS,
  assess,
  HISTORIES,
  MEDICINE_FACTS,
  ONSET_SPANS,
  SEVERITIES,
  stepHasTag,
  TRENDS,
  EMERGENCY_FINDINGS,
  PREGNANCY_FINDINGS,
  URGENT_FINDINGS,
  type Answers,
  type Onset,
} from '../../src/clinical/index.js';
import { isoDateOf, parseIsoDate } from '../../src/clinical/dates.js';
import {
  expectedDays,
  expectedPhase,
  HOME_EXERCISES,
  RED_FLAGS,
  TODAY,
  violations,
} from './support.js';
import { expectedSoonReasons, expectedTier } from './tier-oracle.js';

type Flags = Pick<Answers, 'redFlags' | 'noRedFlags'>;

const NONE_WAYS: Flags[] = [
  { redFlags: {}, noRedFlags: true },
  { redFlags: Object.fromEntries(RED_FLAGS.map((id) => [id, false])) },
];

function withTrue(ids: readonly string[]): Flags {
  return { redFlags: Object.fromEntries(RED_FLAGS.map((id) => [id, ids.includes(id)])) };
}

// Every single finding; every pair of general findings; each pregnancy sign with each
// emergency finding and with the first same-day finding.
const GENERAL = [...EMERGENCY_FINDINGS, ...URGENT_FINDINGS];
const SINGLES_AND_PAIRS: Flags[] = RED_FLAGS.map((id) => withTrue([id]));
GENERAL.forEach((first, i) => {
  for (const second of GENERAL.slice(i + 1)) SINGLES_AND_PAIRS.push(withTrue([first, second]));
});
for (const sign of PREGNANCY_FINDINGS) {
  for (const other of [...EMERGENCY_FINDINGS, URGENT_FINDINGS[0]!]) {
    SINGLES_AND_PAIRS.push(withTrue([sign, other]));
  }
}

const SPANS: Onset[] = ONSET_SPANS.map((span) => ({ kind: 'span', span }));
const SOME_SPANS: Onset[] = (['today', '3-7-days', '2-4-weeks', 'longer'] as const).map(
  (span): Onset => ({ kind: 'span', span }),
);
const todayDay = parseIsoDate(TODAY)!;
const BOUNDARY_ONSETS: Onset[] = [
  ...(
    [
      [0, 'hours'],
      [47, 'hours'],
      [48, 'hours'],
      [1, 'days'],
      [2, 'days'],
      [13, 'days'],
      [14, 'days'],
      [27, 'days'],
      [28, 'days'],
      [83, 'days'],
      [84, 'days'],
      [4, 'weeks'],
      [12, 'weeks'],
      [500, 'weeks'],
    ] as const
  ).map(([value, unit]): Onset => ({ kind: 'duration', value, unit })),
  ...[0, 1, 2, 13, 14, 15, 27, 28, 29, 41, 42, 43, 83, 84, 85, 400].map((ago): Onset => ({
    kind: 'date',
    date: isoDateOf(todayDay - ago),
  })),
];

const MEDICINE_VARIANTS: Answers['medicineFacts'][] = [
  { none: true },
  undefined,
  Object.fromEntries(MEDICINE_FACTS.map((fact) => [fact, false])),
  ...MEDICINE_FACTS.map((fact) => ({ [fact]: true })),
];
const SHORT_MEDICINE_VARIANTS: Answers['medicineFacts'][] = [
  { none: true },
  undefined,
  { 'daily-medicines': true },
];
const optional = <T>(values: readonly T[]): (T | undefined)[] => [undefined, ...values];

function* product(
  flagsList: Flags[],
  onsets: Onset[],
  medicines: Answers['medicineFacts'][],
  severities: (Answers['severity'] | undefined)[],
  heat: (boolean | undefined)[],
  trends: (Answers['trend'] | undefined)[],
  yesNo: boolean[],
  selfCare: (number | undefined)[],
  pregnancies: boolean[],
  oneLeg: (boolean | undefined)[] = [undefined],
): Generator<Answers> {
  for (const flags of flagsList)
    for (const pregnant of pregnancies)
      for (const oneLegSymptoms of oneLeg)
        for (const onset of onsets)
          for (const history of HISTORIES)
            for (const ageBand of AGE_BANDS)
              for (const medicineFacts of medicines)
                for (const severity of severities)
                  for (const heatMadeWorse of heat)
                    for (const trend of trends)
                      for (const stopsDailyActivities of yesNo)
                        for (const strugglingToCope of yesNo)
                          for (const selfCareDays of selfCare) {
                            const answers: Answers = {
                              version: 2,
                              ...flags,
                              pregnant,
                              onset,
                              history,
                              ageBand,
                            };
                            if (oneLegSymptoms !== undefined)
                              answers.oneLegSymptoms = oneLegSymptoms;
                            if (medicineFacts !== undefined) answers.medicineFacts = medicineFacts;
                            if (severity !== undefined) answers.severity = severity;
                            if (heatMadeWorse !== undefined) answers.heatMadeWorse = heatMadeWorse;
                            if (trend !== undefined) answers.trend = trend;
                            answers.stopsDailyActivities = stopsDailyActivities;
                            answers.strugglingToCope = strugglingToCope;
                            if (selfCareDays !== undefined) answers.selfCareDays = selfCareDays;
                            yield answers;
                          }
}

/** The three parts of the sweep, each its own test so none runs into a test's time limit. */
const PARTS: Record<string, () => Generator<Answers>> = {
  // A: no red flags; every span × history × age × medicine facts × severity × heat × trend
  //    × stops daily activities × struggling to cope.
  'A: no red flags, every span and answer': () =>
    product(
      NONE_WAYS.slice(0, 1),
      SPANS,
      MEDICINE_VARIANTS,
      optional(SEVERITIES),
      [undefined, false, true],
      optional(TRENDS),
      [false, true],
      [undefined],
      [false, true],
    ),
  // B: every single red flag and every pair, × span × history × age, with the answers
  //    that change the plan most.
  'B: every single red flag and every pair': () =>
    product(
      SINGLES_AND_PAIRS,
      SOME_SPANS,
      SHORT_MEDICINE_VARIANTS.slice(0, 2),
      [undefined, 'severe'],
      [undefined, true],
      [undefined, 'worse'],
      [false],
      [undefined],
      [false, true],
    ),
  // C: phase and re-check boundaries (durations and dates), with self-care days.
  'C: phase and re-check boundaries': () =>
    product(
      NONE_WAYS.slice(1),
      BOUNDARY_ONSETS,
      SHORT_MEDICINE_VARIANTS,
      optional(SEVERITIES),
      [undefined, true],
      optional(TRENDS),
      [false],
      [undefined, 0, 14],
      [false, true],
      [undefined, true],
    ),
};

function allClearOf(answers: Answers): boolean {
  const facts = answers.medicineFacts;
  return (
    facts !== undefined &&
    !MEDICINE_FACTS.some((fact) => facts[fact] === true) &&
    (facts.none === true || MEDICINE_FACTS.every((fact) => facts[fact] === false))
  );
}

function nsaidOrAdvice(answers: Answers, allClear: boolean): string {
  return allClear && answers.ageBand !== 'under-16' && answers.ageBand !== '65-plus'
    ? 'nsaid-over-the-counter'
    : 'ask-pharmacist-before-nsaid';
}

describe('clinical exhaustive enumeration', () => {
  let total = 0;
  for (const [part, combinations] of Object.entries(PARTS)) {
    it(`keeps every rule for every combination of categorical answers, ${part}`, async function () {
      this.timeout(240_000);
      let count = 0;
      const failures: string[] = [];
      let sliceStart = performance.now();
      for (const answers of combinations()) {
        // Yield now and then, so other test pages sharing this renderer keep running.
        if (performance.now() - sliceStart > 25) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          sliceStart = performance.now();
        }
        const days = expectedDays(answers.onset!, TODAY);
        if (answers.selfCareDays !== undefined && answers.selfCareDays > days + 1) {
          continue; // contradictory by construction; the validation tests cover it
        }
        count += 1;
        const result = assess(answers, TODAY);
        const problems = violations(answers, result, TODAY);
        if (result.ok) {
          const a = result.assessment;
          const tier = expectedTier(answers, TODAY);
          const pregnant = answers.pregnant === true;
          if (a.tier !== tier) problems.push(`tier ${a.tier}, expected ${tier}`);
          const reasons = expectedSoonReasons(answers, TODAY);
          if (tier === 'soon' && a.tierReasons.join() !== reasons.join()) {
            problems.push(`soon reasons ${a.tierReasons.join()}, expected ${reasons.join()}`);
          }
          if (a.daysSinceStart !== days)
            problems.push(`days ${a.daysSinceStart}, expected ${days}`);
          if (a.phase !== expectedPhase(days, answers.onset!)) problems.push(`phase ${a.phase}`);
          const ids = a.steps.map((s) => s.id);
          if (tier === 'self-care' || tier === 'soon') {
            const heat = answers.heatMadeWorse === true ? 'cold-pack' : 'heat-pack';
            if (!ids.includes(heat)) problems.push(`no ${heat}`);
            if (!ids.includes('keep-moving-gently')) problems.push('no keep-moving-gently');
            const exercises = ids.filter((id) => HOME_EXERCISES.includes(id));
            const expectExercises =
              a.phase !== 'first-days' &&
              (answers.severity === 'mild' || answers.severity === 'moderate');
            const painkillerStep = pregnant
              ? 'pregnancy-painkillers'
              : nsaidOrAdvice(answers, allClearOf(answers));
            if (!ids.includes(painkillerStep)) problems.push(`no ${painkillerStep}`);
            if (expectExercises !== exercises.length > 0) problems.push('home exercises wrong');
            const relaxant = a.steps.some((s) => stepHasTag(s.id, 'prescription'));
            const relaxantAllowed =
              (a.phase === 'first-days' || a.phase === 'acute') &&
              answers.severity !== 'mild' &&
              answers.trend !== 'better' &&
              !pregnant &&
              answers.ageBand !== 'under-16' &&
              answers.ageBand !== '65-plus';
            if (relaxant !== relaxantAllowed) problems.push('muscle relaxant step wrong');
            const facts = answers.medicineFacts;
            const allClear =
              facts !== undefined &&
              !MEDICINE_FACTS.some((fact) => facts[fact] === true) &&
              (facts.none === true || MEDICINE_FACTS.every((fact) => facts[fact] === false));
            const nsaidExpected =
              allClear &&
              !pregnant &&
              answers.ageBand !== 'under-16' &&
              answers.ageBand !== '65-plus';
            if (ids.includes('nsaid-over-the-counter') !== nsaidExpected)
              problems.push('NSAID step wrong');
            const scanExpected =
              tier === 'self-care' && (a.phase === 'first-days' || a.phase === 'acute');
            if (ids.includes('no-early-scan') !== scanExpected)
              problems.push('no-early-scan wrong');
          }
        } else {
          problems.push('no plan: ' + JSON.stringify(result.issues));
        }
        if (problems.length > 0 && failures.length < 10) {
          failures.push(`${JSON.stringify(answers)} → ${problems.join('; ')}`);
        }
        if (problems.length > 0 && failures.length >= 10) break;
      }
      console.log(`exhaustive ${part}: ${count} answer combinations checked`);
      total += count;
      expect(failures, failures.join('\n')).to.deep.equal([]);
      expect(count).to.be.greaterThan(1_000);
    });
  }

  it('checks more than a million combinations in all', () => {
    console.log(`exhaustive: ${total} answer combinations checked`);
    expect(total).to.be.greaterThan(1_000_000);
  });
});
