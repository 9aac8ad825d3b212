/**
 * Validation of unknown input against the Answers contract. Never throws. Issues carry the
 * question they belong to, what is wrong, a developer-facing detail (English, not shown to
 * the person) and the path of the field.
 */
import { todayDayNumber, parseIsoDate } from './dates.js';
import { MAX_DAYS, durationToDays, onsetMaxDays, onsetToDays } from './phases.js';
import { askedRedFlags, isRedFlagId, RED_FLAG_IDS } from './red-flags.js';
import {
  isOnsetSpan,
  MAX_LIST,
  snapshot,
  TOP_LEVEL_KEYS,
  UNREADABLE,
  type RecordSnapshot,
  type Snapshot,
} from './read.js';
import {
  AGE_BANDS,
  ANSWERS_VERSION,
  HISTORIES,
  MEDICINE_FACTS,
  ONSET_SPANS,
  SEVERITIES,
  TRENDS,
  TRIED_METHODS,
  type Answers,
  type MedicineFact,
  type Onset,
  type QuestionId,
  type RedFlagId,
  type TriedMethod,
  type ValidationIssue,
} from './types.js';

export interface ValidateOptions {
  /**
   * When true, unanswered required questions are not reported, so a partly filled form can
   * be checked for wrong values as the person goes. Default false: report them as `missing`.
   */
  allowMissing?: boolean;
}

/** Detail of the issue for an unusable `today` argument. */
export const TODAY_MALFORMED = "today must be a valid Date or a 'YYYY-MM-DD' string.";

const ONSET_KINDS = ['span', 'duration', 'date'] as const;
const DURATION_UNITS = ['hours', 'days', 'weeks'] as const;
const ONSET_KEYS_BY_KIND = {
  span: ['kind', 'span'],
  duration: ['kind', 'value', 'unit'],
  date: ['kind', 'date'],
} as const;

function describe(value: unknown): string {
  if (value === UNREADABLE) return 'an unreadable value';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return String(value);
  return `a value of type ${typeof value}`;
}

function shortKey(key: string): string {
  return key.length > 40 ? `${key.slice(0, 40)}…` : key;
}

class IssueList {
  readonly issues: ValidationIssue[] = [];

  add(
    question: QuestionId,
    problem: ValidationIssue['problem'],
    field: string,
    detail: string,
  ): void {
    this.issues.push(
      field === '' ? { question, problem, detail } : { question, problem, detail, field },
    );
  }

  /** An enum answer: a string outside the list is an unknown value, anything else malformed. */
  oneOf(
    question: QuestionId,
    field: string,
    value: unknown,
    allowed: readonly string[],
    required: boolean,
  ): void {
    if (value === undefined) {
      if (required) this.add(question, 'missing', field, `${field} is not answered.`);
      return;
    }
    if (typeof value === 'string' && allowed.includes(value)) return;
    if (typeof value === 'string') {
      this.add(
        question,
        'unknown-value',
        field,
        `${field} ${describe(value)} is not one of: ${allowed.join(', ')}.`,
      );
      return;
    }
    this.add(question, 'malformed', field, `${field} must be a string, not ${describe(value)}.`);
  }

  boolean(question: QuestionId, field: string, value: unknown): void {
    if (value === undefined || typeof value === 'boolean') return;
    this.add(
      question,
      'malformed',
      field,
      `${field} must be true or false, not ${describe(value)}.`,
    );
  }
}

function checkUnknownKeys(
  list: IssueList,
  question: QuestionId,
  prefix: string,
  record: RecordSnapshot,
  known: readonly string[],
): void {
  for (const key of record.keys) {
    if (!known.includes(key)) {
      list.add(
        question,
        'unknown-value',
        `${prefix}${shortKey(key)}`,
        `Unknown field ${prefix}${shortKey(key)}.`,
      );
    }
  }
}

