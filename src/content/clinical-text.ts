/**
 * The words the person reads before the plan: red-flag labels, reasons, and the emergency
 * steps (so the emergency screen never waits for a download). The plan's own words are in
 * plan-text.ts, loaded with the plan. The words the person reads for each clinical id. Every string goes through msg() with an
 * explicit id, at call time (never at module load), so the current locale answers. Plain
 * text only: no markup. Written fresh (never copied from the source articles), for a reading
 * age of about 11 to 13, without idioms, and never with a medicine dose.
 */
import { msg } from '@lit/localize';
import type { StepId } from '../clinical/steps.js';
import type { RedFlagId, SoonReason } from '../clinical/types.js';

export type Texts<K extends string> = Record<K, () => string>;

/** The steps of the emergency screen: calling for help and what to do while waiting. */
export type EmergencyStepId = Extract<StepId, 'get-help-emergency' | `while-waiting-${string}`>;

export function lookup<K extends string>(texts: Texts<K>, id: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(texts, id) ? texts[id as K]() : undefined;
}

const RED_FLAG_LABELS: Texts<RedFlagId> = {
  'bladder-bowel-control': () =>
    msg('You have started to leak pee or poo, or cannot control your bladder or bowels', {
      id: 'redflag.bladder-bowel-control',
    }),
  'difficulty-passing-urine': () =>
    msg('You have new trouble peeing, or you cannot pee at all', {
      id: 'redflag.difficulty-passing-urine',
    }),
  'saddle-numbness': () =>
    msg('Numbness or tingling around your genitals, bottom or inner thighs', {
      id: 'redflag.saddle-numbness',
    }),
  'leg-weakness-or-numbness': () =>
    msg('Weakness, numbness or tingling in both legs, or a leg that is getting weaker', {
      id: 'redflag.leg-weakness-or-numbness',
    }),
  'chest-pain': () => msg('Chest pain as well as the back pain', { id: 'redflag.chest-pain' }),
  'sex-problems': () =>
    msg(
      'New problems with sex, such as no feeling in your genitals during sex, or new trouble getting or keeping an erection',
      { id: 'redflag.sex-problems' },
    ),
  'serious-accident': () =>
    msg('The pain started after a serious accident or a bad fall, such as a car crash', {
      id: 'redflag.serious-accident',
    }),
  fever: () => msg('A high temperature, or feeling hot and shivery', { id: 'redflag.fever' }),
  'weight-loss': () => msg('You are losing weight without trying', { id: 'redflag.weight-loss' }),
  'cancer-history': () =>
    msg('You have had cancer, at any time in your life', { id: 'redflag.cancer-history' }),
  'lump-or-shape-change': () =>
    msg('A lump or swelling on your back, or your back has changed shape', {
      id: 'redflag.lump-or-shape-change',
    }),
  'pain-at-rest-or-night': () =>
    msg('The pain does not ease at all when you rest, or it wakes you up at night', {
      id: 'redflag.pain-at-rest-or-night',
    }),
  'upper-back-pain': () =>
    msg('The pain is high up, between your shoulder blades, not low down', {
      id: 'redflag.upper-back-pain',
    }),
  'fall-with-fragile-bones': () =>
    msg(
      'The pain started after a small fall or strain, and you have weak bones (osteoporosis) or have taken steroid medicine for a long time',
      { id: 'redflag.fall-with-fragile-bones' },
    ),
  'weak-immunity-or-injecting': () =>
    msg(
      'Your body is less able to fight infections, for example because of an illness or a medicine, or you inject drugs',
      { id: 'redflag.weak-immunity-or-injecting' },
    ),
  'unsteady-walking': () =>
    msg('You feel unsteady on your feet when you walk', { id: 'redflag.unsteady-walking' }),
  'worse-with-cough-sneeze-poo': () =>
    msg('The pain gets much worse when you cough, sneeze or poo', {
      id: 'redflag.worse-with-cough-sneeze-poo',
    }),
  'pregnancy-waves-or-tightenings': () =>
    msg('The pain comes and goes in waves, or comes with tightenings or period-like pain', {
      id: 'redflag.pregnancy-waves-or-tightenings',
    }),
  'pregnancy-bleeding': () =>
    msg('Any bleeding from your vagina', { id: 'redflag.pregnancy-bleeding' }),
  'pregnancy-fluid-leak': () =>
    msg('Fluid leaking from your vagina', { id: 'redflag.pregnancy-fluid-leak' }),
  'pregnancy-burning-pee': () =>
    msg('Pain or burning when you pee', { id: 'redflag.pregnancy-burning-pee' }),
  'pregnancy-pain-under-ribs': () =>
    msg('Pain in one or both sides, just under your ribs', {
      id: 'redflag.pregnancy-pain-under-ribs',
    }),
  'pregnancy-baby-moving-less': () =>
    msg('Your baby is moving less than usual', { id: 'redflag.pregnancy-baby-moving-less' }),
};

