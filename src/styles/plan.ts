import { css } from 'lit';

/**
 * The plan: its summary ("Do this now", "Get help if", "Check again on"), then a collapsed
 * disclosure per group of steps. A result section is any titled section under the banner,
 * on the plan and on the emergency screen.
 */
export const plan = css`
  .result-section {
    margin-block-start: calc(var(--bsg-space) * 1.5);
  }
  .plan-summary {
    margin-block-start: var(--bsg-space);
  }
  .plan-summary h3 {
    margin-block-end: 0.25em;
  }
  .plan-summary p {
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
  .disclosure > summary {
    cursor: pointer;
    color: var(--bsg-color-accent);
    min-block-size: var(--_tap);
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .all-signs > summary {
    text-decoration: underline;
  }
  summary:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .disclosure {
    margin-block-start: 0.5em;
    border-block-start: 1px solid var(--bsg-color-border);
  }
  .disclosure > summary {
    list-style: none;
  }
  .disclosure > summary::-webkit-details-marker {
    display: none;
  }
  .disclosure > summary::before {
    content: '+';
    flex: none;
    inline-size: 1.25em;
    font-weight: 700;
  }
  .disclosure[open] > summary::before {
    content: '−';
  }
  .disclosure > summary h3 {
    margin: 0;
    font-size: 1.0625em;
  }
  .disclosure > .sources {
    margin-block: 0.5em;
    font-size: 0.875em;
  }
  .does-not-help-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .does-not-help-list p {
    margin-block: 0.125em 0.5em;
  }
  .print-only {
    display: none;
  }
`;
