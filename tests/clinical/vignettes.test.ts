import { expect } from '@open-wc/testing';
import { assess } from '../../src/clinical/index.js';
import { TODAY, violations } from './support.js';
import { VIGNETTES } from './vignettes.js';

describe('clinical vignettes', () => {
  it('has at least 25 vignettes with unique names', () => {
    expect(VIGNETTES.length).to.be.at.least(25);
    expect(new Set(VIGNETTES.map((v) => v.name)).size).to.equal(VIGNETTES.length);
  });

  for (const vignette of VIGNETTES) {
    it(vignette.name, () => {
      const today = vignette.today ?? TODAY;
      const result = assess(vignette.answers, today);
      if (!result.ok) throw new Error(`no plan: ${JSON.stringify(result.issues)}`);
      const a = result.assessment;
      const e = vignette.expect;
      const ids = a.steps.map((s) => s.id);
      expect(a.tier, 'tier').to.equal(e.tier);
      expect(a.phase, 'phase').to.equal(e.phase);
      if (e.days !== undefined) expect(a.daysSinceStart, 'days').to.equal(e.days);
      if (e.reasons) expect(a.tierReasons, 'reasons').to.deep.equal(e.reasons);
      if (e.firstStep) expect(ids[0], 'first step').to.equal(e.firstStep);
      for (const id of e.present ?? []) expect(ids, `step ${id} present`).to.include(id);
      for (const id of e.absent ?? []) expect(ids, `step ${id} absent`).to.not.include(id);
      for (const w of e.warnings ?? []) expect(a.warnings, `warning ${w}`).to.include(w);
      for (const w of e.noWarnings ?? []) expect(a.warnings, `no warning ${w}`).to.not.include(w);
      if (e.recheckActions) {
        expect(
          a.recheck.map((r) => r.action),
          'recheck actions',
        ).to.deep.equal(e.recheckActions);
      }
      if (e.recheck) expect(a.recheck, 'recheck').to.deep.equal(e.recheck);
      expect(violations(vignette.answers, result, today), 'safety rules').to.deep.equal([]);
    });
  }
});
