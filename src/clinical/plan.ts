/**
 * Picks the steps of the plan from the step table: a step is shown when one of its
 * `showIn` rows matches the tier and phase (and that row's facts hold), all its `requires`
 * facts hold and none of its `excludedBy` facts do. Order: group order, then table order.
 */
import { factHolds, type PlanContext } from './facts.js';
import { EVIDENCE_GRADES, STEP_GROUPS, WARNING_IDS } from './ids.js';
import { STEP_RULES, stepHasTag, type ShowRule, type StepRule } from './steps.js';
import type { Phase, PlanStep, StepGroup, WarningId } from './types.js';

function rowMatches(row: ShowRule, context: PlanContext): boolean {
  if (!row.tiers.includes(context.tier)) return false;
  if (row.phases !== 'any' && (context.phase === null || !row.phases.includes(context.phase))) {
    return false;
  }
  return (row.requires ?? []).every((fact) => factHolds(fact, context));
}

export function stepApplies(rule: StepRule, context: PlanContext): boolean {
  return (
    rule.showIn.some((row) => rowMatches(row, context)) &&
    (rule.requires ?? []).every((fact) => factHolds(fact, context)) &&
    !(rule.excludedBy ?? []).some((fact) => factHolds(fact, context))
  );
}

export function sortWarnings(warnings: Iterable<WarningId>): WarningId[] {
  const set = new Set(warnings);
  return WARNING_IDS.filter((id) => set.has(id));
}

function toPlanStep(rule: StepRule, context: PlanContext): PlanStep {
  const step: PlanStep = {
    id: rule.id,
    group: rule.group,
    grade: rule.grade,
    sources: [...rule.sources],
  };
  if (rule.timer) step.timer = { ...rule.timer };
  if (rule.illustration) step.illustration = rule.illustration;
  const warnings = sortWarnings([
    ...(rule.warnings ?? []),
    ...(rule.warningsWhen ?? [])
      .filter((entry) => factHolds(entry.when, context))
      .map((entry) => entry.warning),
  ]);
  if (warnings.length > 0) step.warnings = warnings;
  return step;
}

/** The step table in plan order: by group, then by table order within a group. */
const RULES_IN_PLAN_ORDER: readonly StepRule[] = STEP_GROUPS.flatMap((group) =>
  (STEP_RULES as readonly StepRule[]).filter((rule) => rule.group === group),
);

export function selectSteps(context: PlanContext): PlanStep[] {
  return RULES_IN_PLAN_ORDER.filter((rule) => stepApplies(rule, context)).map((rule) =>
    toPlanStep(rule, context),
  );
}

/** Every warning of the plan's steps, in WARNING_IDS order. */
export function planWarnings(steps: readonly PlanStep[]): WarningId[] {
  return sortWarnings(steps.flatMap((step) => step.warnings ?? []));
}

/** How many steps "Do this now" lists at most. */
export const DO_NOW_COUNT = 3;

/**
 * Groups whose steps can be a first thing to do. Left out: get-help (the tier banner says it
 * first), medicines (never without their cautions and questions), prevention and
 * does-not-help (not for now).
 */
export const DO_NOW_GROUPS: readonly StepGroup[] = [
  'while-waiting',
  'right-now',
  'next-days',
  'as-it-eases',
];

/** Steps that are information rather than an action; the plan shows them in their groups. */
export const DO_NOW_LEFT_OUT: readonly string[] = ['expect-to-improve', 'watch-for-warning-signs'];

/** Within one grade, the group that fits the phase best comes first. */
function phaseGroupRank(group: StepGroup, phase: Phase | null): number {
  const late = phase === 'subacute' || phase === 'chronic';
  const order: readonly StepGroup[] = late
    ? ['while-waiting', 'as-it-eases', 'right-now', 'next-days']
    : ['while-waiting', 'right-now', 'next-days', 'as-it-eases'];
  return order.indexOf(group);
}

/**
 * "Do this now": the plan's steps that can be done now, ranked (1) staying active (steps
 * tagged `movement`) first, (2) by evidence grade, strong to practice, (3) by the group that
 * fits the phase (first days and acute: right-now, then next-days, then as-it-eases; from 4
 * weeks: as-it-eases first), (4) plan order. The first DO_NOW_COUNT are taken.
 */
export function rankDoNow(steps: readonly PlanStep[], phase: Phase | null): string[] {
  const candidates = steps
    .map((step, index) => ({ step, index }))
    .filter(({ step }) => DO_NOW_GROUPS.includes(step.group) && !DO_NOW_LEFT_OUT.includes(step.id));
  const key = ({ step, index }: { step: PlanStep; index: number }) => [
    stepHasTag(step.id, 'movement') ? 0 : 1,
    EVIDENCE_GRADES.indexOf(step.grade),
    phaseGroupRank(step.group, phase),
    index,
  ];
  return candidates
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
      return 0;
    })
    .slice(0, DO_NOW_COUNT)
    .map(({ step }) => step.id);
}
