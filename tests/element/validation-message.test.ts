import { expect } from '@open-wc/testing';
import { chooseInGroup, choose, click, makeGuide, root } from './helpers.js';
import type { BackSpasmGuide } from '../../src/index.js';

/** The one message on screen: where it sits, whether it has focus, what it describes. */
function message(el: BackSpasmGuide) {
  const shown = [...root(el).querySelectorAll<HTMLElement>('.form-error')];
  expect(shown.length, 'one message at a time').to.equal(1);
  const [error] = shown as [HTMLElement];
  return {
    error,
    focused: root(el).activeElement === error,
    group: error.closest('fieldset')?.querySelector('legend')?.textContent?.trim(),
    describes: [...root(el).querySelectorAll(`[aria-describedby~="${error.id}"]`)],
  };
}

describe('a validation message beside its question', () => {
  it('red flags, nothing ticked: above the signs, focused, describing each group of signs', async () => {
    const el = await makeGuide();
    await click(el, 'Start');
    await click(el, 'Continue');
    const { error, focused, describes } = message(el);
    expect(error.textContent).to.contain('None of these');
    expect(focused).to.equal(true);
    const firstSigns = root(el).querySelector('fieldset.signs-emergency')!;
    expect(
      error.compareDocumentPosition(firstSigns) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
    expect(describes).to.include(firstSigns);
    await expect(el).to.be.accessible();
  });

  it('red flags, pregnancy not answered: inside the pregnancy question', async () => {
    const el = await makeGuide();
    await click(el, 'Start');
    await choose(el, 'None of these');
    await click(el, 'Continue');
    const { group, focused, error, describes } = message(el);
    expect(group).to.contain('pregnant');
    expect(focused).to.equal(true);
    expect(describes.map((node) => node.tagName)).to.deep.equal(['FIELDSET']);
    // Tab from the message goes on to the question's first option.
    expect(error.nextElementSibling?.querySelector('input')?.value).to.equal('yes');
  });

  it('when it started: in the first question left unanswered', async () => {
    const el = await makeGuide();
    await click(el, 'Start');
    await chooseInGroup(el, 'pregnant', 'No');
    await choose(el, 'None of these');
    await click(el, 'Continue');
    await click(el, 'Continue');
    expect(message(el).group).to.equal('When did this back spasm start?');
    expect(message(el).focused).to.equal(true);
    await choose(el, '3 to 7 days ago');
    expect(root(el).querySelector('.form-error'), 'an answer clears it').to.equal(null);
    await click(el, 'Continue');
    expect(message(el).group).to.equal('Has this happened before?');
    expect(message(el).focused).to.equal(true);
  });

  it('about you: in the age question, then in the severity question', async () => {
    const el = await makeGuide();
    await click(el, 'Start');
    await chooseInGroup(el, 'pregnant', 'No');
    await choose(el, 'None of these');
    await click(el, 'Continue');
    await choose(el, '3 to 7 days ago');
    await choose(el, 'This is the first time');
    await click(el, 'Continue');
    await click(el, 'Show my plan');
    expect(message(el).group).to.equal('How old are you?');
    expect(message(el).focused).to.equal(true);
    await choose(el, '18 to 49');
    await click(el, 'Show my plan');
    expect(message(el).group).to.equal('How bad is the pain?');
    expect(message(el).focused).to.equal(true);
  });
});
