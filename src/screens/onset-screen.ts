import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import {
  HISTORIES,
  ONSET_SPANS,
  type History,
  type Onset,
  type OnsetSpan,
} from '../clinical/types.js';
import { historyLabel, onsetSpanLabel } from '../content/question-text.js';
import { errorFor, formError, radioGroup, type QuestionError } from './controls.js';
import { navButtons } from './navigation.js';

type OnsetChoice = OnsetSpan | 'date';

export interface OnsetScreenProps {
  onset: Onset | undefined;
  history: History | undefined;
  /** Today as `YYYY-MM-DD`, the latest start date allowed. */
  today: string;
  /** `onset`, `onset-date` (in the future) or `history`. */
  error: QuestionError | undefined;
  onOnset: (onset: Onset | undefined) => void;
  onHistory: (history: History) => void;
  onBack: () => void;
  onNext: () => void;
}

export function onsetScreen(props: OnsetScreenProps) {
  const selected: OnsetChoice | undefined =
    props.onset?.kind === 'span'
      ? props.onset.span
      : props.onset?.kind === 'date'
        ? 'date'
        : undefined;
  const date = props.onset?.kind === 'date' ? props.onset.date : '';
  const choices = [
    ...ONSET_SPANS.map((span) => ({ value: span as OnsetChoice, label: onsetSpanLabel(span) })),
    {
      value: 'date' as OnsetChoice,
      label: msg('I know the date it started', { id: 'onset.date.choice' }),
    },
  ];
  return html`
    <h2 tabindex="-1" data-screen-heading aria-describedby="bsg-progress">
      ${msg('When did it start?', { id: 'onset.title' })}
    </h2>
    ${radioGroup<OnsetChoice>({
      name: 'onset',
      legend: msg('When did this back spasm start?', { id: 'onset.legend' }),
      choices,
      selected,
      error: errorFor(props.error, 'onset'),
      onSelect: (value) =>
        props.onOnset(
          value === 'date'
            ? { kind: 'date', date: date || props.today }
            : { kind: 'span', span: value },
        ),
    })}
    ${
      selected === 'date'
        ? html`<label class="field">
              <span>${msg('Start date', { id: 'onset.date.label' })}</span>
              <input
                type="date"
                aria-describedby=${errorFor(props.error, 'onset-date') ? 'onset-date-error' : nothing}
                max=${props.today}
                .value=${date}
                @change=${(event: Event) => {
                  const value = (event.target as HTMLInputElement).value;
                  props.onOnset(value ? { kind: 'date', date: value } : undefined);
                }}
              />
            </label>
            ${formError('onset-date-error', errorFor(props.error, 'onset-date'))}`
        : ''
    }
    ${radioGroup<History>({
      name: 'history',
      legend: msg('Has this happened before?', { id: 'history.legend' }),
      choices: HISTORIES.map((value) => ({ value, label: historyLabel(value) })),
      selected: props.history,
      onSelect: props.onHistory,
      error: errorFor(props.error, 'history'),
    })}
    ${navButtons({ onBack: props.onBack, onNext: props.onNext })}
  `;
}
