/**
 * The Answers contract as a schema: one row per field, read once by `parseAnswers`, then the
 * checks across fields as named rules. Never throws. An issue names the question to go back
 * to, what is wrong, a developer-facing detail (English, never shown to the person) and the
 * path of the field.
 */
import { parseIsoDate, todayDayNumber } from './dates.js';
import { durationToDays, MAX_DAYS, onsetMaxDays, onsetToDays } from './phases.js';
import { askedRedFlags, RED_FLAG_IDS } from './red-flags.js';
import { readRecord, UNREADABLE } from './read.js';
import {
  AGE_BANDS,
  ANSWERS_VERSION,
  HISTORIES,
  MEDICINE_FACTS,
  ONSET_SPANS,
  SEVERITIES,
  TRENDS,
  type Answers,
  type Onset,
  type QuestionId,
  type ValidationIssue,
} from './types.js';

export interface ValidateOptions {
  /** Leave unanswered questions out (answers part-way through); what is answered must be whole. */
  allowMissing?: boolean;
}

type Problem = ValidationIssue['problem'];
type Report = (problem: Problem, field: string, detail: string) => undefined;
/** Reads one field: its valid value, or undefined once what is wrong has been reported. */
type Kind = (value: unknown, field: string, report: Report, todayDay?: number | null) => unknown;

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${short(value)}"`;
  if (typeof value === 'number' || value === null) return String(value);
  if (value === UNREADABLE) return 'an unreadable value';
  return `a value of type ${Array.isArray(value) ? 'array' : typeof value}`;
}

function unknownKeys(keys: string[], known: readonly string[], prefix: string, report: Report) {
  for (const key of keys.filter((name) => !known.includes(name))) {
    report('unknown-value', prefix + short(key), `Unknown field ${prefix}${short(key)}.`);
  }
}

const boolean: Kind = (value, field, report) =>
  typeof value === 'boolean'
    ? value
    : report('malformed', field, `${field} must be true or false, not ${describe(value)}.`);

const oneOf =
  (allowed: readonly (string | number)[]): Kind =>
  (value, field, report) =>
    allowed.includes(value as string)
      ? value
      : report(
          typeof value === typeof allowed[0] ? 'unknown-value' : 'malformed',
          field,
          `${field} ${describe(value)} is not one of: ${allowed.join(', ')}.`,
        );

/** A finite number from 0 to `max`. */
const amount =
  (max: number): Kind =>
  (value, field, report) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return report('malformed', field, `${field} must be a finite number: ${describe(value)}.`);
    }
    if (value < 0) return report('impossible', field, `${field} ${value} is negative.`);
    if (value > max) return report('impossible', field, `${field} ${value} is over 100 years.`);
    return value;
  };

/** Yes/no answers to the listed ids; an unanswered id is left out. */
const flags =
  (ids: readonly string[]): Kind =>
  (value, field, report) => {
    const record = readRecord(value, ids);
    if (!record) return report('malformed', field, `${field} must be an object.`);
    unknownKeys(record.keys, ids, `${field}.`, report);
    const answers: Record<string, unknown> = {};
    for (const id of ids.filter((key) => record.values[key] !== undefined)) {
      const answer = boolean(record.values[id], `${field}.${id}`, report);
      if (answer !== undefined) answers[id] = answer;
    }
    return answers;
  };

const startDate: Kind = (value, field, report, todayDay) => {
  const start = typeof value === 'string' ? parseIsoDate(value) : null;
  if (start === null) return report('malformed', field, `${field} ${describe(value)} is no date.`);
  if (todayDay != null && start > todayDay) {
    return report('impossible', field, `${field} is in the future.`);
  }
  if (todayDay != null && todayDay - start > MAX_DAYS) {
    return report('impossible', field, `${field} is more than 100 years ago.`);
  }
  return value;
};

/** Each kind of onset and its parts. */
const ONSET_PARTS: Record<Onset['kind'], Record<string, Kind>> = {
  span: { span: oneOf(ONSET_SPANS) },
  duration: { value: amount(Infinity), unit: oneOf(['hours', 'days', 'weeks']) },
  date: { date: startDate },
};

