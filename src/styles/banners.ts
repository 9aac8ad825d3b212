import { css } from 'lit';

/** Where to get help: the tier banner of the plan and the emergency screen, and the same-day notice. */
export const banners = css`
  .notice {
    padding: 0.75em;
    border-inline-start: 0.375em solid var(--bsg-color-urgent);
    background: var(--bsg-color-surface-alt);
    border-radius: 0.25em;
  }
  .tier {
    padding: var(--bsg-space);
    margin-block-end: var(--bsg-space);
    border-radius: var(--_radius-inner);
    border: 2px solid var(--_tier-color);
    border-inline-start-width: 0.5em;
    background: var(--bsg-color-surface-alt);
  }
  .tier h2 {
    color: var(--_tier-color);
  }
  .tier-emergency {
    --_tier-color: var(--bsg-color-emergency);
  }
  .tier-urgent {
    --_tier-color: var(--bsg-color-urgent);
  }
  .tier-soon {
    --_tier-color: var(--bsg-color-soon);
  }
  .tier-self-care {
    --_tier-color: var(--bsg-color-self-care);
  }
  .tier .call {
    margin-block-end: var(--bsg-space);
  }
  .tier-emergency .call {
    background: var(--bsg-color-emergency);
    border-color: var(--bsg-color-emergency);
    color: var(--bsg-color-emergency-text);
  }
  .reasons-label {
    margin-block-end: 0.25em;
    font-weight: 600;
  }
`;
