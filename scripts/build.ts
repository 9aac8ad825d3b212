/**
 * npm run build: every file of dist/, from the one list of outputs below, in one process.
 *
 *   node_modules/.bin/tsx scripts/build.ts [--no-i18n] [--if-changed]
 *
 * --no-i18n     the generated locale modules are fresh (npm test has just made them);
 * --if-changed  does nothing when dist/ was built from the same inputs (dist/.build-inputs).
 *
 * dist/ is emptied once; each output is one Vite build; the ES build writes Vite's manifest
 * (dist/.vite/manifest.json), which the size scripts, the bench and the WordPress build read for
 * the chunks each file imports.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown, type UserConfig } from 'vite';
import { classicOnDemandConfig } from './classic-on-demand/build.js';
import {
  inlineStrInLocaleModules,
  minifyTemplateLiterals,
  onlyLocale,
  shortIdsFor,
  shortMessageIds,
  stripClinicianText,
  stubMessageIdHashing,
  tolerateTrustedTypesPolicy,
} from './build/plugins.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const run = (command: string, ...args: string[]) =>
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const runAsync = (command: string, ...args: string[]) =>
  new Promise<void>((done, fail) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });

interface Output {
  /** Path in dist/ of the file a host loads. */
  file: string;
  entry: string;
  format: 'es' | 'iife';
  /** Plugins of this output only. */
  plugins?: Plugin[];
  /** A whole Vite config of its own, given the plugins every output uses. */
  config?: (plugins: Plugin[]) => UserConfig;
  /** Keep the clinician text of the clinical tables (only the core, for the rules' readers). */
  clinicianText?: boolean;
}

/** The files a host loads; anything else in dist/ is a chunk of these or a step below. */
function outputs(locales: readonly string[]): Output[] {
  return [
    // The ES module entry (the first screen), its shared chunk, and the lazy chunks: the
    // questions and plan (chunks/guide-flow-*), the drawings, each locale's staged words.
    { file: 'back-spasm-guide.js', entry: 'src/index.ts', format: 'es' },
    // The classic script with every language: it loads the questions, the plan and the
    // reader's words on demand from classic/chunks/ and classic/locales/.
    {
      file: 'back-spasm-guide.classic.js',
      entry: 'src/index.ts',
      format: 'iife',
      config: classicOnDemandConfig,
    },
    // The same with English and one language only, for a page in one language.
    ...locales.map((locale): Output => ({
      file: `classic/back-spasm-guide.${locale}.js`,
      entry: 'src/index.ts',
      format: 'iife',
      plugins: [onlyLocale(locale)],
    })),
    // The clinical core alone, for hosts that only need assess().
    { file: 'assess.js', entry: 'src/clinical/index.ts', format: 'es', clinicianText: true },
  ];
}

/** Chunk names of the ES build: locales/<locale>.<part>-<hash>.js, chunks/<name>-<hash>.js. */
function chunkFileNames(locales: readonly string[]) {
  const localePart = new RegExp(
    `^(${locales.map((l) => l.replace('-', '\\-')).join('|')})\\.\\w+$`,
  );
  return (chunk: Rolldown.PreRenderedChunk) =>
    localePart.test(chunk.name)
      ? 'locales/[name]-[hash].js'
      : chunk.isDynamicEntry
        ? 'chunks/[name]-[hash].js'
        : // Lit and what the entry shares with the flow: imported by both, so the flow reuses
          // the entry's copy. Named for its role, not for whichever module it was named after.
          'chunks/shared-[hash].js';
}

