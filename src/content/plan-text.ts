/**
 * The plan's words for each clinical id, loaded with the plan (see clinical-text.ts for the
 * words needed before it). Every string goes through msg() with an explicit id, at call time,
 * so the current locale answers. Plain text only, written fresh, for a reading age of about 11
 * to 13, without idioms, and never with a medicine dose.
 */
import { msg, str } from '@lit/localize';
import type { StepId } from '../clinical/steps.js';
import {
  MEDICINE_FACTS,
  type ClinicalContent,
  type EvidenceGrade,
  type Phase,
  type RecheckAction,
  type StepGroup,
  type WarningId,
} from '../clinical/types.js';
import { formatDate } from '../i18n/format.js';
import { medicineFactLabel } from './question-text.js';
import {
  emergencyStepHowTo,
  emergencyStepTitle,
  lookup,
  type EmergencyStepId,
  type Texts,
} from './clinical-text.js';

type PlanStepId = Exclude<StepId, EmergencyStepId>;

const STEP_TITLES: Texts<PlanStepId> = {
  'get-help-today': () => msg('Get seen by a doctor today', { id: 'step.get-help-today.title' }),
  'get-help-maternity': () =>
    msg('Call your midwife or maternity unit now', { id: 'step.get-help-maternity.title' }),
  'get-help-soon': () =>
    msg('Book an appointment with a doctor', { id: 'step.get-help-soon.title' }),
  'position-legs-on-chair': () =>
    msg('Lie down with your lower legs on a chair', { id: 'step.position-legs-on-chair.title' }),
  'position-pillows-under-knees': () =>
    msg('Lie down with pillows under your knees', {
      id: 'step.position-pillows-under-knees.title',
    }),
  'position-side-lying-pregnancy': () =>
    msg('Lie on your side with pillows', { id: 'step.position-side-lying-pregnancy.title' }),
  'position-sitting-knees-up': () =>
    msg('Sit with your feet raised', { id: 'step.position-sitting-knees-up.title' }),
  'heat-pack': () => msg('Use a warm pack', { id: 'step.heat-pack.title' }),
  'cold-pack': () => msg('Use a wrapped cold pack', { id: 'step.cold-pack.title' }),
  'relax-breathing': () => msg('Breathe slowly and relax', { id: 'step.relax-breathing.title' }),
  'short-rest-only': () => msg('Rest only for short times', { id: 'step.short-rest-only.title' }),
  'keep-moving-gently': () => msg('Keep moving gently', { id: 'step.keep-moving-gently.title' }),
  'avoid-twisting-bending': () =>
    msg('Take care with twisting and bending for now', { id: 'step.avoid-twisting-bending.title' }),
  'back-to-usual-activities': () =>
    msg('Slowly go back to your usual activities', {
      id: 'step.back-to-usual-activities.title',
    }),
  'expect-to-improve': () =>
    msg('Most back spasms get better', { id: 'step.expect-to-improve.title' }),
  'pregnancy-tell-midwife': () =>
    msg('Tell your midwife or doctor', { id: 'step.pregnancy-tell-midwife.title' }),
  'watch-for-warning-signs': () =>
    msg('Know when to get help', { id: 'step.watch-for-warning-signs.title' }),
  'walk-lifting-knees': () =>
    msg('Walk with your knees lifted', { id: 'step.walk-lifting-knees.title' }),
  'exercise-arms-overhead-stretch': () =>
    msg('Arms-overhead stretch', { id: 'step.exercise-arms-overhead-stretch.title' }),
  'exercise-knee-to-chest': () =>
    msg('Knee-to-chest stretch', { id: 'step.exercise-knee-to-chest.title' }),
  'exercise-cat-cow': () => msg('Cat and cow stretch', { id: 'step.exercise-cat-cow.title' }),
  'exercise-childs-pose': () =>
    msg('Child’s pose stretch', { id: 'step.exercise-childs-pose.title' }),
  'exercise-therapy': () =>
    msg('Ask about an exercise plan with a professional', { id: 'step.exercise-therapy.title' }),
  massage: () => msg('Massage may help a little', { id: 'step.massage.title' }),
  'spinal-manipulation': () =>
    msg('Spinal manipulation may help a little', { id: 'step.spinal-manipulation.title' }),
  'yoga-or-mindfulness': () =>
    msg('Try yoga or mindfulness', { id: 'step.yoga-or-mindfulness.title' }),
  'tai-chi': () => msg('Tai chi may help a little', { id: 'step.tai-chi.title' }),
  'acupuncture-guidelines-differ': () =>
    msg('Acupuncture: experts do not agree', { id: 'step.acupuncture-guidelines-differ.title' }),
  'multidisciplinary-rehab': () =>
    msg('Ask about help from a team', { id: 'step.multidisciplinary-rehab.title' }),
  'nsaid-over-the-counter': () =>
    msg('An anti-inflammatory painkiller from a pharmacy', {
      id: 'step.nsaid-over-the-counter.title',
    }),
  'ask-pharmacist-before-nsaid': () =>
    msg('Ask a pharmacist before taking painkillers', {
      id: 'step.ask-pharmacist-before-nsaid.title',
    }),
  'pregnancy-painkillers': () =>
    msg('Painkillers in pregnancy: ask first', { id: 'step.pregnancy-painkillers.title' }),
  'ask-doctor-muscle-relaxant': () =>
    msg('Ask a doctor about a muscle-relaxing medicine', {
      id: 'step.ask-doctor-muscle-relaxant.title',
    }),
  'prevention-exercise-education': () =>
    msg('Exercise often to prevent new spasms', { id: 'step.prevention-exercise-education.title' }),
  'prevention-sitting-breaks': () =>
    msg('Take breaks from sitting', { id: 'step.prevention-sitting-breaks.title' }),
  'prevention-lifting': () =>
    msg('Lift in a way that feels comfortable', { id: 'step.prevention-lifting.title' }),
  'prevention-mattress': () =>
    msg('Sleep on a medium-firm mattress', { id: 'step.prevention-mattress.title' }),
  'no-prolonged-bed-rest': () =>
    msg('Staying in bed for a long time does not help', { id: 'step.no-prolonged-bed-rest.title' }),
  'no-back-belts': () =>
    msg('Back belts and braces do not help', { id: 'step.no-back-belts.title' }),
  'no-tens': () => msg('TENS machines do not help', { id: 'step.no-tens.title' }),
  'no-early-scan': () => msg('You do not need a scan for now', { id: 'step.no-early-scan.title' }),
  'no-paracetamol-alone': () =>
    msg('Paracetamol on its own does not help much', { id: 'step.no-paracetamol-alone.title' }),
  'opioids-guidelines-differ': () =>
    msg('Opioid painkillers: experts do not agree', {
      id: 'step.opioids-guidelines-differ.title',
    }),
};

