import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Assessment, PlanStep, StepGroup } from '../clinical/types.js';
import { getSource } from '../clinical/sources.js';
import { groupHeading, recheckText, warningText } from '../content/plan-text.js';
import { meanwhileNote } from '../content/tier-text.js';
import { formatDate } from '../i18n/format.js';
import type { SupportedLocale } from '../i18n/locales.js';
import { stepCard, type StepCardProps } from './step-card.js';
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
    ${tierBanner(assessment.tier, assessment.tierReasons, props.phone)}
    ${assessment.tier !== 'self-care' ? html`<p class="meanwhile">${meanwhileNote()}</p>` : nothing}
    ${groups.map(
      ([group, steps]) => html`
        <section class="plan-group group-${group}">
          <h3>${groupHeading(group)}</h3>
          <ol class="steps">
            ${steps.map((step) =>
              stepCard({ step, locale, timer: props.timer, illustration: props.illustration }),
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
              ${otherWarnings.map((id) => html`<li>${warningText(id)}</li>`)}
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
        ${citedSources.map((id) => html`<li>${getSource(id)?.citation ?? id}</li>`)}
      </ul>
    </section>
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
