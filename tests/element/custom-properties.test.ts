/**
 * Every public custom property the element documents (@cssprop, read from the manifest) still
 * changes what the reader sees when a host sets it on the element: one probe per property, on a
 * screen that shows it. A documented property without a probe fails, so the table keeps up.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { BackSpasmGuide } from '../../src/index.js';
import { clicksFor } from '../support/screen-routes.js';
import { goTo, guideIn, type ScreenName } from '../support/flow-driver.js';

interface Probe {
  screen: ScreenName | 'soon-plan';
  selector: string;
  property: string;
  value: string;
  /** What the computed property reads then, when it is not the value itself. */
  expected?: string;
  /** The probe needs the element's keyboard focus (the focus ring). */
  focus?: boolean;
}

const COLOUR = 'rgb(1, 2, 3)';
const colour = (screen: Probe['screen'], selector: string, property: string): Probe => ({
  screen,
  selector,
  property,
  value: COLOUR,
});

const PROBES: Record<string, Probe> = {
  '--bsg-font-family': {
    screen: 'start',
    selector: '.card',
    property: 'font-family',
    value: 'monospace',
  },
  '--bsg-font-size': { screen: 'start', selector: '.card', property: 'font-size', value: '23px' },
  '--bsg-color-text': colour('start', '.card', 'color'),
  '--bsg-color-muted': colour('start', 'p.muted', 'color'),
  '--bsg-color-surface': colour('start', '.card', 'background-color'),
  '--bsg-color-surface-alt': colour('red-flags', '.option', 'background-color'),
  '--bsg-color-border': colour('start', '.card', 'border-top-color'),
  '--bsg-color-accent': colour('start', 'button.primary', 'background-color'),
  '--bsg-color-accent-text': colour('start', 'button.primary', 'color'),
  '--bsg-color-focus': { ...colour('start', 'button.primary', 'outline-color'), focus: true },
  '--bsg-color-emergency': colour('start', '.emergency-note', 'border-top-color'),
  '--bsg-color-urgent': colour('red-flags', '.signs-urgent', 'border-inline-start-color'),
  '--bsg-color-soon': colour('soon-plan', '.tier-soon h2', 'color'),
  '--bsg-color-self-care': colour('plan', '.tier-self-care h2', 'color'),
  '--bsg-radius': {
    screen: 'start',
    selector: '.card',
    property: 'border-top-left-radius',
    value: '7px',
  },
  '--bsg-space': {
    screen: 'start',
    selector: '.card',
    property: 'padding-top',
    value: '8px',
    expected: '10px', // the card's padding is 1.25 spaces
  },
  '--bsg-max-width': { screen: 'start', selector: '.card', property: 'max-width', value: '300px' },
};

async function documentedProperties(): Promise<string[]> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  const guide = manifest.modules
    .flatMap((module: { declarations?: { tagName?: string }[] }) => module.declarations ?? [])
    .find((declaration: { tagName?: string }) => declaration.tagName === 'back-spasm-guide');
  return guide.cssProperties.map((property: { name: string }) => property.name);
}

/** A plan that says "see a doctor soon": the pain stops the reader's daily activities. */
async function soonPlan(el: BackSpasmGuide) {
  await goTo(el, 'about');
  const root = el.shadowRoot!;
  for (const [selector, index = 0] of [
    ...clicksFor('about'),
    ['input[name="daily"]', 0] as const,
    ...clicksFor('next'),
  ]) {
    root.querySelectorAll<HTMLElement>(selector)[index]?.click();
    await el.updateComplete;
  }
}

async function show(el: BackSpasmGuide, screen: Probe['screen']) {
  if (screen === 'soon-plan') await soonPlan(el);
  else await goTo(el, screen);
}

async function read(el: BackSpasmGuide, probe: Probe): Promise<string> {
  await show(el, probe.screen);
  const target = el.shadowRoot!.querySelector<HTMLElement>(probe.selector);
  expect(target, `${probe.selector} on ${probe.screen}`).to.exist;
  if (probe.focus) {
    // Focus as the keyboard gives it, so the ring shows.
    target!.focus({ focusVisible: true } as FocusOptions);
    expect(target!.matches(':focus-visible'), 'the ring shows').to.equal(true);
  }
  return getComputedStyle(target!).getPropertyValue(probe.property);
}

describe('public custom properties', () => {
  it('has a probe for every documented property', async () => {
    expect(await documentedProperties()).to.have.members(Object.keys(PROBES));
  });

  for (const [name, probe] of Object.entries(PROBES)) {
    it(`${name} changes ${probe.property} of ${probe.selector} (${probe.screen})`, async () => {
      const el = await guideIn('en-GB', 800);
      const before = await read(el, probe);
      el.style.setProperty(name, probe.value);
      const after = await read(el, probe);
      expect(after).to.equal(probe.expected ?? probe.value);
      expect(before, 'the default differs from the probe').to.not.equal(after);
    });
  }
});
