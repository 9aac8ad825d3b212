#!/usr/bin/env node
// npm run package:check (after npm run build): packs the package as `npm publish` would, then
// checks the tarball: its file list (what a consumer needs, nothing else), publint (package.json
// against the files) and @arethetypeswrong/cli (the types of every entry point resolve, for
// bundlers and Node's ESM resolution; the package is ESM only). Fails on any error.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

const bin = (name) => join('node_modules', '.bin', name);
const folder = mkdtempSync(join(tmpdir(), 'bsg-pack-'));
let failed = 0;
try {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', folder], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const tarball = join(folder, pack.filename);
  const files = pack.files.map((file) => file.path);
  console.log(
    `npm pack: ${pack.filename}, ${files.length} files, ${(pack.size / 1024).toFixed(1)} KB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KB unpacked`,
  );

  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'THIRD-PARTY-NOTICES.txt',
    'CHANGELOG.md',
    'custom-elements.json',
    'dist/back-spasm-guide.js',
    'dist/back-spasm-guide.classic.js',
    'dist/assess.js',
    'dist/types/index.d.ts',
    'dist/types/react.d.ts',
    'dist/web-types.json',
    'dist/embed.html',
    'dist/embed-host.js',
    'dist/fallback/en.html',
  ];
  // The files the every-language classic script loads on demand ship beside it.
  for (const folder of ['dist/classic/chunks', 'dist/classic/locales']) {
    for (const file of readdirSync(folder)) {
      if (file.endsWith('.js')) required.push(`${folder}/${file}`);
    }
  }
  const missing = required.filter((file) => !files.includes(file));
  const unwanted = files.filter(
    (file) =>
      file.endsWith('.map') ||
      /^dist\/wordpress\//.test(file) ||
      file.endsWith('.zip') ||
      /^(src|tests|scripts|bench|integrations|demo|locales|docs)\//.test(file),
  );
  if (missing.length) {
    failed++;
    console.log(`package files: missing ${missing.join(', ')}`);
  }
  if (unwanted.length) {
    failed++;
    console.log(`package files: should not ship ${unwanted.slice(0, 10).join(', ')}`);
  }
  if (!missing.length && !unwanted.length) console.log('package files: ok');

  // The notices cover every bundled package, word for word, and the licence comments survive
  // in the built files.
  const notices = readFileSync('THIRD-PARTY-NOTICES.txt', 'utf8').replace(/\s+/g, ' ');
  const bundled = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'];
  const uncovered = bundled.filter(
    (name) =>
      !notices.includes(
        readFileSync(join('node_modules', name, 'LICENSE'), 'utf8')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
  );
  const withoutComments = [
    'dist/back-spasm-guide.js',
    'dist/back-spasm-guide.classic.js',
    'dist/classic/back-spasm-guide.en.js',
  ].filter(
    (file) =>
      !/@license[\s\S]*?SPDX-License-Identifier: BSD-3-Clause/.test(readFileSync(file, 'utf8')),
  );
  if (uncovered.length || withoutComments.length) {
    failed++;
    console.log(
      `licences: THIRD-PARTY-NOTICES.txt lacks ${uncovered.join(', ') || '-'}; no licence comment in ${withoutComments.join(', ') || '-'}`,
    );
  } else {
    console.log('licences: ok');
  }

  for (const [name, args] of [
    ['publint', ['run', tarball, '--level', 'warning', '--strict']],
    [
      'attw',
      [
        tarball,
        '--profile',
        'esm-only',
        '--include-entrypoints',
        './classic/en',
        '--format',
        'ascii',
      ],
    ],
  ]) {
    const run = spawnSync(bin(name), args, { stdio: 'inherit' });
    if (run.status !== 0) {
      failed++;
      console.log(`${name}: failed (exit ${run.status})`);
    } else {
      console.log(`${name}: ok`);
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
console.log(`package checks: ${failed === 0 ? 'ok' : `${failed} failing`}`);
process.exit(failed ? 1 : 0);
