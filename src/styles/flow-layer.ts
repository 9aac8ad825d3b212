import { css } from 'lit';
import { banners } from './banners.js';
import { flowMedia } from './media.js';
import { plan } from './plan.js';
import { questions } from './questions.js';
import { redFlags } from './red-flags.js';
import { stepCard } from './step-card.js';
import { timer } from './timer.js';

/**
 * The styles of every screen after the first, adopted after the first screen's layer. Order
 * matters where two rules are equally specific: the timer's paragraph after the step card's.
 */
export const flowStyles = css`
  ${questions}
  ${banners}
  ${redFlags}
  ${plan}
  ${stepCard}
  ${timer}
  ${flowMedia}
`;
