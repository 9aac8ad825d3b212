import { css } from 'lit';

/**
 * Emergency signs: a red frame with a tinted ground, and a "!" mark before the words, so colour
 * is never the only cue. The start screen's and the error boundary's emergency line wear both;
 * the red-flag screen's emergency group the frame, and its legend the mark.
 */
export const emergencySigns = css`
  .emergency-frame {
    padding: 0.75em;
    border: 2px solid var(--bsg-color-emergency);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius-inner);
    background: var(--bsg-color-emergency-surface);
  }
  .emergency-mark {
    font-weight: 700;
  }
  .emergency-mark::before {
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
`;
