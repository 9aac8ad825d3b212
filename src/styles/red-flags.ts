import { css } from 'lit';

/**
 * The red-flag screen's groups of signs: the emergency group in its frame (emergency-signs.ts)
 * with its legend on a line of its own, the same-day groups with a thinner edge.
 */
export const redFlags = css`
  .signs-emergency > legend {
    float: inline-start;
    inline-size: 100%;
    color: var(--bsg-color-emergency);
  }
  .signs-emergency > legend + * {
    clear: both;
  }
  .signs-urgent {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--bsg-color-urgent);
  }
`;
