/**
 * Public entry of the clinical core: pure functions and data tables, no DOM, no Lit.
 */
export * from './types.js';
export { assess } from './assess.js';
export { parseAnswers, validateAnswers, type ValidateOptions } from './validate.js';
export { TIERS, STEP_GROUPS, EVIDENCE_GRADES, WARNING_IDS, QUESTION_IDS } from './ids.js';
export {
  SOURCES,
  SOURCE_IDS,
  getSource,
  isSourceId,
  type Source,
  type SourceId,
} from './sources.js';
export {
  RED_FLAG_RULES,
  RED_FLAG_IDS,
  isRedFlagId,
  isEmergencyFinding,
  isUrgentFinding,
  type RedFlagRule,
} from './red-flags.js';
export { SOON_RULES, SOON_REASONS, type SoonRule } from './soon-rules.js';
export {
  PHASE_RULES,
  PHASES,
  SPAN_RULES,
  MAX_DAYS,
  phaseForDays,
  type PhaseRule,
  type SpanRule,
} from './phases.js';
export { FACT_RULES, type FactId, type FactRule } from './facts.js';
export {
  STEP_RULES,
  STEP_IDS,
  CONFLICTING_STEPS,
  COMPANION_STEPS,
  getStepRule,
  isStepId,
  stepHasTag,
  type StepId,
  type StepRule,
  type StepTag,
  type ShowRule,
} from './steps.js';
export { RECHECK_POINTS, RECHECK_ACTIONS, type RecheckPoint } from './recheck.js';
export { renderRulesDoc } from './rules-doc.js';
