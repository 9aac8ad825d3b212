/**
 * assess(): answers in, assessment out. Total (never throws), deterministic and pure
 * (`today` is an argument; nothing else from the outside is read).
 *
 * 1. Any emergency finding answered `true` → tier emergency, whatever else was answered or
 *    left out, even if other answers are malformed. Only the get-help and while-waiting
 *    steps are shown; the re-check is "call for emergency help now".
 * 2. Otherwise the answers must be valid and complete (every red flag answered, or "none
 *    of these"; onset; history; age band), else `{ ok: false, issues }`.
 * 3. Urgent finding → tier urgent: get help today first, then the comfort steps that are
 *    safe meanwhile.
 * 4. A "see a doctor soon" reason → tier soon: book an appointment first, then self-care.
 * 5. Otherwise tier self-care.
 */
import { parseIsoDate, todayDayNumber } from './dates.js';
import type { PlanContext } from './facts.js';
import { asksTrend, leastDaysElapsed, onsetToDays, phaseFor } from './phases.js';
import { CLINICAL_CONTENT } from './content-version.js';
import { whenToGetHelpFor } from './red-flags.js';
import { planWarnings, rankDoNow, selectSteps } from './plan.js';
import { recheckFor } from './recheck.js';
import { soonReasonsFor } from './soon-rules.js';
import {
  ANSWERS_VERSION,
  EMERGENCY_FINDINGS,
  PREGNANCY_FINDINGS,
  URGENT_FINDINGS,
  type Answers,
  type AssessResult,
  type Assessment,
  type Onset,
  type RedFlagId,
  type Tier,
  type TierReason,
  type ValidationIssue,
} from './types.js';
import { parseAnswers } from './validate.js';

interface Timing {
  daysSinceStart: number;
  /** The least whole days that may have passed (see leastDaysElapsed). */
  leastDays: number;
  /** Day number of the (estimated, for spans) start; null when today is unknown. */
  startDay: number | null;
}

function timingOf(onset: Onset, todayDay: number | null): Timing | null {
  const startOfDate = onset.kind === 'date' ? parseIsoDate(onset.date) : null;
  const days = onsetToDays(onset, todayDay, startOfDate);
  if (days === null) return null;
  return {
    daysSinceStart: days,
    leastDays: leastDaysElapsed(onset, days),
    startDay: onset.kind === 'date' ? startOfDate : todayDay === null ? null : todayDay - days,
  };
}

function assessment(
  context: PlanContext,
  tierReasons: TierReason[],
  startDay: number | null,
): Assessment {
  const steps = selectSteps(context);
  return {
    tier: context.tier,
    tierReasons,
    phase: context.phase,
    daysSinceStart: context.daysSinceStart,
    steps,
    doNow: rankDoNow(steps, context.phase),
    recheck: recheckFor(context.tier, context.daysSinceStart ?? 0, startDay),
    warnings: planWarnings(steps),
    whenToGetHelp: whenToGetHelpFor(context.tier, context.answers.pregnant === true),
    pregnancy: context.tier !== 'emergency' && context.answers.pregnant === true,
    clinicalContent: { ...CLINICAL_CONTENT },
  };
}

function emergency(
  findings: RedFlagId[],
  onset: Onset | undefined,
  todayDay: number | null,
): AssessResult {
  const timing = onset ? timingOf(onset, todayDay) : null;
  // Only the emergency findings matter for the emergency steps.
  const redFlags: Answers['redFlags'] = {};
  for (const id of findings) redFlags[id] = true;
  const context: PlanContext = {
    answers: { version: ANSWERS_VERSION, redFlags },
    tier: 'emergency',
    phase: timing ? phaseFor(timing.daysSinceStart, timing.leastDays) : null,
    daysSinceStart: timing ? timing.daysSinceStart : null,
  };
  return {
    ok: true,
    assessment: assessment(context, findings, timing ? timing.startDay : null),
  };
}

export function assess(input: unknown, today: Date | string): AssessResult {
  try {
    const { answers, issues } = parseAnswers(input, today);
    const todayDay = todayDayNumber(today);
    const findings = (ids: readonly RedFlagId[]) =>
      ids.filter((id) => answers.redFlags[id] === true);
    const emergencyFindings = findings(EMERGENCY_FINDINGS);
    if (emergencyFindings.length > 0) return emergency(emergencyFindings, answers.onset, todayDay);
    const timing = answers.onset ? timingOf(answers.onset, todayDay) : null;
    if (issues.length > 0 || !timing) {
      return { ok: false, issues: issues.length > 0 ? issues : [missingOnset()] };
    }
    const phase = phaseFor(timing.daysSinceStart, timing.leastDays);
    const base = { answers, phase, daysSinceStart: timing.daysSinceStart };
    // A true pregnancy sign always counts, even if the pregnancy answer says otherwise.
    const urgentFindings = findings([...URGENT_FINDINGS, ...PREGNANCY_FINDINGS]);
    let tier: Tier;
    let reasons: TierReason[];
    if (urgentFindings.length > 0) {
      tier = 'urgent';
      reasons = urgentFindings;
    } else {
      reasons = soonReasonsFor({ ...base, tier: 'soon' });
      tier = reasons.length > 0 ? 'soon' : 'self-care';
    }
    return { ok: true, assessment: assessment({ ...base, tier }, reasons, timing.startDay) };
  } catch {
    return {
      ok: false,
      issues: [
        { question: 'version', problem: 'malformed', detail: 'The answers could not be read.' },
      ],
    };
  }
}

function missingOnset(): ValidationIssue {
  return { question: 'onset', problem: 'missing', field: 'onset', detail: 'onset is not usable.' };
}

/**
 * Whether the guide asks "is it getting better?" for this onset: only once 48 hours may have
 * passed (phases.ts, asksTrend). False for an onset it cannot use.
 */
export function trendIsAsked(onset: Onset, today: Date | string): boolean {
  const todayDay = todayDayNumber(today);
  const timing = timingOf(onset, todayDay);
  return timing !== null && asksTrend(onset, timing.daysSinceStart);
}
