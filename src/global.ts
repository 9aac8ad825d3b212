/**
 * Types of the classic scripts (`back-spasm-guide/classic`, `back-spasm-guide/classic/<locale>`):
 * they define `<back-spasm-guide>` (so the tag, its events and its class are typed, as with the
 * module build) and put the module's exports on `window.BackSpasmGuide`.
 */
import type * as BackSpasmGuideModule from './index.js';

export type * from './index.js';

declare global {
  var BackSpasmGuide: typeof BackSpasmGuideModule;
}
