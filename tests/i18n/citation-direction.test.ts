import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { goTo, guideIn } from '../support/flow-driver.js';

/** Where a character of a text node is drawn. */
function charBox(node: Text, index: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  return range.getBoundingClientRect();
}

describe('English citations inside Arabic text', () => {
  it('are isolated left-to-right, in English, with their full stop after the last word', async () => {
    const el = await guideIn('ar', 320);
    await goTo(el, 'plan');
    for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
    await el.updateComplete;
    const citations = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.sources li > bdi')];
    expect(citations.length).to.be.greaterThan(3);
    for (const citation of citations) {
      expect(citation.closest('[dir]')!.getAttribute('dir')).to.equal('ltr');
      expect(citation.lang).to.equal('en');
      const text = [...citation.childNodes].find(
        (node): node is Text => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
      )!;
      const last = text.data.trimEnd().length - 1;
      expect(text.data[last], text.data).to.equal('.');
      // Left-to-right: the full stop is drawn to the right of the letter before it.
      const stop = charBox(text, last);
      const before = charBox(text, last - 1);
      expect(stop.left, text.data).to.be.at.least(before.right - 1);
    }
  });
});
