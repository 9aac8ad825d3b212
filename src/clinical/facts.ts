/**
 * Named facts about the person that step conditions refer to ("excluded when heat made it
 * worse", "needs advice before an anti-inflammatory", ...). Each is a small predicate over
 * validated answers, with a sentence a clinician can check against the code.
 */
import { MEDICINE_FACTS, type Answers, type Phase, type Tier } from './types.js';

export interface PlanContext {
  answers: Answers;
  tier: Tier;
  /** Null only for an emergency reached before the start was answered. */
  phase: Phase | null;
  daysSinceStart: number | null;
}

export interface FactRule {
  id: string;
  description: string;
  holds: (context: PlanContext) => boolean;
}

/** Medicine facts that mean "ask before an anti-inflammatory" (pregnancy is listed apart). */
export const NSAID_CONTRAINDICATIONS = [
  'stomach-ulcer-or-bleeding',
  'kidney-disease',
  'heart-disease',
  'blood-thinners',
  'aspirin-sensitive-asthma',
] as const;

/** True when the person said none apply, or answered every medicine fact with no. */
export function medicineFactsAllClear(answers: Answers): boolean {
  const facts = answers.medicineFacts;
  if (!facts) return false;
  if (MEDICINE_FACTS.some((fact) => facts[fact] === true)) return false;
  return facts.none === true || MEDICINE_FACTS.every((fact) => facts[fact] === false);
}

export const FACT_RULES = [
  {
    id: 'heat-made-worse',
    description: 'the person said heat made the pain worse',
    holds: ({ answers }) => answers.heatMadeWorse === true,
  },
  {
    id: 'pregnant',
    description: 'the person said they are pregnant',
    holds: ({ answers }) => answers.medicineFacts?.pregnant === true,
  },
  {
    id: 'nsaid-needs-advice',
    description:
      'an anti-inflammatory is not clearly safe without advice: pregnant, any caution ' +
      '(stomach ulcer or bleeding, kidney or heart disease, blood thinners, aspirin-sensitive ' +
      'asthma), the medicine questions not all answered, under 16, or 65 and over',
    holds: ({ answers }) =>
      answers.ageBand === 'under-16' ||
      answers.ageBand === '65-plus' ||
      !medicineFactsAllClear(answers),
  },
  {
    id: 'under-16',
    description: 'age band under 16',
    holds: ({ answers }) => answers.ageBand === 'under-16',
  },
  {
    id: '65-plus',
    description: 'age band 65 or over',
    holds: ({ answers }) => answers.ageBand === '65-plus',
  },
  {
    id: 'severe',
    description: 'the person rated the pain severe',
    holds: ({ answers }) => answers.severity === 'severe',
  },
  {
    id: 'mild',
    description: 'the person rated the pain mild',
    holds: ({ answers }) => answers.severity === 'mild',
  },
  {
    id: 'improving',
    description: 'the person said the pain is getting better',
    holds: ({ answers }) => answers.trend === 'better',
  },
  {
    id: 'serious-accident',
    description: 'red flag: the pain started after a serious accident or fall',
    holds: ({ answers }) => answers.redFlags['serious-accident'] === true,
  },
] as const satisfies readonly FactRule[];

export type FactId = (typeof FACT_RULES)[number]['id'];

const FACTS_BY_ID: ReadonlyMap<string, FactRule> = new Map(
  FACT_RULES.map((rule): [string, FactRule] => [rule.id, rule]),
);

export function factHolds(id: FactId, context: PlanContext): boolean {
  return FACTS_BY_ID.get(id)?.holds(context) ?? false;
}
