import { defineConfig, type Plugin } from 'vite';

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
      return code.replace(
        /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
        'const str = (strings, ...values) => ({ strTag: true, strings, values });',
      );
    },
  };
}

/**
 * Two library builds into dist/:
 * - `vite build`: ES module entry plus one lazy chunk per non-English locale, fetched
 *   relative to the entry's own URL (works from any CDN path or sub-folder);
 * - `vite build --mode classic`: one self-contained classic script (IIFE) with every
 *   locale inlined, for hosts that cannot load modules.
 */
export default defineConfig(({ mode }) => {
  const classic = mode === 'classic';
  return {
    publicDir: false,
    plugins: [inlineStrInLocaleModules()],
    server: { host: '127.0.0.1', open: false },
    build: {
      outDir: 'dist',
      emptyOutDir: !classic,
      target: 'es2021',
      sourcemap: true,
      minify: true,
      lib: {
        entry: 'src/index.ts',
        formats: [classic ? 'iife' : 'es'],
        name: 'BackSpasmGuide',
        fileName: () => (classic ? 'back-spasm-guide.classic.js' : 'back-spasm-guide.js'),
      },
      rollupOptions: {
        output: classic
          ? { inlineDynamicImports: true }
          : {
              chunkFileNames: (chunk) =>
                chunk.name === 'illustrations'
                  ? 'chunks/[name]-[hash].js'
                  : 'locales/[name]-[hash].js',
            },
      },
    },
  };
});
