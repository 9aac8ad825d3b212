/**
 * THE HAZARD LOG (clinical safety case, in the form DCB0129 asks of health software). Each row:
 * what could go wrong for the reader, why, how bad and how likely before and after the
 * controls, the controls, and the tests that prove each control. `docs/clinical-safety.md` is
 * generated from it; tests/clinical/safety-case.test.ts fails when a hazard has no test or a
 * named test does not exist. Not loaded by the widget.
 */

export const SEVERITIES = [
  'minor',
  'significant',
  'considerable',
  'major',
  'catastrophic',
] as const;
export const LIKELIHOODS = ['very low', 'low', 'medium', 'high', 'very high'] as const;
export type HazardSeverity = (typeof SEVERITIES)[number];
export type Likelihood = (typeof LIKELIHOODS)[number];

/** A test that proves a control: its file under tests/ and the exact name it is declared with. */
export interface ProvingTest {
  file: string;
  name: string;
}

export interface Hazard {
  id: string;
  hazard: string;
  cause: string;
  severity: HazardSeverity;
  before: Likelihood;
  after: Likelihood;
  controls: string[];
  tests: ProvingTest[];
}

/** DCB0129 risk matrix: rows by likelihood (very low → very high), columns by severity. */
const RISK_MATRIX: readonly (readonly number[])[] = [
  [1, 1, 2, 2, 3],
  [1, 2, 2, 3, 4],
  [2, 2, 3, 3, 4],
  [2, 3, 3, 4, 5],
  [3, 4, 4, 5, 5],
];

export function riskRating(severity: HazardSeverity, likelihood: Likelihood): number {
  return RISK_MATRIX[LIKELIHOODS.indexOf(likelihood)]![SEVERITIES.indexOf(severity)]!;
}

const SAFETY = 'clinical/safety-properties.test.ts';
const EXHAUSTIVE = 'clinical/exhaustive.test.ts';
const VIGNETTES = 'clinical/vignettes.ts';
const CONTENT = 'element/clinical-content.test.ts';
const EVERY_RULE = { file: SAFETY, name: 'keeps every safety rule for complete valid answers' };
const ENUMERATION = {
  file: EXHAUSTIVE,
  name: 'keeps every rule for every combination of categorical answers',
};

