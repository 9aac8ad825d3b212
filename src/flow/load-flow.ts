/**
 * The questions and the plan are a chunk of their own, fetched when the reader first shows
 * intent (points at, touches, focuses or presses the guide), never on a bare page view.
 */
export type FlowModule = typeof import('./guide-flow.js');

let flowModule: Promise<FlowModule> | undefined;

/** One download of the flow for every guide on the page; a failed one may be tried again. */
export function loadFlowModule(): Promise<FlowModule> {
  flowModule ??= import('./guide-flow.js')
    .then((module) => {
      // A CDN edge or proxy that answers 200 with an empty or cut-off file: treat it as failed.
      if (typeof module?.GuideFlow !== 'function') throw new Error('the flow chunk is incomplete');
      return module;
    })
    .catch((error: unknown) => {
      flowModule = undefined;
      throw error;
    });
  return flowModule;
}
