import { css } from 'lit';

/** The question screens: one fieldset per question, its options, the date field, the errors. */
export const questions = css`
  fieldset {
    margin: 0 0 var(--bsg-space);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 700;
  }
  .optional {
    font-weight: 400;
    color: var(--bsg-color-muted);
  }
  .hint {
    margin-block: -0.25em 0.5em;
    color: var(--bsg-color-muted);
    font-size: 0.9375em;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-block-size: var(--_tap);
    padding-block: 0.5em;
    padding-inline: 0.75em;
    margin-block-end: 0.375em;
    border: 1px solid var(--bsg-color-border);
    border-radius: var(--_radius-inner);
    background: var(--bsg-color-surface-alt);
    cursor: pointer;
  }
  .option input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--bsg-color-accent);
  }
  .option:has(input:checked) {
    border-color: var(--bsg-color-accent);
    box-shadow: inset 0 0 0 1px var(--bsg-color-accent);
  }
  .option:has(input:focus-visible),
  input:focus-visible + span {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .option-none {
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin-block-end: var(--bsg-space);
  }
  .field input {
    font: inherit;
    color: inherit;
    background: var(--bsg-color-surface);
    border: 1px solid var(--bsg-color-border);
    border-radius: 0.4em;
    padding: 0.5em;
    min-block-size: var(--_tap);
    max-inline-size: 100%;
  }
  .form-error {
    color: var(--bsg-color-emergency);
    font-weight: 600;
  }
  /* Beside its question: inside the question's fieldset, under the legend. */
  fieldset > .form-error {
    margin-block: 0.25em 0.5em;
  }
  .form-error[hidden] {
    display: none;
  }
  [dir='rtl'] .arrow-back {
    transform: scaleX(-1);
  }
`;