const STEP_HOW_TO: Texts<PlanStepId> = {
  'get-help-today': () =>
    msg(
      'Today, contact an urgent care service, a same-day doctor, or a health advice phone line. Tell them about your back pain and the signs you noticed. If it gets much worse, or you notice any emergency signs, call for emergency help.',
      { id: 'step.get-help-today.how' },
    ),
  'get-help-maternity': () =>
    msg(
      'Call your midwife or maternity unit now, or a doctor who can see you today. Tell them how many weeks pregnant you are and what you noticed. If it gets much worse, or you notice any emergency sign, call for emergency help.',
      { id: 'step.get-help-maternity.how' },
    ),
  'get-help-soon': () =>
    msg(
      'Book a normal appointment with a doctor in the next few days. Until then, the steps below are safe to try. If you notice any of the warning signs, get help sooner.',
      { id: 'step.get-help-soon.how' },
    ),
  'position-legs-on-chair': () =>
    msg(
      'Lie on your back on the floor or on a firm bed. Put your lower legs on the seat of a chair, so your hips and knees bend at about a right angle. Stay there as long as it feels good.',
      { id: 'step.position-legs-on-chair.how' },
    ),
  'position-pillows-under-knees': () =>
    msg(
      'Lie on your back and put one or two pillows under your knees. This can take some pressure off your lower back.',
      { id: 'step.position-pillows-under-knees.how' },
    ),
  'position-side-lying-pregnancy': () =>
    msg(
      'Lie on your side with a pillow between your knees. Later in pregnancy, put a pillow under your bump as well. Try not to lie flat on your back for long.',
      { id: 'step.position-side-lying-pregnancy.how' },
    ),
  'position-sitting-knees-up': () =>
    msg(
      'When you sit, use a chair that supports your back. Put your feet on a low stool, so your knees are level with your hips or a little higher.',
      { id: 'step.position-sitting-knees-up.how' },
    ),
  'heat-pack': () =>
    msg(
      'Wrap a warm pack or a hot water bottle in a thin towel. Hold it on the sore area for about 15 minutes, and repeat every few hours. A warm bath or shower can also help.',
      { id: 'step.heat-pack.how' },
    ),
  'cold-pack': () =>
    msg(
      'Wrap a cold pack, or a bag of frozen peas, in a thin towel. Hold it on the sore area for 12 to 15 minutes, then take it off. You can repeat this every 2 hours.',
      { id: 'step.cold-pack.how' },
    ),
  'relax-breathing': () =>
    msg(
      'Breathe in slowly through your nose and out through your mouth. Tighten the muscles in one part of your body for a few seconds, then let them go soft. Music, reading or talking to someone can also help you think about something other than the pain.',
      { id: 'step.relax-breathing.how' },
    ),
  'short-rest-only': () =>
    msg(
      'Lying down for a short time can help when the pain is bad. Do not stay in bed all day, and get up and move a little every hour or two.',
      { id: 'step.short-rest-only.how' },
    ),
  'keep-moving-gently': () =>
    msg(
      'Walk slowly for a few minutes, several times a day, as far as the pain allows. Gentle movement helps tight muscles relax. Stop any movement that makes the pain much worse.',
      { id: 'step.keep-moving-gently.how' },
    ),
  'avoid-twisting-bending': () =>
    msg(
      'In the first few days, twisting or bending far may hurt. Turn your whole body with your feet, and move in the way that feels easiest. This is about comfort: bending does not harm your back.',
      { id: 'step.avoid-twisting-bending.how' },
    ),
  'back-to-usual-activities': () =>
    msg(
      'Start doing your normal daily tasks again, a little more each day, and go back to work when you can. You do not have to wait until all the pain has gone.',
      { id: 'step.back-to-usual-activities.how' },
    ),
  'expect-to-improve': () =>
    msg(
      'Most people feel a lot better within a few weeks. Back pain often comes back: more than half of people have it again within a year. The tips on preventing it lower the chance, and the same steps help if it does.',
      { id: 'step.expect-to-improve.how' },
    ),
  'pregnancy-tell-midwife': () =>
    msg(
      'Tell your midwife or doctor about your back pain, and ask which exercises and stretches are safe for you. If the pain is low down around your pelvis, ask whether a support belt could help.',
      { id: 'step.pregnancy-tell-midwife.how' },
    ),
  'watch-for-warning-signs': () =>
    msg(
      'Keep this list. If any of these signs appear, get help as it says. If anything else changes, use this guide again.',
      { id: 'step.watch-for-warning-signs.how' },
    ),
  'walk-lifting-knees': () =>
    msg(
      'Stand tall with your back straight. Walk around slowly and lift your knees a little higher than usual. Stop if it makes the pain worse.',
      { id: 'step.walk-lifting-knees.how' },
    ),
  'exercise-arms-overhead-stretch': () =>
    msg(
      'Stand and slowly lift both arms above your head, then hold for 5 to 10 seconds. Lower them and repeat 10 times, 3 or 4 times a day. Stop if it makes the pain worse.',
      { id: 'step.exercise-arms-overhead-stretch.how' },
    ),
  'exercise-knee-to-chest': () =>
    msg(
      'Lie on your back with your knees bent and feet flat. Gently pull one knee towards your chest, hold for 10 seconds, then lower it and change legs. Do this 5 to 10 times with each leg, 2 or 3 times a day, and stop if it makes the pain worse.',
      { id: 'step.exercise-knee-to-chest.how' },
    ),
  'exercise-cat-cow': () =>
    msg(
      'Go on your hands and knees. Slowly round your back up towards the ceiling, then slowly let it dip down as you lift your head. Repeat 5 to 10 times, and stop if it makes the pain worse.',
      { id: 'step.exercise-cat-cow.how' },
    ),
  'exercise-childs-pose': () =>
    msg(
      'Kneel on the floor, sit back towards your heels and reach your arms forward along the floor. Rest your forehead down and take a few slow breaths. Stop if it makes the pain worse.',
      { id: 'step.exercise-childs-pose.how' },
    ),
  'exercise-therapy': () =>
    msg(
      'A physiotherapist or another trained professional can plan exercises for strength, stretching and fitness with you. This helps most when pain has lasted more than 4 weeks. Ask your doctor how to get it.',
      { id: 'step.exercise-therapy.how' },
    ),
  massage: () =>
    msg(
      'Massage from a trained therapist may ease the pain for a short time. The proof that it works is weak.',
      { id: 'step.massage.how' },
    ),
  'spinal-manipulation': () =>
    msg(
      'A trained professional, such as a physiotherapist, chiropractor or osteopath, moves and presses on the joints of your back. It may help a little, and works best together with exercise.',
      { id: 'step.spinal-manipulation.how' },
    ),
  'yoga-or-mindfulness': () =>
    msg(
      'Classes in yoga, or in mindfulness (a way of calming the mind and noticing the body), can help back pain that lasts a long time. Tell the teacher about your back, and only do what feels comfortable.',
      { id: 'step.yoga-or-mindfulness.how' },
    ),
  'tai-chi': () =>
    msg(
      'Tai chi is a slow, gentle kind of exercise. It may help a little with back pain that lasts a long time, but the proof is weak. Tell the teacher about your back.',
      { id: 'step.tai-chi.how' },
    ),
  'acupuncture-guidelines-differ': () =>
    msg(
      'Some expert guides say acupuncture may help long-lasting back pain a little. Others say it should not be offered. If you want to try it, talk to your doctor first.',
      { id: 'step.acupuncture-guidelines-differ.how' },
    ),
  'multidisciplinary-rehab': () =>
    msg(
      'If the pain has not eased after about 6 weeks, a team of health workers can help you with exercise, daily life and work, all together. Ask your doctor if this is offered near you.',
      { id: 'step.multidisciplinary-rehab.how' },
    ),
  'nsaid-over-the-counter': () =>
    msg(
      'An anti-inflammatory painkiller from a pharmacy, such as ibuprofen or naproxen, can ease the pain. Use the smallest amount that helps, for the shortest time, as the packet says.',
      { id: 'step.nsaid-over-the-counter.how' },
    ),
  'ask-pharmacist-before-nsaid': () =>
    msg(
      'An anti-inflammatory painkiller such as ibuprofen is not right for everyone. Ask a pharmacist or doctor what you can take, and tell them about your health and your medicines. They may suggest a different painkiller, or a doctor may prescribe one for a short time. Heat, gentle movement and the other steps here still help.',
      { id: 'step.ask-pharmacist-before-nsaid.how' },
    ),
  'pregnancy-painkillers': () =>
    msg(
      'Anti-inflammatory painkillers, such as ibuprofen or naproxen, are not advised in pregnancy unless a doctor prescribes them. Paracetamol is the painkiller usually advised in pregnancy: ask your midwife or a pharmacist if it is right for you. If you already take an opioid painkiller, do not stop it suddenly: talk to your doctor first.',
      { id: 'step.pregnancy-painkillers.how' },
    ),
  'ask-doctor-muscle-relaxant': () =>
    msg(
      'If the spasm stops you from moving or sleeping, a doctor may suggest a medicine that relaxes the muscles, for a few days only. Only a doctor can decide if it is right for you.',
      { id: 'step.ask-doctor-muscle-relaxant.how' },
    ),
  'prevention-exercise-education': () =>
    msg(
      'Regular exercise, together with learning how your back works, lowers the chance of new back pain. Choose something you enjoy, such as walking, swimming or a class, and do it often.',
      { id: 'step.prevention-exercise-education.how' },
    ),
  'prevention-sitting-breaks': () =>
    msg(
      'If you sit for a long time, stand up and move around at least once an hour. Walk a little, or stretch.',
      { id: 'step.prevention-sitting-breaks.how' },
    ),
  'prevention-lifting': () =>
    msg(
      'There is no single right way to lift, and bending your back is safe. Keep the load close to your body, try not to twist while you lift, and ask for help with heavy things.',
      { id: 'step.prevention-lifting.how' },
    ),
  'prevention-mattress': () =>
    msg(
      'A mattress that is neither very soft nor very hard may be best for your back. It does not need to be expensive.',
      { id: 'step.prevention-mattress.how' },
    ),
  'no-prolonged-bed-rest': () =>
    msg(
      'Staying in bed for more than a day or two can make your back stiffer and slow down your recovery.',
      { id: 'step.no-prolonged-bed-rest.how' },
    ),
  'no-back-belts': () =>
    msg(
      'Studies have not shown that back belts or braces help this kind of back pain, so you do not need to buy one.',
      { id: 'step.no-back-belts.how' },
    ),
  'no-tens': () =>
    msg(
      'A TENS machine sends small electric pulses through the skin. Studies found it works no better than a fake machine for back pain.',
      { id: 'step.no-tens.how' },
    ),
  'no-early-scan': () =>
    msg(
      'Without warning signs, an X-ray or MRI scan in the first 6 weeks does not help you get better. A doctor will suggest a scan if there is a reason for one.',
      { id: 'step.no-early-scan.how' },
    ),
  'no-paracetamol-alone': () =>
    msg(
      'Studies found that paracetamol on its own works no better than a dummy treatment for this kind of back pain. If you cannot take anti-inflammatory painkillers, ask a pharmacist or doctor what else may help.',
      { id: 'step.no-paracetamol-alone.how' },
    ),
  'opioids-guidelines-differ': () =>
    msg(
      'Opioids, such as codeine or morphine, need advice from a doctor or pharmacist. A large study found they worked no better than a dummy treatment for new back pain and caused more side effects. Some guides still allow a weak opioid for a short time when anti-inflammatory painkillers are not suitable. If you already take an opioid, do not stop it suddenly: talk to your doctor first.',
      { id: 'step.opioids-guidelines-differ.how' },
    ),
};

