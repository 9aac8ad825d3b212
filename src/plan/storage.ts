import type { Answers } from '../clinical/types.js';
import type { FlowScreen } from '../flow/shell.js';

/**
 * Opt-in storage of answers on this device (the `remember` attribute). Each guide on a page has
 * its own key (`storageKey`); nothing is ever read or written while `remember` is off.
 */

export const STORAGE_KEY = 'back-spasm-guide:answers';

/** What one guide keeps: the answers so far and the screen the reader was on. */
export interface StoredRecord {
  answers: Answers;
  screen: FlowScreen;
}

/**
 * The key of one guide: its `id` when the host gave it one, else its position among the
 * page's guides (the first keeps the key earlier versions used).
 */
export function storageKey(id: string, position: number): string {
  if (id) return `${STORAGE_KEY}#${id.slice(0, 100)}`;
  return position > 0 ? `${STORAGE_KEY}@${position}` : STORAGE_KEY;
}

export function readStoredAnswers(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function rememberAnswers(key: string, record: StoredRecord): void {
  try {
    localStorage.setItem(key, JSON.stringify(record));
  } catch {
    // Storage full or blocked: remembering is a convenience, not a requirement.
  }
}

export function forgetAnswers(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored or storage blocked.
  }
}

/** The timer's mute control, kept beside the answers (only while `remember` is on). */
export function readTimerMuted(key: string): boolean {
  try {
    return localStorage.getItem(`${key}:muted`) === '1';
  } catch {
    return false;
  }
}

export function writeTimerMuted(key: string, muted: boolean): void {
  try {
    if (muted) localStorage.setItem(`${key}:muted`, '1');
    else localStorage.removeItem(`${key}:muted`);
  } catch {
    // Storage blocked: the control still works for this visit.
  }
}