const EMERGENCY_STEP_TITLES: Texts<EmergencyStepId> = {
  'get-help-emergency': () =>
    msg('Call for emergency help now', { id: 'step.get-help-emergency.title' }),
  'while-waiting-keep-still-after-accident': () =>
    msg('Keep still if your neck or back may be hurt', {
      id: 'step.while-waiting-keep-still-after-accident.title',
    }),
  'while-waiting-do-not-drive': () =>
    msg('Do not drive yourself', { id: 'step.while-waiting-do-not-drive.title' }),
  'while-waiting-comfortable-position': () =>
    msg('Stay in the position that hurts least', {
      id: 'step.while-waiting-comfortable-position.title',
    }),
  'while-waiting-bring-medicines-list': () =>
    msg('Bring a list of your medicines', { id: 'step.while-waiting-bring-medicines-list.title' }),
};

const EMERGENCY_STEP_HOW_TO: Texts<EmergencyStepId> = {
  'get-help-emergency': () =>
    msg(
      'Call your local emergency number now, or go to the nearest emergency department. Tell them about your back pain and the other signs you noticed. Do not wait to see if it gets better.',
      { id: 'step.get-help-emergency.how' },
    ),
  'while-waiting-keep-still-after-accident': () =>
    msg(
      'Do not move your neck or back more than you must, and do not try to stand or walk. Wait for help where you are, unless it is not safe to stay there.',
      { id: 'step.while-waiting-keep-still-after-accident.how' },
    ),
  'while-waiting-do-not-drive': () =>
    msg('Ask someone to take you, or call an ambulance. Do not drive while you wait for help.', {
      id: 'step.while-waiting-do-not-drive.how',
    }),
  'while-waiting-comfortable-position': () =>
    msg(
      'Lie or sit in the position that is most comfortable for you. Do not do any exercises or stretches while you wait.',
      { id: 'step.while-waiting-comfortable-position.how' },
    ),
  'while-waiting-bring-medicines-list': () =>
    msg(
      'If you can, take a list of the medicines you use, or their boxes. This helps the people who treat you.',
      { id: 'step.while-waiting-bring-medicines-list.how' },
    ),
};

const REASON_TEXTS: Texts<SoonReason> = {
  'not-improving-2-weeks': () =>
    msg('The pain has lasted 2 weeks or more and is not getting better.', {
      id: 'reason.not-improving-2-weeks',
    }),
  'getting-worse': () => msg('The pain is getting worse.', { id: 'reason.getting-worse' }),
  'stops-daily-activities': () =>
    msg('The pain stops you from doing your daily activities.', {
      id: 'reason.stops-daily-activities',
    }),
  'severe-pain': () => msg('The pain is very bad.', { id: 'reason.severe-pain' }),
  'one-leg-symptoms': () =>
    msg('You have numbness, tingling or weakness in one leg.', {
      id: 'reason.one-leg-symptoms',
    }),
  'keeps-coming-back': () =>
    msg('Your back spasms keep coming back.', { id: 'reason.keeps-coming-back' }),
  'struggling-to-cope': () =>
    msg('You are finding it hard to cope.', { id: 'reason.struggling-to-cope' }),
  'under-18': () =>
    msg('You are under 18, so a doctor should check your back.', { id: 'reason.under-18' }),
  'first-episode-over-50': () =>
    msg('This is your first back spasm and you are 50 or older.', {
      id: 'reason.first-episode-over-50',
    }),
  'chronic-pain': () => msg('The pain has lasted 12 weeks or more.', { id: 'reason.chronic-pain' }),
};

/** Checkbox label for a red-flag question. */
export function redFlagLabel(id: RedFlagId): string {
  return lookup(RED_FLAG_LABELS, id) ?? id;
}

export function tierReasonText(reason: SoonReason): string {
  return lookup(REASON_TEXTS, reason) ?? reason;
}

/** Title of an emergency-screen step, or undefined for any other id. */
export function emergencyStepTitle(id: string): string | undefined {
  return lookup(EMERGENCY_STEP_TITLES, id);
}

/** How to do an emergency-screen step, or undefined for any other id. */
export function emergencyStepHowTo(id: string): string | undefined {
  return lookup(EMERGENCY_STEP_HOW_TO, id);
}
