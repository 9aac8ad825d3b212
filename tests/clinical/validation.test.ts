import { expect } from '@open-wc/testing';
import {
  assess,
  validateAnswers,
  type Answers,
  type ValidationIssue,
} from '../../src/clinical/index.js';
import { readPartialAnswers } from '../../src/clinical/validate.js';
import { validAnswers } from '../support/answers.js';
import { TODAY } from './support.js';

const VALID = validAnswers({
  history: 'a-few-times',
  medicineFacts: { none: true },
  severity: 'moderate',
  trend: 'better',
});

/** VALID with some fields replaced by anything (or removed, with undefined). */
function withValues(patch: Record<string, unknown>): unknown {
  const input: Record<string, unknown> = { ...VALID, ...patch };
  for (const key of Object.keys(patch)) if (patch[key] === undefined) delete input[key];
  return input;
}
const duration = (value: unknown, unit: unknown = 'days') =>
  withValues({ onset: { kind: 'duration', value, unit } });
const startDate = (date: unknown) => withValues({ onset: { kind: 'date', date } });

type Expected = [ValidationIssue['question'], ValidationIssue['problem'], string?];

/** Each input, and one issue it must have (assess and validateAnswers agree on all of them). */
const INVALID: [string, unknown, Expected, string?][] = [
  ['null', null, ['version', 'malformed']],
  ['undefined', undefined, ['version', 'malformed']],
  ['a number', 42, ['version', 'malformed']],
  ['a string', 'answers', ['version', 'malformed']],
  ['an empty array', [], ['version', 'malformed']],
  ['answers in an array', [VALID], ['version', 'malformed']],
  ['true', true, ['version', 'malformed']],
  ['version 1', withValues({ version: 1 }), ['version', 'unknown-value', 'version']],
  ['version "2"', withValues({ version: '2' }), ['version', 'malformed', 'version']],
  ['no version', withValues({ version: undefined }), ['version', 'missing', 'version']],
  [
    'an unknown field',
    withValues({ heatMadeWorst: true }),
    ['version', 'unknown-value', 'heatMadeWorst'],
  ],
  [
    'an unknown red flag',
    withValues({ redFlags: { 'back-ache': false } }),
    ['redFlags', 'unknown-value', 'redFlags.back-ache'],
  ],
  [
    'a red flag "no"',
    withValues({ redFlags: { fever: 'no' } }),
    ['redFlags', 'malformed', 'redFlags.fever'],
  ],
  [
    'a red flag null',
    withValues({ redFlags: { fever: null } }),
    ['redFlags', 'malformed', 'redFlags.fever'],
  ],
  ['noRedFlags "yes"', withValues({ noRedFlags: 'yes' }), ['redFlags', 'malformed', 'noRedFlags']],
  ['red flags as an array', withValues({ redFlags: [] }), ['redFlags', 'malformed', 'redFlags']],
  ['heatMadeWorse 1', withValues({ heatMadeWorse: 1 }), ['heatMadeWorse', 'malformed']],
  [
    'stopsDailyActivities "no"',
    withValues({ stopsDailyActivities: 'no' }),
    ['stopsDailyActivities', 'malformed'],
  ],
  ['strugglingToCope {}', withValues({ strugglingToCope: {} }), ['strugglingToCope', 'malformed']],
  [
    'a medicine fact "no"',
    withValues({ medicineFacts: { 'daily-medicines': 'no' } }),
    ['medicineFacts', 'malformed'],
  ],
  ['medicineFacts "none"', withValues({ medicineFacts: 'none' }), ['medicineFacts', 'malformed']],
  [
    '"none of these" with an urgent finding',
    withValues({ redFlags: { fever: true } }),
    ['redFlags', 'contradictory', 'noRedFlags'],
  ],
  [
    'no medicine fact together with one',
    withValues({ medicineFacts: { none: true, 'heart-kidney-liver-or-blood-pressure': true } }),
    ['medicineFacts', 'contradictory'],
  ],
  ['a negative duration', duration(-1), ['onset', 'impossible', 'onset.value']],
  ['a negative duration in hours', duration(-0.5, 'hours'), ['onset', 'impossible', 'onset.value']],
  ['a NaN duration', duration(NaN), ['onset', 'malformed', 'onset.value']],
  ['an infinite duration', duration(Infinity), ['onset', 'malformed', 'onset.value']],
  ['a duration as a string', duration('3'), ['onset', 'malformed', 'onset.value']],
  ['a duration over 100 years', duration(1e9, 'weeks'), ['onset', 'impossible', 'onset.value']],
  ['a duration in months', duration(3, 'months'), ['onset', 'unknown-value', 'onset.unit']],
  ['a duration without a value', duration(undefined), ['onset', 'missing', 'onset.value']],
  ['a start date in the future', startDate('2025-03-11'), ['onset', 'impossible', 'onset.date']],
  ['a start date years ahead', startDate('2030-01-01'), ['onset', 'impossible', 'onset.date']],
  ['30 February', startDate('2025-02-30'), ['onset', 'malformed', 'onset.date']],
  ['a date as dd/mm/yyyy', startDate('10/03/2025'), ['onset', 'malformed', 'onset.date']],
  ['a date without zeros', startDate('2025-3-1'), ['onset', 'malformed', 'onset.date']],
  ['a date as a number', startDate(20250301), ['onset', 'malformed', 'onset.date']],
  ['a start over 100 years ago', startDate('1800-01-01'), ['onset', 'impossible', 'onset.date']],
  [
    'an unknown span',
    withValues({ onset: { kind: 'span', span: 'ages' } }),
    ['onset', 'unknown-value', 'onset.span'],
  ],
  [
    'an unknown kind of onset',
    withValues({ onset: { kind: 'when' } }),
    ['onset', 'unknown-value', 'onset.kind'],
  ],
  [
    'a span with a date',
    withValues({ onset: { kind: 'span', span: 'today', date: TODAY } }),
    ['onset', 'unknown-value', 'onset.date'],
  ],
  ['an unknown history', withValues({ history: 'never' }), ['history', 'unknown-value']],
  ['an unknown age band', withValues({ ageBand: '30' }), ['ageBand', 'unknown-value']],
  ['an age band as a number', withValues({ ageBand: 30 }), ['ageBand', 'malformed']],
  ['an unknown severity', withValues({ severity: 'awful' }), ['severity', 'unknown-value']],
  ['an unknown trend', withValues({ trend: 'up' }), ['trend', 'unknown-value']],
  [
    'an unknown medicine fact',
    withValues({ medicineFacts: { diabetes: true } }),
    ['medicineFacts', 'unknown-value'],
  ],
  ['negative self-care days', withValues({ selfCareDays: -2 }), ['selfCareDays', 'impossible']],
  ['NaN self-care days', withValues({ selfCareDays: NaN }), ['selfCareDays', 'malformed']],
  [
    'more self-care days than the spasm has lasted',
    withValues({ selfCareDays: 30 }),
    ['selfCareDays', 'contradictory'],
  ],
  ['a today that is not a date', VALID, ['onset', 'malformed', 'today'], 'yesterday'],
];

