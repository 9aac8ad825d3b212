/**
 * The source table. Every rule and step names its sources by these ids; a reader sees only
 * `citation` and `url` (title, authors or publisher, year, DOI or public address), never an id.
 * Citations are bibliographic data and are not translated.
 *
 * `audience: 'team'` marks background reading (answers written by a medical AI service for
 * clinicians, pending human review): the rules document may name them, no step may cite them
 * to a reader (tests/clinical/sources.test.ts). Consumer and physiotherapy pages are cited
 * only for practical how-to details.
 */

export interface Source {
  id: string;
  /** Short title for the rules document. */
  title: string;
  /** What a reader sees: authors or publisher, title, where and when published. */
  citation: string;
  /** DOI address or public web address, where one exists. */
  url?: string;
  audience?: 'team';
}

export const SOURCES = [
  {
    id: 'seed-000',
    title: 'Conservative therapy for low back muscle spasm (AI-written summary, background only)',
    citation:
      'Conservative therapy for low back muscle spasm. An answer written by a medical AI ' +
      'service for clinicians, pending human review (2025). Background for the team only.',
    audience: 'team',
  },
  {
    id: 'seed-001',
    title: 'Management of severe back spasms (AI-written summary, background only)',
    citation:
      'Management of severe back spasms. An answer written by a medical AI service for ' +
      'clinicians, pending human review. Background for the team only.',
    audience: 'team',
  },
  {
    id: 'seed-002',
    title: 'What is the treatment for a lower back muscle spasm? (consumer article)',
    citation:
      'Miller B. What is the treatment for a lower back muscle spasm? Consumer health article, ' +
      'undated.',
  },
  {
    id: 'seed-003',
    title: 'Back spasm treatment: self treatment (physiotherapy practice page)',
    citation:
      'Restore Physical Therapy LLC. Back spasm treatment: proven and effective self treatment ' +
      'for back pain muscle spasms. Physiotherapy practice web page, undated.',
  },
  {
    id: 'seed-004',
    title: 'Treatment for lower back spasms (consumer article)',
    citation:
      'Treatment for lower back spasms: alleviating pain, stretching, and prevention ' +
      'strategies. Consumer health article, publisher not named, undated.',
  },
  {
    id: 'ACP-2017',
    title: 'ACP guideline: noninvasive treatments for low back pain',
    citation:
      'Qaseem A, Wilt TJ, McLean RM, Forciea MA; Clinical Guidelines Committee of the American ' +
      'College of Physicians. Noninvasive treatments for acute, subacute, and chronic low back ' +
      'pain: a clinical practice guideline from the American College of Physicians. Ann Intern ' +
      'Med. 2017;166(7):514-530.',
    url: 'https://doi.org/10.7326/M16-2367',
  },
  {
    id: 'NICE-NG59',
    title: 'NICE NG59: low back pain and sciatica in over 16s',
    citation:
      'National Institute for Health and Care Excellence. Low back pain and sciatica in over ' +
      '16s: assessment and management. NICE guideline NG59. 2016, updated 2020.',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  {
    id: 'NHS-BACK',
    title: 'NHS website: back pain',
    citation: 'NHS website (National Health Service, England). Back pain. Web page, undated.',
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
  {
    id: 'NHS-CAUDA',
    title: 'NHS website: cauda equina syndrome',
    citation:
      'NHS website (National Health Service, England). Cauda equina syndrome. Web page, undated.',
    url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
  },
  {
    id: 'NHS-PREGNANCY-BACK',
    title: 'NHS website: back pain in pregnancy',
    citation:
      'NHS website (National Health Service, England). Back pain in pregnancy. Web page, undated.',
    url: 'https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/back-pain/',
  },
  {
    id: 'NHS-LABOUR',
    title: 'NHS website: signs that labour has begun',
    citation:
      'NHS website (National Health Service, England). Signs that labour has begun. Web page, undated.',
    url: 'https://www.nhs.uk/pregnancy/labour-and-birth/signs-of-labour/signs-that-labour-has-begun/',
  },
  {
    id: 'NHS-IBUPROFEN',
    title: 'NHS website: ibuprofen for adults',
    citation:
      'NHS website (National Health Service, England). Ibuprofen for adults. Web page, undated.',
    url: 'https://www.nhs.uk/medicines/ibuprofen-for-adults/',
  },
  {
    id: 'AAFP-2025',
    title: 'AAFP: acute low back pain',
    citation:
      'Acute low back pain. American Family Physician (American Academy of Family Physicians). ' +
      '2025;112(5):526-536.',
  },
  {
    id: 'COCHRANE-HEAT',
    title: 'Cochrane review: superficial heat or cold for low back pain',
    citation:
      'French SD, Cameron M, Walker BF, Reggars JW, Esterman AJ. Superficial heat or cold for ' +
      'low back pain. Cochrane Database Syst Rev. 2006;(1):CD004750.',
  },
  {
    id: 'COCHRANE-ACTIVE',
    title: 'Cochrane review: bed rest versus staying active',
    citation:
      'Dahm KT, Brurberg KG, Jamtvedt G, Hagen KB. Advice to rest in bed versus advice to stay ' +
      'active for acute low-back pain and sciatica. Cochrane Database Syst Rev. ' +
      '2010;(6):CD007612.',
  },
  {
    id: 'VERBEEK-2011',
    title: 'Cochrane review: manual handling advice for preventing back pain',
    citation:
      'Verbeek JH, Martimo KP, Karppinen J, Kuijer PP, Viikari-Juntura E, Takala EP. Manual ' +
      'material handling advice and assistive devices for preventing and treating back pain in ' +
      'workers. Cochrane Database Syst Rev. 2011;(6):CD005958.',
  },
  {
    id: 'CASHIN-2021',
    title: 'Muscle relaxants for non-specific low back pain (BMJ 2021)',
    citation:
      'Cashin AG, Folly T, Bagg MK, et al. Efficacy, acceptability, and safety of muscle ' +
      'relaxants for adults with non-specific low back pain: systematic review and ' +
      'meta-analysis. BMJ. 2021;374:n1446.',
    url: 'https://doi.org/10.1136/bmj.n1446',
  },
  {
    id: 'OPAL-2023',
    title: 'OPAL trial: opioids for acute low back and neck pain (Lancet 2023)',
    citation:
      'Jones CMP, Day RO, Koes BW, et al. Opioid analgesia for acute low back pain and neck ' +
      'pain (the OPAL trial): a randomised placebo-controlled trial. Lancet. ' +
      '2023;402(10398):304-312.',
    url: 'https://doi.org/10.1016/S0140-6736(23)00404-X',
  },
  {
    id: 'PACE-2014',
    title: 'PACE trial: paracetamol for acute low back pain (Lancet 2014)',
    citation:
      'Williams CM, Maher CG, Latimer J, et al. Efficacy of paracetamol for acute low-back ' +
      'pain: a double-blind, randomised controlled trial. Lancet. 2014;384(9954):1586-1596.',
    url: 'https://doi.org/10.1016/S0140-6736(14)60805-9',
  },
  {
    id: 'STEFFENS-2016',
    title: 'Prevention of low back pain (JAMA Intern Med 2016)',
    citation:
      'Steffens D, Maher CG, Pereira LSM, et al. Prevention of low back pain: a systematic ' +
      'review and meta-analysis. JAMA Intern Med. 2016;176(2):199-208.',
  },
  {
    id: 'MENEZES-2012',
    title: 'Prognosis of acute and persistent low back pain (CMAJ 2012)',
    citation:
      'Menezes Costa LdC, Maher CG, Hancock MJ, McAuley JH, Herbert RD, Costa LOP. The ' +
      'prognosis of acute and persistent low-back pain: a meta-analysis. CMAJ. ' +
      '2012;184(11):E613-E624.',
  },
  {
    id: 'DASILVA-2019',
    title: 'Recurrence of low back pain (J Physiother 2019)',
    citation:
      'da Silva T, Mills K, Brown BT, et al. Recurrence of low back pain is common: a ' +
      'prospective inception cohort study. J Physiother. 2019.',
  },
  {
    id: 'DOWNIE-2013',
    title: 'Red flags for malignancy and fracture (BMJ 2013)',
    citation:
      'Downie A, Williams CM, Henschke N, et al. Red flags to screen for malignancy and ' +
      'fracture in patients with low back pain: systematic review. BMJ. 2013;347:f7095.',
    url: 'https://doi.org/10.1136/bmj.f7095',
  },
] as const satisfies readonly Source[];

export type SourceId = (typeof SOURCES)[number]['id'];

export const SOURCE_IDS: readonly SourceId[] = SOURCES.map((source) => source.id);

export function isSourceId(id: string): id is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(id);
}

export function getSource(id: string): Source | undefined {
  return (SOURCES as readonly Source[]).find((source) => source.id === id);
}
