import { css } from 'lit';

const darkColours = css`
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
 * The public `--bsg-*` custom properties (the element's @cssprop list) with their defaults, in
 * light and dark, and the private `--_*` values derived from them: the inner radius of buttons,
 * options, banners and step cards; the smallest target a finger can hit (WCAG 2.5.5); the focus
 * ring. A host sets the public ones on the element, which wins over `:host`, so the derived
 * values follow. Nothing is derived from `--bsg-space`: `compact` changes it on the card, below
 * the host. No comments inside the CSS: they would ship.
 */
export const tokens = css`
  :host {
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
    --_radius-inner: calc(var(--bsg-radius) / 1.5);
    --_tap: 2.75em;
    --_focus-ring: 3px solid var(--bsg-color-focus);
  }
  :host([theme='dark']) {
    ${darkColours}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkColours}
    }
  }
`;