/** Inputs that give a plan. */
const VALID_INPUTS: [string, unknown][] = [
  ['the baseline', VALID],
  ['a start date today', startDate('2025-03-10')],
  ['a start date on 29 February', startDate('2024-02-29')],
  ['seven days of self-care', withValues({ selfCareDays: 7 })],
  ['a version-2 tried list (retired, ignored)', withValues({ tried: ['heat', 'walking'] })],
];

/** The one policy for answers part-way through (the `answers` property, stored answers). */
const PARTIAL: [string, unknown, boolean][] = [
  ['nothing answered yet', { version: 2, redFlags: {} }, true],
  ['only some red flags', { version: 2, redFlags: { fever: false } }, true],
  ['the red flags and a whole onset', { ...VALID, history: undefined, ageBand: undefined }, true],
  [
    'half an onset (no unit)',
    { version: 2, redFlags: {}, onset: { kind: 'duration', value: 3 } },
    false,
  ],
  ['half an onset (no span)', { version: 2, redFlags: {}, onset: { kind: 'span' } }, false],
  ['a wrong answer', { version: 2, redFlags: {}, trend: 'up' }, false],
  ['no version', { redFlags: {} }, false],
];

function issuesOf(input: unknown, today: string = TODAY): ValidationIssue[] {
  const result = assess(input, today);
  expect(result.ok, 'no plan for invalid input').to.equal(false);
  if (result.ok) return [];
  expect(validateAnswers(input, today)).to.deep.equal(result.issues);
  return result.issues;
}