const WARNING_TEXTS: Texts<WarningId> = {
  'nsaid-ask-first': () =>
    msg(
      'Ask a pharmacist or doctor first if you are pregnant, are 65 or older, or if any of these apply to you:',
      { id: 'warning.nsaid-ask-first' },
    ),
  'nsaid-label-and-food': () =>
    msg(
      'Follow the instructions on the packet and take it with food. Stop and ask a pharmacist if you get stomach pain.',
      { id: 'warning.nsaid-label-and-food' },
    ),
  'nsaid-over-65': () =>
    msg(
      'If you are 65 or older, ask a pharmacist or doctor before you take an anti-inflammatory painkiller.',
      { id: 'warning.nsaid-over-65' },
    ),
  'no-aspirin-under-16': () =>
    msg('Never give aspirin to anyone under 16. It can cause a rare but serious illness.', {
      id: 'warning.no-aspirin-under-16',
    }),
  'heat-pregnancy-warm-not-hot': () =>
    msg('In pregnancy, use warm, not hot, packs and baths, and do not put heat on your bump.', {
      id: 'warning.heat-pregnancy-warm-not-hot',
    }),
  'prescription-drowsiness': () =>
    msg(
      'Muscle-relaxing medicines can make you sleepy or dizzy. Do not drive, use machines or drink alcohol while you take them.',
      { id: 'warning.prescription-drowsiness' },
    ),
  'heat-cold-skin-safety': () =>
    msg(
      'Always wrap a hot or cold pack in a cloth. Do not use it on skin that feels numb, and do not fall asleep with it on. Stop if your skin gets very red or blisters.',
      { id: 'warning.heat-cold-skin-safety' },
    ),
  'heat-made-worse-use-cold': () =>
    msg('Heat made your pain worse, so use a wrapped cold pack instead, not heat.', {
      id: 'warning.heat-made-worse-use-cold',
    }),
};

