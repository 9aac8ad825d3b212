/**
 * Red-flag findings and the tier each one sets, in the reference order (clinical reference,
 * sections 1, 3a and 3b, after NHS website wording and NICE CKS red-flag lists). Any emergency finding
 * overrides everything else; an urgent finding means "get seen today".
 */
import type { SourceId } from './sources.js';
import type { Tier, WhenToGetHelp } from './types.js';

export interface RedFlagRule {
  id: RedFlagId;
  tier: 'emergency' | 'urgent';
  /** Asked only when the person is pregnant; where to go is the midwife or maternity unit. */
  askedWhen?: 'pregnant';
  /** What the finding means, for clinicians reading the rules (not shown to the person). */
  finding: string;
  sources: readonly SourceId[];
}

const CAUDA: readonly SourceId[] = ['NHS-BACK', 'NHS-CAUDA', 'NICE-NG59'];
const PREGNANCY: readonly SourceId[] = ['NHS-PREGNANCY-BACK', 'NHS-LABOUR'];

/** The one list of red flags: every id, tier and finding list below is read from it. */
const RED_FLAG_TABLE = [
  {
    id: 'bladder-bowel-control',
    tier: 'emergency',
    finding: 'New loss of bladder or bowel control',
    sources: CAUDA,
  },
  {
    id: 'difficulty-passing-urine',
    tier: 'emergency',
    finding: 'New difficulty passing urine',
    sources: CAUDA,
  },
  {
    id: 'saddle-numbness',
    tier: 'emergency',
    finding: 'Numbness or tingling around the genitals, buttocks or inner thighs (saddle area)',
    sources: CAUDA,
  },
  {
    id: 'leg-weakness-or-numbness',
    tier: 'emergency',
    finding: 'Weakness, numbness or tingling in both legs, or leg weakness that is getting worse',
    sources: CAUDA,
  },
  {
    id: 'chest-pain',
    tier: 'emergency',
    finding: 'Chest pain together with the back pain',
    sources: ['NHS-BACK'],
  },
  {
    id: 'sex-problems',
    tier: 'emergency',
    finding:
      'New problems with sex: loss of feeling in the genitals during sex, or new trouble ' +
      'getting or keeping an erection (a cauda equina sign)',
    sources: ['NHS-CAUDA', 'NHS-BACK'],
  },
  {
    id: 'serious-accident',
    tier: 'emergency',
    finding:
      'The pain started after a serious accident or fall (a car crash, a fall from a height)',
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
    finding: 'A history of cancer (asked as "you have ever had cancer")',
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
    finding:
      'Pain that does not ease at all with rest, or that wakes the person at night (not ' +
      'ordinary pain that is a little worse when lying still)',
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
  {
    id: 'worse-with-cough-sneeze-poo',
    tier: 'urgent',
    finding: 'The pain is much worse when coughing, sneezing or opening the bowels',
    sources: ['NHS-BACK'],
  },
  {
    id: 'pregnancy-waves-or-tightenings',
    tier: 'urgent',
    askedWhen: 'pregnant',
    finding:
      'Back pain in the second or third trimester that comes and goes in waves, or with ' +
      'tightenings or period-like pain (possible labour, including before 37 weeks)',
    sources: PREGNANCY,
  },
  {
    id: 'pregnancy-bleeding',
    tier: 'urgent',
    askedWhen: 'pregnant',
    finding: 'Any bleeding from the vagina',
    sources: PREGNANCY,
  },
  {
    id: 'pregnancy-fluid-leak',
    tier: 'urgent',
    askedWhen: 'pregnant',
    finding: 'Fluid leaking from the vagina',
    sources: PREGNANCY,
  },
  {
    id: 'pregnancy-burning-pee',
    tier: 'urgent',
    askedWhen: 'pregnant',
    finding: 'Pain or burning when passing urine (possible kidney or urine infection)',
    sources: PREGNANCY,
  },
  {
    id: 'pregnancy-pain-under-ribs',
    tier: 'urgent',
    askedWhen: 'pregnant',
    finding: 'Pain in one or both sides just under the ribs',
    sources: PREGNANCY,
  },
  {
    id: 'pregnancy-baby-moving-less',
    tier: 'urgent',
    askedWhen: 'pregnant',
    finding: 'The baby is moving less than usual',
    sources: PREGNANCY,
  },
] as const satisfies readonly (Omit<RedFlagRule, 'id'> & { id: string })[];

type Row = (typeof RED_FLAG_TABLE)[number];
export type RedFlagId = Row['id'];
/** Findings that send the person to emergency care now. */
export type EmergencyFinding = Extract<Row, { tier: 'emergency' }>['id'];
/** Same-day signs asked only when the person is pregnant (midwife or maternity unit). */
export type PregnancyFinding = Extract<Row, { askedWhen: 'pregnant' }>['id'];
/** Findings that mean "get seen today". */
export type UrgentFinding = Exclude<
  Extract<Row, { tier: 'urgent' }>,
  { askedWhen: 'pregnant' }
>['id'];

export const RED_FLAG_RULES: readonly RedFlagRule[] = RED_FLAG_TABLE;

const idsWhere = <Id extends RedFlagId>(keep: (rule: RedFlagRule) => boolean) =>
  RED_FLAG_RULES.filter(keep).map((rule) => rule.id as Id);

export const EMERGENCY_FINDINGS: readonly EmergencyFinding[] = /* @__PURE__ */ idsWhere(
  (rule) => rule.tier === 'emergency',
);
export const URGENT_FINDINGS: readonly UrgentFinding[] = /* @__PURE__ */ idsWhere(
  (rule) => rule.tier === 'urgent' && rule.askedWhen === undefined,
);
export const PREGNANCY_FINDINGS: readonly PregnancyFinding[] = /* @__PURE__ */ idsWhere(
  (rule) => rule.askedWhen === 'pregnant',
);

export const RED_FLAG_IDS: readonly RedFlagId[] = /* @__PURE__ */ RED_FLAG_RULES.map(
  (rule) => rule.id,
);

/** The red flags a person is asked: the pregnancy signs only when pregnant. */
export function askedRedFlags(pregnant: boolean): readonly RedFlagId[] {
  return pregnant ? RED_FLAG_IDS : RED_FLAG_IDS.filter((id) => !isPregnancyFinding(id));
}

export function isRedFlagId(id: string): id is RedFlagId {
  return (RED_FLAG_IDS as readonly string[]).includes(id);
}

function isPregnancyFinding(id: RedFlagId): id is PregnancyFinding {
  return (PREGNANCY_FINDINGS as readonly string[]).includes(id);
}

export function isEmergencyFinding(id: RedFlagId): id is EmergencyFinding {
  return (EMERGENCY_FINDINGS as readonly string[]).includes(id);
}

export function isUrgentFinding(id: RedFlagId): id is UrgentFinding {
  return (URGENT_FINDINGS as readonly string[]).includes(id);
}

/**
 * The plan's "when to get help" list, made from this table so that it names every emergency
 * and same-day sign of the screen in the same words (safety invariant 9), and the pregnancy
 * signs when pregnant (invariant 8). An emergency has none: its screen says what to do now.
 */
export function whenToGetHelpFor(tier: Tier, pregnant: boolean): WhenToGetHelp {
  if (tier === 'emergency') return { emergency: [], sameDay: [], maternity: [] };
  return {
    emergency: [...EMERGENCY_FINDINGS],
    sameDay: [...URGENT_FINDINGS],
    maternity: pregnant ? [...PREGNANCY_FINDINGS] : [],
  };
}
