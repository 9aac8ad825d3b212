#!/usr/bin/env node
// One classic script per language (English plus that language), dist/classic/back-spasm-guide.<locale>.js:
// a single file for hosts that cannot load modules and show one language, at about half the
// size of the script with every language. The WordPress plugin picks one per page.
import { readFile } from 'node:fs/promises';
import { build } from 'vite';

const config = JSON.parse(await readFile('lit-localize.json', 'utf8'));
for (const locale of [config.sourceLocale, ...config.targetLocales]) {
  await build({ mode: `classic-${locale}`, logLevel: 'warn' });
}
console.log(
  `classic scripts for ${1 + config.targetLocales.length} single languages in dist/classic/`,
);
