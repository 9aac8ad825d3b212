import type { Answers } from './types.js';

/** 2: pregnancy asked with the red flags, new red flags, the NHS anti-inflammatory list. */
export const ANSWERS_VERSION = 2;

/** Answers before any question is answered. Its own module so the first screen takes only this. */
export function emptyAnswers(): Answers {
  return { version: ANSWERS_VERSION, redFlags: {} };
}
