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
}) {
  return html`
    <fieldset>
      <legend>
        ${opts.legend}
        ${
          opts.optional
            ? html`<span class="optional">(${msg('optional', { id: 'question.optional' })})</span>`
            : nothing
        }
      </legend>
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
}) {
  return radioGroup<'yes' | 'no'>({
    name: opts.name,
    legend: opts.legend,
    optional: opts.optional,
    choices: [
      { value: 'yes', label: opts.yes },
      { value: 'no', label: opts.no },
    ],
    selected: opts.value === undefined ? undefined : opts.value ? 'yes' : 'no',
    onSelect: (value) => opts.onSelect(value === 'yes'),
  });
}

export function formError(id: string, message: string | undefined) {
  return html`<p id=${id} class="form-error" role="alert" ?hidden=${!message}>${message ?? ''}</p>`;
}
