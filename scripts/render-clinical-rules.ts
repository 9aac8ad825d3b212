/**
 * Writes docs/clinical-rules.md from the clinical tables.
 * Run with `npm run docs:rules` (npx tsx scripts/render-clinical-rules.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRulesDoc } from '../src/clinical/rules-doc.js';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'clinical-rules.md');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderRulesDoc(), 'utf8');
console.log(`wrote ${target}`);
