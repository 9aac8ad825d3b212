import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import {
  buttonByText,
  choose,
  chooseInGroup,
  click,
  heading,
  makeGuide,
  root,
  stepIds,
  walk,
} from './helpers.js';

async function expectAccessibleInBothThemes(el: HTMLElement) {
  for (const theme of ['light', 'dark']) {
    el.setAttribute('theme', theme);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await expect(el).to.be.accessible();
  }
}

describe('the guide flow', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('walks the self-care route, with every screen accessible in light and dark', async () => {
    const el = await makeGuide();
    await expectAccessibleInBothThemes(el);
    await click(el, 'Start');
    expect(heading(el)).to.equal('First, a quick safety check');
    await expectAccessibleInBothThemes(el);
    await chooseInGroup(el, 'pregnant', 'No');
    await choose(el, 'None of these');
    await click(el, 'Continue');
    expect(heading(el)).to.equal('When did it start?');
    await expectAccessibleInBothThemes(el);
    await choose(el, '3 to 7 days ago');
    await choose(el, 'This is the first time');
    await click(el, 'Continue');
    expect(heading(el)).to.equal('About you');
    await expectAccessibleInBothThemes(el);
    const planShown = oneEvent(el, 'bsg-plan-shown');
    el.reset();
    await el.updateComplete;
    await walk(el, { trend: 'Getting better' });
    const { detail } = await planShown;
    expect(detail.tier).to.equal('self-care');
    expect(detail.phase).to.equal('acute');
    expect(Object.keys(detail).sort()).to.deep.equal([
      'contentVersion',
      'phase',
      'stepIds',
      'tier',
    ]);
    expect(heading(el)).to.equal('You can look after this at home');
    expect(stepIds(el)).to.include('heat-pack');
    expect(stepIds(el).some((id) => id.startsWith('exercise-'))).to.equal(true);
    expect(root(el).querySelector('.check-again')!.textContent!.trim()).to.not.equal('');
    await expectAccessibleInBothThemes(el);
  });

  it('focuses the new heading on every screen change', async () => {
    const el = await makeGuide();
    await click(el, 'Start');
    expect(root(el).activeElement?.textContent?.trim()).to.equal('First, a quick safety check');
  });

  it('ends at once on the emergency screen with a tel: link when an emergency sign is ticked', async () => {
    const el = await makeGuide('en-GB');
    const shown = oneEvent(el, 'bsg-emergency-shown');
    await walk(el, { flags: ['bladder'] });
    const { detail } = await shown;
    expect(detail.findings).to.deep.equal(['bladder-bowel-control']);
    expect(heading(el)).to.equal('Call for emergency help now');
    const call = root(el).querySelector<HTMLAnchorElement>('a[href^="tel:"]');
    expect(call?.getAttribute('href')).to.equal('tel:999');
    expect(root(el).textContent).to.contain('While you wait');
    await expectAccessibleInBothThemes(el);
  });

  it('without a region, names no number and says "your local emergency number"', async () => {
    const el = await makeGuide('en');
    await walk(el, { flags: ['bladder'] });
    expect(root(el).querySelector('a[href^="tel:"]')).to.equal(null);
    expect(root(el).textContent).to.contain('your local emergency number');
  });

  it('lets the host emergency-number win', async () => {
    const el = await makeGuide('en-GB', { 'emergency-number': '112' });
    await walk(el, { flags: ['bladder'] });
    expect(root(el).querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:112');
  });

  it('shows the urgent advice first, then the safe self-care meanwhile', async () => {
    const el = await makeGuide('en-GB');
    await walk(el, { flags: ['high temperature'] });
    expect(heading(el)).to.equal('Get medical help today');
    const banner = root(el).querySelector('.tier')!;
    const firstStep = root(el).querySelector('[data-step]')!;
    expect(
      banner.compareDocumentPosition(firstStep) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
    expect(root(el).querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:111');
    expect(stepIds(el).length).to.be.greaterThan(2);
    await expectAccessibleInBothThemes(el);
  });

  it('says see a doctor soon when it has not improved after weeks', async () => {
    const el = await makeGuide();
    await walk(el, { onset: '4 to 12 weeks ago', trend: 'About the same' });
    expect(heading(el)).to.equal('Book a visit to a doctor soon');
    expect(el.assessment?.phase).to.equal('subacute');
    await expectAccessibleInBothThemes(el);
  });

  it('asks again with a clear message when a question is skipped', async () => {
    const el = await makeGuide();
    await click(el, 'Start');
    await click(el, 'Continue');
    const error = root(el).querySelector('#redflags-error')!;
    expect(error.hasAttribute('hidden')).to.equal(false);
    expect(error.textContent).to.contain('None of these');
    expect(heading(el)).to.equal('First, a quick safety check');
  });

  it('keeps answers when moving back and forward', async () => {
    const el = await makeGuide();
    await click(el, 'Start');
    await chooseInGroup(el, 'pregnant', 'No');
    await choose(el, 'None of these');
    await click(el, 'Continue');
    await choose(el, '1 to 2 weeks ago');
    await choose(el, 'It happens often');
    await click(el, 'Back');
    expect(heading(el)).to.equal('First, a quick safety check');
    const none = root(el).querySelector<HTMLInputElement>('label.option-none input')!;
    expect(none.checked).to.equal(true);
    await click(el, 'Continue');
    const checked = [...root(el).querySelectorAll<HTMLInputElement>('input:checked')].map((input) =>
      input.closest('label')!.textContent!.trim(),
    );
    expect(checked).to.deep.equal(['1 to 2 weeks ago', 'It happens often']);
  });

  it('starts over with empty answers', async () => {
    const el = await makeGuide();
    await walk(el, {});
    await click(el, 'Start over');
    expect(heading(el)).to.equal('Low back spasm: what to do now');
    expect(el.answers.redFlags).to.deep.equal({});
    expect(el.assessment).to.equal(null);
  });

  it('hides every control in the print stylesheet and lists the sources', async () => {
    const el = await makeGuide();
    await walk(el, {});
    await emulateMedia({ media: 'print' });
    for (const button of root(el).querySelectorAll('button')) {
      expect(getComputedStyle(button).display).to.equal('none');
    }
    const sources = root(el).querySelector('.sources-list')!;
    expect(getComputedStyle(sources).display).to.equal('block');
    expect(sources.querySelectorAll('li').length).to.be.greaterThan(2);
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(sources).display).to.equal('none');
    expect(getComputedStyle(buttonByText(el, 'Print')).display).to.not.equal('none');
  });
});