async function buildOutput(output: Output, shared: Plugin[], locales: readonly string[]) {
  const es = output.format === 'es';
  const plugins = [
    ...shared,
    ...(output.plugins ?? []),
    ...(output.clinicianText ? [] : [stripClinicianText()]),
  ];
  if (output.config) {
    await build({ configFile: false, logLevel: 'warn', ...output.config(plugins) });
    return;
  }
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins,
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2021',
      sourcemap: true,
      minify: true,
      manifest: es && output.entry === 'src/index.ts',
      lib: {
        entry: join(root, output.entry),
        formats: [output.format],
        name: 'BackSpasmGuide',
        fileName: () => output.file,
      },
      rollupOptions: {
        output: {
          // Vite keeps whitespace and pure annotations in library builds for other bundlers;
          // ours are loaded by browsers as they are, so minify all the way. The libraries'
          // `@license` comments stay (BSD-3-Clause; see THIRD-PARTY-NOTICES.txt).
          minify: true,
          comments: { legal: true, annotation: false },
          // (A classic script is one file: Vite builds IIFE libraries without code splitting.)
          ...(es ? { chunkFileNames: chunkFileNames(locales) } : {}),
        },
      },
    },
  });
}

/**
 * dist/modulepreload.json: the chunks the ES entry imports statically, relative to dist/. A host
 * page that names them in `<link rel="modulepreload">` fetches them beside the entry, so the
 * first screen waits for one round trip, not two (README, "Embed it in a page"; the WordPress
 * plugin prints them).
 */
function writeModulePreloads() {
  type Chunk = { file: string; imports?: string[] };
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    Chunk
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    for (const imported of manifest[key]?.imports ?? []) {
      files.add(manifest[imported]!.file);
      visit(imported);
    }
  };
  visit('src/index.ts');
  writeFileSync(join(dist, 'modulepreload.json'), `${JSON.stringify([...files], null, 2)}\n`);
}

/** Message ids of the XLIFF files; a hashed one (a message without `id`) stops the build. */
function messageIds(): string[] {
  const file = readdirSync(join(root, 'locales')).find((f) => f.endsWith('.xlf'));
  if (!file) throw new Error('no locales/*.xlf: run npm run i18n:extract');
  const xliff = readFileSync(join(root, 'locales', file), 'utf8');
  const ids = [...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]!);
  const hashed = ids.filter((id) => /^[sh][0-9a-f]{16}$/.test(id));
  if (hashed.length) throw new Error(`messages without an explicit id: ${hashed.join(', ')}`);
  return ids;
}

/** A hash of every file the build reads (tracked or new, not ignored). */
function inputsHash(): string {
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: root, encoding: 'utf8' },
  )
    .split('\0')
    .filter(
      (f) =>
        f && !/^(tests|bench|demo|docs|integrations)\/|\.md$/.test(f) && existsSync(join(root, f)),
    );
  const hash = createHash('sha256');
  for (const f of files.sort())
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(join(root, f)));
  return hash.digest('hex');
}

const args = process.argv.slice(2);
const stampFile = join(dist, '.build-inputs');
const inputs = inputsHash();
if (args.includes('--if-changed') && existsSync(stampFile)) {
  if (readFileSync(stampFile, 'utf8') === inputs) {
    console.log('build: dist/ is up to date with its inputs');
    process.exit(0);
  }
}

const started = performance.now();
const step = async (name: string, work: () => unknown) => {
  const t0 = performance.now();
  await work();
  console.log(`build: ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
};

if (!args.includes('--no-i18n')) {
  await step('locale modules', () => {
    run(bin('lit-localize'), 'build');
    run(process.execPath, 'scripts/split-locale-messages.mjs');
  });
}
const { sourceLocale, targetLocales } = await import('../src/generated/locale-codes.js');
const locales = [sourceLocale, ...targetLocales];
const shared = [
  inlineStrInLocaleModules(),
  tolerateTrustedTypesPolicy(),
  stubMessageIdHashing(),
  minifyTemplateLiterals(),
  shortMessageIds(shortIdsFor(messageIds())),
];

rmSync(dist, { recursive: true, force: true });
for (const output of outputs(locales)) {
  await step(`dist/${output.file}`, () => buildOutput(output, shared, locales));
}
writeModulePreloads();
await step('hosts: embed, fallback pages', () => run(bin('tsx'), 'scripts/build-hosts.ts'));
// Independent of each other and single-threaded: side by side.
await Promise.all([
  step('types', () => runAsync(bin('tsc'), '-p', 'tsconfig.types.json')),
  step('custom-elements.json and editor data', () => runAsync(bin('cem'), 'analyze')),
]);
writeFileSync(stampFile, inputs);
console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
