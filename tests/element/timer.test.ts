import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { click, makeGuide, root, walk } from './helpers.js';

describe('step timers', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  it('counts a heat session down to the end, with pause, and announces politely', async () => {
    const el = await makeGuide();
    await walk(el, {});
    clock = sinon.useFakeTimers({
      now: Date.now(),
      toFake: ['setInterval', 'clearInterval', 'Date'],
    });
    const heat = root(el).querySelector('[data-step="heat-pack"]')!;
    const startButton = heat.querySelector('button')!;
    expect(startButton.textContent).to.contain('15 minutes');
    startButton.click();
    await el.updateComplete;
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.contain('Timer started: 15 minutes');
    expect(heat.querySelector('.clock')?.textContent).to.equal('15:00');

    clock.tick(60_000);
    await el.updateComplete;
    expect(heat.querySelector('.clock')?.textContent).to.equal('14:00');
    expect(status.textContent).to.contain('14 minutes left');

    await click(el, 'Pause');
    clock.tick(5 * 60_000);
    await el.updateComplete;
    expect(heat.querySelector('.clock')?.textContent).to.equal('14:00');
    expect(status.textContent).to.contain('paused');

    await click(el, 'Resume');
    clock.tick(14 * 60_000);
    await el.updateComplete;
    expect(status.textContent).to.contain('Time is up');
    expect(heat.querySelector('.timer-done')?.textContent).to.contain('Time is up');
  });

  it('runs one timer at a time', async () => {
    const el = await makeGuide();
    await walk(el, { onset: '1 to 2 weeks ago', trend: 'Getting better' });
    const timerButtons = [...root(el).querySelectorAll<HTMLButtonElement>('.timer button')];
    expect(timerButtons.length).to.be.greaterThan(1);
    timerButtons[0]!.click();
    await el.updateComplete;
    [...root(el).querySelectorAll<HTMLButtonElement>('.timer button')].at(-1)!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.timer-active').length).to.equal(1);
  });

  it('stops cleanly when the element is removed', async () => {
    const el = await makeGuide();
    await walk(el, {});
    clock = sinon.useFakeTimers({
      now: Date.now(),
      toFake: ['setInterval', 'clearInterval', 'Date'],
    });
    root(el).querySelector<HTMLButtonElement>('[data-step="heat-pack"] button')!.click();
    await el.updateComplete;
    expect(clock.countTimers()).to.equal(1);
    el.remove();
    await Promise.resolve();
    expect(clock.countTimers()).to.equal(0);
  });
});
