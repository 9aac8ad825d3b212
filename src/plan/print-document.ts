/**
 * The page for the doctor: the plan as a document of its own, built node by node (never from
 * HTML strings, so Trusted Types have nothing to refuse) and styled by a constructed stylesheet.
 * The guide prints it in a frame of its own, so the host's article is not printed around it.
 */
import { isRedFlagId } from '../clinical/red-flags.js';
import { getSource } from '../clinical/sources.js';
import {
  MEDICINE_FACTS,
  type Answers,
  type Assessment,
  type Onset,
  type PlanStep,
  type RedFlagId,
  type StepGroup,
  type WarningId,
} from '../clinical/types.js';
import { redFlagLabel, tierReasonText } from '../content/clinical-text.js';
import {
  answerLabel,
  becauseLabel,
  contentVersionLine,
  getHelpHeading,
  gradeLabel,
  groupHeading,
  noMedicineFacts,
  notAnswered,
  notesHeading,
  phaseLabel,
  printedOn,
  printTitle,
  recheckHeading,
  recheckText,
  sourcesHeading,
  stepHowTo,
  stepsHeading,
  stepTitle,
  summaryHeading,
  toldHeading,
  warningItems,
  warningText,
  yesNo,
  type AnswerLabel,
} from '../content/plan-text.js';
import {
  ageBandLabel,
  historyLabel,
  medicineFactLabel,
  onsetSpanLabel,
  severityLabel,
  trendLabel,
} from '../content/question-text.js';
import { pregnancyAdaptedNote, tierHeading, tierInstruction } from '../content/tier-text.js';
import { formatDate, intlTag, localIsoDate } from '../i18n/format.js';
import { withLocale } from '../i18n/localization.js';
import { directionOf, type SupportedLocale } from '../i18n/locales.js';
import { bannerVariant } from '../screens/tier-banner.js';
import { PRINT_CSS } from './print-styles.js';

export interface PrintPlanInput {
  assessment: Assessment;
  answers: Answers;
  locale: SupportedLocale;
  /** The reader's full tag (`en-GB`), for dates. */
  dateLocale: string;
  /** The number the plan's banner shows, if any. */
  phone: string | undefined;
  today: Date;
}

/** The step whose text is the when-to-get-help list (printed as that list, not as a step). */
const GET_HELP_STEP = 'watch-for-warning-signs';

type Child = Node | string | null | undefined | false;

/** Fills `doc` (a blank document) with the printed plan, in the reader's language. */
export function fillPrintDocument(doc: Document, input: PrintPlanInput): void {
  withLocale(input.locale, () => {
    const make = maker(doc);
    const root = doc.documentElement;
    root.lang = input.locale;
    root.dir = directionOf(input.locale);
    doc.title = printTitle();
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
    doc.adoptedStyleSheets = [sheet];
    const sections: (HTMLElement | null)[] = [
      make('header', {}, [
        make('h1', {}, [printTitle()]),
        make('p', { class: 'date' }, [
          printedOn(formatDate(input.dateLocale, localIsoDate(input.today))),
        ]),
      ]),
      tierSection(make, input),
      toldSection(make, input),
      stepsSection(make, input.assessment),
      getHelpSection(make, input.assessment),
      notesSection(make, input.assessment),
      recheckSection(make, input),
      sourcesSection(make, input.assessment),
      make('footer', {}, [
        make('p', {}, [contentVersionLine(input.assessment.clinicalContent, input.dateLocale)]),
      ]),
    ];
    doc.body.replaceChildren(...sections.filter((section) => section !== null));
  });
}

type Make = ReturnType<typeof maker>;

function maker(doc: Document) {
  return (tag: string, attributes: Record<string, string>, children: readonly Child[]) => {
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
    }
    return element;
  };
}

function tierSection(make: Make, { assessment, phone }: PrintPlanInput) {
  const variant = bannerVariant(assessment);
  return make('section', { class: `tier tier-${assessment.tier}` }, [
    make('h2', {}, [tierHeading(assessment.tier, variant)]),
    make('p', {}, [tierInstruction(assessment.tier, phone, variant)]),
    assessment.pregnancy && make('p', {}, [pregnancyAdaptedNote()]),
  ]);
}

function toldSection(make: Make, { assessment, answers, dateLocale }: PrintPlanInput) {
  const rows: [AnswerLabel, Child][] = [
    ['started', answers.onset ? onsetText(answers.onset, dateLocale) : notAnswered()],
    ['phase', assessment.phase ? phaseLabel(assessment.phase) : null],
    ['history', answers.history ? historyLabel(answers.history) : null],
    ['age', answers.ageBand ? ageBandLabel(answers.ageBand) : null],
    ['pregnant', answers.pregnant === undefined ? notAnswered() : yesNo(answers.pregnant)],
    ['severity', answers.severity ? severityLabel(answers.severity) : notAnswered()],
    ['trend', answers.trend ? trendLabel(answers.trend) : null],
    ['medicines', medicineFacts(make, answers)],
  ];
  const reasons = assessment.tierReasons.map((reason) =>
    isRedFlagId(reason) ? redFlagLabel(reason) : tierReasonText(reason),
  );
  return make('section', { class: 'told' }, [
    make('h2', {}, [toldHeading()]),
    make(
      'dl',
      {},
      rows.flatMap(([label, value]) =>
        value ? [make('dt', {}, [answerLabel(label)]), make('dd', {}, [value])] : [],
      ),
    ),
    reasons.length > 0 &&
      make('p', {}, [make('strong', {}, [becauseLabel()]), ' ', reasons.join('; ')]),
  ]);
}

