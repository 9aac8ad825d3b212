/**
 * The element's events, typed on the global event maps: `addEventListener('bsg-plan-shown', …)`
 * on the element, an ancestor, `document` or `window` gets a typed `event.detail`. Every event
 * bubbles and is composed (it crosses shadow roots); none carries free text.
 */
import type { EmergencyFinding, Phase, Tier } from './clinical/types.js';
import type { FlowScreen } from './flow/shell.js';

/** `detail` of `bsg-screen-change`: the screen now shown. */
export interface BsgScreenChangeDetail {
  screen: FlowScreen;
}
/** `detail` of `bsg-plan-shown`: where to get help, the phase, and the ids of the plan's steps. */
export interface BsgPlanShownDetail {
  tier: Tier;
  phase: Phase;
  stepIds: string[];
  /** The clinical content version the plan was made with. */
  contentVersion: string;
}
/** `detail` of `bsg-emergency-shown`: the emergency warning signs the reader ticked. */
export interface BsgEmergencyShownDetail {
  findings: EmergencyFinding[];
}

export type BsgScreenChangeEvent = CustomEvent<BsgScreenChangeDetail>;
export type BsgPlanShownEvent = CustomEvent<BsgPlanShownDetail>;
export type BsgEmergencyShownEvent = CustomEvent<BsgEmergencyShownDetail>;

/** Every event of `<back-spasm-guide>` by name. */
export interface BackSpasmGuideEventMap {
  'bsg-screen-change': BsgScreenChangeEvent;
  'bsg-plan-shown': BsgPlanShownEvent;
  'bsg-emergency-shown': BsgEmergencyShownEvent;
}

declare global {
  // HTMLElementEventMap, DocumentEventMap and WindowEventMap all extend this one.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends BackSpasmGuideEventMap {}
}
