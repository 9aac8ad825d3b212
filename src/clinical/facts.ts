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

/** True when the person said none apply, or answered every medicine fact with no. */
export function medicineFactsAllClear(answers: Answers): boolean {
  const facts = answers.medicineFacts;
  if (!facts) return false;
  if (MEDICINE_FACTS.some((fact) => facts[fact] === true)) return false;
  return facts.none === true || MEDICINE_FACTS.every((fact) => facts[fact] === false);
}

/** Whole days from which team rehabilitation is suggested (about 6 weeks). */
export const TEAM_REHAB_FROM_DAY = 42;

export const FACT_RULES = [
  {
    id: 'heat-made-worse',
    description: 'the person said heat made the pain worse',
    holds: ({ answers }) => answers.heatMadeWorse === true,
  },
  {
    id: 'pregnant',
    description: 'the person said they are pregnant or might be',
    holds: ({ answers }) => answers.pregnant === true,
  },
  {
    id: 'nsaid-needs-advice',
    description:
      'an anti-inflammatory is not clearly safe without advice (NHS ibuprofen page): pregnant ' +
      'or pregnancy not ruled out, any listed caution (a past reaction to an anti-inflammatory, ' +
      'a stomach ulcer or bleeding, a heart, kidney, liver or blood-pressure problem or a past ' +
      "stroke, asthma or allergies, bleeding easily, Crohn's or colitis, chickenpox, trying to " +
      'get pregnant, other medicines every day), the medicine questions not all answered, ' +
      'under 16, or 65 and over',
    holds: ({ answers }) =>
      answers.pregnant !== false ||
      answers.ageBand === 'under-16' ||
      answers.ageBand === '65-plus' ||
      !medicineFactsAllClear(answers),
  },
  {
    id: 'bleeding-risk',
    description:
      'the person bleeds easily or takes other medicines every day (which may be a blood ' +
      'thinner; the guide does not ask which)',
    holds: ({ answers }) =>
      answers.medicineFacts?.['bleeds-easily'] === true ||
      answers.medicineFacts?.['daily-medicines'] === true,
  },
  {
    id: 'lasted-6-weeks',
    description: 'the pain has lasted about 6 weeks (42 days) or more',
    holds: ({ daysSinceStart }) => (daysSinceStart ?? 0) >= TEAM_REHAB_FROM_DAY,
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
    id: 'severe-or-unknown',
    description:
      'the person rated the pain severe, or did not say how bad it is (home exercises wait ' +
      'until it is known to be mild or moderate)',
    holds: ({ answers }) => answers.severity !== 'mild' && answers.severity !== 'moderate',
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
