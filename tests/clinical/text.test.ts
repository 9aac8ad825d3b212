import { expect } from '@open-wc/testing';
import {
  EVIDENCE_GRADES,
  RECHECK_ACTIONS,
  RED_FLAG_IDS,
  SOON_REASONS,
  STEP_GROUPS,
  STEP_IDS,
  WARNING_IDS,
} from '../../src/clinical/index.js';
import { redFlagLabel, tierReasonText } from '../../src/content/clinical-text.js';
import {
  gradeLabel,
  groupHeading,
  recheckText,
  stepHowTo,
  stepTitle,
  warningText,
} from '../../src/content/plan-text.js';
import { DOSE } from './support.js';

function allTexts(): { key: string; text: string }[] {
  return [
    ...RED_FLAG_IDS.map((id) => ({ key: `redflag ${id}`, text: redFlagLabel(id) })),
    ...STEP_IDS.map((id) => ({ key: `title ${id}`, text: stepTitle(id) })),
    ...STEP_IDS.map((id) => ({ key: `how ${id}`, text: stepHowTo(id) })),
    ...WARNING_IDS.map((id) => ({ key: `warning ${id}`, text: warningText(id) })),
    ...RECHECK_ACTIONS.map((id) => ({ key: `recheck ${id}`, text: recheckText(id) })),
    ...SOON_REASONS.map((id) => ({ key: `reason ${id}`, text: tierReasonText(id) })),
    ...EVIDENCE_GRADES.map((id) => ({ key: `grade ${id}`, text: gradeLabel(id) })),
    ...STEP_GROUPS.map((id) => ({ key: `group ${id}`, text: groupHeading(id) })),
  ];
}

describe('clinical text', () => {
  it('has words for every id (never the bare id)', () => {
    for (const { key, text } of allTexts()) {
      expect(text.trim().length, key).to.be.greaterThan(3);
      expect(text, key).to.not.equal(key.split(' ')[1]);
    }
  });

  it('never contains a dose, markup or a placeholder', () => {
    for (const { key, text } of allTexts()) {
      expect(DOSE.test(text), `dose in ${key}: ${text}`).to.equal(false);
      expect(/[<>{}]/.test(text), `markup in ${key}`).to.equal(false);
    }
  });

  it('names aspirin only in the under-16 warning', () => {
    const withAspirin = allTexts().filter(({ text }) => /aspirin/i.test(text));
    expect(withAspirin.map((t) => t.key)).to.deep.equal(['warning no-aspirin-under-16']);
  });

  it('never names a condition the person has, nor says they have one', () => {
    for (const { key, text } of allTexts()) {
      expect(
        /you have (a |an )?(slipped|herniated|sciatica|disc|spinal|infection|tumou?r|cancer)/i.test(
          text,
        ),
        key,
      ).to.equal(false);
      expect(/\bdiagnos/i.test(text), key).to.equal(false);
    }
  });

  // Two steps carry a fourth sentence because safety needs it there: what to take instead of
  // an anti-inflammatory, and never stopping a prescribed opioid suddenly.
  const FOUR_SENTENCES = new Set(['ask-pharmacist-before-nsaid', 'opioids-guidelines-differ']);

  it('keeps how-to texts short: at most 3 sentences (4 for two safety steps)', () => {
    for (const id of STEP_IDS) {
      const sentences = stepHowTo(id)
        .split(/[.!?](\s|$)/)
        .filter((s) => s.trim().length > 1);
      expect(sentences.length, id).to.be.within(1, FOUR_SENTENCES.has(id) ? 4 : 3);
    }
  });

  it('returns the id itself for an unknown step title, and empty how-to', () => {
    expect(stepTitle('no-such-step')).to.equal('no-such-step');
    expect(stepHowTo('no-such-step')).to.equal('');
    expect(stepTitle('constructor')).to.equal('constructor');
  });
});
