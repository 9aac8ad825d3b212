import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Assessment, PlanStep, RedFlagId, StepGroup } from '../clinical/types.js';
import { redFlagLabel } from '../content/clinical-text.js';
import {
  allSignsLabel,
  contentVersionLine,
  getHelpHeading,
  getHelpShort,
  gradeLabel,
  groupHeading,
  notesHeading,
  recheckHeading,
  recheckText,
  sourcesHeading,
  stepHowTo,
  stepTitle,
  summaryHeading,
} from '../content/plan-text.js';
import { meanwhileNote } from '../content/tier-text.js';
import { formatDate } from '../i18n/format.js';
import type { SupportedLocale } from '../i18n/locales.js';
import {
  sourceItem,
  sourcesControl,
  stepCard,
  warningItem,
  type StepCardProps,
} from './step-card.js';
import { tierBanner } from './tier-banner.js';

export interface PlanScreenProps {
  assessment: Assessment;
  locale: SupportedLocale;
  /** The reader's full language tag (`en-GB`), for regional date formats. */
  dateLocale: string;
  /** The number to show for this tier (emergency or same-day line), if known. */
  phone: string | undefined;
  timer: StepCardProps['timer'];
  illustration: StepCardProps['illustration'];
  remember: boolean;
  onPrint: () => void;
  onDownloadReminders: () => void;
  onStartOver: () => void;
  onForget: () => void;
  onBack: () => void;
}

/** Shown in "Get help if" instead of as a card of its group. */
const GET_HELP_STEP = 'watch-for-warning-signs';

/**
 * The plan, summary first: the tier banner, "Do this now" (the core's ranking), "Get help if"
 * (short, the full list one click away) and "Check again on" (with the calendar button); then
 * every group of steps in a collapsed section, opened for print.
 */
export function planScreen(props: PlanScreenProps) {
  const { assessment, locale } = props;
  const groups = groupSteps(assessment.steps.filter((step) => step.id !== GET_HELP_STEP));
  const shownWarnings = new Set(assessment.steps.flatMap((step) => step.warnings ?? []));
  const otherWarnings = assessment.warnings.filter((id) => !shownWarnings.has(id));
  const citedSources = [...new Set(assessment.steps.flatMap((step) => step.sources))];
  return html`
    ${tierBanner(assessment, props.phone)}
    ${assessment.tier !== 'self-care' ? html`<p class="meanwhile">${meanwhileNote()}</p>` : nothing}
    ${doNow(assessment)} ${getHelp(assessment)} ${checkAgain(props)}
    ${groups.map(([group, steps]) =>
      group === 'does-not-help'
        ? doesNotHelp(steps)
        : section(
            group,
            groupHeading(group),
            html`<ol class="steps">
                ${steps.map((step) =>
                  stepCard({
                    step,
                    locale,
                    timer: props.timer,
                    illustration: props.illustration,
                    sources: false,
                  }),
                )}
              </ol>
              ${sourcesControl([...new Set(steps.flatMap((step) => step.sources))])}`,
          ),
    )}
    ${
      otherWarnings.length
        ? html`<section class="plan-group">
            <h3>${notesHeading()}</h3>
            <ul>
              ${otherWarnings.map(warningItem)}
            </ul>
          </section>`
        : nothing
    }
    ${
      assessment.recheck.length > 1
        ? section(
            'recheck',
            recheckHeading(),
            html`<ul>
              ${assessment.recheck.map(
                (item) =>
                  html`<li>
                    ${item.date ? html`<strong>${formatDate(props.dateLocale, item.date)}</strong>: ` : nothing}
                    ${recheckText(item.action)}
                  </li>`,
              )}
            </ul>`,
          )
        : nothing
    }
    <section class="print-only sources-list">
      <h3>${sourcesHeading()}</h3>
      <ul>
        ${citedSources.map(sourceItem)}
      </ul>
    </section>
    <p class="content-version muted">
      ${contentVersionLine(assessment.clinicalContent, props.dateLocale)}
    </p>
    <div class="actions no-print">
      <button part="button" @click=${props.onBack}>
        <span class="arrow-back" aria-hidden="true">←</span>${msg('Back', { id: 'nav.back' })}
      </button>
      <button part="button" class="print-plan" @click=${props.onPrint}>
        ${msg('Print this plan', { id: 'plan.print' })}
      </button>
      <button part="button" @click=${props.onStartOver}>
        ${msg('Start over', { id: 'plan.start-over' })}
      </button>
      ${
        props.remember
          ? html`<button part="button" @click=${props.onForget}>
              ${msg('Forget my answers', { id: 'plan.forget' })}
            </button>`
          : nothing
      }
    </div>
  `;
}

