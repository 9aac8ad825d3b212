import { css } from 'lit';

/**
 * The first screen (and the quiet placeholder shown while a language or the questions load)
 * reserves the height its longest translation needs at this width, so nothing below the widget
 * moves when the words arrive. Figures measured per locale by tests/embed  (start-screen heights),
 * plus 1em for the rule above the fine print (French is the longest at 280 and 800 px).
 * The question screens' "Step 1 of 3" is here too: the first question's frame can show it
 * before the flow's styles arrive.
 */
export const start = css`
  .progress {
    margin-block: 0 0.25em;
    font-size: 0.9375em;
  }
  .reserve-first-screen {
    min-block-size: 26.5em;
  }
  @container (max-width: 37.5em) {
    .reserve-first-screen {
      min-block-size: 34.5em;
    }
  }
  @container (max-width: 25em) {
    .reserve-first-screen {
      min-block-size: 39em;
    }
  }
  @container (max-width: 20em) {
    .reserve-first-screen {
      min-block-size: 43.5em;
    }
  }
  /* The fine print sits at the foot of the reserved height, not above a gap. */
  .screen-start.reserve-first-screen {
    display: flex;
    flex-direction: column;
  }
  .start-footnote {
    margin-block: auto 0;
    padding-block-start: var(--bsg-space);
    border-block-start: 1px solid var(--bsg-color-border);
  }
`;
