// Sizes of the built files, shared by the byte budgets (npm test) and the benchmark.
// "First screen" is the ES entry plus every chunk it imports statically: what a page must
// download before the guide can draw. "Whole guide" adds the questions-and-plan chunk that
// the entry fetches right after, so the English guide's full cost is stated too. "Classic" is
// the every-language classic script alone; it loads the rest on demand (classicWholeGuide adds
// the questions, plan and drawings; classicWords is the largest language's words, all stages).
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// import{a as b}from"./x.js" / import "./x.js" / export{a}from"./x.js"; not import("./x.js").
const STATIC_IMPORT =
  /\b(?:import|export)\s*(?:[\w$*{}\s,]+?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

export const gzipSize = async (path) => gzipSync(await readFile(path), { level: 9 }).length;

/** Files reached from `file` through static imports, itself included. */
async function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(file, 'utf8');
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
    await staticClosure(join(dirname(file), spec), seen);
  }
  return seen;
}

async function sumGzip(files) {
  const sizes = await Promise.all([...files].map(gzipSize));
  return sizes.reduce((a, b) => a + b, 0);
}

export async function bundleSizes(dist = 'dist') {
  const entry = join(dist, 'back-spasm-guide.js');
  const firstScreen = await staticClosure(entry);
  const entryCode = await readFile(entry, 'utf8');
  const flowFiles = [...entryCode.matchAll(DYNAMIC_IMPORT)].map(([, spec]) =>
    join(dirname(entry), spec),
  );
  if (!flowFiles.some((file) => file.includes('guide-flow-'))) {
    throw new Error(`${entry} does not import chunks/guide-flow-*.js: update bundle-sizes.mjs`);
  }
  const wholeGuide = new Set(firstScreen);
  for (const file of flowFiles) await staticClosure(file, wholeGuide);

  const localeFiles = (await readdir(join(dist, 'locales'))).filter((f) => f.endsWith('.js'));
  const locales = {};
  for (const f of localeFiles) {
    const name = /^((?:es|fr|de|pt-BR|zh-Hans|ar|hi)\.\w+)-/.exec(f)?.[1] ?? f;
    locales[name] = await gzipSize(join(dist, 'locales', f));
  }
  const drawings = (await readdir(join(dist, 'chunks'))).find(
    (f) => f.startsWith('illustrations-') && f.endsWith('.js'),
  );
  // The every-language classic script and what it loads on demand from classic/chunks/ (the
  // questions and plan, the drawings) and classic/locales/ (each language's words by stage).
  const classicFolder = async (folder) =>
    (await readdir(join(dist, 'classic', folder)))
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(dist, 'classic', folder, f));
  const classicWordsByLanguage = {};
  for (const file of await classicFolder('locales')) {
    const language = /^([\w-]+)\./.exec(file.split('/').pop())[1];
    classicWordsByLanguage[language] =
      (classicWordsByLanguage[language] ?? 0) + (await gzipSize(file));
  }
  const classicByLanguage = {};
  for (const f of (await readdir(join(dist, 'classic'))).filter((f) => f.endsWith('.js'))) {
    classicByLanguage[f.replace(/^back-spasm-guide\.|\.js$/g, '')] = await gzipSize(
      join(dist, 'classic', f),
    );
  }
  return {
    firstScreen: await sumGzip(firstScreen),
    firstScreenFiles: [...firstScreen].map((f) => relative(dist, f)),
    wholeGuide: await sumGzip(wholeGuide),
    classic: await gzipSize(join(dist, 'back-spasm-guide.classic.js')),
    classicWholeGuide: await sumGzip([
      join(dist, 'back-spasm-guide.classic.js'),
      ...(await classicFolder('chunks')),
    ]),
    classicWordsByLanguage,
    classicWords: Math.max(...Object.values(classicWordsByLanguage)),
    classicByLanguage,
    classicOneLanguage: Math.max(...Object.values(classicByLanguage)),
    locales,
    locale: Math.max(...Object.values(locales)),
    drawings: drawings ? await gzipSize(join(dist, 'chunks', drawings)) : 0,
  };
}
