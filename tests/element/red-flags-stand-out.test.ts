/**
 * Emergency signs stand out (issue 13, item 3): the emergency group on the red-flag screen and
 * the emergency line on the start screen have their own colour (with enough contrast in light
 * and dark), a frame and a "!" mark, so colour is never the only cue; forced colours keep the
 * frame and mark in system colours; the emergency screen's call button is in the emergency
 * colour.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { BackSpasmGuide } from '../../src/index.js';
import { goTo, guideIn } from '../support/flow-driver.js';

function rgb(colour: string): [number, number, number] {
  const [r, g, b] = colour.match(/[\d.]+/g)!.map(Number);
  return [r!, g!, b!];
}

function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

async function inTheme(el: BackSpasmGuide, theme: string) {
  el.setAttribute('theme', theme);
  await el.updateComplete;
}

describe('red flags that stand out', () => {
  for (const theme of ['light', 'dark']) {
    it(`sets the emergency group apart from the same-day group and the text (${theme})`, async () => {
      const el = await guideIn('en-GB', 320);
      await inTheme(el, theme);
      await goTo(el, 'red-flags');
      const root = el.shadowRoot!;
      const emergency = root.querySelector<HTMLElement>('.group-emergency')!;
      const urgent = root.querySelector<HTMLElement>('.group-urgent')!;
      const legend = emergency.querySelector('legend')!;
      const e = getComputedStyle(emergency);
      const u = getComputedStyle(urgent);
      const text = getComputedStyle(root.querySelector('p')!).color;
      expect(e.borderInlineStartColor).to.not.equal(u.borderInlineStartColor);
      expect(e.borderTopStyle, 'a frame, not colour alone').to.equal('solid');
      expect(getComputedStyle(legend, '::before').content, 'a mark').to.include('!');
      expect(getComputedStyle(legend).color).to.not.equal(text);
      expect(contrast(getComputedStyle(legend).color, e.backgroundColor)).to.be.at.least(4.5);
      expect(contrast(e.borderTopColor, e.backgroundColor)).to.be.at.least(3);
      // The options inside stay readable on the tinted ground.
      const option = emergency.querySelector<HTMLElement>('.option')!;
      const o = getComputedStyle(option);
      expect(contrast(o.color, o.backgroundColor)).to.be.at.least(4.5);
    });

    it(`sets the start screen's emergency line apart (${theme})`, async () => {
      const el = await guideIn('en-GB', 320);
      await inTheme(el, theme);
      const note = el.shadowRoot!.querySelector<HTMLElement>('.emergency-note')!;
      const n = getComputedStyle(note);
      const body = getComputedStyle(el.shadowRoot!.querySelector('p')!);
      expect(n.backgroundColor).to.not.equal(body.backgroundColor);
      expect(n.borderTopStyle).to.equal('solid');
      expect(getComputedStyle(note, '::before').content).to.include('!');
      expect(contrast(n.color, n.backgroundColor)).to.be.at.least(4.5);
    });

    it(`puts the emergency screen's call button in the emergency colour (${theme})`, async () => {
      const el = await guideIn('en-GB', 320);
      await inTheme(el, theme);
      await goTo(el, 'emergency');
      const root = el.shadowRoot!;
      const call = root.querySelector<HTMLElement>('.tier-emergency .call')!;
      const heading = root.querySelector<HTMLElement>('.tier-emergency h2')!;
      const c = getComputedStyle(call);
      expect(c.backgroundColor).to.equal(getComputedStyle(heading).color);
      expect(contrast(c.color, c.backgroundColor)).to.be.at.least(4.5);
    });
  }

  it('keeps the frame, the mark and the call button in system colours when forced', async () => {
    const el = await guideIn('en-GB', 320);
    const rules = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .filter((rule) => rule.conditionText.includes('forced-colors: active'))
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText))
      .join('\n');
    expect(rules).to.match(/\.group-emergency[^{]*\{[^}]*border-color: canvastext/i);
    expect(rules).to.match(/\.emergency-note::before[^{]*\{[^}]*border-color: canvastext/i);
    expect(rules).to.match(/\.tier-emergency \.call \{[^}]*background: mark/i);
  });
});
