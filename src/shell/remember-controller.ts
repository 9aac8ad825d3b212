import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptyAnswers } from '../clinical/empty-answers.js';
import type { Answers } from '../clinical/types.js';
import type { FlowScreen } from '../flow/shell.js';
import { safeString } from '../i18n/tags.js';
import {
  forgetAnswers,
  readStoredAnswers,
  readTimerMuted,
  rememberAnswers,
  storageKey,
  writeTimerMuted,
} from '../plan/storage.js';

export interface RememberHost extends ReactiveControllerHost, HTMLElement {
  readonly remember: boolean;
}

/** What a guide keeps on the device while `remember` is on. */
export interface RememberedState {
  answers: Answers;
  screen: FlowScreen;
  muted: boolean;
}

export interface RememberOptions {
  /** The flow's state now; undefined until the flow has loaded. */
  current: () => RememberedState | undefined;
  /**
   * Shows the stored record (its JSON text) to the reader; true if it was usable, false if
   * not, undefined while the flow that can read it has not loaded.
   */
  restore: (storedJson: string) => boolean | undefined;
}

const EMPTY_RECORD = JSON.stringify({ answers: emptyAnswers(), screen: 'start' });

/**
 * The `remember` attribute: reads a returning reader's answers once, writes them after every
 * update while it is on, and forgets them when it is turned off or the reader asks.
 * Nothing is read or written while it is off.
 */
export class RememberController implements ReactiveController {
  private restored = false;
  private wasOn = false;
  private writtenJson = EMPTY_RECORD;
  private writtenMuted: boolean | undefined;

  constructor(
    private readonly host: RememberHost,
    private readonly options: RememberOptions,
  ) {
    host.addController(this);
  }

  /** This guide's key: its id, else its position among the page's guides. */
  key(): string {
    const id = safely(() => safeString(this.host.getAttribute('id')), '');
    const position = safely(
      () => [...this.host.ownerDocument.querySelectorAll(this.host.localName)].indexOf(this.host),
      0,
    );
    return storageKey(id, Math.max(0, position));
  }

  /** A returning reader's answers wait to be restored (the flow must load at once). */
  get waiting(): boolean {
    return this.host.remember && !this.restored && readStoredAnswers(this.key()) !== null;
  }

  /** The timer's mute choice kept on the device (false while `remember` is off). */
  storedMuted(): boolean {
    if (!this.host.remember) return false;
    this.writtenMuted ??= readTimerMuted(this.key());
    return this.writtenMuted;
  }

  /** Restores the stored answers once per element, as soon as the flow can read them. */
  restoreOnce(): void {
    if (this.restored || !this.host.remember) return;
    const key = this.key();
    const stored = readStoredAnswers(key);
    if (stored === null) {
      this.restored = true;
      return;
    }
    const usable = this.options.restore(stored);
    if (usable === undefined) return;
    this.restored = true;
    if (!usable) forgetAnswers(key);
    else this.writtenJson = recordJson(this.options.current()) ?? this.writtenJson;
  }

  /** The reader's "Forget": the answers and the mute choice leave the device. */
  forget(): void {
    const key = this.key();
    forgetAnswers(key);
    forgetAnswers(`${key}:muted`);
    this.writtenJson = EMPTY_RECORD;
    this.writtenMuted = this.options.current()?.muted;
  }

  hostUpdate(): void {
    const on = this.host.remember;
    if (on && !this.wasOn) this.restoreOnce();
    if (!on && this.wasOn) forgetAnswers(this.key());
    this.wasOn = on;
  }

  hostUpdated(): void {
    if (!this.host.remember) return;
    const state = this.options.current();
    if (!state) return;
    const key = this.key();
    const json = recordJson(state)!;
    if (json !== this.writtenJson) {
      this.writtenJson = json;
      if (json === EMPTY_RECORD) forgetAnswers(key);
      else rememberAnswers(key, { answers: state.answers, screen: state.screen });
    }
    if (state.muted !== this.storedMuted()) {
      this.writtenMuted = state.muted;
      writeTimerMuted(key, state.muted);
    }
  }
}

/** The value of `fn`, or `fallback` when it throws (a host's broken attribute or document). */
export function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function recordJson(state: RememberedState | undefined): string | undefined {
  return state && JSON.stringify({ answers: state.answers, screen: state.screen });
}
