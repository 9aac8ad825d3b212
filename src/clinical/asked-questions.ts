/**
 * Questions the guide asks only sometimes, each with the rule that decides it. When an
 * earlier answer changes so that a question is no longer asked, its answer is dropped as the
 * reader moves on (`withoutUnasked`), so a plan never rests on a question the reader did not see.
 */
import { trendIsAsked } from './assess.js';
import type { Answers, QuestionId } from './types.js';

export interface AskedQuestionRule {
  question: QuestionId;
  /** When the guide asks it, in words, for clinicians reading the rules. */
  askedWhen: string;
  isAsked: (answers: Answers, today: Date | string) => boolean;
}

export const ASKED_QUESTION_RULES = [
  {
    question: 'trend',
    askedWhen: 'once 48 hours may have passed since the start (`asksTrend`)',
    isAsked: (answers, today) => answers.onset !== undefined && trendIsAsked(answers.onset, today),
  },
] as const satisfies readonly AskedQuestionRule[];

export type SometimesAsked = (typeof ASKED_QUESTION_RULES)[number]['question'];

export function isAsked(question: SometimesAsked, answers: Answers, today: Date | string): boolean {
  return ASKED_QUESTION_RULES.every(
    (rule) => rule.question !== question || rule.isAsked(answers, today),
  );
}

/** The answers without those to questions the guide does not ask for them. */
export function withoutUnasked(answers: Answers, today: Date | string): Answers {
  const kept: Answers = { ...answers };
  for (const rule of ASKED_QUESTION_RULES) {
    if (!rule.isAsked(answers, today)) delete kept[rule.question];
  }
  return kept;
}
