import { ANSWERS_VERSION, type Answers } from '../../src/clinical/types.js';

/**
 * Complete, valid answers that give the self-care plan (no red flag, not pregnant, a few days
 * in, first time, age 18 to 49), with `patch` laid over them. One baseline for every test.
 */
export function validAnswers(patch: Partial<Answers> = {}): Answers {
  return {
    version: ANSWERS_VERSION,
    redFlags: {},
    noRedFlags: true,
    pregnant: false,
    onset: { kind: 'span', span: '3-7-days' },
    history: 'first-time',
    ageBand: '18-49',
    ...patch,
  };
}
