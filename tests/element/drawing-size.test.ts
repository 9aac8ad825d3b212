import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { goTo, guideIn } from '../support/flow-driver.js';
import { eventually } from '../support/eventually.js';

/** The plan with every section open, once its drawings have arrived. */
async function openPlanDrawings(width: number) {
  const el = await guideIn('en-GB', width);
  await goTo(el, 'plan');
  for (const details of el.shadowRoot!.querySelectorAll('details:not(.sources)'))
    (details as HTMLDetailsElement).open = true;
  await eventually(() => el.shadowRoot!.querySelector('svg.illustration'), 'no drawings');
  return [...el.shadowRoot!.querySelectorAll<SVGSVGElement>('svg.illustration')];
}

describe('drawings large enough to read', () => {
  it('fill the step card at 320 px', async () => {
    const drawings = await openPlanDrawings(320);
    for (const drawing of drawings) {
      const card = drawing.closest<HTMLElement>('.step')!;
      const style = getComputedStyle(card);
      const inner =
        card.clientWidth -
        parseFloat(style.paddingInlineStart) -
        parseFloat(style.paddingInlineEnd);
      expect(drawing.getBoundingClientRect().width).to.be.within(inner - 1, inner + 1);
    }
  });

  it('are 14em wide beside the text at 1280 px', async () => {
    const drawings = await openPlanDrawings(1280);
    const em = parseFloat(getComputedStyle(drawings[0]!).fontSize);
    for (const drawing of drawings) {
      expect(drawing.getBoundingClientRect().width).to.be.within(14 * em - 1, 14 * em + 1);
      const text = drawing.closest('.step')!.querySelector('.step-text')!;
      expect(drawing.getBoundingClientRect().top).to.be.below(text.getBoundingClientRect().bottom);
    }
  });
});
