import { css } from 'lit';

/**
 * The host resets every inherited property a hostile page might set, then takes only the font
 * family from the page. It fills the line's width rather than shrink to content: size
 * containment gives the host no content width, so wherever it would shrink to fit (inside a
 * vertical writing-mode article, a float, an inline-block) it would be 0 px wide; host styles
 * still win. Then the card, headings, buttons and the utilities every screen uses; a heading the
 * guide focuses itself on each new screen has a lighter ring. All layout uses logical
 * properties for RTL.
 */
export const base = css`
  :host {
    all: initial;
    display: block;
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
  h2:focus-visible {
    outline: 2px solid var(--bsg-color-focus);
    outline-offset: 2px;
  }
  .muted {
    color: var(--bsg-color-muted);
  }
  .loading {
    min-block-size: 16em;
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
    min-block-size: var(--_tap);
    min-inline-size: var(--_tap);
    padding-block: 0.5em;
    padding-inline: 1.1em;
    border-radius: var(--_radius-inner);
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
  .button:focus-visible {
    outline: var(--_focus-ring);
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
`;
