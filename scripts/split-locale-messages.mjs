#!/usr/bin/env node
// After `lit-localize build`: moves the messages only the plan uses out of each generated
// locale module into `<locale>.plan.ts`, so a reader downloads the plan's words only when the
// plan is on its way (see src/i18n/localization.ts). The plan's modules are listed here; a
// message any other module also uses stays in the first part.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PLAN_MODULES = [
  'src/content/plan-text.ts',
  'src/content/timer-text.ts',
  'src/plan/reminders.ts',
  'src/screens/plan-screen.ts',
  'src/screens/step-card.ts',
];
const GENERATED = 'src/generated/locales';

async function sourceFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return files.flat().filter((f) => f.endsWith('.ts') && !f.startsWith('src/generated'));
}

const idsIn = async (file) =>
  new Set([...(await readFile(file, 'utf8')).matchAll(/\bid: '([^']+)'/g)].map((m) => m[1]));

const planIds = new Set();
for (const file of PLAN_MODULES) for (const id of await idsIn(file)) planIds.add(id);
for (const file of await sourceFiles('src')) {
  if (PLAN_MODULES.includes(file)) continue;
  for (const id of await idsIn(file)) planIds.delete(id);
}

const ENTRY = /^\s*'([^']+)': /;
let moved = 0;
for (const name of await readdir(GENERATED)) {
  if (!name.endsWith('.ts') || name.endsWith('.plan.ts')) continue;
  const path = join(GENERATED, name);
  const lines = (await readFile(path, 'utf8')).split('\n');
  const first = lines.filter((line) => !planIds.has(ENTRY.exec(line)?.[1]));
  const plan = lines.filter((line) => planIds.has(ENTRY.exec(line)?.[1]));
  moved += plan.length;
  // Each part imports lit-localize's `str` only if one of its messages has a value in it.
  const usesStr = (entries) => entries.some((line) => ENTRY.test(line) && line.includes('str`'));
  const withoutStr = (part) => part.filter((line) => !line.includes('import {str} from'));
  const header = lines.slice(
    0,
    lines.findIndex((line) => line.includes('export const templates')),
  );
  await writeFile(path, (usesStr(first) ? first : withoutStr(first)).join('\n'));
  await writeFile(
    path.replace(/\.ts$/, '.plan.ts'),
    [
      ...(usesStr(plan) ? header : withoutStr(header)),
      '    export const templates = {',
      ...plan,
      '    };',
      '',
    ].join('\n'),
  );
}
console.log(
  `split locale messages: ${planIds.size} plan messages moved to *.plan.ts (${moved} lines)`,
);
