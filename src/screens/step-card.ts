import { html, nothing, svg, type TemplateResult } from 'lit';
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
import { muteLabel, repetitionText, restText } from '../content/timer-text.js';
import type { ActiveTimer, HoldSet } from '../timer/step-timer.js';

export interface StepTimerControls {
  active: ActiveTimer | undefined;
  muted: boolean;
  start: (stepId: string, seconds: number, set?: HoldSet) => void;
  pause: (stepId: string) => void;
  resume: (stepId: string) => void;
  cancel: (stepId: string) => void;
  toggleMute: () => void;
}

/** The tone on or off: a speaker, crossed out when muted. */
function muteButton(timer: StepTimerControls) {
  return html`<button
    part="button"
    class="mute"
    aria-pressed=${timer.muted ? 'true' : 'false'}
    aria-label=${muteLabel()}
    @click=${timer.toggleMute}
  >
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"></path>
      ${
        timer.muted
          ? svg`<path d="M16 9l5 6m0-6l-5 6" stroke="currentColor" stroke-width="2"></path>`
          : svg`<path d="M16 8a5 5 0 0 1 0 8" stroke="currentColor" stroke-width="2" fill="none"></path>`
      }
    </svg>
  </button>`;
}

export interface StepCardProps {
  step: PlanStep;
  locale: SupportedLocale;
  timer: StepTimerControls;
  illustration: (name: string, label: string) => TemplateResult | typeof nothing;
  /** More content after the how-to (the "when to get help" lists). */
  extra?: TemplateResult;
  /** False when the section lists its sources once for all its cards. */
  sources?: boolean;
}

/** One Sources control for a list of source ids (none when the list is empty). */
export function sourcesControl(ids: readonly string[]) {
  return ids.length
    ? html`<details class="sources">
        <summary>${msg('Sources', { id: 'step.sources' })}</summary>
        <ul>
          ${ids.map(sourceItem)}
        </ul>
      </details>`
    : nothing;
}

/**
 * One source as a reader sees it: the citation, then its DOI or web address. Citations are in
 * English: isolated left-to-right, so their punctuation stays in place in Arabic, and marked
 * `lang="en"`, so a screen reader reads them in an English voice.
 */
export function sourceItem(id: string) {
  const source = getSource(id);
  if (!source) return nothing;
  return html`<li>
    <bdi dir="ltr" lang="en">${source.citation}</bdi>
    ${
      source.url
        ? html` <a href=${source.url} target="_blank" rel="noopener noreferrer"
            ><bdi dir="ltr">${source.url}</bdi></a
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

export function stepCard({
  step,
  locale,
  timer,
  illustration,
  extra,
  sources = true,
}: StepCardProps) {
  const title = stepTitle(step.id);
  return html`
    <li
      class="step ${timer.active?.stepId === step.id && timer.active.status === 'done' ? 'step-timer-done' : ''}"
      data-step=${step.id}
    >
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
          ${sources ? sourcesControl(step.sources) : nothing}
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
  const set: HoldSet | undefined =
    spec.kind === 'hold' && spec.repeats && spec.restSeconds
      ? { repeats: spec.repeats, restSeconds: spec.restSeconds }
      : undefined;
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
      <button part="button" @click=${() => timer.start(step.id, spec.seconds, set)}>
        ${label}
      </button>
      ${muteButton(timer)}
    </div>`;
  }
  const where =
    active.repetition !== undefined && active.repeats !== undefined
      ? active.resting
        ? restText()
        : repetitionText(locale, active.repetition, active.repeats)
      : undefined;
  return html`<div
    class="timer timer-active"
    role="group"
    aria-label=${msg('Timer', { id: 'timer.label' })}
  >
    ${where ? html`<p class="timer-set">${where}</p>` : nothing}
    <div class="timer-line">
      <span class="clock" dir="ltr" aria-hidden="true"
        >${formatClock(locale, active.remainingSeconds)}</span
      >
      <span class="sr-only">${formatDuration(locale, active.remainingSeconds)}</span>
      ${
        active.status === 'running'
          ? html`<button part="button" @click=${() => timer.pause(step.id)}>
              ${msg('Pause', { id: 'timer.pause' })}
            </button>`
          : html`<button part="button" @click=${() => timer.resume(step.id)}>
              ${msg('Resume', { id: 'timer.resume' })}
            </button>`
      }
      <button part="button" @click=${() => timer.cancel(step.id)}>
        ${msg('Cancel', { id: 'timer.cancel' })}
      </button>
      ${muteButton(timer)}
    </div>
  </div>`;
}
