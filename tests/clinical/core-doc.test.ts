import { expect } from '@open-wc/testing';
import { assess } from '../../src/clinical/index.js';

function jsonAfter(markdown: string, marker: string): unknown {
  const start = markdown.indexOf(marker);
  const block = /```json\n([\s\S]*?)```/.exec(markdown.slice(start));
  if (start < 0 || !block) throw new Error(`no JSON block after ${marker}`);
  return JSON.parse(block[1]!);
}

describe('docs/clinical-core.md', () => {
  it('shows the output assess really gives for its worked example', async () => {
    const response = await fetch('/docs/clinical-core.md', { cache: 'no-store' });
    const markdown = await response.text();
    const input = jsonAfter(markdown, '<!-- example-input -->');
    const output = jsonAfter(markdown, '<!-- example-output -->');
    expect(
      assess(input, '2025-03-10'),
      'update the worked example in docs/clinical-core.md',
    ).to.deep.equal(output);
  });
});
