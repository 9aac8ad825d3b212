/**
 * Picks the steps of the plan from the step table: a step is shown when one of its
 * `showIn` rows matches the tier and phase (and that row's facts hold), all its `requires`
 * facts hold and none of its `excludedBy` facts do. Order: group order, then table order.
 */
import { factHolds, type PlanContext } from './facts.js';
import { STEP_GROUPS, WARNING_IDS } from './ids.js';
import { STEP_RULES, type ShowRule, type StepRule } from './steps.js';
import type { PlanStep, WarningId } from './types.js';

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