/** An onset is kept only whole: its kind and every part of that kind, each valid. */
const onset: Kind = (value, field, report, todayDay) => {
  const record = readRecord(value, ['kind', 'span', 'value', 'unit', 'date']);
  if (!record) return report('malformed', field, `${field} must be an object.`);
  const kind = oneOf(Object.keys(ONSET_PARTS))(record.values['kind'], `${field}.kind`, report);
  if (kind === undefined) return undefined;
  const parts = ONSET_PARTS[kind as Onset['kind']];
  let whole = true;
  const partReport: Report = (...issue) => ((whole = false), report(...issue));
  unknownKeys(record.keys, ['kind', ...Object.keys(parts)], `${field}.`, partReport);
  const result: Record<string, unknown> = { kind };
  for (const [part, check] of Object.entries(parts)) {
    const path = `${field}.${part}`;
    const partValue = record.values[part];
    if (partValue === undefined) partReport('missing', path, `${path} is not answered.`);
    else result[part] = check(partValue, path, partReport, todayDay);
  }
  const duration = result as Extract<Onset, { kind: 'duration' }>;
  if (whole && kind === 'duration' && durationToDays(duration.value, duration.unit) > MAX_DAYS) {
    partReport('impossible', `${field}.value`, `${field} is over 100 years.`);
  }
  return whole ? result : undefined;
};

/** Retired (no rule read it): still accepted, so version-2 answers that carry it stay valid. */
const ignored: Kind = () => undefined;

interface FieldRow {
  field: string;
  kind: Kind;
  /** `for a plan`: may be unanswered part-way through (`allowMissing`). Default: optional. */
  required?: 'always' | 'for a plan';
  /** The question an issue sends the person back to, when it is not `field`. */
  question?: QuestionId;
}

/** The Answers contract, one row per field, in the order the questions are asked. */
export const ANSWER_FIELDS: readonly FieldRow[] = [
  { field: 'version', kind: oneOf([ANSWERS_VERSION]), required: 'always' },
  { field: 'redFlags', kind: flags(RED_FLAG_IDS) }, // each one asked: see ANSWER_RULES
  { field: 'noRedFlags', kind: boolean, question: 'redFlags' },
  { field: 'pregnant', kind: boolean, required: 'for a plan' },
  { field: 'onset', kind: onset, required: 'for a plan' },
  { field: 'history', kind: oneOf(HISTORIES), required: 'for a plan' },
  { field: 'ageBand', kind: oneOf(AGE_BANDS), required: 'for a plan' },
  { field: 'medicineFacts', kind: flags([...MEDICINE_FACTS, 'none']) },
  { field: 'severity', kind: oneOf(SEVERITIES) },
  { field: 'oneLegSymptoms', kind: boolean },
  { field: 'stopsDailyActivities', kind: boolean },
  { field: 'strugglingToCope', kind: boolean },
  { field: 'trend', kind: oneOf(TRENDS) },
  { field: 'heatMadeWorse', kind: boolean },
  { field: 'tried', kind: ignored },
  { field: 'selfCareDays', kind: amount(MAX_DAYS) },
];

interface RuleContext {
  answers: Answers; // the well-formed answers only
  todayDay: number | null;
  complete: boolean; // unanswered questions count: a plan is asked for, not `allowMissing`
  flagged: ReadonlySet<string | undefined>; // fields that already have an issue
}

export interface AnswersRule {
  name: string;
  problem: Problem;
  /** The fields that break the rule (an issue is about the question of the field's row). */
  breaking: (context: RuleContext) => string[];
  detail: (field: string) => string;
}

const anyTrue = (record: Partial<Record<string, boolean>> = {}, ids: readonly string[]) =>
  ids.some((id) => record[id] === true);

