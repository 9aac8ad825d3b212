import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  assess,
  EMERGENCY_FINDINGS,
  MEDICINE_FACTS,
  URGENT_FINDINGS,
  PREGNANCY_FINDINGS,
  stepHasTag,
  type Answers,
  type AssessResult,
} from '../../src/clinical/index.js';
import {
  anyInputArb,
  completeCaseArb,
  expectedDays,
  expectedPhase,
  RED_FLAGS,
  TODAY,
  todayArb,
  violations,
} from './support.js';
import { expectedTier } from './tier-oracle.js';
import { validAnswers } from '../support/answers.js';

const RUNS = { numRuns: 600 };

function okAssessment(result: AssessResult) {
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.issues)}`);
  return result.assessment;
}

function expectNoViolations(input: unknown, result: AssessResult, today: string) {
  const broken = violations(input, result, today);
  expect(broken, JSON.stringify({ input, result }).slice(0, 2000)).to.deep.equal([]);
}

describe('clinical safety properties', () => {
  it('keeps every safety rule for complete valid answers', () => {
    fc.assert(
      fc.property(completeCaseArb, ({ answers, today }) => {
        const result = assess(answers, today);
        expect(result.ok, JSON.stringify(result)).to.equal(true);
        expectNoViolations(answers, result, today);
      }),
      RUNS,
    );
  });

  it('keeps every safety rule for partial and garbage input', () => {
    fc.assert(
      fc.property(anyInputArb, (input) => {
        expectNoViolations(input, assess(input, TODAY), TODAY);
      }),
      RUNS,
    );
  });

  describe('(1) triage', () => {
    it('any emergency finding gives emergency, whatever else is there', () => {
      fc.assert(
        fc.property(
          fc.subarray([...EMERGENCY_FINDINGS], { minLength: 1 }),
          fc.dictionary(fc.string(), fc.anything()),
          fc.dictionary(fc.constantFrom(...RED_FLAGS, 'made-up'), fc.anything()),
          fc.oneof(todayArb, fc.constant('not a date')),
          (findings, rest, otherFlags, today) => {
            const redFlags: Record<string, unknown> = { ...otherFlags };
            for (const id of findings) redFlags[id] = true;
            const input = { ...rest, redFlags };
            const a = okAssessment(assess(input, today));
            expect(a.tier).to.equal('emergency');
            const expected = EMERGENCY_FINDINGS.filter((id) => redFlags[id] === true);
            expect(a.tierReasons).to.deep.equal(expected);
            expect(a.steps[0]!.id).to.equal('get-help-emergency');
            expect(a.steps.every((s) => ['get-help', 'while-waiting'].includes(s.group))).to.equal(
              true,
            );
            expect(a.recheck.map((r) => r.action)).to.deep.equal(['call-emergency-now']);
          },
        ),
        RUNS,
      );
    });

    it('an urgent finding without an emergency one gives urgent', () => {
      fc.assert(
        fc.property(
          completeCaseArb,
          fc.subarray([...URGENT_FINDINGS], { minLength: 1 }),
          ({ answers, today }, urgent) => {
            const redFlags: Answers['redFlags'] = Object.fromEntries(
              RED_FLAGS.map((id) => [id, urgent.includes(id as never)]),
            );
            const a = okAssessment(assess({ ...answers, redFlags, noRedFlags: false }, today));
            expect(a.tier).to.equal('urgent');
            expect(a.tierReasons).to.deep.equal(URGENT_FINDINGS.filter((id) => redFlags[id]));
            expect(a.steps[0]!.id).to.equal(
              answers.pregnant ? 'get-help-maternity' : 'get-help-today',
            );
          },
        ),
        RUNS,
      );
    });

    it('gives the tier, phase and days the reference asks for', () => {
      fc.assert(
        fc.property(completeCaseArb, ({ answers, today }) => {
          const a = okAssessment(assess(answers, today));
          expect(a.tier).to.equal(expectedTier(answers, today));
          const days = expectedDays(answers.onset!, today);
          expect(a.daysSinceStart).to.equal(days);
          expect(a.phase).to.equal(expectedPhase(days, answers.onset!));
        }),
        RUNS,
      );
    });
  });

  describe('(2) no plan before the red flags are answered', () => {
    it('leaving out any one red flag answer gives missing, not a plan', () => {
      fc.assert(
        fc.property(completeCaseArb, fc.constantFrom(...RED_FLAGS), ({ answers, today }, left) => {
          // A pregnancy sign is asked (and so may be missing) only when pregnant.
          fc.pre(answers.pregnant === true || !PREGNANCY_FINDINGS.includes(left as never));
          const redFlags = Object.fromEntries(RED_FLAGS.map((id) => [id, false]));
          delete redFlags[left];
          const result = assess({ ...answers, redFlags, noRedFlags: false }, today);
          expect(result.ok).to.equal(false);
          if (!result.ok) {
            expect(result.issues).to.deep.include({
              question: 'redFlags',
              problem: 'missing',
              detail: `Red flag ${left} is not answered.`,
              field: `redFlags.${left}`,
            });
          }
        }),
        RUNS,
      );
    });

    it('leaving out onset, history or age band gives missing, not a plan', () => {
      fc.assert(
        fc.property(
          completeCaseArb,
          fc.constantFrom('onset', 'history', 'ageBand') as fc.Arbitrary<
            'onset' | 'history' | 'ageBand'
          >,
          ({ answers, today }, left) => {
            const partial: Partial<Answers> = { ...answers, redFlags: {}, noRedFlags: true };
            delete partial[left];
            const result = assess(partial, today);
            expect(result.ok).to.equal(false);
            if (!result.ok) {
              expect(result.issues.map((i) => [i.question, i.problem])).to.deep.include([
                left,
                'missing',
              ]);
            }
          },
        ),
        RUNS,
      );
    });

    it('an emergency with nothing else answered still gives no self-care plan', () => {
      for (const id of EMERGENCY_FINDINGS) {
        const a = okAssessment(assess({ redFlags: { [id]: true } }, TODAY));
        expect(a.phase).to.equal(null);
        expect(a.daysSinceStart).to.equal(null);
        expect(a.steps.map((s) => s.group)).to.not.include('right-now');
        expect(a.recheck).to.deep.equal([{ day: 0, date: null, action: 'call-emergency-now' }]);
      }
    });
  });

  describe('(3) anti-inflammatory medicines', () => {
    it('never for pregnancy, a caution, or under 16; aspirin warning under 16', () => {
      fc.assert(
        fc.property(
          completeCaseArb,
          fc.constantFrom(...MEDICINE_FACTS, 'under-16'),
          ({ answers, today }, reason) => {
            const input: Answers =
              reason === 'under-16'
                ? { ...answers, ageBand: 'under-16' }
                : { ...answers, medicineFacts: { [reason]: true } };
            const result = assess(input, today);
            const a = okAssessment(result);
            expect(a.steps.some((s) => stepHasTag(s.id, 'nsaid'))).to.equal(false);
            if (a.tier !== 'emergency') {
              expect(a.steps.map((s) => s.id)).to.include(
                input.pregnant ? 'pregnancy-painkillers' : 'ask-pharmacist-before-nsaid',
              );
            }
            if (reason === 'under-16' && a.tier !== 'emergency') {
              expect(a.warnings).to.include('no-aspirin-under-16');
            }
            expectNoViolations(input, result, today);
          },
        ),
        RUNS,
      );
    });

    it('only with both cautions; at 65 and over, ask a pharmacist first instead', () => {
      fc.assert(
        fc.property(completeCaseArb, ({ answers, today }) => {
          const input: Answers = {
            ...answers,
            redFlags: {},
            noRedFlags: true,
            pregnant: false,
            medicineFacts: { none: true },
          };
          const a = okAssessment(assess(input, today));
          const nsaid = a.steps.find((s) => s.id === 'nsaid-over-the-counter');
          if (answers.ageBand === 'under-16' || answers.ageBand === '65-plus') {
            expect(nsaid).to.equal(undefined);
            const ask = a.steps.find((s) => s.id === 'ask-pharmacist-before-nsaid');
            expect(ask, 'ask-pharmacist step').to.not.equal(undefined);
            if (answers.ageBand === '65-plus') expect(ask!.warnings).to.include('nsaid-over-65');
            return;
          }
          expect(nsaid, 'NSAID step').to.not.equal(undefined);
          expect(nsaid!.warnings).to.deep.equal(['nsaid-ask-first', 'nsaid-label-and-food']);
        }),
        RUNS,
      );
    });
  });

  describe('(5) exercises', () => {
    it('never in the first days', () => {
      fc.assert(
        fc.property(
          completeCaseArb,
          fc.constantFrom(
            { kind: 'span', span: 'today' },
            { kind: 'span', span: '1-2-days' },
            { kind: 'duration', value: 47.9, unit: 'hours' },
            { kind: 'duration', value: 1, unit: 'days' },
            { kind: 'date', date: TODAY },
          ) as fc.Arbitrary<Answers['onset']>,
          ({ answers }, onset) => {
            const rest: Answers = { ...answers, onset };
            delete rest.selfCareDays;
            const a = okAssessment(assess(rest, TODAY));
            if (a.tier !== 'emergency') expect(a.phase).to.equal('first-days');
            expect(a.steps.some((s) => stepHasTag(s.id, 'exercise'))).to.equal(false);
          },
        ),
        RUNS,
      );
    });
  });

  describe('(6) no contradictions', () => {
    it('heat made it worse: cold only, never heat', () => {
      fc.assert(
        fc.property(completeCaseArb, ({ answers, today }) => {
          const a = okAssessment(assess({ ...answers, heatMadeWorse: true }, today));
          const ids = a.steps.map((s) => s.id);
          expect(ids).to.not.include('heat-pack');
          if (a.tier !== 'emergency') {
            expect(ids).to.include('cold-pack');
            expect(a.warnings).to.include('heat-made-worse-use-cold');
          }
        }),
        RUNS,
      );
    });
  });

  describe('(8) totality and determinism', () => {
    it('never throws on anything, and answers the same twice', () => {
      fc.assert(
        fc.property(
          fc.anything({ withBoxedValues: true, withNullPrototype: true }),
          todayArb,
          (input, today) => {
            const first = assess(input, today);
            const second = assess(input, today);
            expect(JSON.stringify(first)).to.equal(JSON.stringify(second));
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('never throws on hostile objects or a bad today', () => {
      const throwing = new Proxy(
        {},
        {
          get() {
            throw new Error('no');
          },
          ownKeys() {
            throw new Error('no');
          },
        },
      );
      const { proxy: revoked, revoke } = Proxy.revocable({}, {});
      revoke();
      const getters = {
        get version() {
          return 2;
        },
        get redFlags() {
          throw new Error('no');
        },
      };
      let calls = 0;
      const changing = {
        get noRedFlags() {
          calls += 1;
          return calls % 2 === 1;
        },
        version: 2,
        redFlags: {},
        pregnant: false,
        onset: { kind: 'span', span: 'today' },
        history: 'first-time',
        ageBand: '18-49',
      };
      const inputs: unknown[] = [
        null,
        undefined,
        0,
        NaN,
        '',
        'answers',
        [],
        [1, 2],
        Symbol('x'),
        () => 1,
        10n,
        new Date(),
        throwing,
        revoked,
        getters,
        changing,
        { version: 2, redFlags: throwing, onset: revoked, tried: throwing },
        { version: 2, redFlags: [], tried: { length: 1e9 } },
        { version: 2, tried: new Array(1e6) },
      ];
      for (const input of inputs) {
        for (const today of [TODAY, new Date(2025, 2, 10), new Date(NaN), 'nonsense', '']) {
          expect(() => assess(input, today as string)).to.not.throw();
        }
      }
      // The getter answers differently each time it is read; assess reads it exactly once.
      calls = 0;
      expect(assess(changing, TODAY).ok).to.equal(true);
      calls = 1;
      expect(assess(changing, TODAY).ok).to.equal(false);
    });

    it('treats getters that return plain data like plain data', () => {
      const plain = validAnswers({ history: 'a-few-times' });
      const withGetters = {
        get version() {
          return 2;
        },
        get redFlags() {
          return {};
        },
        get noRedFlags() {
          return true;
        },
        get pregnant() {
          return false;
        },
        get onset() {
          return { kind: 'span', span: '3-7-days' };
        },
        get history() {
          return 'a-few-times';
        },
        get ageBand() {
          return '18-49';
        },
      };
      expect(assess(withGetters, TODAY)).to.deep.equal(assess(plain, TODAY));
    });
  });
});