const RECHECK_TEXTS: Texts<RecheckAction> = {
  'call-emergency-now': () =>
    msg('Call for emergency help now.', { id: 'recheck.call-emergency-now' }),
  'get-seen-today': () => msg('Get seen by a doctor today.', { id: 'recheck.get-seen-today' }),
  'see-doctor-if-not-better': () =>
    msg('If your back is not getting better by this day, book a visit to a doctor.', {
      id: 'recheck.see-doctor-if-not-better',
    }),
  'see-doctor-if-not-improving': () =>
    msg('If your back is still not clearly better by this day, see a doctor.', {
      id: 'recheck.see-doctor-if-not-improving',
    }),
  'ask-about-exercise-therapy': () =>
    msg('If you still have pain by this day, ask a doctor about an exercise plan.', {
      id: 'recheck.ask-about-exercise-therapy',
    }),
  'review-long-term-plan': () =>
    msg('If you still have pain by this day, see a doctor to plan care for the longer term.', {
      id: 'recheck.review-long-term-plan',
    }),
};

const GRADE_LABELS: Texts<EvidenceGrade> = {
  strong: () => msg('Strong evidence', { id: 'grade.strong' }),
  moderate: () => msg('Moderate evidence', { id: 'grade.moderate' }),
  low: () => msg('Limited evidence', { id: 'grade.low' }),
  insufficient: () => msg('Not enough evidence', { id: 'grade.insufficient' }),
  practice: () => msg('Based on expert advice', { id: 'grade.practice' }),
};

