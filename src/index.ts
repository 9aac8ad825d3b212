import { BackSpasmGuide } from './back-spasm-guide.js';
import { VERSION } from './version.js';

export { BackSpasmGuide } from './back-spasm-guide.js';
export type { Screen, Theme } from './back-spasm-guide.js';
export { VERSION } from './version.js';
export type * from './events.js';
export type * from './settings.js';
export type { Answers, EmergencyFinding, Phase, Tier } from './clinical/types.js';

export const TAG_NAME = 'back-spasm-guide';

type VersionedConstructor = CustomElementConstructor & { version?: string };

/** Defines the element once, however many copies of the script a page includes. */
function defineOnce(): void {
  const existing = customElements.get(TAG_NAME) as VersionedConstructor | undefined;
  if (!existing) {
    customElements.define(TAG_NAME, BackSpasmGuide);
    return;
  }
  if (existing !== BackSpasmGuide && existing.version !== VERSION) {
    console.warn(
      `<${TAG_NAME}>: version ${VERSION} was loaded after version ${existing.version ?? 'unknown'}; the first one is used.`,
    );
  }
}

defineOnce();

declare global {
  interface HTMLElementTagNameMap {
    'back-spasm-guide': BackSpasmGuide;
  }
}