function checkRedFlags(list: IssueList, snap: Snapshot, allowMissing: boolean): void {
  const raw = snap.top.values['redFlags'];
  const noRedFlags = snap.top.values['noRedFlags'];
  list.boolean('redFlags', 'noRedFlags', noRedFlags);
  if (raw !== undefined && !snap.redFlags) {
    list.add(
      'redFlags',
      'malformed',
      'redFlags',
      `redFlags must be an object, not ${describe(raw)}.`,
    );
    return;
  }
  const flags = snap.redFlags;
  if (flags) {
    for (const key of flags.keys) {
      if (!isRedFlagId(key)) {
        list.add(
          'redFlags',
          'unknown-value',
          `redFlags.${shortKey(key)}`,
          `Unknown red flag ${shortKey(key)}.`,
        );
      }
    }
    for (const id of RED_FLAG_IDS) list.boolean('redFlags', `redFlags.${id}`, flags.values[id]);
  }
  const anyTrue = RED_FLAG_IDS.some((id) => flags?.values[id] === true);
  if (noRedFlags === true && anyTrue) {
    list.add(
      'redFlags',
      'contradictory',
      'noRedFlags',
      '"None of these" is ticked together with a red-flag finding.',
    );
  }
  if (!allowMissing && noRedFlags !== true) {
    for (const id of askedRedFlags(snap.top.values['pregnant'] === true)) {
      if (flags?.values[id] === undefined) {
        list.add('redFlags', 'missing', `redFlags.${id}`, `Red flag ${id} is not answered.`);
      }
    }
  }
}

/** Checks the onset; returns it when it is valid. */
function checkOnset(
  list: IssueList,
  snap: Snapshot,
  todayDay: number | null,
  allowMissing: boolean,
): Onset | null {
  const raw = snap.top.values['onset'];
  if (raw === undefined) {
    if (!allowMissing)
      list.add('onset', 'missing', 'onset', 'When the spasm started is not answered.');
    return null;
  }
  const onset = snap.onset;
  if (!onset) {
    list.add('onset', 'malformed', 'onset', `onset must be an object, not ${describe(raw)}.`);
    return null;
  }
  const kind = onset.values['kind'];
  if (typeof kind !== 'string' || !(ONSET_KINDS as readonly string[]).includes(kind)) {
    list.add(
      'onset',
      typeof kind === 'string' ? 'unknown-value' : 'malformed',
      'onset.kind',
      `onset.kind ${describe(kind)} is not one of: ${ONSET_KINDS.join(', ')}.`,
    );
    return null;
  }
  const typedKind = kind as (typeof ONSET_KINDS)[number];
  checkUnknownKeys(list, 'onset', 'onset.', onset, ONSET_KEYS_BY_KIND[typedKind]);
  const before = list.issues.length;
  let result: Onset | null = null;
  if (typedKind === 'span') {
    const span = onset.values['span'];
    if (isOnsetSpan(span)) result = { kind: 'span', span };
    else list.oneOf('onset', 'onset.span', span, ONSET_SPANS, true);
  } else if (typedKind === 'duration') {
    const value = onset.values['value'];
    const unit = onset.values['unit'];
    list.oneOf('onset', 'onset.unit', unit, DURATION_UNITS, true);
    if (value === undefined) {
      list.add('onset', 'missing', 'onset.value', 'onset.value is not answered.');
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      list.add(
        'onset',
        'malformed',
        'onset.value',
        `onset.value must be a finite number, not ${describe(value)}.`,
      );
    } else if (value < 0) {
      list.add('onset', 'impossible', 'onset.value', `onset.value ${value} is negative.`);
    } else if (
      typeof unit === 'string' &&
      (DURATION_UNITS as readonly string[]).includes(unit) &&
      durationToDays(value, unit as (typeof DURATION_UNITS)[number]) > MAX_DAYS
    ) {
      list.add(
        'onset',
        'impossible',
        'onset.value',
        `onset.value ${value} ${unit} is longer than 100 years.`,
      );
    } else if (typeof unit === 'string' && (DURATION_UNITS as readonly string[]).includes(unit)) {
      result = { kind: 'duration', value, unit: unit as (typeof DURATION_UNITS)[number] };
    }
  } else {
    const date = onset.values['date'];
    const startDay = typeof date === 'string' ? parseIsoDate(date) : null;
    if (date === undefined) {
      list.add('onset', 'missing', 'onset.date', 'onset.date is not answered.');
    } else if (typeof date !== 'string' || startDay === null) {
      list.add(
        'onset',
        'malformed',
        'onset.date',
        `onset.date ${describe(date)} is not a real YYYY-MM-DD date.`,
      );
    } else if (todayDay !== null && startDay > todayDay) {
      list.add('onset', 'impossible', 'onset.date', `onset.date ${date} is in the future.`);
    } else if (todayDay !== null && todayDay - startDay > MAX_DAYS) {
      list.add(
        'onset',
        'impossible',
        'onset.date',
        `onset.date ${date} is more than 100 years ago.`,
      );
    } else {
      result = { kind: 'date', date };
    }
  }
  return list.issues.length === before ? result : null;
}

