import { readPartialAnswers } from '../clinical/validate.js';
import type { Answers } from '../clinical/types.js';
import type { FlowScreen } from '../flow/shell.js';
import { plainCopy } from '../flow/plain-data.js';
import { forgetAnswers, readStoredAnswers } from './storage.js';

const SCREENS: readonly FlowScreen[] = [
  'start',
  'red-flags',
  'onset',
  'about',
  'plan',
  'emergency',
];

export interface RememberedAnswers {
  answers: Answers;
  /** The screen the reader was on; a record from an older version says 'plan'. */
  screen: FlowScreen;
}

/**
 * The stored answers and screen if they are still valid answers part-way through the questions
 * (readPartialAnswers, the policy the `answers` property uses too); anything else is removed.
 */
export function loadRememberedAnswers(key: string, today: Date): RememberedAnswers | undefined {
  const raw = readStoredAnswers(key);
  if (!raw) return undefined;
  try {
    const parsed = plainCopy(JSON.parse(raw));
    const record =
      parsed && typeof parsed === 'object' && 'answers' in parsed
        ? (parsed as { answers: unknown; screen?: unknown })
        : { answers: parsed, screen: 'plan' };
    const screen = SCREENS.find((name) => name === record.screen);
    const answers = readPartialAnswers(record.answers, today);
    if (screen && answers) return { answers, screen };
  } catch {
    // Corrupt JSON falls through to the clean-up below.
  }
  forgetAnswers(key);
  return undefined;
}
