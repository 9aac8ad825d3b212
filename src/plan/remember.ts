import { validateAnswers } from '../clinical/validate.js';
import type { Answers } from '../clinical/types.js';

/** Opt-in storage of answers on this device (the `remember` attribute). */

const STORAGE_KEY = 'back-spasm-guide:answers';

export function loadRememberedAnswers(today: Date): Answers | undefined {
  let raw: string | null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (validateAnswers(parsed, today).length === 0) return parsed as Answers;
  } catch {
    // Corrupt JSON falls through to the clean-up below.
  }
  forgetAnswers();
  return undefined;
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