/** The start as the reader gave it: the option, the date, or "3 days ago". */
function onsetText(onset: Onset, dateLocale: string): string {
  switch (onset.kind) {
    case 'span':
      return onsetSpanLabel(onset.span);
    case 'date':
      return formatDate(dateLocale, onset.date);
    case 'duration':
      try {
        return new Intl.RelativeTimeFormat(intlTag(dateLocale), { numeric: 'always' }).format(
          -onset.value,
          onset.unit,
        );
      } catch {
        return `${onset.value} ${onset.unit}`;
      }
  }
}

function medicineFacts(make: Make, answers: Answers): Child {
  const facts = answers.medicineFacts;
  const ticked = MEDICINE_FACTS.filter((fact) => facts?.[fact] === true);
  if (ticked.length > 0) {
    return make(
      'ul',
      {},
      ticked.map((fact) => make('li', {}, [medicineFactLabel(fact)])),
    );
  }
  return facts?.none === true ? noMedicineFacts() : notAnswered();
}

function stepsSection(make: Make, assessment: Assessment) {
  const steps = assessment.steps.filter((step) => step.id !== GET_HELP_STEP);
  const groups = new Map<StepGroup, PlanStep[]>();
  for (const step of steps) groups.set(step.group, [...(groups.get(step.group) ?? []), step]);
  const doNow = assessment.doNow.filter((id) => id !== GET_HELP_STEP);
  return make('section', { class: 'steps' }, [
    make('h2', {}, [stepsHeading()]),
    doNow.length > 0 && make('h3', {}, [summaryHeading('do-now')]),
    doNow.length > 0 &&
      make(
        'ol',
        { class: 'do-now' },
        doNow.map((id) =>
          make('li', {}, [make('strong', {}, [stepTitle(id)]), ' ', stepHowTo(id)]),
        ),
      ),
    make(
      'div',
      { class: 'columns' },
      [...groups].flatMap(([group, groupSteps]) => [
        make('h3', {}, [groupHeading(group)]),
        make(
          'ul',
          {},
          groupSteps.map((step) =>
            make('li', { 'data-step': step.id }, [
              stepTitle(step.id),
              ' ',
              make('span', { class: 'grade' }, [`(${gradeLabel(step.grade)})`]),
            ]),
          ),
        ),
      ]),
    ),
  ]);
}

/** The whole when-to-get-help list, in the words of the red-flag screen. */
function getHelpSection(make: Make, { whenToGetHelp, pregnancy }: Assessment) {
  const list = (heading: string, ids: readonly RedFlagId[], className: string) =>
    ids.length > 0
      ? [
          make('h3', { class: className }, [heading]),
          make(
            'ul',
            { class: className },
            ids.map((id) => make('li', {}, [redFlagLabel(id)])),
          ),
        ]
      : [];
  return make('section', { class: 'get-help' }, [
    make('h2', {}, [summaryHeading('get-help')]),
    make('div', { class: 'columns' }, [
      ...list(getHelpHeading('emergency'), whenToGetHelp.emergency, 'emergency'),
      ...(pregnancy
        ? list(
            getHelpHeading('maternity'),
            [...whenToGetHelp.maternity, ...whenToGetHelp.sameDay],
            'same-day',
          )
        : list(getHelpHeading('same-day'), whenToGetHelp.sameDay, 'same-day')),
    ]),
  ]);
}

function notesSection(make: Make, assessment: Assessment) {
  const ids: WarningId[] = [
    ...new Set([
      ...assessment.steps.flatMap((step) => step.warnings ?? []),
      ...assessment.warnings,
    ]),
  ];
  if (ids.length === 0) return null;
  return make('section', { class: 'notes' }, [
    make('h2', {}, [notesHeading()]),
    make(
      'ul',
      {},
      ids.map((id) => {
        const items = warningItems(id);
        return make('li', {}, [
          warningText(id),
          items.length > 0 && ' ',
          items.length > 0 && items.join('; '),
        ]);
      }),
    ),
  ]);
}

function recheckSection(make: Make, { assessment, dateLocale }: PrintPlanInput) {
  if (assessment.recheck.length === 0) return null;
  return make('section', { class: 'recheck' }, [
    make('h2', {}, [recheckHeading()]),
    make(
      'ul',
      {},
      assessment.recheck.map((item) =>
        make('li', {}, [
          item.date && make('strong', {}, [formatDate(dateLocale, item.date)]),
          item.date && ': ',
          recheckText(item.action),
        ]),
      ),
    ),
  ]);
}

function sourcesSection(make: Make, assessment: Assessment) {
  const ids = [...new Set(assessment.steps.flatMap((step) => step.sources))];
  const sources = ids.flatMap((id) => getSource(id) ?? []);
  return make('section', { class: 'sources' }, [
    make('h2', {}, [sourcesHeading()]),
    make(
      'ol',
      {},
      sources.map((source) =>
        make('li', {}, [
          make('bdi', {}, [source.citation]),
          source.url && ' ',
          source.url && make('a', { href: source.url }, [make('bdi', {}, [source.url])]),
        ]),
      ),
    ),
  ]);
}
