import { defineConfig, type Plugin } from 'vite';
import { classicOnDemandConfig } from './scripts/classic-on-demand/build.js';

/**
 * Generated locale modules import only `str` from @lit/localize. Left alone, the bundler moves
 * that shared module into a chunk of its own, so the entry would need a second request before
 * it can render. `str` is a three-line tagger (lit-localize's internal/str-tag.js): inline it.
 */
function inlineStrInLocaleModules(): Plugin {
  return {
    name: 'inline-str-in-locale-modules',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]generated[\\/]locales[\\/]/.test(id)) return undefined;
      // Same line count, code not moved: `map: null` keeps the existing source map.
      const inlined = code.replace(
        /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
        'const str = (strings, ...values) => ({ strTag: true, strings, values });',
      );
      return { code: inlined, map: null };
    },
  };
}

/**
 * lit-html creates its Trusted Types policy (`lit-html`) when its module is first evaluated, and
 * `createPolicy` throws when the page's CSP does not allow the name, or allows it once and another
 * copy of Lit (the host's own) took it first. Left alone, that throw stops our whole bundle: the
 * element is never defined and the reader sees an empty box. Caught, the bundle runs, and a screen
 * Lit cannot draw shows the guide's error boundary (plain DOM, emergency advice, no templates).
 */
const LIT_POLICY = 's?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';

function tolerateTrustedTypesPolicy(): Plugin {
  return {
    name: 'tolerate-trusted-types-policy',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return undefined;
      if (!code.includes(LIT_POLICY)) {
        throw new Error(`lit-html's policy creation changed shape in ${id}; update vite.config.ts`);
      }
      const guarded = code.replace(
        LIT_POLICY,
        `(()=>{try{return ${LIT_POLICY}}catch(e){return void 0}})()`,
      );
      return { code: guarded, map: null };
    },
  };
}

/**
 * For a single-language classic script: keeps only `locale`'s loaders in the generated table
 * (none for English), so the other languages' words are left out of the file.
 */
function onlyLocale(locale: string): Plugin {
  const LOCALE_BLOCK = /^ {2}'([^']+)': \{\n[\s\S]*?^ {2}\},\n/gm;
  return {
    name: 'only-locale',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]generated[\\/]locale-parts\.ts$/.test(id)) return undefined;
      let found = false;
      const kept = code.replace(LOCALE_BLOCK, (block, name: string) => {
        found ||= name === locale;
        return name === locale ? block : '';
      });
      if (!found && locale !== 'en') throw new Error(`no loaders for ${locale} in ${id}`);
      return { code: kept, map: null };
    },
  };
}

/**
 * The clinical tables carry text for clinicians beside each rule (a step's `note`, a red flag's
 * `finding`, a soon rule's `condition`, …): the rules document is made from it, the reader never
 * sees it. Left out of the browser builds, not out of the tables (`dist/assess.js` keeps it).
 * Each such property is one Prettier-formatted string literal or a `+` chain of them.
 */
const CLINICIAN_TEXT = new RegExp(
  String.raw`^\s*(?:note|finding|condition|description|why|summary|title):` +
    String.raw`(?:\s*(?:'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")\s*\+?)+,\n`,
  'gm',
);

function stripClinicianText(): Plugin {
  return {
    name: 'strip-clinician-text',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]clinical[\\/][a-z-]+\.ts$/.test(id)) return undefined;
      return { code: code.replace(CLINICIAN_TEXT, ''), map: null };
    },
  };
}

/** The strict policy of the strict-CSP demo page (the same one the embed tests use). */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html back-spasm-guide 'allow-duplicates'";

function strictCspDemoPage(): Plugin {
  return {
    name: 'strict-csp-demo-page',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/demo/strict-csp.html')) {
          res.setHeader('Content-Security-Policy', STRICT_CSP);
        }
        next();
      });
    },
  };
}

/**
 * Two library builds into dist/:
 * - `vite build`: ES module entry (the first screen) and the chunk it shares with the flow;
 *   lazy chunks for the questions and plan (chunks/guide-flow), the drawings and each
 *   non-English locale, all fetched relative to the entry's own URL (any CDN path or
 *   sub-folder). Every chunk but the entry has a content hash, so a `?ver=` on the entry's
 *   URL cannot load a second copy of Lit;
 * - `vite build --mode classic`: one classic script with every locale, for hosts that cannot
 *   load modules; it loads the questions, plan and the reader's words on demand from its own
 *   folder (scripts/classic-on-demand/build.ts);
 * - `vite build --mode classic-fr` (any shipped locale, `en` too): the same with English and
 *   that one language only, dist/classic/back-spasm-guide.fr.js.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'classic') {
    return classicOnDemandConfig([
      inlineStrInLocaleModules(),
      tolerateTrustedTypesPolicy(),
      stripClinicianText(),
    ]);
  }
  const oneLanguage = /^classic-([A-Za-z-]+)$/.exec(mode)?.[1];
  const classic = oneLanguage !== undefined;
  // `--mode core`: the clinical core alone (dist/assess.js), for hosts that only need assess().
  const core = mode === 'core';
  return {
    publicDir: false,
    plugins: [
      inlineStrInLocaleModules(),
      tolerateTrustedTypesPolicy(),
      strictCspDemoPage(),
      ...(oneLanguage ? [onlyLocale(oneLanguage)] : []),
      ...(core ? [] : [stripClinicianText()]),
    ],
    server: { host: '127.0.0.1', open: false },
    build: {
      outDir: 'dist',
      emptyOutDir: !classic && !core,
      target: 'es2021',
      sourcemap: true,
      minify: true,
      lib: {
        entry: core ? 'src/clinical/index.ts' : 'src/index.ts',
        formats: [classic ? 'iife' : 'es'],
        name: 'BackSpasmGuide',
        fileName: () =>
          core
            ? 'assess.js'
            : oneLanguage
              ? `classic/back-spasm-guide.${oneLanguage}.js`
              : 'back-spasm-guide.js',
      },
      rollupOptions: {
        output: classic
          ? {
              inlineDynamicImports: true,
              // Lit's and @lit/localize's `@license` comments stay in the built files
              // (BSD-3-Clause asks for the notice in binary redistributions).
              comments: { legal: true, annotation: false },
            }
          : {
              // Vite keeps whitespace and pure annotations in library ES builds for other
              // bundlers; ours is loaded by browsers as it is, so minify it all the way. The
              // libraries' `@license` comments are kept (see THIRD-PARTY-NOTICES.txt).
              minify: true,
              comments: { legal: true, annotation: false },
              chunkFileNames: (chunk) =>
                /^(es|fr|de|pt-BR|zh-Hans|ar|hi)\.(first|questions|plan|howto)$/.test(chunk.name)
                  ? 'locales/[name]-[hash].js'
                  : chunk.isDynamicEntry
                    ? 'chunks/[name]-[hash].js'
                    : // Lit and what the entry shares with the flow: imported by both, so
                      // the flow reuses the entry's copy. Named for its role, not for
                      // whichever module the bundler happened to name it after.
                      'chunks/shared-[hash].js',
            },
      },
    },
  };
});
