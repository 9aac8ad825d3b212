import { validateAnswers } from '../clinical/validate.js';
import type { Answers } from '../clinical/types.js';
import { forgetAnswers, readStoredAnswers } from './storage.js';

/** The stored answers if they are still valid; anything else is removed. */
export function loadRememberedAnswers(today: Date): Answers | undefined {
  const raw = readStoredAnswers();
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
