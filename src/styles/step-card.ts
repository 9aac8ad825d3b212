import { css } from 'lit';

/** One step of the plan (and of the emergency screen's "while you wait"): its card, drawing and sources. */
export const stepCard = css`
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
    border-radius: var(--_radius-inner);
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
  /* Large enough to read: beside the text where there is room, else the card's width. */
  .illustration {
    flex: 0 1 14em;
    inline-size: 14em;
    max-inline-size: 100%;
    block-size: auto;
    color: var(--bsg-color-accent);
  }
  @container (max-width: 30em) {
    .illustration {
      flex: 1 1 100%;
      inline-size: 100%;
      max-inline-size: 20em;
    }
  }
  [dir='rtl'] .illustration {
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
`;
