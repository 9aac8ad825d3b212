/**
 * docs/clinical-safety.md, rendered from the hazard log (hazards.ts) and the content version.
 */
import { CLINICAL_CONTENT } from './content-version.js';
import { HAZARDS, riskRating } from './hazards.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderSafetyDoc(): string {
  const rows = HAZARDS.map((hazard) =>
    [
      hazard.id,
      hazard.hazard,
      hazard.cause,
      hazard.severity,
      `${hazard.before} (${riskRating(hazard.severity, hazard.before)})`,
      `${hazard.after} (${riskRating(hazard.severity, hazard.after)})`,
    ]
      .map(cell)
      .join(' | '),
  );
  const details = HAZARDS.map((hazard) =>
    [
      `### ${hazard.id}. ${hazard.hazard}`,
      '',
      'Controls:',
      '',
      ...hazard.controls.map((control) => `- ${control}`),
      '',
      'Proved by:',
      '',
      ...hazard.tests.map((test) => `- \`tests/${test.file}\`: "${test.name}"`),
    ].join('\n'),
  );
  return [
    '# Clinical safety case of `<back-spasm-guide>`',
    '',
    '> Generated from `src/clinical/hazards.ts` by `npm run docs:rules`. Do not edit by hand: ' +
      '`tests/clinical/safety-case.test.ts` fails when this file, the hazard log or a named test ' +
      'disagree.',
    '',
    `Clinical content version ${CLINICAL_CONTENT.version}, last reviewed ` +
      `${CLINICAL_CONTENT.reviewed}, next review due ${CLINICAL_CONTENT.nextReview}. What ` +
      'changed in each version: `docs/clinical-changelog.md`. The rules themselves: ' +
      '`docs/clinical-rules.md`.',
    '',
    'Severity and likelihood follow the DCB0129 scales; the figure in brackets is the risk ' +
      'rating of the DCB0129 matrix (1 lowest, 5 highest) before and after the controls.',
    '',
    '| id | what could go wrong for the reader | cause | severity | likelihood before | likelihood after |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
    '## Controls and the tests that prove them',
    '',
    details.join('\n\n'),
    '',
  ].join('\n');
}
