import { expect } from '@open-wc/testing';
import { CLINICAL_CONTENT } from '../../src/clinical/content-version.js';
import { HAZARDS } from '../../src/clinical/hazards.js';
import { renderSafetyDoc } from '../../src/clinical/safety-doc.js';

async function text(path: string): Promise<string> {
  const response = await fetch(path, { cache: 'no-store' });
  return response.ok ? await response.text() : '';
}

describe('clinical safety case', () => {
  it('docs/clinical-safety.md matches the hazard log', async () => {
    expect(
      (await text('/docs/clinical-safety.md')) === renderSafetyDoc(),
      'docs/clinical-safety.md is out of date: run `npm run docs:rules` and commit the result',
    ).to.equal(true);
  });

  it('every hazard has controls and tests, and every named test exists', async () => {
    for (const hazard of HAZARDS) {
      expect(hazard.controls.length, hazard.id).to.be.greaterThan(0);
      expect(hazard.tests.length, `${hazard.id} has no test`).to.be.greaterThan(0);
      for (const test of hazard.tests) {
        const source = (await text(`/tests/${test.file}`)).replace(/\\'/g, "'");
        expect(source, `${hazard.id}: tests/${test.file} not found`).to.not.equal('');
        expect(source.includes(test.name), `${hazard.id}: no test "${test.name}" in ${test.file}`)
          .to.be.true;
      }
    }
  });

  it("the changelog's newest entry is the content version, reviewed a year before the next review", async () => {
    const changelog = await text('/docs/clinical-changelog.md');
    const newest =
      /^## (\S+) — reviewed (\d{4}-\d{2}-\d{2}), next review due (\d{4}-\d{2}-\d{2})$/m.exec(
        changelog,
      );
    expect(newest, 'no dated entry in docs/clinical-changelog.md').to.not.equal(null);
    expect(newest![1]).to.equal(CLINICAL_CONTENT.version);
    expect(newest![2]).to.equal(CLINICAL_CONTENT.reviewed);
    expect(newest![3]).to.equal(CLINICAL_CONTENT.nextReview);
    const reviewed = new Date(`${CLINICAL_CONTENT.reviewed}T00:00:00Z`);
    reviewed.setUTCFullYear(reviewed.getUTCFullYear() + 1);
    expect(reviewed.toISOString().slice(0, 10)).to.equal(CLINICAL_CONTENT.nextReview);
  });
});
