import { msg, str } from '@lit/localize';
import type { Tier } from '../clinical/types.js';
import { isolateLtr } from '../i18n/bidi.js';

/** Where the banner sends the person, when it differs from the tier's usual place. */
export type BannerVariant = 'accident' | 'pregnancy' | undefined;

/** The banner at the top of the plan: what to do, by tier. */

export function tierHeading(tier: Tier, variant?: BannerVariant): string {
  if (tier === 'urgent' && variant === 'pregnancy') {
    return msg('Call your midwife or maternity unit now', {
      id: 'tier.urgent.heading.pregnancy',
    });
  }
  switch (tier) {
    case 'emergency':
      return msg('Call for emergency help now', { id: 'tier.emergency.heading' });
    case 'urgent':
      return msg('Get medical help today', { id: 'tier.urgent.heading' });
    case 'soon':
      return msg('Book a visit to a doctor soon', { id: 'tier.soon.heading' });
    case 'self-care':
      return msg('You can look after this at home', { id: 'tier.self-care.heading' });
  }
}

export function tierInstruction(
  tier: Tier,
  phoneNumber: string | undefined,
  variant?: BannerVariant,
): string {
  const phone = phoneNumber === undefined ? undefined : isolateLtr(phoneNumber);
  if (tier === 'emergency' && variant === 'accident') {
    return phone
      ? msg(
          str`Call ${phone} now. If your neck or back may be hurt, keep still and wait for help.`,
          {
            id: 'tier.emergency.instruction.accident.number',
          },
        )
      : msg(
          'Call your local emergency number now. If your neck or back may be hurt, keep still and wait for help.',
          { id: 'tier.emergency.instruction.accident.generic' },
        );
  }
  if (tier === 'urgent' && variant === 'pregnancy') {
    return phone
      ? msg(
          str`What you told us needs checking today. Call your midwife or maternity unit now. If you cannot reach them, call ${phone} or see a doctor today.`,
          { id: 'tier.urgent.instruction.pregnancy.number' },
        )
      : msg(
          'What you told us needs checking today. Call your midwife or maternity unit now. If you cannot reach them, contact a doctor or a medical advice line today.',
          { id: 'tier.urgent.instruction.pregnancy.generic' },
        );
  }
  switch (tier) {
    case 'emergency':
      return phone
        ? msg(
            str`Call ${phone} or go to the nearest emergency department now. Do not drive yourself.`,
            {
              id: 'tier.emergency.instruction.number',
            },
          )
        : msg(
            'Call your local emergency number or go to the nearest emergency department now. Do not drive yourself.',
            { id: 'tier.emergency.instruction.generic' },
          );
    case 'urgent':
      return phone
        ? msg(
            str`What you told us needs a doctor to check you today. Call ${phone} for same-day advice, or go to an urgent care centre or your doctor today.`,
            { id: 'tier.urgent.instruction.number' },
          )
        : msg(
            'What you told us needs a doctor to check you today. Contact your doctor, an urgent care centre or a medical advice line today.',
            { id: 'tier.urgent.instruction.generic' },
          );
    case 'soon':
      return msg(
        'Make an appointment with a doctor in the next few days. Until then, the steps below are safe to follow.',
        { id: 'tier.soon.instruction' },
      );
    case 'self-care':
      return msg(
        'Most back spasms ease a lot within a few weeks. Follow the steps below, and check again on the dates shown.',
        { id: 'tier.self-care.instruction' },
      );
  }
}

export function meanwhileNote(): string {
  return msg('While you arrange that, these steps are safe to follow:', { id: 'tier.meanwhile' });
}

export function pregnancyAdaptedNote(): string {
  return msg('This plan is adapted for pregnancy.', { id: 'tier.pregnancy-adapted' });
}
