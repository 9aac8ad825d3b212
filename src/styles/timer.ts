import { css } from 'lit';

/** A step's timer: start, the running clock with pause, cancel and mute, and "time is up". */
export const timer = css`
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
`;
