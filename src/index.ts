import { BackSpasmGuide } from './back-spasm-guide.js';

export { BackSpasmGuide } from './back-spasm-guide.js';
export type { Theme } from './back-spasm-guide.js';

export const TAG_NAME = 'back-spasm-guide';

if (!customElements.get(TAG_NAME)) {
  customElements.define(TAG_NAME, BackSpasmGuide);
}

declare global {
  interface HTMLElementTagNameMap {
    'back-spasm-guide': BackSpasmGuide;
  }
}
