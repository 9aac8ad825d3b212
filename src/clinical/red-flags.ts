/**
 * Red-flag findings and the tier each one sets, in the reference order (clinical reference,
 * section 1, after NHS website wording and NICE CKS red-flag lists). Any emergency finding
 * overrides everything else; an urgent finding means "get seen today".
 */
import type { SourceId } from './sources.js';
import {
  EMERGENCY_FINDINGS,
  URGENT_FINDINGS,
  type EmergencyFinding,
  type RedFlagId,
  type UrgentFinding,
} from './types.js';

export interface RedFlagRule {
  id: RedFlagId;
  tier: 'emergency' | 'urgent';
  /** What the finding means, for clinicians reading the rules (not shown to the person). */
  finding: string;
  sources: SourceId[];
}

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'bladder-bowel-control',
    tier: 'emergency',
    finding: 'New loss of bladder or bowel control',
    sources: ['NHS-BACK', 'NICE-NG59'],
  },
  {
    id: 'difficulty-passing-urine',
    tier: 'emergency',
    finding: 'New difficulty passing urine',
    sources: ['NHS-BACK', 'NICE-NG59'],
  },
  {
    id: 'saddle-numbness',
    tier: 'emergency',
    finding: 'Numbness or tingling around the genitals, buttocks or inner thighs (saddle area)',
    sources: ['NHS-BACK', 'NICE-NG59'],
  },
  {
    id: 'leg-weakness-or-numbness',
    tier: 'emergency',
    finding: 'Weakness, numbness or tingling in both legs, or leg weakness that is getting worse',
    sources: ['NHS-BACK', 'NICE-NG59', 'seed-003'],
  },
  {
    id: 'chest-pain',
    tier: 'emergency',
    finding: 'Chest pain together with the back pain',
    sources: ['NHS-BACK'],
  },
  {
    id: 'serious-accident',
    tier: 'emergency',
    finding: 'The pain started after a serious accident or fall',
    sources: ['NHS-BACK', 'DOWNIE-2013'],
  },
  {
    id: 'fever',
    tier: 'urgent',
    finding: 'Fever, or feeling hot and shivery',
    sources: ['NHS-BACK', 'NICE-NG59'],
  },
  {
    id: 'weight-loss',
    tier: 'urgent',
    finding: 'Unexplained weight loss',
    sources: ['NHS-BACK', 'NICE-NG59', 'DOWNIE-2013'],
  },
  {
    id: 'cancer-history',
    tier: 'urgent',
    finding: 'A history of cancer',
    sources: ['NHS-BACK', 'NICE-NG59', 'DOWNIE-2013'],
  },
  {
    id: 'lump-or-shape-change',
    tier: 'urgent',
    finding: 'A lump, swelling or change in the shape of the back',
    sources: ['NHS-BACK'],
  },
  {
    id: 'pain-at-rest-or-night',
    tier: 'urgent',
    finding: 'Pain that does not ease with rest, or is worse at night',
    sources: ['NHS-BACK'],
  },
  {
    id: 'upper-back-pain',
    tier: 'urgent',
    finding: 'Pain high up between the shoulder blades rather than in the low back',
    sources: ['NHS-BACK'],
  },
  {
    id: 'fall-with-fragile-bones',
    tier: 'urgent',
    finding: 'A minor fall or strain in someone with osteoporosis or long-term steroid use',
    sources: ['NHS-BACK', 'DOWNIE-2013'],
  },
  {
    id: 'weak-immunity-or-injecting',
    tier: 'urgent',
    finding: 'A weakened immune system, or injecting drug use',
    sources: ['NHS-BACK', 'NICE-NG59'],
  },
  {
    id: 'unsteady-walking',
    tier: 'urgent',
    finding: 'Unsteadiness when walking',
    sources: ['NHS-BACK'],
  },
];

export const RED_FLAG_IDS: readonly RedFlagId[] = [...EMERGENCY_FINDINGS, ...URGENT_FINDINGS];

export function isRedFlagId(id: string): id is RedFlagId {
  return (RED_FLAG_IDS as readonly string[]).includes(id);
}

export function isEmergencyFinding(id: RedFlagId): id is EmergencyFinding {
  return (EMERGENCY_FINDINGS as readonly string[]).includes(id);
}

export function isUrgentFinding(id: RedFlagId): id is UrgentFinding {
  return (URGENT_FINDINGS as readonly string[]).includes(id);
}
