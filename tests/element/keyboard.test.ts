import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { heading, makeGuide } from './helpers.js';
import type { BackSpasmGuide } from '../../src/index.js';

function focusedText(el: BackSpasmGuide): string {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  if (!active) return '';
  return (active.closest('label') ?? active).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Presses Tab until the focused control's text matches, as a keyboard user would. */
async function tabTo(el: BackSpasmGuide, text: string) {
  for (let i = 0; i < 60; i++) {
    await sendKeys({ press: 'Tab' });
    if (focusedText(el) === text || focusedText(el).startsWith(text)) return;
  }
  throw new Error(`could not reach "${text}" with Tab on "${heading(el)}"`);
}

async function press(el: BackSpasmGuide, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('keyboard only', () => {
  it('completes the whole flow without a pointer', async () => {
    const el = await makeGuide();
    await tabTo(el, 'Start');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('First, a quick safety check');

    await tabTo(el, 'Yes'); // "Are you pregnant?": arrow to "No"
    await press(el, 'ArrowDown');
    await tabTo(el, 'None of these');
    await press(el, 'Space');
    await tabTo(el, 'Continue');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('When did it start?');

    await tabTo(el, 'Today');
    await press(el, 'ArrowDown'); // radio groups move with arrow keys
    await tabTo(el, 'This is the first time');
    await press(el, 'Space');
    await tabTo(el, 'Continue');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('About you');

    await tabTo(el, 'Under 16');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await tabTo(el, 'None of these');
    await press(el, 'Space');
    await tabTo(el, 'Mild');
    await press(el, 'Space');
    await tabTo(el, 'Yes'); // one leg: arrow to "No"
    await press(el, 'ArrowDown');
    await tabTo(el, 'Show my plan');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('You can look after this at home');
    expect(el.answers.onset).to.deep.equal({ kind: 'span', span: '1-2-days' });
    expect(el.answers.ageBand).to.equal('18-49');
    expect(el.assessment?.phase).to.equal('first-days');
  });
});
