/**
 * The names of the plan's drawings, in a module without Lit so the clinical step table can be
 * typed by them; index.ts draws exactly these (its Record<IllustrationName, …> checks both ways).
 */
export const ILLUSTRATION_NAMES = [
  'legs-on-chair',
  'pillows-under-knees',
  'side-lying-pillows',
  'sitting-knees-up',
  'knee-to-chest',
  'arms-overhead-stretch',
  'cat-cow',
  'childs-pose',
  'walk-lifting-knees',
  'heat-pack',
  'cold-pack',
] as const;

export type IllustrationName = (typeof ILLUSTRATION_NAMES)[number];
