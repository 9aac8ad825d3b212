import { css } from 'lit';

/**
 * Paper and forced colours, last in each layer so they win over the rules they adjust: `media`
 * for what the first screen draws, `flowMedia` for the flow's screens. The dark theme is a set
 * of token values (tokens.ts); nothing moves, so there is nothing to reduce for reduced motion.
 */
export const media = css`
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
    .no-print {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .button,
    .card {
      border-color: ButtonText;
    }
    .emergency-frame,
    .emergency-mark::before {
      border-color: CanvasText;
    }
  }
`;

export const flowMedia = css`
  @media print {
    .timer,
    .sources {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .disclosure > summary::before {
      content: none;
    }
    .disclosure > summary {
      color: inherit;
      min-block-size: 0;
    }
    .step {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .tier-emergency .call {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
      border-color: MarkText;
    }
  }
`;
