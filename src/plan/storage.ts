import type { Answers } from '../clinical/types.js';

/** Opt-in storage of answers on this device (the `remember` attribute). */

export const STORAGE_KEY = 'back-spasm-guide:answers';

export function readStoredAnswers(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberAnswers(answers: Answers): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(answers));
  } catch {
    // Storage full or blocked: remembering is a convenience, not a requirement.
  }
}

export function forgetAnswers(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored or storage blocked.
  }
}
