import { css } from 'lit';
import { base } from './base.js';
import { emergencySigns } from './emergency-signs.js';
import { media } from './media.js';
import { start } from './start.js';
import { tokens } from './tokens.js';

/**
 * What the first screen, the loading placeholder and the error boundary need. The flow chunk
 * brings the rest (flow-layer.ts) and the shell adopts it after this one.
 */
export const firstScreenStyles = css`
  ${tokens}
  ${base}
  ${emergencySigns}
  ${start}
  ${media}
`;