const GROUP_HEADINGS: Texts<StepGroup> = {
  'get-help': () => msg('Get help', { id: 'group.get-help' }),
  'while-waiting': () => msg('While you wait', { id: 'group.while-waiting' }),
  'right-now': () => msg('What to do now', { id: 'group.right-now' }),
  'next-days': () => msg('Over the next few days', { id: 'group.next-days' }),
  'as-it-eases': () => msg('As the pain eases', { id: 'group.as-it-eases' }),
  medicines: () => msg('Medicines', { id: 'group.medicines' }),
  prevention: () => msg('Stopping it from coming back', { id: 'group.prevention' }),
  'does-not-help': () => msg('What does not help', { id: 'group.does-not-help' }),
};

/** Short title of a plan step; an unknown id is returned as it is. */
export function stepTitle(id: string): string {
  return lookup(STEP_TITLES, id) ?? emergencyStepTitle(id) ?? id;
}

/** How to do a plan step, in one to three short sentences (four for two safety steps); '' for an unknown id. */
export function stepHowTo(id: string): string {
  return lookup(STEP_HOW_TO, id) ?? emergencyStepHowTo(id) ?? '';
}

export function warningText(id: WarningId): string {
  return lookup(WARNING_TEXTS, id) ?? id;
}

/** A caution that ends in a list: the anti-inflammatory one lists the medicine questions. */
export function warningItems(id: WarningId): string[] {
  return id === 'nsaid-ask-first' ? MEDICINE_FACTS.map(medicineFactLabel) : [];
}

