import { expect } from '@open-wc/testing';
import { assess, validateAnswers, type ValidationIssue } from '../../src/clinical/index.js';
import { TODAY } from './support.js';

const VALID = {
  version: 2,
  redFlags: {},
  noRedFlags: true,
  pregnant: false,
  onset: { kind: 'span', span: '3-7-days' },
  history: 'a-few-times',
  ageBand: '18-49',
  medicineFacts: { none: true },
  severity: 'moderate',
  trend: 'better',
} as const;

function issuesOf(input: unknown, today: string = TODAY): ValidationIssue[] {
  const result = assess(input, today);
  expect(result.ok, 'no plan for invalid input').to.equal(false);
  if (result.ok) return [];
  expect(validateAnswers(input, today)).to.deep.equal(result.issues);
  return result.issues;
}

function expectIssue(
  input: unknown,
  question: ValidationIssue['question'],
  problem: ValidationIssue['problem'],
  field?: string,
  today?: string,
) {
  const issues = issuesOf(input, today);
  const match = issues.find(
    (i) =>
      i.question === question &&
      i.problem === problem &&
      (field === undefined || i.field === field),
  );
  expect(match, JSON.stringify(issues)).to.not.equal(undefined);
}

describe('clinical validation', () => {
  it('accepts the valid baseline', () => {
    expect(validateAnswers(VALID, TODAY)).to.deep.equal([]);
    expect(assess(VALID, TODAY).ok).to.equal(true);
  });

  it('rejects garbage', () => {
    for (const input of [null, undefined, 42, 'answers', [], [VALID], true]) {
      expectIssue(input, 'version', 'malformed');
    }
  });

  it('rejects a wrong or missing version', () => {
    expectIssue({ ...VALID, version: 1 }, 'version', 'unknown-value', 'version');
    expectIssue({ ...VALID, version: '2' }, 'version', 'malformed', 'version');
    const noVersion: Record<string, unknown> = { ...VALID };
    delete noVersion.version;
    expectIssue(noVersion, 'version', 'missing', 'version');
  });

  it('rejects unknown fields and unknown red flags', () => {
    expectIssue({ ...VALID, heatMadeWorst: true }, 'version', 'unknown-value', 'heatMadeWorst');
    expectIssue(
      { ...VALID, redFlags: { 'back-ache': false } },
      'redFlags',
      'unknown-value',
      'redFlags.back-ache',
    );
  });

  it('rejects non-boolean answers', () => {
    expectIssue({ ...VALID, redFlags: { fever: 'no' } }, 'redFlags', 'malformed', 'redFlags.fever');
    expectIssue({ ...VALID, redFlags: { fever: null } }, 'redFlags', 'malformed', 'redFlags.fever');
    expectIssue({ ...VALID, noRedFlags: 'yes' }, 'redFlags', 'malformed', 'noRedFlags');
    expectIssue({ ...VALID, redFlags: [] }, 'redFlags', 'malformed', 'redFlags');
    expectIssue({ ...VALID, heatMadeWorse: 1 }, 'heatMadeWorse', 'malformed');
    expectIssue({ ...VALID, stopsDailyActivities: 'no' }, 'stopsDailyActivities', 'malformed');
    expectIssue({ ...VALID, strugglingToCope: {} }, 'strugglingToCope', 'malformed');
    expectIssue(
      { ...VALID, medicineFacts: { 'daily-medicines': 'no' } },
      'medicineFacts',
      'malformed',
    );
    expectIssue({ ...VALID, medicineFacts: 'none' }, 'medicineFacts', 'malformed');
  });

  it('rejects "none of these" together with a finding (urgent; emergency still wins)', () => {
    expectIssue({ ...VALID, redFlags: { fever: true } }, 'redFlags', 'contradictory', 'noRedFlags');
    const emergency = assess({ ...VALID, redFlags: { 'chest-pain': true } }, TODAY);
    expect(emergency.ok && emergency.assessment.tier).to.equal('emergency');
    expect(validateAnswers({ ...VALID, redFlags: { 'chest-pain': true } }, TODAY)).to.deep.include({
      question: 'redFlags',
      problem: 'contradictory',
      detail: '"None of these" is ticked together with a red-flag finding.',
      field: 'noRedFlags',
    });
    expectIssue(
      { ...VALID, medicineFacts: { none: true, 'heart-kidney-liver-or-blood-pressure': true } },
      'medicineFacts',
      'contradictory',
    );
  });

  it('rejects negative, NaN, infinite and huge durations', () => {
    const onset = (value: unknown, unit: unknown = 'days') => ({
      ...VALID,
      onset: { kind: 'duration', value, unit },
    });
    expectIssue(onset(-1), 'onset', 'impossible', 'onset.value');
    expectIssue(onset(-0.5, 'hours'), 'onset', 'impossible', 'onset.value');
    expectIssue(onset(NaN), 'onset', 'malformed', 'onset.value');
    expectIssue(onset(Infinity), 'onset', 'malformed', 'onset.value');
    expectIssue(onset('3'), 'onset', 'malformed', 'onset.value');
    expectIssue(onset(1e9, 'weeks'), 'onset', 'impossible', 'onset.value');
    expectIssue(onset(3, 'months'), 'onset', 'unknown-value', 'onset.unit');
    expectIssue(onset(undefined), 'onset', 'missing', 'onset.value');
  });

  it('rejects malformed, impossible and future start dates', () => {
    const onset = (date: unknown) => ({ ...VALID, onset: { kind: 'date', date } });
    expectIssue(onset('2025-03-11'), 'onset', 'impossible', 'onset.date');
    expectIssue(onset('2030-01-01'), 'onset', 'impossible', 'onset.date');
    expectIssue(onset('2025-02-30'), 'onset', 'malformed', 'onset.date');
    expectIssue(onset('10/03/2025'), 'onset', 'malformed', 'onset.date');
    expectIssue(onset('2025-3-1'), 'onset', 'malformed', 'onset.date');
    expectIssue(onset(20250301), 'onset', 'malformed', 'onset.date');
    expectIssue(onset('1800-01-01'), 'onset', 'impossible', 'onset.date');
    expect(assess(onset('2025-03-10'), TODAY).ok).to.equal(true);
    expect(assess(onset('2024-02-29'), TODAY).ok).to.equal(true);
  });

  it('rejects unknown enum values', () => {
    expectIssue(
      { ...VALID, onset: { kind: 'span', span: 'ages' } },
      'onset',
      'unknown-value',
      'onset.span',
    );
    expectIssue({ ...VALID, onset: { kind: 'when' } }, 'onset', 'unknown-value', 'onset.kind');
    expectIssue(
      { ...VALID, onset: { kind: 'span', span: 'today', date: TODAY } },
      'onset',
      'unknown-value',
      'onset.date',
    );
    expectIssue({ ...VALID, history: 'never' }, 'history', 'unknown-value');
    expectIssue({ ...VALID, ageBand: '30' }, 'ageBand', 'unknown-value');
    expectIssue({ ...VALID, ageBand: 30 }, 'ageBand', 'malformed');
    expectIssue({ ...VALID, severity: 'awful' }, 'severity', 'unknown-value');
    expectIssue({ ...VALID, trend: 'up' }, 'trend', 'unknown-value');
    expectIssue({ ...VALID, tried: ['heat', 'magnets'] }, 'tried', 'unknown-value', 'tried.1');
    expectIssue({ ...VALID, tried: 'heat' }, 'tried', 'malformed');
    expectIssue({ ...VALID, medicineFacts: { diabetes: true } }, 'medicineFacts', 'unknown-value');
  });

  it('rejects impossible self-care days', () => {
    expectIssue({ ...VALID, selfCareDays: -2 }, 'selfCareDays', 'impossible');
    expectIssue({ ...VALID, selfCareDays: NaN }, 'selfCareDays', 'malformed');
    expectIssue({ ...VALID, selfCareDays: 30 }, 'selfCareDays', 'contradictory');
    expect(assess({ ...VALID, selfCareDays: 7 }, TODAY).ok).to.equal(true);
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
    expectIssue(VALID, 'onset', 'malformed', 'today', 'yesterday');
    expect(validateAnswers(VALID, 'soon')).to.deep.include({
      question: 'onset',
      problem: 'malformed',
      field: 'today',
      detail: "today must be a valid Date or a 'YYYY-MM-DD' string.",
    });
  });

  it('checks the future against the real date when today is omitted', () => {
    expect(
      validateAnswers({ ...VALID, onset: { kind: 'date', date: '9999-01-01' } }),
    ).to.have.length(1);
    expect(validateAnswers(VALID)).to.deep.equal([]);
  });
});