function checkMedicineFacts(list: IssueList, snap: Snapshot): void {
  const raw = snap.top.values['medicineFacts'];
  if (raw === undefined) return;
  const facts = snap.medicineFacts;
  if (!facts) {
    list.add(
      'medicineFacts',
      'malformed',
      'medicineFacts',
      `medicineFacts must be an object, not ${describe(raw)}.`,
    );
    return;
  }
  checkUnknownKeys(list, 'medicineFacts', 'medicineFacts.', facts, [...MEDICINE_FACTS, 'none']);
  for (const key of [...MEDICINE_FACTS, 'none']) {
    list.boolean('medicineFacts', `medicineFacts.${key}`, facts.values[key]);
  }
  if (facts.values['none'] === true && MEDICINE_FACTS.some((fact) => facts.values[fact] === true)) {
    list.add(
      'medicineFacts',
      'contradictory',
      'medicineFacts.none',
      '"None of these" is ticked together with a medicine fact.',
    );
  }
}

function checkTried(list: IssueList, snap: Snapshot): void {
  const raw = snap.top.values['tried'];
  if (raw === undefined) return;
  const items = snap.tried;
  if (!items) {
    list.add('tried', 'malformed', 'tried', `tried must be an array, not ${describe(raw)}.`);
    return;
  }
  if (items.length > MAX_LIST) {
    list.add('tried', 'malformed', 'tried', `tried has more than ${MAX_LIST} entries.`);
    return;
  }
  items.forEach((item, index) => list.oneOf('tried', `tried.${index}`, item, TRIED_METHODS, true));
}

function checkSelfCareDays(
  list: IssueList,
  snap: Snapshot,
  onset: Onset | null,
  todayDay: number | null,
): void {
  const value = snap.top.values['selfCareDays'];
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    list.add(
      'selfCareDays',
      'malformed',
      'selfCareDays',
      `selfCareDays must be a finite number, not ${describe(value)}.`,
    );
  } else if (value < 0) {
    list.add('selfCareDays', 'impossible', 'selfCareDays', `selfCareDays ${value} is negative.`);
  } else if (value > MAX_DAYS) {
    list.add(
      'selfCareDays',
      'impossible',
      'selfCareDays',
      `selfCareDays ${value} is more than 100 years.`,
    );
  } else if (onset) {
    const days = onsetToDays(
      onset,
      todayDay,
      onset.kind === 'date' ? parseIsoDate(onset.date) : null,
    );
    if (days !== null && value > onsetMaxDays(onset, days) + 1) {
      list.add(
        'selfCareDays',
        'contradictory',
        'selfCareDays',
        `selfCareDays ${value} is longer than the time since the spasm started.`,
      );
    }
  }
}

/** Issues for a snapshot; `todayDay` null skips the checks that need today's date. */
export function collectIssues(
  snap: Snapshot,
  todayDay: number | null,
  options: ValidateOptions = {},
): ValidationIssue[] {
  const allowMissing = options.allowMissing === true;
  const list = new IssueList();
  if (!snap.isRecord) {
    list.add('version', 'malformed', '', 'The answers must be an object.');
    return list.issues;
  }
  checkUnknownKeys(list, 'version', '', snap.top, TOP_LEVEL_KEYS);
  const version = snap.top.values['version'];
  if (version === undefined) {
    list.add('version', 'missing', 'version', 'version is missing.');
  } else if (version !== ANSWERS_VERSION) {
    list.add(
      'version',
      typeof version === 'number' ? 'unknown-value' : 'malformed',
      'version',
      `version ${describe(version)} is not ${ANSWERS_VERSION}.`,
    );
  }
  checkRedFlags(list, snap, allowMissing);
  const pregnant = snap.top.values['pregnant'];
  if (pregnant === undefined) {
    if (!allowMissing) list.add('pregnant', 'missing', 'pregnant', 'pregnant is not answered.');
  } else list.boolean('pregnant', 'pregnant', pregnant);
  const onset = checkOnset(list, snap, todayDay, allowMissing);
  const values = snap.top.values;
  list.oneOf('history', 'history', values['history'], HISTORIES, !allowMissing);
  list.oneOf('ageBand', 'ageBand', values['ageBand'], AGE_BANDS, !allowMissing);
  checkMedicineFacts(list, snap);
  list.oneOf('severity', 'severity', values['severity'], SEVERITIES, false);
  list.boolean('oneLegSymptoms', 'oneLegSymptoms', values['oneLegSymptoms']);
  list.boolean('stopsDailyActivities', 'stopsDailyActivities', values['stopsDailyActivities']);
  list.boolean('strugglingToCope', 'strugglingToCope', values['strugglingToCope']);
  list.oneOf('trend', 'trend', values['trend'], TRENDS, false);
  list.boolean('heatMadeWorse', 'heatMadeWorse', values['heatMadeWorse']);
  checkTried(list, snap);
  checkSelfCareDays(list, snap, onset, todayDay);
  return list.issues;
}