describe('clinical validation', () => {
  for (const [name, input, [question, problem, field], today] of INVALID) {
    it(`rejects ${name}: ${question} ${problem}${field ? ` (${field})` : ''}`, () => {
      const issues = issuesOf(input, today);
      const match = issues.find(
        (i) =>
          i.question === question &&
          i.problem === problem &&
          (field === undefined || i.field === field),
      );
      expect(match, JSON.stringify(issues)).to.not.equal(undefined);
    });
  }

  for (const [name, input] of VALID_INPUTS) {
    it(`accepts ${name}`, () => {
      expect(validateAnswers(input, TODAY)).to.deep.equal([]);
      expect(assess(input, TODAY).ok).to.equal(true);
    });
  }

  for (const [name, input, accepted] of PARTIAL) {
    it(`${accepted ? 'keeps' : 'refuses'} answers part-way through: ${name}`, () => {
      const answers = readPartialAnswers(input, TODAY);
      expect(answers !== undefined).to.equal(accepted);
      const allowMissing = validateAnswers(input, TODAY, { allowMissing: true });
      expect(allowMissing.length === 0).to.equal(accepted);
    });
  }

  it('keeps only the contract: a retired tried list is not in the answers', () => {
    const answers = readPartialAnswers({ version: 2, redFlags: {}, tried: ['heat'] }, TODAY);
    expect(answers).to.deep.equal({ version: 2, redFlags: {} } satisfies Answers);
  });

  it('still gives the emergency when "none of these" is ticked with an emergency finding', () => {
    const input = withValues({ redFlags: { 'chest-pain': true } });
    const emergency = assess(input, TODAY);
    expect(emergency.ok && emergency.assessment.tier).to.equal('emergency');
    expect(validateAnswers(input, TODAY)).to.deep.include({
      question: 'redFlags',
      problem: 'contradictory',
      detail: '"None of these" is ticked together with a red-flag finding.',
      field: 'noRedFlags',
    });
  });

  it('reports missing answers, and allowMissing leaves them out', () => {
    const partial = { version: 2, redFlags: { fever: false } };
    const issues = issuesOf(partial);
    const missing = issues.filter((i) => i.problem === 'missing').map((i) => i.field);
    expect(missing).to.include.members(['redFlags.chest-pain', 'onset', 'history', 'ageBand']);
    expect(missing).to.not.include('redFlags.fever');
    expect(validateAnswers(partial, TODAY, { allowMissing: true })).to.deep.equal([]);
    expect(
      validateAnswers({ ...partial, trend: 'up' }, TODAY, { allowMissing: true }),
    ).to.have.length(1);
  });

  it('rejects a bad today without throwing', () => {
    expect(validateAnswers(VALID, 'soon')).to.deep.include({
      question: 'onset',
      problem: 'malformed',
      field: 'today',
      detail: "today must be a valid Date or a 'YYYY-MM-DD' string.",
    });
  });

  it('checks the future against the real date when today is omitted', () => {
    expect(validateAnswers(startDate('9999-01-01'))).to.have.length(1);
    expect(validateAnswers(VALID)).to.deep.equal([]);
  });
});
