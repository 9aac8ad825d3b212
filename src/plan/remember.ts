import { validateAnswers } from '../clinical/validate.js';
import { emptyAnswers, type Answers } from '../clinical/types.js';
import type { FlowScreen } from '../flow/shell.js';
import { plainCopy } from '../flow/plain-data.js';

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
 * The stored answers and screen (the record's JSON text) if they are still valid. Answers
 * part-way through the questions are valid (questions not yet answered are simply missing).
 */
export function parseRememberedAnswers(raw: string, today: Date): RememberedAnswers | undefined {
  try {
    const parsed = plainCopy(JSON.parse(raw));
    const record =
      parsed && typeof parsed === 'object' && 'answers' in parsed
        ? (parsed as { answers: unknown; screen?: unknown })
        : { answers: parsed, screen: 'plan' };
    const screen = SCREENS.find((name) => name === record.screen);
    const answers = record.answers;
    const issues = validateAnswers(answers, today).filter((issue) => issue.problem !== 'missing');
    if (screen && issues.length === 0 && answers && typeof answers === 'object') {
      return { answers: { ...emptyAnswers(), ...(answers as Answers) }, screen };
    }
  } catch {
    // Corrupt JSON: nothing usable.
  }
  return undefined;
}