/** A collapsed group: a native disclosure, opened by the element before printing. */
function section(name: string, heading: string, body: unknown) {
  return html`<details class="plan-group plan-section group-${name}">
    <summary><h3>${heading}</h3></summary>
    ${body}
  </details>`;
}

function doNow({ doNow: ids }: Assessment) {
  if (ids.length === 0) return nothing;
  return html`<section class="summary do-now">
    <h3>${summaryHeading('do-now')}</h3>
    <ol class="do-now-list">
      ${ids.map((id) => html`<li data-do-now=${id}>${stepTitle(id)}</li>`)}
    </ol>
  </section>`;
}

function getHelp(assessment: Assessment) {
  const { whenToGetHelp, pregnancy } = assessment;
  if (whenToGetHelp.emergency.length === 0) return nothing;
  return html`<section class="summary get-help-summary">
    <h3>${summaryHeading('get-help')}</h3>
    <p class="get-help-emergency">${getHelpShort('emergency')}</p>
    <p>${getHelpShort(pregnancy ? 'maternity' : 'same-day')}</p>
    <details class="all-signs">
      <summary>${allSignsLabel()}</summary>
      <p>${stepHowTo(GET_HELP_STEP)}</p>
      ${whenToGetHelpLists(assessment)}
    </details>
  </section>`;
}

function checkAgain(props: PlanScreenProps) {
  const next = props.assessment.recheck[0];
  if (!next) return nothing;
  return html`<section class="summary check-again recheck">
    <h3>${summaryHeading('check-again')}</h3>
    <p>
      ${next.date ? html`<strong>${formatDate(props.dateLocale, next.date)}</strong>: ` : nothing}
      ${recheckText(next.action)}
    </p>
    ${
      props.assessment.recheck.some((item) => item.date)
        ? html`<button part="button" class="no-print" @click=${props.onDownloadReminders}>
            ${msg('Add reminders to my calendar', { id: 'plan.ics' })}
          </button>`
        : nothing
    }
  </section>`;
}

/** What does not help: one card, a short list, one Sources control. */
function doesNotHelp(steps: readonly PlanStep[]) {
  const sources = [...new Set(steps.flatMap((step) => step.sources))];
  return section(
    'does-not-help',
    groupHeading('does-not-help'),
    html`<div class="step does-not-help-card">
      <ul class="does-not-help-list">
        ${steps.map(
          (step) =>
            html`<li data-step=${step.id}>
              <strong>${stepTitle(step.id)}</strong>
              <span class="badge grade-${step.grade}">${gradeLabel(step.grade)}</span>
              <p>${stepHowTo(step.id)}</p>
            </li>`,
        )}
      </ul>
      ${sourcesControl(sources)}
    </div>`,
  );
}

function groupSteps(steps: readonly PlanStep[]): [StepGroup, PlanStep[]][] {
  const groups = new Map<StepGroup, PlanStep[]>();
  for (const step of steps) {
    const list = groups.get(step.group) ?? [];
    list.push(step);
    groups.set(step.group, list);
  }
  return [...groups];
}

/** Every emergency and same-day sign of the red-flag screen, in the same words. */
function whenToGetHelpLists({ whenToGetHelp, pregnancy }: Assessment) {
  const list = (heading: string, ids: readonly RedFlagId[]) =>
    ids.length
      ? html`<p class="get-help-heading"><strong>${heading}</strong></p>
          <ul class="get-help-list">
            ${ids.map((id) => html`<li>${redFlagLabel(id)}</li>`)}
          </ul>`
      : nothing;
  return html`${list(getHelpHeading('emergency'), whenToGetHelp.emergency)}
  ${
    pregnancy
      ? list(getHelpHeading('maternity'), [...whenToGetHelp.maternity, ...whenToGetHelp.sameDay])
      : list(getHelpHeading('same-day'), whenToGetHelp.sameDay)
  }`;
}