/** The valid onset of a snapshot, or null (used when an emergency skips full validation). */
export function validOnset(snap: Snapshot, todayDay: number | null): Onset | null {
  return checkOnset(new IssueList(), snap, todayDay, true);
}

/**
 * Validates unknown input. Returns [] when `assess` would give a plan. Unanswered required
 * questions are reported as `missing` unless `options.allowMissing`. `today` (a Date or
 * `YYYY-MM-DD`) is what "in the future" is measured against; when omitted the current date
 * is used, which is the only impure path in the clinical core.
 */
export function validateAnswers(
  input: unknown,
  today?: Date | string,
  options: ValidateOptions = {},
): ValidationIssue[] {
  try {
    const todayDay = todayDayNumber(today ?? new Date());
    const issues = collectIssues(snapshot(input), todayDay, options);
    if (today !== undefined && todayDay === null) {
      issues.push({
        question: 'onset',
        problem: 'malformed',
        field: 'today',
        detail: TODAY_MALFORMED,
      });
    }
    return issues;
  } catch {
    return [
      { question: 'version', problem: 'malformed', detail: 'The answers could not be read.' },
    ];
  }
}

/** Builds typed answers from a snapshot that passed validation. */
export function toAnswers(snap: Snapshot, onset: Onset | null): Answers {
  const values = snap.top.values;
  const redFlags: Partial<Record<RedFlagId, boolean>> = {};
  for (const id of RED_FLAG_IDS) {
    const value = snap.redFlags?.values[id];
    if (typeof value === 'boolean') redFlags[id] = value;
  }
  const answers: Answers = { version: ANSWERS_VERSION, redFlags };
  if (values['noRedFlags'] === true || values['noRedFlags'] === false) {
    answers.noRedFlags = values['noRedFlags'];
  }
  if (onset) answers.onset = onset;
  const pick = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value)
      ? (value as T)
      : undefined;
  const history = pick(values['history'], HISTORIES);
  if (history) answers.history = history;
  const ageBand = pick(values['ageBand'], AGE_BANDS);
  if (ageBand) answers.ageBand = ageBand;
  if (snap.medicineFacts) {
    const facts: Partial<Record<MedicineFact, boolean>> & { none?: boolean } = {};
    for (const fact of MEDICINE_FACTS) {
      const value = snap.medicineFacts.values[fact];
      if (typeof value === 'boolean') facts[fact] = value;
    }
    const none = snap.medicineFacts.values['none'];
    if (typeof none === 'boolean') facts.none = none;
    answers.medicineFacts = facts;
  }
  const severity = pick(values['severity'], SEVERITIES);
  if (severity) answers.severity = severity;
  const trend = pick(values['trend'], TRENDS);
  if (trend) answers.trend = trend;
  for (const key of [
    'pregnant',
    'oneLegSymptoms',
    'stopsDailyActivities',
    'strugglingToCope',
    'heatMadeWorse',
  ] as const) {
    const value = values[key];
    if (typeof value === 'boolean') answers[key] = value;
  }
  if (snap.tried) {
    answers.tried = snap.tried.filter((item): item is TriedMethod =>
      (TRIED_METHODS as readonly unknown[]).includes(item),
    );
  }
  const selfCareDays = values['selfCareDays'];
  if (typeof selfCareDays === 'number' && Number.isFinite(selfCareDays) && selfCareDays >= 0) {
    answers.selfCareDays = selfCareDays;
  }
  return answers;
}