/** The checks across fields, in the style of SOON_RULES. */
export const ANSWER_RULES: readonly AnswersRule[] = [
  {
    name: 'none-of-these-means-no-red-flag',
    problem: 'contradictory',
    breaking: ({ answers: { noRedFlags, redFlags } }) =>
      noRedFlags === true && anyTrue(redFlags, RED_FLAG_IDS) ? ['noRedFlags'] : [],
    detail: () => '"None of these" is ticked together with a red-flag finding.',
  },
  {
    name: 'none-of-these-means-no-medicine-fact',
    problem: 'contradictory',
    breaking: ({ answers: { medicineFacts: facts } }) =>
      facts?.none === true && anyTrue(facts, MEDICINE_FACTS) ? ['medicineFacts.none'] : [],
    detail: () => '"None of these" is ticked together with a medicine fact.',
  },
  {
    name: 'every-asked-red-flag-is-answered',
    problem: 'missing',
    breaking: ({ answers, complete, flagged }) =>
      !complete || answers.noRedFlags === true || flagged.has('redFlags')
        ? []
        : askedRedFlags(answers.pregnant === true)
            .filter((id) => answers.redFlags[id] === undefined)
            .map((id) => `redFlags.${id}`)
            .filter((field) => !flagged.has(field)),
    detail: (field) => `Red flag ${field.slice('redFlags.'.length)} is not answered.`,
  },
  {
    name: 'self-care-no-longer-than-the-spasm',
    problem: 'contradictory',
    breaking: ({ answers: { onset, selfCareDays = 0 }, todayDay }) => {
      const start = onset?.kind === 'date' ? parseIsoDate(onset.date) : null;
      const since = onset ? onsetToDays(onset, todayDay, start) : null;
      const most = onset && since !== null ? onsetMaxDays(onset, since) + 1 : Infinity;
      return selfCareDays > most ? ['selfCareDays'] : [];
    },
    detail: () => 'selfCareDays is longer than the time since the spasm started.',
  },
];

const issue = (question: QuestionId, problem: Problem, field: string, detail: string) =>
  (field ? { question, problem, detail, field } : { question, problem, detail }) as ValidationIssue;

const FIELDS = ANSWER_FIELDS.map((row) => row.field);
const questionOf = (path: string) => {
  const row = ANSWER_FIELDS.find(({ field }) => field === path.split('.')[0]);
  return row?.question ?? (row?.field as QuestionId);
};

/**
 * Reads unknown input once against the schema, then applies the rules. `answers` holds every
 * well-formed field (an emergency is read from them, whatever else is wrong); `issues` is empty
 * exactly when the answers give a plan (with `allowMissing`: when the answers so far are
 * valid). `today` (a Date or `YYYY-MM-DD`) is what "in the future" is measured against.
 */
export function parseAnswers(input: unknown, today: unknown, options: ValidateOptions = {}) {
  const answers: Answers = { version: ANSWERS_VERSION, redFlags: {} };
  const issues: ValidationIssue[] = [];
  const complete = options.allowMissing !== true;
  try {
    const todayDay = todayDayNumber(today);
    const record = readRecord(input, FIELDS);
    if (!record) issues.push(issue('version', 'malformed', '', 'The answers must be an object.'));
    else {
      const top: Report = (...args) => void issues.push(issue('version', ...args));
      unknownKeys(record.keys, FIELDS, '', top);
      for (const { field, kind, required } of ANSWER_FIELDS) {
        const value = record.values[field];
        const report: Report = (...args) => void issues.push(issue(questionOf(field), ...args));
        if (value === undefined && (required === 'always' || (required && complete))) {
          report('missing', field, `${field} is not answered.`);
        }
        const parsed = value === undefined ? undefined : kind(value, field, report, todayDay);
        if (parsed !== undefined) Object.assign(answers, { [field]: parsed });
      }
      const flagged = new Set(issues.map((found) => found.field));
      for (const rule of ANSWER_RULES) {
        for (const field of rule.breaking({ answers, todayDay, complete, flagged })) {
          issues.push(issue(questionOf(field), rule.problem, field, rule.detail(field)));
        }
      }
    }
    const badToday = "today must be a valid Date or a 'YYYY-MM-DD' string.";
    if (todayDay === null) issues.push(issue('onset', 'malformed', 'today', badToday));
    return { answers, issues };
  } catch {
    const unreadable = issue('version', 'malformed', '', 'The answers could not be read.');
    return { answers, issues: [unreadable] };
  }
}

/**
 * The issues of unknown input: [] when `assess` would give a plan. Unanswered questions are
 * `missing` unless `options.allowMissing`. When `today` is omitted the current date is used,
 * which is the only impure path in the clinical core.
 */
export function validateAnswers(
  input: unknown,
  today?: Date | string,
  options: ValidateOptions = {},
): ValidationIssue[] {
  return parseAnswers(input, today ?? new Date(), options).issues;
}

/**
 * The one policy for answers part-way through (the `answers` property, stored answers):
 * questions may be unanswered, but whatever is answered must be whole and valid.
 */
export function readPartialAnswers(input: unknown, today: Date | string): Answers | undefined {
  const { answers, issues } = parseAnswers(input, today, { allowMissing: true });
  return issues.length === 0 ? answers : undefined;
}
