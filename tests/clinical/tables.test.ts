import { expect } from '@open-wc/testing';
import {
  EMERGENCY_FINDINGS,
  FACT_RULES,
  PHASE_RULES,
  RECHECK_POINTS,
  RED_FLAG_IDS,
  RED_FLAG_RULES,
  SOON_REASONS,
  SOON_RULES,
  SOURCES,
  SOURCE_IDS,
  SPAN_RULES,
  STEP_GROUPS,
  STEP_RULES,
  URGENT_FINDINGS,
  PREGNANCY_FINDINGS,
  ONSET_SPANS,
  type StepRule,
} from '../../src/clinical/index.js';

const rules: readonly StepRule[] = STEP_RULES;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('clinical tables', () => {
  it('source table: unique ids, a title and a citation each', () => {
    expect(new Set(SOURCE_IDS).size).to.equal(SOURCES.length);
    for (const id of [
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'seed-004',
      'ACP-2017',
      'NICE-NG59',
      'NHS-BACK',
      'AAFP-2025',
      'COCHRANE-HEAT',
      'COCHRANE-ACTIVE',
      'CASHIN-2021',
      'STEFFENS-2016',
      'MENEZES-2012',
      'DOWNIE-2013',
    ]) {
      expect(SOURCE_IDS).to.include(id);
    }
    for (const source of SOURCES) {
      expect(source.title.length).to.be.greaterThan(5);
      expect(source.citation.length).to.be.greaterThan(20);
    }
  });

  it('every table cites only known sources', () => {
    const cited = [
      ...rules.flatMap((r) => r.sources),
      ...RED_FLAG_RULES.flatMap((r) => r.sources),
      ...SOON_RULES.flatMap((r) => r.sources),
      ...PHASE_RULES.flatMap((r) => r.sources),
      ...RECHECK_POINTS.flatMap((r) => r.sources),
    ];
    for (const id of cited) expect(SOURCE_IDS, id).to.include(id);
  });

  it('no step cites a background-only source to a reader', () => {
    const background = new Set(
      (SOURCES as readonly { id: string; audience?: string }[])
        .filter((source) => source.audience === 'team')
        .map((source) => source.id),
    );
    expect(background.size).to.equal(2);
    for (const rule of STEP_RULES as readonly { id: string; sources: readonly string[] }[]) {
      for (const source of rule.sources) expect(background.has(source), rule.id).to.equal(false);
    }
  });

  it('red flags: unique ids, in reference order (emergency, same-day, pregnancy signs)', () => {
    expect(new Set(RED_FLAG_IDS).size).to.equal(RED_FLAG_RULES.length);
    expect(RED_FLAG_IDS).to.deep.equal([
      ...EMERGENCY_FINDINGS,
      ...URGENT_FINDINGS,
      ...PREGNANCY_FINDINGS,
    ]);
    for (const id of PREGNANCY_FINDINGS) {
      expect(RED_FLAG_RULES.find((rule) => rule.id === id)!.tier, id).to.equal('urgent');
    }
  });

  it('soon rules: one rule per reason', () => {
    expect(new Set(SOON_REASONS).size).to.equal(SOON_RULES.length);
  });

  it('phases tile the days without gaps; spans use their lower bound', () => {
    expect(PHASE_RULES[0]!.fromDay).to.equal(0);
    PHASE_RULES.forEach((rule, i) => {
      if (i > 0) expect(rule.fromDay).to.equal(PHASE_RULES[i - 1]!.beforeDay);
    });
    expect(PHASE_RULES.map((r) => [r.phase, r.fromDay])).to.deep.equal([
      ['first-days', 0],
      ['acute', 2],
      ['subacute', 28],
      ['chronic', 84],
    ]);
    expect(new Set(ONSET_SPANS).size).to.equal(SPAN_RULES.length);
    for (const rule of SPAN_RULES) expect(rule.representativeDay).to.equal(rule.minDay);
  });

  it('step table: unique kebab-case ids, in group order', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(KEBAB);
    const groupIndex = rules.map((r) => STEP_GROUPS.indexOf(r.group));
    for (let i = 1; i < groupIndex.length; i += 1) {
      expect(groupIndex[i]!, ids[i]).to.be.at.least(groupIndex[i - 1]!);
    }
    for (const group of STEP_GROUPS)
      expect(
        rules.some((r) => r.group === group),
        group,
      ).to.equal(true);
  });

  it('step conditions name only known facts, tiers and phases', () => {
    const facts = FACT_RULES.map((f) => f.id as string);
    for (const rule of rules) {
      const named = [
        ...(rule.requires ?? []),
        ...(rule.excludedBy ?? []),
        ...(rule.warningsWhen ?? []).map((w) => w.when),
        ...rule.showIn.flatMap((row) => row.requires ?? []),
      ];
      for (const fact of named) expect(facts, `${rule.id}: ${fact}`).to.include(fact);
      expect(rule.showIn.length, rule.id).to.be.greaterThan(0);
    }
  });

  it('positions and exercises have illustrations; heat, cold and holds have timers', () => {
    for (const rule of rules) {
      if (
        rule.id.startsWith('position-') ||
        rule.id.startsWith('exercise-') ||
        rule.id === 'walk-lifting-knees'
      ) {
        if (rule.id !== 'exercise-therapy') expect(rule.illustration, rule.id).to.be.a('string');
      }
      if (rule.tags?.includes('prescription')) expect(rule.id).to.match(/^ask-doctor-/);
    }
    const timer = (id: string) => rules.find((r) => r.id === id)?.timer;
    expect(timer('heat-pack')).to.deep.equal({ kind: 'heat', seconds: 900 });
    expect(timer('cold-pack')!.kind).to.equal('cold');
    expect(timer('cold-pack')!.seconds).to.be.within(720, 900);
    expect(timer('exercise-knee-to-chest')).to.deep.equal({
      kind: 'hold',
      seconds: 10,
      repeats: 5,
      restSeconds: 5,
    });
    expect(timer('exercise-arms-overhead-stretch')!.repeats).to.equal(10);
  });

  it('the heat and cold steps exclude each other by construction', () => {
    const heat = rules.find((r) => r.id === 'heat-pack')!;
    const cold = rules.find((r) => r.id === 'cold-pack')!;
    expect(heat.excludedBy).to.include('heat-made-worse');
    expect(cold.requires).to.include('heat-made-worse');
  });
});
