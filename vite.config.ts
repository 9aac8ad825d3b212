import { defineConfig } from 'vite';

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
          : { chunkFileNames: 'locales/[name]-[hash].js' },
      },
    },
  };
});
