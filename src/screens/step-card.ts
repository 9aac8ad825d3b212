import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PlanStep } from '../clinical/types.js';
import { getSource } from '../clinical/sources.js';
import { gradeLabel, stepHowTo, stepTitle, warningText } from '../content/plan-text.js';
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
}

export function stepCard({ step, locale, timer, illustration }: StepCardProps) {
  const title = stepTitle(step.id);
  return html`
    <li class="step" data-step=${step.id}>
      <div class="step-text">
        <h4>${title}</h4>
        <p>${stepHowTo(step.id)}</p>
        ${
          step.warnings?.length
            ? html`<ul class="step-warnings">
                ${step.warnings.map((id) => html`<li>${warningText(id)}</li>`)}
              </ul>`
            : nothing
        }
        ${step.timer ? timerControls(step, locale, timer) : nothing}
        <div class="step-meta">
          <span class="badge grade-${step.grade}">${gradeLabel(step.grade)}</span>
          <details class="sources">
            <summary>${msg('Sources', { id: 'step.sources' })}</summary>
            <ul>
              ${step.sources.map((id) => html`<li>${getSource(id)?.citation ?? id}</li>`)}
            </ul>
          </details>
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
