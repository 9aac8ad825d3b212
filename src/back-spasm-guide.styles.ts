import { css } from 'lit';

/**
 * The host resets every inherited property a hostile page might set, then takes
 * only the font family from the page. All layout uses logical properties for RTL.
 */
export const guideStyles = css`
  :host {
    all: initial;
    display: block;
    contain: content;
    box-sizing: border-box;
    font-family: var(--bsg-font-family, inherit);
    font-size: var(--bsg-font-size, 1rem);
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
    --bsg-color-urgent: #9a4a00;
    --bsg-color-soon: #6b5300;
    --bsg-color-self-care: #1d6b35;
    --bsg-radius: 0.75rem;
    --bsg-space: 1rem;
    --bsg-max-width: 40rem;
  }
  :host([hidden]) {
    display: none;
  }
  :host([data-theme='dark']) {
    --bsg-color-text: #e8ecf0;
    --bsg-color-muted: #b8c1cb;
    --bsg-color-surface: #16191d;
    --bsg-color-surface-alt: #22272d;
    --bsg-color-border: #46505b;
    --bsg-color-accent: #8cc4ff;
    --bsg-color-accent-text: #0d1117;
    --bsg-color-focus: #8cc4ff;
    --bsg-color-emergency: #ffb4ab;
    --bsg-color-urgent: #ffb86b;
    --bsg-color-soon: #f0d060;
    --bsg-color-self-care: #7fd89a;
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
  :host([compact]) .card {
    padding: var(--bsg-space);
    --bsg-space: 0.75rem;
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
  h2:focus-visible {
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
    display: inline-flex !important;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1.1rem;
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
  @media (forced-colors: active) {
    button,
    .button,
    .card {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 120ms ease;
    }
  }
`;
