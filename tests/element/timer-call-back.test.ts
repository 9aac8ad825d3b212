/**
 * Timers that call you back (issue 13, item 4): focus stays on the timer's control; at the end
 * a Web Audio tone (stubbed here), a vibration, a visible change and the announcement; a mute
 * control kept only with `remember`; hold timers run the whole set; one line at 320 px.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { BackSpasmGuide } from '../../src/index.js';
import { goTo, guideIn } from '../support/flow-driver.js';
import { eventually } from '../support/eventually.js';
import { makeGuide, root, walk } from './helpers.js';

const started: number[] = [];
class FakeAudioContext {
  currentTime = 0;
  destination = {};
  state = 'running';
  createOscillator() {
    return {
      frequency: { value: 0 },
      connect: (node: unknown) => node,
      start: () => started.push(this.currentTime),
      stop: () => {},
    };
  }
  createGain() {
    const gain = { setValueAtTime() {}, exponentialRampToValueAtTime() {} };
    return { gain, connect: (node: unknown) => node };
  }
  resume() {
    return Promise.resolve();
  }
  close() {
    return Promise.resolve();
  }
}

function stepEl(el: BackSpasmGuide, id: string) {
  return root(el).querySelector<HTMLElement>(`[data-step="${id}"]`)!;
}

function focused(el: BackSpasmGuide) {
  return root(el).activeElement as HTMLElement | null;
}

describe('timers that call you back', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  let vibrate: sinon.SinonSpy;
  const realAudio = window.AudioContext;
  beforeEach(() => {
    started.length = 0;
    (window as unknown as { AudioContext: unknown }).AudioContext = FakeAudioContext;
    vibrate = sinon.spy();
    Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
    localStorage.clear();
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    window.AudioContext = realAudio;
    delete (navigator as unknown as { vibrate?: unknown }).vibrate;
    localStorage.clear();
  });

  const fakeTime = () =>
    (clock = sinon.useFakeTimers({
      now: Date.now(),
      toFake: ['setInterval', 'clearInterval', 'Date'],
    }));

  it('keeps keyboard focus on the timer control on start, pause, resume and cancel', async () => {
    const el = await makeGuide();
    await walk(el, {});
    const heat = () => stepEl(el, 'heat-pack');
    heat().closest('details')!.open = true;
    heat().querySelector<HTMLElement>('.timer button')!.focus();
    expect(focused(el)?.textContent).to.contain('Start timer');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.textContent?.trim()).to.equal('Pause');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.textContent?.trim()).to.equal('Resume');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Cancel');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.textContent).to.contain('Start timer');
    expect(heat().contains(focused(el))).to.equal(true);
  });

  it('sounds a tone, vibrates, shows and announces the end', async () => {
    const el = await makeGuide();
    await walk(el, {});
    fakeTime();
    stepEl(el, 'heat-pack').querySelector<HTMLElement>('.timer button')!.click();
    await el.updateComplete;
    clock!.tick(15 * 60_000 - 2000);
    await el.updateComplete;
    expect(started.length, 'no tone before the end').to.equal(0);
    expect(vibrate.called).to.equal(false);
    clock!.tick(3000);
    await el.updateComplete;
    expect(started.length, 'a tone of two notes').to.equal(2);
    expect(vibrate.calledOnce).to.equal(true);
    expect(stepEl(el, 'heat-pack').classList.contains('step-timer-done')).to.equal(true);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Time is up');
  });

  it('stays silent when muted, and still vibrates', async () => {
    const el = await makeGuide();
    await walk(el, {});
    fakeTime();
    const mute = stepEl(el, 'heat-pack').querySelector<HTMLElement>('.mute')!;
    expect(mute.getAttribute('aria-pressed')).to.equal('false');
    mute.click();
    await el.updateComplete;
    expect(stepEl(el, 'heat-pack').querySelector('.mute')!.getAttribute('aria-pressed')).to.equal(
      'true',
    );
    stepEl(el, 'heat-pack').querySelector<HTMLElement>('.timer button')!.click();
    await el.updateComplete;
    clock!.tick(15 * 60_000 + 1000);
    await el.updateComplete;
    expect(started.length).to.equal(0);
    expect(vibrate.calledOnce).to.equal(true);
    expect(localStorage.length, 'nothing kept without remember').to.equal(0);
  });

  it('remembers the mute control only with remember', async () => {
    const el = await makeGuide('en-GB', { remember: '' });
    await walk(el, {});
    stepEl(el, 'heat-pack').querySelector<HTMLElement>('.mute')!.click();
    await el.updateComplete;
    expect(Object.keys(localStorage).some((key) => key.endsWith(':muted'))).to.equal(true);
    el.remove();
    const again = await makeGuide('en-GB', { remember: '' });
    await eventually(() => root(again).querySelector('[data-step="heat-pack"] .mute'), 'no plan');
    const mute = stepEl(again, 'heat-pack').querySelector('.mute')!;
    expect(mute.getAttribute('aria-pressed')).to.equal('true');
  });

  it('runs a whole hold set: hold, rest, repeat, announcing each repetition', async () => {
    const el = await makeGuide();
    await walk(el, { onset: '1 to 2 weeks ago', trend: 'Getting better' });
    fakeTime();
    const step = () => stepEl(el, 'exercise-knee-to-chest');
    const status = () => root(el).querySelector('[role="status"]')!.textContent!;
    step().querySelector<HTMLElement>('.timer button')!.click();
    await el.updateComplete;
    expect(step().querySelector('.timer-set')!.textContent).to.contain('Repetition 1 of 5');
    clock!.tick(10_000);
    await el.updateComplete;
    expect(step().querySelector('.timer-set')!.textContent).to.contain('Rest');
    expect(status()).to.contain('Rest');
    clock!.tick(5_000);
    await el.updateComplete;
    expect(status()).to.contain('Repetition 2 of 5');
    expect(step().querySelector('.clock')!.textContent).to.equal('0:10');
    // 5 holds of 10 s and 4 rests of 5 s: 70 s in all.
    clock!.tick(70_000 - 15_000 - 1000);
    await el.updateComplete;
    expect(status()).to.contain('Repetition 5 of 5');
    expect(started.length).to.equal(0);
    clock!.tick(2000);
    await el.updateComplete;
    expect(status()).to.contain('Time is up');
    expect(started.length).to.equal(2);
  });

  for (const lang of ['en-GB', 'ar', 'hi']) {
    it(`keeps the running timer's controls on one line at 320 px (${lang})`, async () => {
      const el = await guideIn(lang, 320);
      for (let i = 0; i < 40 && !root(el).querySelector('.timer button'); i++) {
        await goTo(el, 'plan');
        if (!root(el).querySelector('.timer button')) await new Promise((r) => setTimeout(r, 100));
      }
      const details = root(el).querySelector<HTMLDetailsElement>('details.plan-section')!;
      details.open = true;
      details.querySelector<HTMLElement>('.timer button')!.click();
      await el.updateComplete;
      const line = root(el).querySelector<HTMLElement>('.timer-line')!;
      const controls = [...line.querySelectorAll<HTMLElement>('.clock, button')];
      expect(controls.length).to.equal(4);
      const tops = controls.map((c) => Math.round(c.getBoundingClientRect().top));
      const bottoms = controls.map((c) => c.getBoundingClientRect().bottom);
      expect(Math.max(...tops) < Math.min(...bottoms), `one line: ${tops}`).to.equal(true);
      const card = line.closest('.step')!.getBoundingClientRect();
      for (const c of controls) expect(c.getBoundingClientRect().right).to.be.at.most(card.right);
      expect(controls.every((c) => c.getBoundingClientRect().left >= card.left)).to.equal(true);
    });
  }
});
