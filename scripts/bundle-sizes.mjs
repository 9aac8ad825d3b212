// Sizes of the built files, shared by the byte budgets (npm test) and the benchmark, with the
// chunk graph read from Vite's manifest of the ES build (dist/.vite/manifest.json).
// "First screen" is the ES entry plus every chunk it imports statically: what a page must
// download before the guide can draw. "Whole guide" adds the questions-and-plan chunk (and what
// it imports), so the English guide's full cost is stated too.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** Issue 14's targets, gzip bytes (the budgets print them; the bench prints them beside the figures). */
export const SIZE_TARGETS = {
  firstScreen: 12 * KB,
  wholeGuide: 32 * KB,
  locale: 6 * KB,
  classic: 40 * KB,
  classicOneLanguage: 60 * KB,
};

export const gzipSize = async (path) => gzipSync(await readFile(path), { level: 9 }).length;

const ENTRY = 'src/index.ts';
const FLOW = 'src/flow/guide-flow.ts';

export async function readManifest(dist = 'dist') {
  return JSON.parse(await readFile(join(dist, '.vite', 'manifest.json'), 'utf8'));
}

/** Manifest keys reached from `key` through static imports, itself included. */
export function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  if (!manifest[key]) throw new Error(`${key} is not in Vite's manifest: update bundle-sizes.mjs`);
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/**
 * Requests in a row before `key` can run: 1 for the file itself, plus the longest chain of its
 * static imports, counting an import the page preloads (`<link rel="modulepreload">`) as
 * fetched beside the entry.
 */
export function requestsInARow(manifest, key, preloaded = new Set()) {
  const depth = (k) =>
    Math.max(0, ...(manifest[k].imports ?? []).map((i) => (preloaded.has(i) ? 0 : 1 + depth(i))));
  return 1 + depth(key);
}

/** Files a host page should preload beside the entry: every chunk the entry imports statically. */
export const entryPreloads = (manifest) =>
  [...staticClosure(manifest, ENTRY)].filter((k) => k !== ENTRY).map((k) => manifest[k].file);

async function sumGzip(dist, manifest, keys) {
  const sizes = await Promise.all([...keys].map((k) => gzipSize(join(dist, manifest[k].file))));
  return sizes.reduce((a, b) => a + b, 0);
}

export async function bundleSizes(dist = 'dist') {
  const manifest = await readManifest(dist);
  const firstScreen = staticClosure(manifest, ENTRY);
  if (!manifest[ENTRY].dynamicImports?.includes(FLOW)) {
    throw new Error(`${ENTRY} does not import ${FLOW} on demand: update bundle-sizes.mjs`);
  }
  const wholeGuide = staticClosure(manifest, FLOW, new Set(firstScreen));

  const locales = {};
  for (const [key, chunk] of Object.entries(manifest)) {
    if (key.startsWith('src/generated/locales/')) {
      locales[chunk.name] = await gzipSize(join(dist, chunk.file));
    }
  }
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
  const classicWholeGuide = (
    await Promise.all(
      [join(dist, 'back-spasm-guide.classic.js'), ...(await classicFolder('chunks'))].map(gzipSize),
    )
  ).reduce((a, b) => a + b, 0);
  const classicByLanguage = {};
  for (const f of (await readdir(join(dist, 'classic'))).filter((f) => f.endsWith('.js'))) {
    classicByLanguage[f.replace(/^back-spasm-guide\.|\.js$/g, '')] = await gzipSize(
      join(dist, 'classic', f),
    );
  }
  const drawings = manifest['src/illustrations/index.ts'];
  return {
    firstScreen: await sumGzip(dist, manifest, firstScreen),
    firstScreenFiles: [...firstScreen].map((k) => manifest[k].file),
    requestsInARow: requestsInARow(manifest, ENTRY),
    wholeGuide: await sumGzip(dist, manifest, wholeGuide),
    classic: await gzipSize(join(dist, 'back-spasm-guide.classic.js')),
    classicWholeGuide,
    classicWordsByLanguage,
    classicWords: Math.max(...Object.values(classicWordsByLanguage)),
    classicByLanguage,
    classicOneLanguage: Math.max(...Object.values(classicByLanguage)),
    locales,
    locale: Math.max(...Object.values(locales)),
    drawings: drawings ? await gzipSize(join(dist, drawings.file)) : 0,
  };
}
