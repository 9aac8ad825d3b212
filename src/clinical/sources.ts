/**
 * The source table. Every rule and step names its sources by these ids. Citations are
 * bibliographic data and are not translated.
 */

export interface Source {
  id: string;
  /** Short title for lists. */
  title: string;
  /** Full citation. */
  citation: string;
  url?: string;
}

export const SOURCES = [
  {
    id: 'seed-000',
    title: 'Conservative therapy for low back muscle spasm',
    citation:
      'Dr.Oracle Medical Advisory Board. Guideline-backed summary for clinicians on conservative ' +
      'care of low back muscle spasm, last updated 9 July 2025. ' +
      'Project seed article 000 (000_4227d96d30d84a46.txt).',
  },
  {
    id: 'seed-001',
    title: 'Management of severe back spasms',
    citation:
      'Management of Severe Back Spasms. Evidence summary with a treatment algorithm by duration. ' +
      'Project seed article 001 (001_128362180d2bf7e5.txt).',
  },
  {
    id: 'seed-002',
    title: 'Treating a lower back muscle spasm (consumer article)',
    citation:
      'Miller B. Consumer article on treating a lower back muscle spasm, with reader comments ' +
      '(comments not used as evidence). Project seed article 002 (002_1fe9c8c294443403.txt).',
  },
  {
    id: 'seed-003',
    title: 'Back spasm treatment: self treatment',
    citation:
      "Restore Physical Therapy LLC. A physical therapist's self-treatment page for back muscle " +
      'spasms (advertising not used). ' +
      'Project seed article 003 (003_1ec10ce0b53856dc.txt).',
  },
  {
    id: 'seed-004',
    title: 'Treatment for lower back spasms',
    citation:
      'Consumer article on chronic lower back spasms: pain relief, stretches and prevention. ' +
      'Project seed article 004 ' +
      '(004_6d9fec25f1e9aa98.txt).',
  },
  {
    id: 'ACP-2017',
    title: 'ACP guideline: noninvasive treatments for low back pain',
    citation:
      'Qaseem A, Wilt TJ, McLean RM, Forciea MA; Clinical Guidelines Committee of the American ' +
      'College of Physicians. Noninvasive Treatments for Acute, Subacute, and Chronic Low Back ' +
      'Pain: A Clinical Practice Guideline From the American College of Physicians. Ann Intern Med. ' +
      '2017;166(7):514-530.',
  },
  {
    id: 'NICE-NG59',
    title: 'NICE NG59: low back pain and sciatica in over 16s',
    citation:
      'National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: ' +
      'assessment and management. NICE guideline NG59. London: NICE; 2016 (updated 2020).',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  {
    id: 'NHS-BACK',
    title: 'NHS website: back pain',
    citation:
      'NHS website. Back pain: self-help, when to see a GP, when to get urgent help. ' +
      'National Health Service, England.',
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
  {
    id: 'AAFP-2025',
    title: 'AAFP: acute low back pain',
    citation: 'Acute Low Back Pain. Am Fam Physician. 2025;112(5):526-536.',
  },
  {
    id: 'COCHRANE-HEAT',
    title: 'Cochrane review: superficial heat or cold for low back pain',
    citation:
      'French SD, Cameron M, Walker BF, Reggars JW, Esterman AJ. Superficial heat or cold for low ' +
      'back pain. Cochrane Database Syst Rev. 2006;(1):CD004750.',
  },
  {
    id: 'COCHRANE-ACTIVE',
    title: 'Cochrane review: bed rest versus staying active',
    citation:
      'Dahm KT, Brurberg KG, Jamtvedt G, Hagen KB. Advice to rest in bed versus advice to stay ' +
      'active for acute low-back pain and sciatica. Cochrane Database Syst Rev. 2010;(6):CD007612.',
  },
  {
    id: 'CASHIN-2021',
    title: 'Muscle relaxants for non-specific low back pain (BMJ 2021)',
    citation:
      'Cashin AG, Folly T, Bagg MK, et al. Efficacy, acceptability, and safety of muscle ' +
      'relaxants for adults with non-specific low back pain: systematic review and ' +
      'meta-analysis. BMJ. 2021;374:n1446.',
  },
  {
    id: 'STEFFENS-2016',
    title: 'Prevention of low back pain (JAMA Intern Med 2016)',
    citation:
      'Steffens D, Maher CG, Pereira LSM, et al. Prevention of Low Back Pain: A Systematic Review ' +
      'and Meta-analysis. JAMA Intern Med. 2016;176(2):199-208.',
  },
  {
    id: 'MENEZES-2012',
    title: 'Prognosis of acute and persistent low back pain (CMAJ 2012)',
    citation:
      'Menezes Costa LdC, Maher CG, Hancock MJ, McAuley JH, Herbert RD, Costa LOP. The prognosis ' +
      'of acute and persistent low-back pain: a meta-analysis. CMAJ. 2012;184(11):E613-E624.',
  },
  {
    id: 'DOWNIE-2013',
    title: 'Red flags for malignancy and fracture (BMJ 2013)',
    citation:
      'Downie A, Williams CM, Henschke N, et al. Red flags to screen for malignancy and fracture ' +
      'in patients with low back pain: systematic review. BMJ. 2013;347:f7095.',
  },
] as const satisfies readonly Source[];

export type SourceId = (typeof SOURCES)[number]['id'];

export const SOURCE_IDS: readonly SourceId[] = SOURCES.map((source) => source.id);

export function isSourceId(id: string): id is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(id);
}

export function getSource(id: string): Source | undefined {
  return SOURCES.find((source) => source.id === id);
}
