/**
 * The every-language classic script, dist/back-spasm-guide.classic.js: one `<script>` that draws
 * the first screen in English and loads the rest on demand from its own folder, as the module
 * build does:
 *
 *   classic/chunks/guide-flow-<hash>.js         the questions and the plan
 *   classic/chunks/illustrations-<hash>.js      the drawings, with the plan
 *   classic/locales/<locale>.<stage>-<hash>.js  the reader's words, stage by stage
 *
 * Built by scripts/build.ts (its output list hands over to `classicOnDemandConfig`).
 * The bundler splits the code in CommonJS form; `wrapForClassicScripts` then makes every file a
 * classic script: the entry runs scripts/classic-on-demand/runtime.js, each other file registers
 * itself under its name. The one-language classic files (dist/classic/back-spasm-guide.<locale>.js)
 * are built separately and load nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { minifySync } from 'rolldown/utils';
import { runClassicGuide } from './runtime.js';

export const CLASSIC_ENTRY = 'back-spasm-guide.classic.js';
/** The page-wide table the on-demand files register in (named in the README). */
export const PARTS_TABLE = '__backSpasmGuideParts';

const FACTORY_START = 'function(require,exports,module){';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Moves the first mapped column of a source map's first line right by `by` (the wrapper's prefix
 * sits on that line; later segments of a line are relative to the first, later lines unmoved).
 */
export function shiftFirstLine(mappings: string, by: number): string {
  if (mappings === '' || mappings[0] === ';') return mappings;
  let value = 0;
  let bits = 0;
  let end = 0;
  let digit: number;
  do {
    digit = BASE64.indexOf(mappings[end++]!);
    value += (digit & 31) << bits;
    bits += 5;
  } while (digit & 32);
  const column = (value & 1 ? -(value >>> 1) : value >>> 1) + by;
  let rest = column < 0 ? (-column << 1) | 1 : column << 1;
  let encoded = '';
  do {
    let next = rest & 31;
    rest >>>= 5;
    if (rest) next |= 32;
    encoded += BASE64[next];
  } while (rest);
  return encoded + mappings.slice(end);
}

/** The loader as one minified function expression (as a default export, so it is kept). */
function runtimeSource(): string {
  const EXPORT = 'export default ';
  const { code, errors } = minifySync('runtime.js', EXPORT + runClassicGuide.toString());
  if (errors.length || !code.startsWith(EXPORT)) {
    throw new Error(`runtime.js did not minify: ${errors[0]?.message ?? code.slice(0, 40)}`);
  }
  return `(${code.slice(EXPORT.length).trim().replace(/;$/, '')})`;
}

function wrapForClassicScripts(): Plugin {
  const prefixLengths = new Map<string, number>();
  return {
    name: 'wrap-for-classic-scripts',
    generateBundle(_options, bundle) {
      const runtime = runtimeSource();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const name = JSON.stringify(file.fileName);
        let prefix: string;
        let suffix: string;
        if (file.isEntry) {
          // Only dynamic imports may leave the entry: its first screen is one request.
          if (file.imports.length) {
            throw new Error(`${file.fileName} imports ${file.imports.join(', ')} statically`);
          }
          prefix = `${runtime}(${name},${FACTORY_START}`;
          suffix = '\n});\n';
        } else {
          prefix = `(globalThis.${PARTS_TABLE}??={})[${name}]=[${JSON.stringify(file.imports)},${FACTORY_START}`;
          suffix = '\n}];\n';
        }
        const mapComment = /\n?\/\/# sourceMappingURL=\S+\s*$/.exec(file.code)?.[0] ?? '';
        const code = mapComment ? file.code.slice(0, -mapComment.length) : file.code;
        // On the code's first line, so no line starts with `exports`/`require` (publint reads
        // that as a CommonJS file, which the package's `./classic` export is not).
        file.code = prefix + code + suffix + mapComment.trimStart();
        prefixLengths.set(file.fileName, prefix.length);
      }
    },
    // The bundler writes the maps it made before the prefix was added: move their first line.
    writeBundle(options) {
      for (const [fileName, length] of prefixLengths) {
        const path = join(options.dir ?? 'dist', `${fileName}.map`);
        if (!existsSync(path)) continue;
        const map = JSON.parse(readFileSync(path, 'utf8')) as { mappings: string };
        map.mappings = shiftFirstLine(map.mappings, length);
        writeFileSync(path, JSON.stringify(map));
      }
    },
  };
}

/** Vite's config for the every-language classic script, given the plugins every build uses. */
export function classicOnDemandConfig(sharedPlugins: Plugin[]): UserConfig {
  return {
    publicDir: false,
    plugins: [...sharedPlugins, wrapForClassicScripts()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      sourcemap: true,
      minify: true,
      lib: { entry: 'src/index.ts', formats: ['cjs'], fileName: () => CLASSIC_ENTRY },
      rollupOptions: {
        // What the entry shares with the lazy files stays in the entry (one first request);
        // they take it from there.
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          // Lit's and @lit/localize's `@license` comments stay (see THIRD-PARTY-NOTICES.txt).
          comments: { legal: true, annotation: false },
          chunkFileNames: (chunk) =>
            chunk.facadeModuleId && /[\\/]generated[\\/]locales[\\/]/.test(chunk.facadeModuleId)
              ? 'classic/locales/[name]-[hash].js'
              : 'classic/chunks/[name]-[hash].js',
        },
      },
    },
  };
}
