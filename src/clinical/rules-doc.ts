/**
 * Renders every clinical table to Markdown (docs/clinical-rules.md), so a clinician can
 * review the rules without reading code. Pure: same output every time.
 */
import { ASKED_QUESTION_RULES } from './asked-questions.js';
import { FACT_RULES } from './facts.js';
import { STEP_GROUPS, TIERS } from './ids.js';
import { MAX_DAYS, PHASE_RULES, SPAN_RULES } from './phases.js';
import { DO_NOW_COUNT, DO_NOW_GROUPS, DO_NOW_LEFT_OUT } from './plan.js';
import { LATE_REVIEW_AFTER_DAYS, RECHECK_POINTS } from './recheck.js';
import { RED_FLAG_RULES } from './red-flags.js';
import { SOON_RULES } from './soon-rules.js';
import { SOURCES } from './sources.js';
import { STEP_RULES, COMPANION_STEPS, CONFLICTING_STEPS, type StepRule } from './steps.js';
import type { StepTimer } from './types.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(headers: string[], rows: string[][]): string {
  const lines = [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

function list(items: readonly string[], empty = '—'): string {
  return items.length > 0 ? items.join(', ') : empty;
}

function code(items: readonly string[], empty = '—'): string {
  return list(
    items.map((item) => `\`${item}\``),
    empty,
  );
}

function timerText(timer: StepTimer | undefined): string {
  if (!timer) return '—';
  const seconds = `${timer.seconds} s`;
  const repeats = timer.repeats ? ` × ${timer.repeats}` : '';
  const rest = timer.restSeconds ? `, rest ${timer.restSeconds} s` : '';
  return `${timer.kind} ${seconds}${repeats}${rest}`;
}

function showInText(rule: StepRule): string {
  return rule.showIn
    .map((row) => {
      const phases = row.phases === 'any' ? 'any phase' : row.phases.join(', ');
      const requires = row.requires?.length ? ` if ${row.requires.join(' and ')}` : '';
      return `${row.tiers.join(', ')}: ${phases}${requires}`;
    })
    .join('; ');
}

function warningsText(rule: StepRule): string {
  const always = (rule.warnings ?? []).map((id) => `\`${id}\``);
  const when = (rule.warningsWhen ?? []).map((entry) => `\`${entry.warning}\` if ${entry.when}`);
  return list([...always, ...when]);
}

function daysText(from: number, before: number | null): string {
  return before === null ? `${from} and more` : `${from}–${before - 1}`;
}

function stepSection(): string {
  const rules: readonly StepRule[] = STEP_RULES;
  const parts: string[] = [];
  for (const group of STEP_GROUPS) {
    const inGroup = rules.filter((rule) => rule.group === group);
    parts.push(`### Group \`${group}\``);
    parts.push(
      table(
        [
          'step',
          'grade',
          'shown in (tier: phases)',
          'requires',
          'excluded by',
          'warnings',
          'timer',
          'illustration',
          'sources',
        ],
        inGroup.map((rule) => [
          `\`${rule.id}\``,
          rule.grade,
          showInText(rule),
          list(rule.requires ?? []),
          list(rule.excludedBy ?? []),
          warningsText(rule),
          timerText(rule.timer),
          rule.illustration ?? '—',
          list(rule.sources, 'none claimed'),
        ]),
      ),
    );
    const notes = inGroup.filter((rule) => rule.note);
    if (notes.length > 0) {
      parts.push(notes.map((rule) => `- \`${rule.id}\`: ${rule.note}`).join('\n'));
    }
  }
  return parts.join('\n\n');
}

export function renderRulesDoc(): string {
  const sections = [
    '# Clinical rules of `<back-spasm-guide>`',
    '> Generated from the tables in `src/clinical/` by `npm run docs:rules`. Do not edit by ' +
      'hand: the test `tests/clinical/rules-doc.test.ts` fails when this file and the tables ' +
      'differ.',
    '## 1. How an assessment is made',
    [
      '1. Any emergency finding answered yes → tier `emergency`, whatever else was answered, ' +
        'even if the rest is missing or malformed. Only the get-help and while-waiting steps ' +
        'are shown; the re-check is "call for emergency help now".',
      '2. Otherwise no plan is given until every red-flag question asked is answered (yes/no ' +
        'each, or "none of these"; the pregnancy signs are asked only when the person is ' +
        'pregnant or might be), and pregnancy, onset, history and age band are answered, and ' +
        'nothing is malformed, impossible or contradictory.',
      '3. Any urgent finding, or any pregnancy sign → tier `urgent`: get seen today first (in ' +
        'pregnancy by the midwife or maternity unit), then only the comfort steps that are ' +
        'safe meanwhile.',
      '4. Any "see a doctor soon" reason → tier `soon`: book an appointment first, then the ' +
        'full self-care plan.',
      '5. Otherwise tier `self-care`.',
      '',
      'Duration never decides the tier on its own except through the reasons in section 3 ' +
        '(2 weeks without improvement, 12 weeks or more); it decides which steps fit now and ' +
        'when to check again.',
      '',
      `Tiers, most urgent first: ${code(TIERS)}.`,
    ].join('\n'),
    '## 2. Red flags → tier',
    table(
      ['#', 'finding', 'tier', 'asked', 'meaning', 'sources'],
      RED_FLAG_RULES.map((rule, index) => [
        String(index + 1),
        `\`${rule.id}\``,
        rule.tier,
        rule.askedWhen === 'pregnant' ? 'when pregnant' : 'always',
        rule.finding,
        list(rule.sources),
      ]),
    ),
    'The plan\'s "when to get help" list is made from this table (`whenToGetHelpFor`): every ' +
      'emergency and every same-day sign, in the words of the screen, and the pregnancy signs ' +
      'when pregnant.',
    '## 3. See a doctor soon',
    'Checked only when no red flag is present. Any one reason is enough.',
    table(
      ['reason', 'condition', 'sources'],
      SOON_RULES.map((rule) => [`\`${rule.reason}\``, rule.condition, list(rule.sources)]),
    ),
    '## 4. Phases',
    table(
      ['phase', 'whole days since the start', 'meaning', 'sources'],
      PHASE_RULES.map((rule) => [
        `\`${rule.phase}\``,
        daysText(rule.fromDay, rule.beforeDay),
        rule.summary,
        list(rule.sources),
      ]),
    ),
    [
      'Days since the start: a `date` onset counts calendar days from that date to today ' +
        '(UTC calendar arithmetic, no time-zone or daylight-saving effects); a `duration` ' +
        'onset counts whole days (36 hours = day 1); a `span` onset uses the lower bound of ' +
        'the span, so the phase is never later than the truth (no exercises too early, nobody ' +
        'called chronic too soon) and a re-check that may still be ahead is never dropped as ' +
        'passed. For a span the start is estimated as today minus that day.',
      '',
      'The 48-hour rule (`phaseFor`, `leastDaysElapsed`): the first days last until at least ' +
        '48 hours may have passed. A calendar date says only which day the spasm started, so ' +
        'for the phase it counts one day less (a date two days ago may be little over 24 ' +
        'hours). The guide asks "is it getting better?" only once the first days are over ' +
        '(`asksTrend`).',
      '',
      `Durations over ${MAX_DAYS} days (100 years), negative values and start dates in the ` +
        'future are rejected.',
    ].join('\n'),
    table(
      ['span answer', 'days it allows', 'day assumed'],
      SPAN_RULES.map((rule) => [
        `\`${rule.span}\``,
        rule.maxDay === null
          ? `${rule.minDay} and more`
          : rule.maxDay === rule.minDay
            ? String(rule.minDay)
            : `${rule.minDay}–${rule.maxDay}`,
        String(rule.representativeDay),
      ]),
    ),
    '### Questions asked only sometimes (`ASKED_QUESTION_RULES`)',
    [
      'When an earlier answer changes so that one of these is no longer asked, its answer is ' +
        'dropped as the reader moves on (`withoutUnasked`). The pregnancy signs are asked only ' +
        'when the person is pregnant or might be (section 2).',
    ].join('\n'),
    table(
      ['question', 'asked'],
      ASKED_QUESTION_RULES.map((rule) => [`\`${rule.question}\``, rule.askedWhen]),
    ),
    '## 5. When to check again',
    [
      'Emergency: `call-emergency-now`, today. Urgent: `get-seen-today`, today. Soon and ' +
        'self-care: the points below that are today or later. When all have passed, one ' +
        `\`review-long-term-plan\` ${LATE_REVIEW_AFTER_DAYS} days from today. Every plan has ` +
        'at least one re-check. Dates are the start date plus the day.',
    ].join('\n'),
    table(
      ['day', 'action', 'why', 'sources'],
      RECHECK_POINTS.map((point) => [
        String(point.day),
        `\`${point.action}\``,
        point.why,
        list(point.sources),
      ]),
    ),
    '## 6. Facts used by step conditions',
    table(
      ['fact', 'holds when'],
      FACT_RULES.map((rule) => [`\`${rule.id}\``, rule.description]),
    ),
    '## 7. Steps',
    [
      'Groups in plan order: ' +
        code(STEP_GROUPS) +
        '. Within a group, the order below is ' +
        'the order in the plan. A step appears when one "shown in" row matches the tier and ' +
        'phase (and its "if" facts hold), all "requires" facts hold and no "excluded by" fact ' +
        'holds. Grade `practice` means expert or common safety practice.',
      '',
      'Never together in one plan: ' +
        CONFLICTING_STEPS.map(([a, b]) => `\`${a}\` and \`${b}\``).join('; ') +
        '. Only together with its companion: ' +
        COMPANION_STEPS.map(([a, b]) => `\`${a}\` needs \`${b}\``).join('; ') +
        '.',
    ].join('\n'),
    stepSection(),
    '### Do this now (`assessment.doNow`, `rankDoNow`)',
    [
      `The plan opens with at most ${DO_NOW_COUNT} of its own steps to do first, best first. ` +
        `Candidates: the plan's steps in the groups ${code(DO_NOW_GROUPS)}, except ` +
        `${code(DO_NOW_LEFT_OUT)} (information, not actions). The get-help step is left out ` +
        '(the tier banner says it first), and so are medicines (never without their cautions), ' +
        'prevention and what does not help. Ranked by:',
      '',
      '1. staying active first: steps tagged `movement` (before any position or heat);',
      '2. evidence grade: strong, moderate, low, insufficient, practice;',
      '3. the group that fits the phase: in the first days and acute phase `right-now`, then ' +
        '`next-days`, then `as-it-eases`; from 4 weeks (subacute, chronic) `as-it-eases` first;',
      '4. plan order.',
    ].join('\n'),
    '## 8. Safety rules the tests check',
    [
      '1. Any emergency finding → emergency first, whatever else was answered.',
      '2. No plan before every red-flag question is answered ("none of these" counts).',
      '3. The anti-inflammatory step never appears without its cautions, never when pregnant, ' +
        'with a caution, with a medicine question unanswered, or under 16; aspirin is never ' +
        'suggested, and under 16 the person is told not to take it.',
      '4. Prescription medicines appear only as "ask a doctor", with the drowsiness warning, ' +
        'never with a dose.',
      '5. No exercises in the first days; no home exercises while the pain is severe or its severity is not known.',
      '6. No contradictions: never heat and cold together; never rest without "keep moving".',
      '7. Every step cites only sources from the table below; every plan has a re-check.',
      '8. Pregnancy always brings its own when-to-get-help list and never a position that ' +
        'means lying flat on the back for long.',
      "9. The plan's when-to-get-help list covers every emergency and same-day sign of the " +
        'screen.',
      '10. After a serious accident the emergency screen says only "call now, keep still if ' +
        'your neck or back may be hurt".',
      '11. assess() never throws and gives the same answer for the same input.',
      '',
      'The hazards these rules control, with the tests that prove each control, are in ' +
        '`docs/clinical-safety.md`.',
    ].join('\n'),
    '## 9. Sources',
    table(
      ['id', 'title', 'citation'],
      SOURCES.map((source) => [
        `\`${source.id}\``,
        source.title,
        'url' in source ? `${source.citation} ${source.url}` : source.citation,
      ]),
    ),
  ];
  return `${sections.join('\n\n')}\n`;
}
