/**
 * Builds the WordPress plugin: `npm run build:wordpress` (after `npm run build`).
 *
 * dist/wordpress/back-spasm-guide/  the plugin folder, ready to copy into wp-content/plugins:
 *   integrations/wordpress/back-spasm-guide/** (PHP, block, readme.txt), version-stamped;
 *   assets/   the widget's ES module entry, locales/ and chunks/, and the classic scripts
 *             (every language, and classic/ with one file per language)
 *             (no source maps);
 *   fallback/ one plain-HTML fragment per shipped locale (see fallback.ts);
 *   assets/LICENSE, assets/THIRD-PARTY-NOTICES.txt  the widget's licence (MIT) and those of
 *             Lit and @lit/localize, bundled into it.
 * dist/back-spasm-guide-wordpress.zip  the same folder as an installable zip.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUPPORTED_LOCALES } from '../../src/i18n/locales.js';
import { renderFallback } from './fallback.js';
import { createZip, type ZipEntry } from './zip.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const source = join(root, 'integrations', 'wordpress', 'back-spasm-guide');
const staging = join(dist, 'wordpress', 'back-spasm-guide');
const zipPath = join(dist, 'back-spasm-guide-wordpress.zip');

function fail(message: string): never {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
}

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
const widgetFiles = ['back-spasm-guide.js', 'back-spasm-guide.classic.js'];
for (const file of [...widgetFiles, 'classic/back-spasm-guide.en.js']) {
  if (!existsSync(join(dist, file))) fail(`dist/${file} is missing: run "npm run build" first.`);
}

rmSync(join(dist, 'wordpress'), { recursive: true, force: true });
rmSync(zipPath, { force: true });
cpSync(source, staging, { recursive: true });

// One version everywhere: the plugin header and constant, readme.txt's stable tag, the block.
function stamp(file: string, patterns: RegExp[]) {
  const path = join(staging, file);
  let text = readFileSync(path, 'utf8');
  for (const pattern of patterns) {
    if (!pattern.test(text)) fail(`${file}: no match for ${pattern}`);
    text = text.replace(pattern, (_match, before: string) => `${before}${version}`);
  }
  writeFileSync(path, text);
}
stamp('back-spasm-guide.php', [
  /^( \* Version:\s+)[0-9][0-9A-Za-z.+-]*/m,
  /(define\( 'BACK_SPASM_GUIDE_VERSION', ')[0-9][0-9A-Za-z.+-]*/,
]);
stamp('readme.txt', [/^(Stable tag:\s+)[0-9][0-9A-Za-z.+-]*/m]);
stamp('block/block.json', [/("version": ")[0-9][0-9A-Za-z.+-]*/]);
stamp('block/index.asset.php', [/('version'\s+=> ')[0-9][0-9A-Za-z.+-]*/]);

// The widget, without source maps (and without the comments that point at them).
const assets = join(staging, 'assets');
function copyScript(from: string, to: string) {
  const code = readFileSync(from, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(to, code);
}
for (const file of widgetFiles) copyScript(join(dist, file), join(assets, file));
for (const folder of ['locales', 'chunks', 'classic', 'classic/chunks', 'classic/locales']) {
  for (const file of readdirSync(join(dist, folder))) {
    if (file.endsWith('.js')) copyScript(join(dist, folder, file), join(assets, folder, file));
  }
}

// Beside the widget's files: their licence (MIT; the plugin's PHP is GPLv2 or later, see
// readme.txt) and those of the libraries bundled into them (Lit, @lit/localize).
for (const file of ['LICENSE', 'THIRD-PARTY-NOTICES.txt']) {
  cpSync(join(root, file), join(assets, file));
}

// The fallback content, one fragment per shipped locale.
mkdirSync(join(staging, 'fallback'));
for (const locale of SUPPORTED_LOCALES) {
  writeFileSync(join(staging, 'fallback', `${locale}.html`), await renderFallback(locale));
}

// The zip: one top-level folder named like the plugin, as WordPress expects.
function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? [`${path}${sep}`, ...walk(path)] : [path];
    });
}
const base = dirname(staging);
const entries: ZipEntry[] = [`${staging}${sep}`, ...walk(staging)].map((path) => {
  const name = relative(base, path).split(sep).join('/');
  return path.endsWith(sep) ? { name: `${name}/` } : { name, data: readFileSync(path) };
});
writeFileSync(zipPath, createZip(entries));
const files = entries.filter((entry) => entry.data).length;
console.log(`wrote ${relative(root, zipPath)} (${files} files, version ${version})`);
