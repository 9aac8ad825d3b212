import { css } from 'lit';

const darkTokens = css`
  --bsg-color-text: #e8ecf0;
  --bsg-color-muted: #b8c1cb;
  --bsg-color-surface: #16191d;
  --bsg-color-surface-alt: #22272d;
  --bsg-color-border: #46505b;
  --bsg-color-accent: #8cc4ff;
  --bsg-color-accent-text: #0d1117;
  --bsg-color-focus: #8cc4ff;
  --bsg-color-emergency: #ffb4ab;
  --bsg-color-emergency-text: #16191d;
  --bsg-color-emergency-surface: #3b1d1b;
  --bsg-color-urgent: #ffb86b;
  --bsg-color-soon: #f0d060;
  --bsg-color-self-care: #7fd89a;
`;

/**
 * The host resets every inherited property a hostile page might set, then takes
 * only the font family from the page. All layout uses logical properties for RTL.
 */
export const guideStyles = css`
  :host {
    all: initial;
    display: block;
    /*
     * Fill the line's width rather than shrink to content: size containment gives the host no
     * content width, so wherever it would shrink to fit (inside a vertical writing-mode article,
     * a float, an inline-block) it would be 0 px wide. Host styles still win.
     */
    inline-size: -webkit-fill-available;
    inline-size: stretch;
    clear: both;
    container-type: inline-size;
    contain: content;
    box-sizing: border-box;
    font-family: var(--bsg-font-family, inherit);
    font-size: var(--bsg-font-size, medium);
    line-height: 1.5;
    text-align: start;
    color: var(--bsg-color-text);
    --bsg-color-text: #1b1f24;
    --bsg-color-muted: #4a525c;
    --bsg-color-surface: #ffffff;
    --bsg-color-surface-alt: #f3f5f7;
    --bsg-color-border: #c9d0d8;
    --bsg-color-accent: #0b5cad;
    --bsg-color-accent-text: #ffffff;
    --bsg-color-focus: #0b5cad;
    --bsg-color-emergency: #b3261e;
    --bsg-color-emergency-text: #ffffff;
    --bsg-color-emergency-surface: #fdeceb;
    --bsg-color-urgent: #9a4a00;
    --bsg-color-soon: #6b5300;
    --bsg-color-self-care: #1d6b35;
    --bsg-radius: 0.75em;
    --bsg-space: 1em;
    --bsg-max-width: 40em;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .card {
    max-inline-size: var(--bsg-max-width);
    margin-inline: auto;
    padding: calc(var(--bsg-space) * 1.25);
    background: var(--bsg-color-surface);
    color: var(--bsg-color-text);
    border: 1px solid var(--bsg-color-border);
    border-radius: var(--bsg-radius);
    overflow-wrap: break-word;
  }
  /*
   * The first screen (and the quiet placeholder shown while a language or the questions load) reserves the
   * height its longest translation needs at this width, so nothing below the widget moves
   * when the words arrive. Figures measured per locale by tests/embed (start-screen heights),
   * plus 1em for the rule above the fine print (French is the longest at 280 and 800 px).
   */
  .reserve-first-screen {
    min-block-size: 26.5em;
  }
  @container (max-width: 37.5em) {
    .reserve-first-screen {
      min-block-size: 34.5em;
    }
  }
  @container (max-width: 25em) {
    .reserve-first-screen {
      min-block-size: 39em;
    }
  }
  @container (max-width: 20em) {
    .reserve-first-screen {
      min-block-size: 43.5em;
    }
  }
  :host([compact]) .card {
    padding: var(--bsg-space);
    --bsg-space: 0.75em;
  }
  h2,
  h3,
  p,
  ul,
  ol {
    margin-block: 0 var(--bsg-space);
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.125em;
    line-height: 1.3;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--bsg-color-focus);
    outline-offset: 2px;
  }
  .muted {
    color: var(--bsg-color-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--bsg-space) / 2);
    margin-block-start: var(--bsg-space);
  }
  button,
  .button {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding-block: 0.5em;
    padding-inline: 1.1em;
    border-radius: calc(var(--bsg-radius) / 1.5);
    border: 2px solid var(--bsg-color-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    background: var(--bsg-color-surface);
    color: var(--bsg-color-accent);
  }
  button.primary,
  .button.primary {
    background: var(--bsg-color-accent);
    color: var(--bsg-color-accent-text);
  }
  button:focus-visible,
  .button:focus-visible,
  input:focus-visible + span,
  summary:focus-visible {
    outline: 3px solid var(--bsg-color-focus);
    outline-offset: 2px;
  }
  button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  fieldset.group {
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
  .hint {
    margin-block: -0.25em 0.5em;
    color: var(--bsg-color-muted);
    font-size: 0.9375em;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-block-size: 2.75em;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    margin-block-end: 0.375em;
    border: 1px solid var(--bsg-color-border);
    border-radius: calc(var(--bsg-radius) / 1.5);
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
  .option:has(input:focus-visible) {
    outline: 3px solid var(--bsg-color-focus);
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
    min-block-size: 2.75em;
    max-inline-size: 100%;
  }
  .form-error {
    color: var(--bsg-color-emergency);
    font-weight: 600;
  }
  .form-error[hidden] {
    display: none;
  }
  .notice {
    padding: 0.75em;
    border-inline-start: 0.375em solid var(--bsg-color-urgent);
    background: var(--bsg-color-surface-alt);
    border-radius: 0.25em;
  }
  .tier {
    padding: var(--bsg-space);
    margin-block-end: var(--bsg-space);
    border-radius: calc(var(--bsg-radius) / 1.5);
    border: 2px solid var(--tier-color);
    border-inline-start-width: 0.5em;
    background: var(--bsg-color-surface-alt);
  }
  .tier h2 {
    color: var(--tier-color);
  }
  .tier-emergency {
    --tier-color: var(--bsg-color-emergency);
  }
  .tier-urgent {
    --tier-color: var(--bsg-color-urgent);
  }
  .tier-soon {
    --tier-color: var(--bsg-color-soon);
  }
  .tier-self-care {
    --tier-color: var(--bsg-color-self-care);
  }
  .tier .call {
    margin-block-end: var(--bsg-space);
  }
  .tier-emergency .call {
    background: var(--bsg-color-emergency);
    border-color: var(--bsg-color-emergency);
    color: var(--bsg-color-emergency-text);
  }
  /* Emergency signs: a red frame, a tinted ground and a "!" mark, never colour alone. */
  fieldset.group-emergency,
  .emergency-note {
    padding: 0.75em;
    border: 2px solid var(--bsg-color-emergency);
    border-inline-start-width: 0.5em;
    border-radius: 0.5em;
    background: var(--bsg-color-emergency-surface);
  }
  .group-emergency > legend,
  .emergency-note {
    font-weight: 700;
  }
  .group-emergency > legend {
    float: inline-start;
    inline-size: 100%;
    color: var(--bsg-color-emergency);
  }
  .group-emergency > legend + * {
    clear: both;
  }
  .group-emergency > legend::before,
  .emergency-note::before {
    content: '!' / '';
    display: inline-grid;
    place-items: center;
    inline-size: 1.4em;
    block-size: 1.4em;
    margin-inline-end: 0.4em;
    border: 2px solid var(--bsg-color-emergency);
    border-radius: 50%;
    background: var(--bsg-color-emergency);
    color: var(--bsg-color-emergency-text);
    font-weight: 800;
    line-height: 1;
  }
  fieldset.group-urgent {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--bsg-color-urgent);
  }
  .reasons-label {
    margin-block-end: 0.25em;
    font-weight: 600;
  }
  .plan-group {
    margin-block-start: calc(var(--bsg-space) * 1.5);
  }
  .summary {
    margin-block-start: var(--bsg-space);
  }
  .optional {
    font-weight: 400;
    color: var(--bsg-color-muted);
  }
  .progress {
    margin-block: 0 0.25em;
    font-size: 0.9375em;
  }
  .summary h3 {
    margin-block-end: 0.25em;
  }
  .summary p {
    margin-block: 0 0.5em;
  }
  .do-now-list {
    margin: 0;
    padding-inline-start: 1.5em;
    font-weight: 600;
  }
  .do-now-list li {
    margin-block-end: 0.25em;
  }
  .get-help-emergency {
    padding-inline-start: 0.5em;
    border-inline-start: 0.25em solid var(--bsg-color-emergency);
  }
  .all-signs > summary,
  .plan-section > summary {
    cursor: pointer;
    color: var(--bsg-color-accent);
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .all-signs > summary {
    text-decoration: underline;
  }
  .plan-section {
    margin-block-start: 0.5em;
    border-block-start: 1px solid var(--bsg-color-border);
  }
  .plan-section > summary {
    list-style: none;
  }
  .plan-section > summary::-webkit-details-marker {
    display: none;
  }
  .plan-section > summary::before {
    content: '+';
    flex: none;
    inline-size: 1.25em;
    font-weight: 700;
  }
  .plan-section[open] > summary::before {
    content: '−';
  }
  .plan-section > summary h3 {
    margin: 0;
    font-size: 1.0625em;
  }
  .does-not-help-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .does-not-help-list p {
    margin-block: 0.125em 0.5em;
  }
  .does-not-help-card {
    display: block;
  }
  .plan-section > .sources {
    margin-block: 0.5em;
    font-size: 0.875em;
  }
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .step {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: flex-start;
    padding: 0.875em;
    border: 1px solid var(--bsg-color-border);
    border-radius: calc(var(--bsg-radius) / 1.5);
    background: var(--bsg-color-surface-alt);
  }
  .step-text {
    flex: 1 1 16em;
    min-inline-size: 0;
  }
  .step h4 {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .step p {
    margin-block-end: 0.5em;
  }
  .step-warnings {
    margin-block: 0 0.5em;
    padding-inline-start: 1.25em;
    color: var(--bsg-color-text);
    font-size: 0.9375em;
  }
  .illustration {
    flex: 0 1 10em;
    inline-size: 10em;
    max-inline-size: 100%;
    block-size: auto;
    color: var(--bsg-color-accent);
  }
  [dir='rtl'] .illustration,
  [dir='rtl'] .arrow-back {
    transform: scaleX(-1);
  }
  .step-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    font-size: 0.875em;
  }
  .badge {
    display: inline-block;
    padding-block: 0.125em;
    padding-inline: 0.5em;
    border-radius: 999px;
    border: 1px solid var(--bsg-color-border);
    background: var(--bsg-color-surface);
  }
  .sources summary {
    cursor: pointer;
    min-block-size: 1.5em;
    color: var(--bsg-color-accent);
    text-decoration: underline;
  }
  .sources ul {
    margin-block: 0.5em 0;
    padding-inline-start: 1.25em;
  }
  .timer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block: 0.25em 0.75em;
  }
  .timer p {
    margin: 0;
    flex-basis: 100%;
  }
  .timer-line {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: 0.375em;
    min-inline-size: 0;
  }
  .timer-line button {
    padding-inline: 0.6em;
  }
  .timer .mute {
    padding-inline: 0.5em;
    flex: none;
  }
  .timer .mute[aria-pressed='true'] {
    background: var(--bsg-color-surface-alt);
  }
  .timer-set {
    font-weight: 700;
  }
  .step-timer-done {
    border: 2px solid var(--bsg-color-self-care);
  }
  .step-timer-done .timer-done::before {
    content: '✓ ' / '';
  }
  .clock {
    font-variant-numeric: tabular-nums;
    font-size: 1.5em;
    font-weight: 700;
    min-inline-size: 4ch;
  }
  .timer-done {
    font-weight: 700;
    color: var(--bsg-color-self-care);
  }
  .loading {
    min-block-size: 16em;
    color: var(--bsg-color-muted);
  }
  .print-only {
    display: none;
  }
  @media print {
    :host {
      contain: none;
    }
    .card {
      border: 0;
      padding: 0;
      max-inline-size: none;
    }
    button,
    .button,
    .no-print,
    .timer,
    .sources {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .plan-section > summary::before {
      content: none;
    }
    .plan-section > summary {
      color: inherit;
      min-block-size: 0;
    }
    .step {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    button,
    .button,
    .card {
      border-color: ButtonText;
    }
    .group-emergency,
    .emergency-note,
    .group-emergency > legend::before,
    .emergency-note::before {
      border-color: CanvasText;
    }
    .tier-emergency .call {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
      border-color: MarkText;
    }
  }

  /* ---- Issue 13, items 7 and 8 (one block, easy to move) ---- */
  /* The first screen's fine print sits at the foot of its reserved height, not above a gap. */
  .screen-start.reserve-first-screen {
    display: flex;
    flex-direction: column;
  }
  .start-footnote {
    margin-block: auto 0;
    padding-block-start: var(--bsg-space);
    border-block-start: 1px solid var(--bsg-color-border);
  }
  /* Drawings large enough to read: beside the text where there is room, else the card's width. */
  .step .illustration {
    flex: 0 1 14em;
    inline-size: 14em;
  }
  @container (max-width: 30em) {
    .step .illustration {
      flex: 1 1 100%;
      inline-size: 100%;
      max-inline-size: 20em;
    }
  }
  /* A validation message inside its question's group, under the legend. */
  .group > .form-error {
    margin-block: 0.25em 0.5em;
  }
`;
