import { css } from 'lit';

/**
 * The first screen (and the quiet placeholder shown while a language or the questions load)
 * reserves the height its longest translation needs at this width, so nothing below the widget
 * moves when the words arrive. Figures measured per locale by tests/embed (start-screen heights).
 * The question screens' "Step 1 of 3" is here too: the first question's frame can show it
 * before the flow's styles arrive.
 */
export const start = css`
  .progress {
    margin-block: 0 0.25em;
    font-size: 0.9375em;
  }
  .reserve-first-screen {
    min-block-size: 25.5em;
  }
  @container (max-width: 37.5em) {
    .reserve-first-screen {
      min-block-size: 33.5em;
    }
  }
  @container (max-width: 25em) {
    .reserve-first-screen {
      min-block-size: 38em;
    }
  }
  @container (max-width: 20em) {
    .reserve-first-screen {
      min-block-size: 42.5em;
    }
  }
`;
