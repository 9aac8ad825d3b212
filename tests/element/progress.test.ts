/**
 * A progress line on the question screens (issue 13, item 8): "Step 2 of 3", in the reader's
 * language (with the digits the guide uses everywhere), describing the screen's heading so it is read when focus moves there.
 */
import { expect } from '@open-wc/testing';
import type { BackSpasmGuide } from '../../src/index.js';
import { goTo, guideIn } from '../support/flow-driver.js';
import '../../src/index.js';
import { root } from './helpers.js';

function progressOf(el: BackSpasmGuide) {
  const heading = root(el).querySelector('[data-screen-heading]')!;
  const id = heading.getAttribute('aria-describedby');
  const line = id ? root(el).getElementById(id) : null;
  return line?.textContent?.replace(/\s+/g, ' ').trim();
}

describe('progress on the question screens', () => {
  it('says which step of three each question screen is, and describes its heading', async () => {
    const guide = await guideIn('en-GB');
    const seen: (string | undefined)[] = [];
    for (const screen of ['red-flags', 'onset', 'about'] as const) {
      await goTo(guide, screen);
      seen.push(progressOf(guide));
    }
    expect(seen).to.deep.equal(['Step 1 of 3', 'Step 2 of 3', 'Step 3 of 3']);
    await goTo(guide, 'plan');
    expect(root(guide).querySelector('.progress')).to.equal(null);
  });

  it('uses the reader’s language and the guide’s digits (Arabic)', async () => {
    const el = await guideIn('ar');
    await goTo(el, 'onset');
    expect(progressOf(el)).to.equal('الخطوة 2 من 3');
  });

  it('marks the questions the plan can do without as optional, and only those', async () => {
    const el = await guideIn('en-GB');
    await goTo(el, 'about');
    const legends = new Map(
      [...root(el).querySelectorAll('fieldset')].map((f) => [
        f.querySelector('input')?.getAttribute('name') ?? '',
        f.querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim(),
      ]),
    );
    for (const name of ['daily', 'trend', 'heat', 'coping'])
      expect(legends.get(name), name).to.match(/\(optional\)$/);
    for (const name of ['age', 'severity', 'one-leg'])
      expect(legends.get(name), name).to.not.include('optional');
  });
});