export const HAZARDS: readonly Hazard[] = [
  {
    id: 'H1',
    hazard:
      'A reader with an emergency sign (cauda equina, chest pain, serious accident) is given self-care instead of being told to call for help now.',
    cause: 'A rule that lets other answers outweigh an emergency finding; a missing finding.',
    severity: 'catastrophic',
    before: 'medium',
    after: 'very low',
    controls: [
      'Any emergency finding sets the emergency tier whatever else was answered (invariant 1); the emergency screen has the call button first.',
      'The red-flag table includes the signs first missed (new problems with sex).',
      'The start screen names the two commonest emergency signs with the number before any question.',
    ],
    tests: [
      { file: SAFETY, name: 'any emergency finding gives emergency, whatever else is there' },
      ENUMERATION,
      { file: VIGNETTES, name: 'emergency finding alone, nothing else answered' },
    ],
  },
  {
    id: 'H2',
    hazard: 'A self-care plan is shown before the reader has been asked the red-flag questions.',
    cause: 'Incomplete answers (from a host prefill or a stored plan) treated as complete.',
    severity: 'major',
    before: 'low',
    after: 'very low',
    controls: [
      'No plan until every red flag asked is answered, or "None of these", and the pregnancy question is answered (invariant 2).',
    ],
    tests: [
      { file: SAFETY, name: 'leaving out any one red flag answer gives missing, not a plan' },
      {
        file: CONTENT,
        name: 'asks the pregnancy question before a plan, never before the emergency screen',
      },
    ],
  },
  {
    id: 'H3',
    hazard:
      'A reader for whom an anti-inflammatory is unsafe (ulcer, kidney or heart problem, pregnancy, blood thinners, 65 and over, under 16) is told to take one.',
    cause: 'A caution missing from the question or the rule; an unanswered question taken as "no".',
    severity: 'major',
    before: 'medium',
    after: 'very low',
    controls: [
      'The medicine question follows the NHS ibuprofen list, grouped plainly, with "other medicines every day"; any answer, an unanswered one, pregnancy, under 16 or 65 and over gives "ask a pharmacist first" instead (invariant 3).',
      'The step never appears without its caution, which lists the same conditions; aspirin never under 16.',
    ],
    tests: [
      {
        file: SAFETY,
        name: 'never for pregnancy, a caution, or under 16; aspirin warning under 16',
      },
      {
        file: SAFETY,
        name: 'only with both cautions; at 65 and over, ask a pharmacist first instead',
      },
      { file: CONTENT, name: 'the anti-inflammatory caution lists every medicine question' },
      { file: VIGNETTES, name: 'medicine answer:' },
    ],
  },
  {
    id: 'H4',
    hazard: "A reader takes a prescription medicine or a dose on the guide's word.",
    cause: 'Prescription medicines or doses in the text.',
    severity: 'considerable',
    before: 'low',
    after: 'very low',
    controls: [
      'Prescription medicines appear only as "ask a doctor" with the drowsiness warning; no text carries a dose (invariant 4).',
    ],
    tests: [
      { file: 'clinical/text.test.ts', name: 'never contains a dose, markup or a placeholder' },
      EVERY_RULE,
    ],
  },
  {
    id: 'H5',
    hazard:
      'Exercises suggested in the first 48 hours or while the pain is severe make the spasm worse.',
    cause: 'A start date two calendar days ago counted as 48 hours; severity ignored.',
    severity: 'significant',
    before: 'medium',
    after: 'very low',
    controls: [
      'No exercises in the first days nor while severe (invariant 5); a calendar date counts one day less for the 48-hour rule.',
    ],
    tests: [
      { file: SAFETY, name: 'never in the first days' },
      { file: VIGNETTES, name: 'start date two calendar days ago: no exercises yet' },
    ],
  },
  {
    id: 'H6',
    hazard:
      'Contradictory advice for the same moment (heat and cold, rest and movement, keep still and find a comfortable position) confuses the reader.',
    cause: 'Steps chosen independently.',
    severity: 'significant',
    before: 'medium',
    after: 'very low',
    controls: [
      'Conflicting pairs never appear together; rest only with "keep moving"; after a serious accident the only message is call now and keep still (invariant 6).',
    ],
    tests: [
      { file: SAFETY, name: 'heat made it worse: cold only, never heat' },
      { file: CONTENT, name: 'after a serious accident says only: call now, keep still' },
    ],
  },
  {
    id: 'H7',
    hazard: 'The reader is not told when to check again and goes on with self-care for too long.',
    cause: 'No re-check for some answers; dates in the past.',
    severity: 'considerable',
    before: 'low',
    after: 'very low',
    controls: ['Every plan has a re-check, dated from the start, never in the past (invariant 7).'],
    tests: [EVERY_RULE, ENUMERATION],
  },
  {
    id: 'H8',
    hazard:
      'A pregnant reader with signs of labour or a kidney infection is given ordinary self-care, or is told to lie flat on her back.',
    cause: 'Pregnancy asked only after the red flags, with no signs of its own.',
    severity: 'major',
    before: 'high',
    after: 'very low',
    controls: [
      'Pregnancy is asked on the red-flag screen; "yes" brings the pregnancy signs, each sending to the midwife or maternity unit the same day.',
      'The plan is adapted (side-lying, no positions on the back, no anti-inflammatory, paracetamol named as a question for the midwife) and says so; its own get-help list (invariant 8).',
    ],
    tests: [
      {
        file: CONTENT,
        name: 'pregnancy: adapted plan, side-lying, no anti-inflammatory, its own get-help list',
      },
      {
        file: CONTENT,
        name: 'pregnancy signs appear on the red-flag screen only after "yes", and send to the midwife',
      },
      { file: VIGNETTES, name: 'pregnant, with a pregnancy sign:' },
      EVERY_RULE,
    ],
  },
  {
    id: 'H9',
    hazard:
      "A reader who re-reads the printed plan days later misses a sign that needs help, because the plan's list is shorter than the screen.",
    cause: "The plan's when-to-get-help text written separately from the red-flag table.",
    severity: 'major',
    before: 'high',
    after: 'very low',
    controls: ['The list is made from the red-flag table, in the same words (invariant 9).'],
    tests: [
      {
        file: CONTENT,
        name: 'the plan lists every emergency and same-day sign in the words of the screen',
      },
      EVERY_RULE,
    ],
  },
  {
    id: 'H10',
    hazard: 'Severe pain, or numbness in one leg, is not seen by a doctor.',
    cause: 'Severe pain referred only when not improving; one-leg symptoms not asked.',
    severity: 'considerable',
    before: 'medium',
    after: 'low',
    controls: ['Severe pain whatever its trend, and one-leg symptoms, give "see a doctor soon".'],
    tests: [
      { file: VIGNETTES, name: 'numbness in one leg, not getting worse: see a doctor soon' },
      {
        file: VIGNETTES,
        name: 'severe but getting better on day 5: see a doctor soon all the same',
      },
      ENUMERATION,
    ],
  },
  {
    id: 'H11',
    hazard:
      'A reader trusts advice whose source is unreliable, or a publisher cannot check a source.',
    cause: 'Sources shown as file names or internal ids; AI-written pages presented as evidence.',
    severity: 'significant',
    before: 'high',
    after: 'very low',
    controls: [
      'Every citation shows its title, authors or publisher, year and DOI or address where one exists; AI-written background pages are never cited to readers.',
    ],
    tests: [
      {
        file: CONTENT,
        name: 'Sources never show a file name, "seed" or an internal id, on any route in any locale',
      },
      {
        file: 'clinical/tables.test.ts',
        name: 'no step cites a background-only source to a reader',
      },
    ],
  },
  {
    id: 'H12',
    hazard: 'Outdated advice stays in use without anyone noticing.',
    cause: 'No version or review date on the clinical content.',
    severity: 'considerable',
    before: 'medium',
    after: 'low',
    controls: [
      'A clinical content version and review dates on every plan, printed, on the assessment and the plan-shown event; a changelog entry for every change.',
    ],
    tests: [
      {
        file: 'clinical/safety-case.test.ts',
        name: "the changelog's newest entry is the content version, reviewed a year before the next review",
      },
      {
        file: CONTENT,
        name: 'the plan lists every emergency and same-day sign in the words of the screen',
      },
    ],
  },
  {
    id: 'H13',
    hazard:
      'In a right-to-left language the emergency number is shown with its "+" in the wrong place, and the reader dials a wrong number.',
    cause: 'A phone number placed inside right-to-left text without isolation.',
    severity: 'major',
    before: 'low',
    after: 'very low',
    controls: ['Every phone number in text is isolated left-to-right.'],
    tests: [{ file: CONTENT, name: 'keeps a "+" number in place inside Arabic text' }],
  },
  {
    id: 'H14',
    hazard:
      'On a page that names only a language, the guide shows a number that does not work where the reader is, or none at all.',
    cause:
      'The region is guessed from the browser (languages, time zone) because the page gave none.',
    severity: 'major',
    before: 'medium',
    after: 'low',
    controls: [
      "The host's own numbers come first; a guessed number is named with its country and followed by a line for readers elsewhere.",
      "Only a browser language in the guide's own language gives a region; when the languages and the time zone point to different numbers, no number is named.",
    ],
    tests: [
      {
        file: 'reader-locale/en-gb.test.ts',
        name: 'calls 999 and says it is the United Kingdom number',
      },
      {
        file: 'reader-locale/en-us.test.ts',
        name: 'calls 911 and says it is the United States number',
      },
      {
        file: 'reader-locale/disagree.test.ts',
        name: 'names no number when the languages and the time zone disagree',
      },
      {
        file: 'i18n/reader-region.test.ts',
        name: "does not take another language's region (en-US is many browsers' default)",
      },
    ],
  },
];
