import { expect } from '@open-wc/testing';
import { renderRulesDoc } from '../../src/clinical/index.js';

describe('docs/clinical-rules.md', () => {
  it('matches the clinical tables', async () => {
    const response = await fetch('/docs/clinical-rules.md', { cache: 'no-store' });
    const committed = response.ok ? await response.text() : '';
    expect(
      committed === renderRulesDoc(),
      'docs/clinical-rules.md is out of date with src/clinical: run `npm run docs:rules` and commit the result',
    ).to.equal(true);
  });

  it('renders the same text every time', () => {
    expect(renderRulesDoc()).to.equal(renderRulesDoc());
  });
});