/** Headings of the plan's "when to get help" lists. */
export function getHelpHeading(list: 'emergency' | 'same-day' | 'maternity'): string {
  switch (list) {
    case 'emergency':
      return msg('Call for emergency help now if:', { id: 'plan.get-help.emergency' });
    case 'same-day':
      return msg('Get medical help today if:', { id: 'plan.get-help.same-day' });
    case 'maternity':
      return msg('Call your midwife, maternity unit or a doctor now if:', {
        id: 'plan.get-help.maternity',
      });
  }
}

export function recheckText(action: RecheckAction): string {
  return lookup(RECHECK_TEXTS, action) ?? action;
}

export function gradeLabel(grade: EvidenceGrade): string {
  return lookup(GRADE_LABELS, grade) ?? grade;
}

export function groupHeading(group: StepGroup): string {
  return lookup(GROUP_HEADINGS, group) ?? group;
}

/** The plan's summary: headings of its first sections. */
export function summaryHeading(part: 'do-now' | 'get-help' | 'check-again'): string {
  switch (part) {
    case 'do-now':
      return msg('Do this now', { id: 'plan.do-now' });
    case 'get-help':
      return msg('Get help if', { id: 'plan.get-help.title' });
    case 'check-again':
      return msg('Check again on', { id: 'plan.check-again' });
  }
}

