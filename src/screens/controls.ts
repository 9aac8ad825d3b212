import { html, nothing } from 'lit';
import { msg } from '@lit/localize';

/** Small form building blocks shared by the question screens. Labels wrap their inputs,
 * so every control is named inside the same shadow root. */

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export function radioGroup<T extends string>(opts: {
  name: string;
  legend: string;
  hint?: string;
  choices: readonly Choice<T>[];
  selected: T | undefined;
  onSelect: (value: T) => void;
  /** The plan can be made without it: the legend says so. */
  optional?: boolean;
  /** Why the answer is needed, shown beside the question (see `questionError`). */
  error?: string;
}) {
  const errorId = `${opts.name}-error`;
  return html`
    <fieldset aria-describedby=${opts.error ? errorId : nothing}>
      <legend>
        ${opts.legend}
        ${
          opts.optional
            ? html`<span class="optional">(${msg('optional', { id: 'question.optional' })})</span>`
            : nothing
        }
      </legend>
      ${formError(errorId, opts.error)}
      ${opts.hint ? html`<p class="hint">${opts.hint}</p>` : nothing}
      ${opts.choices.map(
        (choice) => html`
          <label class="option">
            <input
              type="radio"
              name=${opts.name}
              .value=${choice.value}
              .checked=${opts.selected === choice.value}
              @change=${() => opts.onSelect(choice.value)}
            />
            <span>${choice.label}</span>
          </label>
        `,
      )}
    </fieldset>
  `;
}

export function checkbox(opts: {
  label: string;
  checked: boolean;
  onToggle: (checked: boolean) => void;
  name?: string;
  variant?: 'none';
}) {
  return html`
    <label class="option ${opts.variant === 'none' ? 'option-none' : ''}">
      <input
        type="checkbox"
        name=${opts.name ?? nothing}
        .checked=${opts.checked}
        @change=${(event: Event) => opts.onToggle((event.target as HTMLInputElement).checked)}
      />
      <span>${opts.label}</span>
    </label>
  `;
}

export function yesNoGroup(opts: {
  name: string;
  legend: string;
  yes: string;
  no: string;
  value: boolean | undefined;
  onSelect: (value: boolean) => void;
  optional?: boolean;
  error?: string;
}) {
  return radioGroup<'yes' | 'no'>({
    name: opts.name,
    legend: opts.legend,
    optional: opts.optional,
    error: opts.error,
    choices: [
      { value: 'yes', label: opts.yes },
      { value: 'no', label: opts.no },
    ],
    selected: opts.value === undefined ? undefined : opts.value ? 'yes' : 'no',
    onSelect: (value) => opts.onSelect(value === 'yes'),
  });
}

/** The question a message is about (a group's `name`), and the message. */
export interface QuestionError {
  question: string;
  message: string;
}

/** The message for one question, when the error is about it. */
export function errorFor(error: QuestionError | undefined, question: string): string | undefined {
  return error?.question === question ? error.message : undefined;
}

/**
 * A message beside its question. The flow moves focus to it when it appears, which reads it
 * out; Tab then goes on to the question's first option.
 */
export function formError(id: string, message: string | undefined) {
  return message
    ? html`<p id=${id} class="form-error" tabindex="-1" data-form-error>${message}</p>`
    : nothing;
}
