import { defineConfig, type Plugin } from 'vite';
import { inlineStrInLocaleModules, tolerateTrustedTypesPolicy } from './scripts/build/plugins.js';

// The dev server (`npm start`). The files in dist/ are made by scripts/build.ts, which lists
// every output and the plugins each one is built with.

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

export default defineConfig({
  publicDir: false,
  plugins: [inlineStrInLocaleModules(), tolerateTrustedTypesPolicy(), strictCspDemoPage()],
  server: { host: '127.0.0.1', open: false },
});
