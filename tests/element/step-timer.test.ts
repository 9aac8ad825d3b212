import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import sinon from 'sinon';
import { StepTimer, type TimerAnnouncement } from '../../src/timer/step-timer.js';

/** The least a controller needs: controllers, update requests, and the disconnect hook. */
class BareHost extends HTMLElement implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {
    this.updates += 1;
  }
  disconnectedCallback() {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}
customElements.define('bare-timer-host', BareHost);

describe('step timer (a bare host, no guide)', () => {
  let clock: sinon.SinonFakeTimers;
  let host: BareHost;
  let said: TimerAnnouncement[];
  let done: string[];
  let timer: StepTimer;

  beforeEach(() => {
    clock = sinon.useFakeTimers({
      now: Date.now(),
      toFake: ['setInterval', 'clearInterval', 'Date'],
    });
    host = document.createElement('bare-timer-host') as BareHost;
    document.body.append(host);
    said = [];
    done = [];
    timer = new StepTimer(
      host,
      (announcement) => said.push(announcement),
      (stepId) => done.push(stepId),
    );
  });
  afterEach(() => {
    clock.restore();
    host.remove();
  });

  const kinds = () => said.map((announcement) => announcement.kind);

  it('counts down from a deadline, says each minute left, and pausing stops the clock', () => {
    timer.start('heat-pack', 180);
    expect(timer.active).to.include({ stepId: 'heat-pack', remainingSeconds: 180 });
    clock.tick(60_000);
    expect(timer.active!.remainingSeconds).to.equal(120);
    expect(said.at(-1)).to.deep.equal({ kind: 'minutes-left', stepId: 'heat-pack', seconds: 120 });
    timer.pause();
    clock.tick(10 * 60_000);
    expect(timer.active).to.include({ status: 'paused', remainingSeconds: 120 });
    timer.resume();
    clock.tick(120_000);
    expect(timer.active).to.include({ status: 'done', remainingSeconds: 0 });
    expect(kinds()).to.deep.equal([
      'started',
      'minutes-left',
      'paused',
      'resumed',
      'minutes-left',
      'done',
    ]);
    expect(done).to.deep.equal(['heat-pack']);
    expect(clock.countTimers(), 'no tick left running').to.equal(0);
    expect(host.updates).to.be.greaterThan(0);
  });

  it('is not slowed by late ticks: the time left comes from the clock', () => {
    timer.start('cold-pack', 600);
    // One jump of five minutes, as a throttled background tab would see it.
    clock.setSystemTime(Date.now() + 300_000);
    clock.tick(250);
    expect(timer.active!.remainingSeconds).to.equal(300);
  });

  it('runs a hold set: hold, rest, hold… then done, once', () => {
    timer.start('exercise-knee-to-chest', 10, { repeats: 3, restSeconds: 5 });
    expect(timer.active).to.include({ repetition: 1, repeats: 3, resting: false });
    clock.tick(10_000);
    expect(timer.active).to.include({ repetition: 1, resting: true, remainingSeconds: 5 });
    clock.tick(5_000);
    expect(timer.active).to.include({ repetition: 2, resting: false, remainingSeconds: 10 });
    clock.tick(10_000 + 5_000 + 10_000);
    expect(timer.active!.status).to.equal('done');
    expect(
      said
        .filter((a) => a.kind === 'repetition' || a.kind === 'rest')
        .map((a) => (a.kind === 'rest' ? 'rest' : a.repetition)),
    ).to.deep.equal([1, 'rest', 2, 'rest', 3]);
    expect(done).to.deep.equal(['exercise-knee-to-chest']);
  });

  it('a set of one is a plain countdown', () => {
    timer.start('exercise-knee-to-chest', 10, { repeats: 1, restSeconds: 5 });
    expect(timer.active!.repetition).to.equal(undefined);
    clock.tick(10_000);
    expect(kinds()).to.deep.equal(['started', 'done']);
  });

  it('runs one timer at a time: a new start replaces the running one', () => {
    timer.start('heat-pack', 900);
    timer.start('cold-pack', 600);
    expect(timer.active!.stepId).to.equal('cold-pack');
    expect(clock.countTimers()).to.equal(1);
  });

  it('cancel announces; stop is silent; both leave nothing running', () => {
    timer.start('heat-pack', 900);
    timer.cancel();
    expect(said.at(-1)).to.deep.equal({ kind: 'cancelled', stepId: 'heat-pack' });
    timer.start('heat-pack', 900);
    const before = said.length;
    timer.stop();
    expect(said.length).to.equal(before);
    expect(timer.active).to.equal(undefined);
    expect(clock.countTimers()).to.equal(0);
  });

  it('keeps running when the host is moved, and stops when it is removed', async () => {
    timer.start('heat-pack', 900);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(host);
    await Promise.resolve();
    expect(timer.active!.status).to.equal('running');
    expect(clock.countTimers()).to.equal(1);
    host.remove();
    await Promise.resolve();
    expect(timer.active).to.equal(undefined);
    expect(clock.countTimers()).to.equal(0);
    elsewhere.remove();
  });
});
