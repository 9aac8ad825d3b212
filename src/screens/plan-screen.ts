import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Assessment, PlanStep, RedFlagId, StepGroup } from '../clinical/types.js';
import { redFlagLabel } from '../content/clinical-text.js';
import { getHelpHeading, groupHeading, recheckText } from '../content/plan-text.js';
import { meanwhileNote } from '../content/tier-text.js';
import { formatDate } from '../i18n/format.js';
import type { SupportedLocale } from '../i18n/locales.js';
import { sourceItem, stepCard, warningItem, type StepCardProps } from './step-card.js';
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

export function planScreen(props: PlanScreenProps) {
  const { assessment, locale } = props;
  const groups = groupSteps(assessment.steps);
  const shownWarnings = new Set(assessment.steps.flatMap((step) => step.warnings ?? []));
  const otherWarnings = assessment.warnings.filter((id) => !shownWarnings.has(id));
  const citedSources = [...new Set(assessment.steps.flatMap((step) => step.sources))];
  return html`
    ${tierBanner(assessment, props.phone)}
    ${assessment.tier !== 'self-care' ? html`<p class="meanwhile">${meanwhileNote()}</p>` : nothing}
    ${groups.map(
      ([group, steps]) => html`
        <section class="plan-group group-${group}">
          <h3>${groupHeading(group)}</h3>
          <ol class="steps">
            ${steps.map((step) =>
              stepCard({
                step,
                locale,
                timer: props.timer,
                illustration: props.illustration,
                extra:
                  step.id === 'watch-for-warning-signs'
                    ? whenToGetHelpLists(assessment)
                    : undefined,
              }),
            )}
          </ol>
        </section>
      `,
    )}
    ${
      otherWarnings.length
        ? html`<section class="plan-group">
            <h3>${msg('Please note', { id: 'plan.notes' })}</h3>
            <ul>
              ${otherWarnings.map(warningItem)}
            </ul>
          </section>`
        : nothing
    }
    <section class="plan-group recheck">
      <h3>${msg('When to check again', { id: 'plan.recheck' })}</h3>
      <ul>
        ${assessment.recheck.map(
          (item) =>
            html`<li>
              ${item.date ? html`<strong>${formatDate(props.dateLocale, item.date)}</strong>: ` : nothing}
              ${recheckText(item.action)}
            </li>`,
        )}
      </ul>
    </section>
    <section class="print-only sources-list">
      <h3>${msg('Sources', { id: 'step.sources' })}</h3>
      <ul>
        ${citedSources.map(sourceItem)}
      </ul>
    </section>
    <p class="content-version muted">${contentVersionLine(assessment, props.dateLocale)}</p>
    <div class="actions no-print">
      <button part="button" @click=${props.onBack}>
        <span class="arrow-back" aria-hidden="true">←</span>${msg('Back', { id: 'nav.back' })}
      </button>
      <button part="button" @click=${props.onPrint}>
        ${msg('Print this plan', { id: 'plan.print' })}
      </button>
      ${
        assessment.recheck.some((item) => item.date)
          ? html`<button part="button" @click=${props.onDownloadReminders}>
              ${msg('Add reminders to my calendar', { id: 'plan.ics' })}
            </button>`
          : nothing
      }
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

function contentVersionLine({ clinicalContent }: Assessment, dateLocale: string): string {
  const version = clinicalContent.version;
  const reviewed = formatDate(dateLocale, clinicalContent.reviewed);
  const nextReview = formatDate(dateLocale, clinicalContent.nextReview);
  return msg(
    str`Clinical content version ${version}. Last reviewed ${reviewed}. Next review due ${nextReview}.`,
    { id: 'plan.content-version' },
  );
}
