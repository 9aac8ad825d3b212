import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PlanStep, WarningId } from '../clinical/types.js';
import { getSource } from '../clinical/sources.js';
import {
  gradeLabel,
  stepHowTo,
  stepTitle,
  warningItems,
  warningText,
} from '../content/plan-text.js';
import { formatClock, formatCount, formatDuration } from '../i18n/format.js';
import type { SupportedLocale } from '../i18n/locales.js';
import type { ActiveTimer } from '../timer/step-timer.js';

export interface StepTimerControls {
  active: ActiveTimer | undefined;
  start: (stepId: string, seconds: number) => void;
  pause: () => void;
  resume: () => void;
  cancel: () => void;
}

export interface StepCardProps {
  step: PlanStep;
  locale: SupportedLocale;
  timer: StepTimerControls;
  illustration: (name: string, label: string) => TemplateResult | typeof nothing;
  /** More content after the how-to (the "when to get help" lists). */
  extra?: TemplateResult;
}

/** One source as a reader sees it: the citation, then its DOI or web address. */
export function sourceItem(id: string) {
  const source = getSource(id);
  if (!source) return nothing;
  return html`<li>
    <bdi>${source.citation}</bdi>
    ${
      source.url
        ? html` <a href=${source.url} target="_blank" rel="noopener noreferrer"
            ><bdi>${source.url}</bdi></a
          >`
        : nothing
    }
  </li>`;
}

export function warningItem(id: WarningId) {
  const items = warningItems(id);
  return html`<li>
    ${warningText(id)}
    ${
      items.length
        ? html`<ul>
            ${items.map((item) => html`<li>${item}</li>`)}
          </ul>`
        : nothing
    }
  </li>`;
}

export function stepCard({ step, locale, timer, illustration, extra }: StepCardProps) {
  const title = stepTitle(step.id);
  return html`
    <li class="step" data-step=${step.id}>
      <div class="step-text">
        <h4>${title}</h4>
        <p>${stepHowTo(step.id)}</p>
        ${extra ?? nothing}
        ${
          step.warnings?.length
            ? html`<ul class="step-warnings">
                ${step.warnings.map(warningItem)}
              </ul>`
            : nothing
        }
        ${step.timer ? timerControls(step, locale, timer) : nothing}
        <div class="step-meta">
          <span class="badge grade-${step.grade}">${gradeLabel(step.grade)}</span>
          ${
            step.sources.length
              ? html`<details class="sources">
                  <summary>${msg('Sources', { id: 'step.sources' })}</summary>
                  <ul>
                    ${step.sources.map(sourceItem)}
                  </ul>
                </details>`
              : nothing
          }
        </div>
      </div>
      ${step.illustration ? illustration(step.illustration, title) : nothing}
    </li>
  `;
}

function timerControls(step: PlanStep, locale: SupportedLocale, timer: StepTimerControls) {
  const spec = step.timer!;
  const active = timer.active?.stepId === step.id ? timer.active : undefined;
  const duration = formatDuration(locale, spec.seconds);
  if (!active || active.status === 'done') {
    const label =
      spec.kind === 'hold'
        ? msg(str`Start hold timer: ${duration}`, { id: 'timer.start.hold' })
        : msg(str`Start timer: ${duration}`, { id: 'timer.start' });
    return html`<div class="timer">
      ${
        spec.repeats
          ? html`<p class="muted">
              ${msg(str`Repetitions: ${formatCount(locale, spec.repeats)}`, { id: 'timer.repeats' })}
            </p>`
          : nothing
      }
      ${
        active?.status === 'done'
          ? html`<p class="timer-done">${msg('Time is up.', { id: 'timer.done' })}</p>`
          : nothing
      }
      <button part="button" @click=${() => timer.start(step.id, spec.seconds)}>${label}</button>
    </div>`;
  }
  return html`<div
    class="timer timer-active"
    role="group"
    aria-label=${msg('Timer', { id: 'timer.label' })}
  >
    <span class="clock" dir="ltr" aria-hidden="true"
      >${formatClock(locale, active.remainingSeconds)}</span
    >
    <span class="sr-only">${formatDuration(locale, active.remainingSeconds)}</span>
    ${
      active.status === 'running'
        ? html`<button part="button" @click=${timer.pause}>
            ${msg('Pause', { id: 'timer.pause' })}
          </button>`
        : html`<button part="button" @click=${timer.resume}>
            ${msg('Resume', { id: 'timer.resume' })}
          </button>`
    }
    <button part="button" @click=${timer.cancel}>${msg('Cancel', { id: 'timer.cancel' })}</button>
  </div>`;
}
