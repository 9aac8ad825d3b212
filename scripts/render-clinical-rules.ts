/**
 * Writes docs/clinical-rules.md and docs/clinical-safety.md from the clinical tables.
 * Run with `npm run docs:rules` (npx tsx scripts/render-clinical-rules.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRulesDoc } from '../src/clinical/rules-doc.js';
import { renderSafetyDoc } from '../src/clinical/safety-doc.js';

const docs = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs');
mkdirSync(docs, { recursive: true });
for (const [name, text] of [
  ['clinical-rules.md', renderRulesDoc()],
  ['clinical-safety.md', renderSafetyDoc()],
]) {
  writeFileSync(resolve(docs, name!), text!, 'utf8');
  console.log(`wrote docs/${name}`);
}
