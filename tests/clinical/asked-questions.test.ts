import { expect } from '@open-wc/testing';
import {
  ASKED_QUESTION_RULES,
  isAsked,
  withoutUnasked,
} from '../../src/clinical/asked-questions.js';
import { assess } from '../../src/clinical/assess.js';
import { emptyAnswers, type Answers } from '../../src/clinical/types.js';
import { renderRulesDoc } from '../../src/clinical/rules-doc.js';

const TODAY = '2026-03-10';

function answers(patch: Partial<Answers>): Answers {
  return { ...emptyAnswers(), noRedFlags: true, pregnant: false, ...patch };
}

describe('questions asked only sometimes (the core decides, the flow asks)', () => {
  it('asks "is it getting better?" only once 48 hours may have passed', () => {
    const cases: [Answers['onset'], boolean][] = [
      [undefined, false],
      [{ kind: 'span', span: 'today' }, false],
      [{ kind: 'span', span: '1-2-days' }, false],
      [{ kind: 'span', span: '3-7-days' }, true],
      [{ kind: 'duration', value: 47, unit: 'hours' }, false],
      [{ kind: 'duration', value: 3, unit: 'days' }, true],
      // A calendar date two days ago may be little over 24 hours: not yet.
      [{ kind: 'date', date: '2026-03-08' }, false],
      [{ kind: 'date', date: '2026-03-07' }, true],
    ];
    for (const [onset, asked] of cases)
      expect(isAsked('trend', answers({ onset }), TODAY), JSON.stringify(onset)).to.equal(asked);
  });

  it('drops the answer to a question no longer asked, and keeps it while asked', () => {
    const later = answers({ onset: { kind: 'span', span: '3-7-days' }, trend: 'worse' });
    expect(withoutUnasked(later, TODAY).trend).to.equal('worse');
    const today = answers({ onset: { kind: 'span', span: 'today' }, trend: 'worse' });
    const kept = withoutUnasked(today, TODAY);
    expect('trend' in kept).to.equal(false);
    expect(kept.onset).to.deep.equal(today.onset);
    expect(today.trend, 'the input is left alone').to.equal('worse');
  });

  it('a dropped trend no longer sends the reader to a doctor for "getting worse"', () => {
    const today = answers({
      onset: { kind: 'span', span: 'today' },
      history: 'first-time',
      ageBand: '18-49',
      severity: 'moderate',
      oneLegSymptoms: false,
      trend: 'worse',
    });
    const reasons = (input: Answers) => {
      const result = assess(input, TODAY);
      return result.ok ? result.assessment.tierReasons : ['not assessed'];
    };
    expect(reasons(withoutUnasked(today, TODAY))).to.not.include('getting-worse');
  });

  it('every rule appears in the rules document', () => {
    const doc = renderRulesDoc();
    expect(doc).to.contain('### Questions asked only sometimes (`ASKED_QUESTION_RULES`)');
    for (const rule of ASKED_QUESTION_RULES)
      expect(doc).to.contain(`| \`${rule.question}\` | ${rule.askedWhen} |`);
  });
});