/** The short form of the when-to-get-help list; the full list is one click away. */
export function getHelpShort(list: 'emergency' | 'same-day' | 'maternity'): string {
  switch (list) {
    case 'emergency':
      return msg(
        'Call for emergency help now if you cannot control your bladder or bowels, you feel numb around your genitals or bottom, your legs get weak or numb, or you have chest pain.',
        { id: 'plan.get-help.short.emergency' },
      );
    case 'same-day':
      return msg(
        'Get medical help today if you have a high temperature, pain that does not ease at all when you rest or that wakes you at night, or any other sign on the full list.',
        { id: 'plan.get-help.short.same-day' },
      );
    case 'maternity':
      return msg(
        'Call your midwife or maternity unit now if you have bleeding, fluid leaking, pain in waves, or the baby moves less, or any other sign on the full list.',
        { id: 'plan.get-help.short.maternity' },
      );
  }
}

export function allSignsLabel(): string {
  return msg('See all the signs', { id: 'plan.get-help.all' });
}

export function notesHeading(): string {
  return msg('Please note', { id: 'plan.notes' });
}

export function recheckHeading(): string {
  return msg('When to check again', { id: 'plan.recheck' });
}

export function sourcesHeading(): string {
  return msg('Sources', { id: 'step.sources' });
}

/** Which revision of the clinical content made this plan, at the foot of the plan and on paper. */
export function contentVersionLine(content: ClinicalContent, dateLocale: string): string {
  const version = content.version;
  const reviewed = formatDate(dateLocale, content.reviewed);
  const nextReview = formatDate(dateLocale, content.nextReview);
  return msg(
    str`Clinical content version ${version}. Last reviewed ${reviewed}. Next review due ${nextReview}.`,
    { id: 'plan.content-version' },
  );
}

// The printed plan (the page for the doctor): its words that the screen does not already have.

export function printTitle(): string {
  return msg('My back spasm plan', { id: 'print.title' });
}

export function printedOn(date: string): string {
  return msg(str`Printed on ${date}`, { id: 'print.date' });
}

export function toldHeading(): string {
  return msg('What you told the guide', { id: 'print.told' });
}

export function stepsHeading(): string {
  return msg('Your steps', { id: 'print.steps' });
}

export type AnswerLabel =
  'phase' | 'started' | 'history' | 'age' | 'pregnant' | 'severity' | 'trend' | 'medicines';

export function answerLabel(label: AnswerLabel): string {
  switch (label) {
    case 'phase':
      return msg('Stage', { id: 'print.label.phase' });
    case 'started':
      return msg('Started', { id: 'print.label.started' });
    case 'history':
      return msg('Earlier spasms', { id: 'print.label.history' });
    case 'age':
      return msg('Age', { id: 'print.label.age' });
    case 'pregnant':
      return msg('Pregnant, or might be', { id: 'print.label.pregnant' });
    case 'severity':
      return msg('Pain', { id: 'print.label.severity' });
    case 'trend':
      return msg('Since it started', { id: 'print.label.trend' });
    case 'medicines':
      return msg('Medicine questions', { id: 'print.label.medicines' });
  }
}

export function phaseLabel(phase: Phase): string {
  switch (phase) {
    case 'first-days':
      return msg('The first 2 days', { id: 'print.phase.first-days' });
    case 'acute':
      return msg('Under 4 weeks (acute)', { id: 'print.phase.acute' });
    case 'subacute':
      return msg('4 to 12 weeks (subacute)', { id: 'print.phase.subacute' });
    case 'chronic':
      return msg('More than 12 weeks (chronic)', { id: 'print.phase.chronic' });
  }
}

export function notAnswered(): string {
  return msg('Not answered', { id: 'print.not-answered' });
}

export function yesNo(value: boolean): string {
  return value ? msg('Yes', { id: 'answer.yes' }) : msg('No', { id: 'answer.no' });
}

export function noMedicineFacts(): string {
  return msg('None of these', { id: 'medfact.none' });
}

export function becauseLabel(): string {
  return msg('Because you told us:', { id: 'tier.because' });
}
