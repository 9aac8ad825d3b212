import { eventually } from '../support/eventually.js';
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { BackSpasmGuide } from '../../src/index.js';
import { root } from '../support/flow-driver.js';

export {
  buttonByText,
  choose,
  chooseInGroup,
  click,
  heading,
  root,
  walk,
  type Route,
} from '../support/flow-driver.js';

export async function makeGuide(lang = 'en-GB', attrs: Record<string, string> = {}) {
  const el = await fixture<BackSpasmGuide>(
    html`<back-spasm-guide lang=${lang}></back-spasm-guide>`,
  );
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await eventually(
    () => el.shadowRoot?.querySelector('[data-screen-heading]'),
    'guide did not render',
    {
      timeout: 5000,
    },
  );
  await el.updateComplete;
  return el;
}

export function stepIds(el: BackSpasmGuide): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.dataset.step!);
}
