import { eventually } from '../support/eventually.js';
import type { BackSpasmGuide } from '../../src/index.js';

export interface Probe {
  errors: string[];
  rejections: string[];
  warnings: string[];
  violations: string[];
  storageWrites: string[];
}

export interface Frame {
  iframe: HTMLIFrameElement;
  window: Window & { probe: Probe };
  document: Document;
  guide: () => BackSpasmGuide;
}

/** Opens a scenario page in an iframe, as a host page of its own. */
export async function openPage(path: string, width = 800, height = 900): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.width = `${width}px`;
  iframe.style.height = `${height}px`;
  iframe.src = path;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Frame['window'];
  return {
    iframe,
    window: win,
    document: iframe.contentDocument!,
    guide: () => iframe.contentDocument!.querySelector('back-spasm-guide') as BackSpasmGuide,
  };
}

export async function renderedHeading(frame: Frame, timeout = 5000): Promise<string> {
  await eventually(
    () => frame.guide()?.shadowRoot?.querySelector('[data-screen-heading]'),
    'the guide did not render its first screen',
    { timeout },
  );
  return frame.guide().shadowRoot!.querySelector('[data-screen-heading]')!.textContent!.trim();
}

export function closeAll() {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
}
