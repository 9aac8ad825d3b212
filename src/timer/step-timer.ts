import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type TimerStatus = 'running' | 'paused' | 'done';

/** One set of holds: hold, rest, hold… until every repetition is done. */
export interface HoldSet {
  repeats: number;
  restSeconds: number;
}

export interface ActiveTimer {
  stepId: string;
  totalSeconds: number;
  remainingSeconds: number;
  status: TimerStatus;
  /** Hold sets only: which repetition (from 1), and whether this is the rest after it. */
  repetition?: number;
  repeats?: number;
  resting?: boolean;
}

/** What the timer wants read out to screen readers; the view words it. */
export type TimerAnnouncement =
  | { kind: 'started' | 'paused' | 'resumed' | 'minutes-left'; stepId: string; seconds: number }
  | { kind: 'repetition'; stepId: string; repetition: number; repeats: number }
  | { kind: 'rest'; stepId: string; seconds: number }
  | { kind: 'done' | 'cancelled'; stepId: string };

/**
 * One countdown at a time for the plan's heat, cold and hold steps. It counts from a
 * deadline, not from ticks, so a busy page or a background tab cannot slow it down.
 * A hold set runs hold, rest, hold… for the step's count. It stops when the element leaves
 * the page; `onDone` is told when time is up (the tone and the vibration).
 */
export class StepTimer implements ReactiveController {
  active: ActiveTimer | undefined;
  private deadline = 0;
  private interval: ReturnType<typeof setInterval> | undefined;
  private holdSeconds = 0;
  private set: HoldSet | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly announce: (announcement: TimerAnnouncement) => void,
    private readonly onDone: (stepId: string) => void = () => {},
  ) {
    host.addController(this);
  }

  start(stepId: string, seconds: number, set?: HoldSet): void {
    this.stopTicking();
    this.holdSeconds = seconds;
    this.set = set && set.repeats > 1 ? set : undefined;
    this.active = { stepId, totalSeconds: seconds, remainingSeconds: seconds, status: 'running' };
    if (this.set) {
      this.active = { ...this.active, repetition: 1, repeats: this.set.repeats, resting: false };
    }
    this.runFrom(seconds);
    this.announce({ kind: 'started', stepId, seconds });
    if (this.set) {
      this.announce({ kind: 'repetition', stepId, repetition: 1, repeats: this.set.repeats });
    }
  }

  pause(): void {
    if (this.active?.status !== 'running') return;
    this.tick();
    this.stopTicking();
    this.active = { ...this.active, status: 'paused' };
    this.announce({
      kind: 'paused',
      stepId: this.active.stepId,
      seconds: this.active.remainingSeconds,
    });
    this.host.requestUpdate();
  }

  resume(): void {
    if (this.active?.status !== 'paused') return;
    this.active = { ...this.active, status: 'running' };
    this.runFrom(this.active.remainingSeconds);
    this.announce({
      kind: 'resumed',
      stepId: this.active.stepId,
      seconds: this.active.remainingSeconds,
    });
  }

  cancel(): void {
    if (!this.active) return;
    const { stepId } = this.active;
    this.stopTicking();
    this.active = undefined;
    this.announce({ kind: 'cancelled', stepId });
    this.host.requestUpdate();
  }

  /** Stops any timer without announcing it: its step is gone (new answers, a reset). */
  stop(): void {
    if (!this.active && this.interval === undefined) return;
    this.stopTicking();
    this.active = undefined;
    this.host.requestUpdate();
  }

  /** A move in the DOM reconnects within the same task: only a real removal stops the timer. */
  hostDisconnected(): void {
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.stopTicking();
      this.active = undefined;
    });
  }

  private runFrom(seconds: number): void {
    this.deadline = Date.now() + seconds * 1000;
    this.interval = setInterval(() => this.tick(), 250);
    this.host.requestUpdate();
  }

  private tick(): void {
    const timer = this.active;
    if (!timer || timer.status !== 'running') return;
    const remaining = Math.max(0, Math.ceil((this.deadline - Date.now()) / 1000));
    if (remaining === timer.remainingSeconds) return;
    this.active = { ...timer, remainingSeconds: remaining };
    if (remaining === 0) {
      this.next(timer);
    } else if (remaining % 60 === 0 && remaining < timer.totalSeconds) {
      this.announce({ kind: 'minutes-left', stepId: timer.stepId, seconds: remaining });
    }
    this.host.requestUpdate();
  }

  /** The end of a hold or a rest: the next part of the set, or the end of it all. */
  private next(timer: ActiveTimer): void {
    const set = this.set;
    const { stepId } = timer;
    if (set && timer.repetition !== undefined && timer.repetition < set.repeats) {
      const resting = !timer.resting;
      const repetition = resting ? timer.repetition : timer.repetition + 1;
      const seconds = resting ? set.restSeconds : this.holdSeconds;
      this.active = {
        ...timer,
        repetition,
        resting,
        totalSeconds: seconds,
        remainingSeconds: seconds,
      };
      this.deadline = Date.now() + seconds * 1000;
      if (resting) this.announce({ kind: 'rest', stepId, seconds });
      else this.announce({ kind: 'repetition', stepId, repetition, repeats: set.repeats });
      return;
    }
    this.stopTicking();
    this.active = { ...timer, remainingSeconds: 0, status: 'done' };
    this.announce({ kind: 'done', stepId });
    this.onDone(stepId);
  }

  private stopTicking(): void {
    if (this.interval !== undefined) clearInterval(this.interval);
    this.interval = undefined;
  }
}
