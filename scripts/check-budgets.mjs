#!/usr/bin/env node
// Byte budgets for the built files (bytes do not vary from run to run, so they can be a test).
// BUDGETS hold the line at today's sizes; TARGETS are the goals of the size work (see README,
// "Size"). Lower a budget whenever the build gets smaller; never raise it without a reason in
// the commit.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = { entry: 38 * KB, locale: 7 * KB, classic: 94 * KB, drawings: 2 * KB };
const TARGETS = { entry: 20 * KB, locale: 6 * KB, classic: 60 * KB };

const gzipped = async (path) => gzipSync(await readFile(path), { level: 9 }).length;
const locales = (await readdir('dist/locales')).filter((f) => f.endsWith('.js'));
const drawings = (await readdir('dist/chunks')).filter(
  (f) => f.startsWith('illustrations-') && f.endsWith('.js'),
);
const sizes = {
  entry: await gzipped('dist/back-spasm-guide.js'),
  classic: await gzipped('dist/back-spasm-guide.classic.js'),
  locale: Math.max(...(await Promise.all(locales.map((f) => gzipped(`dist/locales/${f}`))))),
  drawings: await gzipped(`dist/chunks/${drawings[0]}`),
};

let failed = 0;
for (const [name, size] of Object.entries(sizes)) {
  const over = size > BUDGETS[name];
  if (over) failed++;
  const target = TARGETS[name] ? `, target ${(TARGETS[name] / KB).toFixed(0)} KB` : '';
  console.log(
    `${over ? 'over budget' : 'ok'}: ${name} ${(size / KB).toFixed(1)} KB gzip (budget ${(BUDGETS[name] / KB).toFixed(0)} KB${target})`,
  );
}
console.log(`budgets: ${Object.keys(sizes).length - failed} within, ${failed} over`);
process.exit(failed ? 1 : 0);
