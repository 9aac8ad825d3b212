import { eventually } from '../support/eventually.js';
import type { BackSpasmGuide } from '../../src/index.js';
import { click, walk, type Route } from './helpers.js';

export const ROUTES = {
  'self-care': {},
  chronic: { onset: 'More than 12 weeks ago' },
  pregnant: { pregnant: true },
  urgent: { flags: ['A high temperature'] },
} satisfies Record<string, Route>;

export async function walkTo(el: BackSpasmGuide, name: keyof typeof ROUTES) {
  await walk(el, ROUTES[name]);
  await eventually(
    () => el.shadowRoot!.querySelector('.tier') && !el.shadowRoot!.querySelector('.loading'),
    'no plan',
  );
  await el.updateComplete;
  void click;
}

/** Text the reader sees without opening anything (closed details hide all but their summary). */
export function visibleWords(el: BackSpasmGuide): number {
  const root = el.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let words = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent) continue;
    if (parent.closest('.print-only, .sr-only, svg, style')) continue;
    const closed = [...ancestorsDetails(parent)].some(
      (d) => !d.open && !parent.closest('summary')?.parentElement?.isSameNode(d),
    );
    if (closed) continue;
    if (parent.getClientRects().length === 0) continue;
    words += node.textContent!.trim().split(/\s+/).filter(Boolean).length;
  }
  return words;
}

function* ancestorsDetails(node: Element) {
  for (let d = node.closest('details'); d; d = d.parentElement?.closest('details') ?? null) yield d;
}

/** Tab stops from the banner heading to the Print button, in document order. */
export function tabsToPrint(el: BackSpasmGuide): number {
  const root = el.shadowRoot!;
  const focusables = [
    ...root.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea'),
  ].filter(
    (f) => f.getClientRects().length > 0 && !f.closest('details:not([open]) > :not(summary)'),
  );
  const print = focusables.findIndex((f) => /print/i.test(f.textContent ?? ''));
  return print + 1;
}

export function measurePlan(el: BackSpasmGuide) {
  const plan = el.shadowRoot!.querySelector<HTMLElement>('.tier')!.parentElement!;
  return {
    height: Math.round(plan.getBoundingClientRect().height),
    words: visibleWords(el),
    tabs: tabsToPrint(el),
  };
}
