import { expect } from '@open-wc/testing';
import { formatClock, formatDate, formatDuration } from '../../src/i18n/format.js';

describe('locale-aware numbers, plurals and dates', () => {
  it('uses the six Arabic plural forms for durations', () => {
    const rules = new Intl.PluralRules('ar');
    const samples = [0, 1, 2, 3, 11, 100];
    expect(samples.map((n) => rules.select(n))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    const texts = samples.map((n) => formatDuration('ar', n * 60));
    expect(new Set(texts).size).to.equal(6);
    for (const text of texts) expect(text).to.match(/[\u0600-\u06FF]/);
    expect(formatDuration('ar', 900), 'Western digits, as in the Arabic messages').to.contain('15');
  });

  it('pluralises minutes and seconds in each locale', () => {
    expect(formatDuration('en', 60)).to.equal('1 minute');
    expect(formatDuration('en', 900)).to.equal('15 minutes');
    expect(formatDuration('en', 90)).to.equal('1 minute, 30 seconds');
    expect(formatDuration('de', 900)).to.equal('15 Minuten');
    expect(formatDuration('es', 10)).to.equal('10 segundos');
  });

  it('formats clocks and dates in the reader\u2019s way', () => {
    expect(formatClock('en', 905)).to.equal('15:05');
    expect(formatDate('en', '2026-12-05')).to.equal('December 5, 2026');
    expect(formatDate('de', '2026-12-05')).to.equal('5. Dezember 2026');
    expect(formatDate('zh-Hans', '2026-12-05')).to.equal('2026年12月5日');
  });
});
