import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { ensureChromium } from './scripts/ensure-chromium.mjs';
import { CHROMIUM_ARGS } from './scripts/browser.mjs';
import { secondOrigin } from './tests/embed/second-origin.mjs';

const executablePath = ensureChromium();

/** The strict policy a security-minded host sends; the embed tests prove the widget works under it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Test-only network conditions: pages under tests/embed/pages/csp-* get the strict policy;
 * /flaky-fail/dist/… and /flaky-slow/dist/… serve dist/ with failing or 10-second locale chunks;
 * /flaky-fail-plan/dist/… fails only the plan's words of each locale; /flaky-fail-flow/dist/… and
 * /flaky-slow-flow/dist/… fail the questions-and-plan chunk or hold it back for 2 seconds.
 */
async function embedConditions(context, next) {
  // The iframe embed under the strict policy: /csp-frame/dist/embed.html serves dist/embed.html.
  if (context.path.startsWith('/csp-frame/dist/')) {
    context.url = context.url.slice('/csp-frame'.length);
    await next();
    if (context.path === '/dist/embed.html') context.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (context.path.startsWith('/tests/embed/pages/csp-')) {
    await next();
    context.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  const flaky = /^\/flaky-(fail-plan|fail-flow|slow-flow|fail|slow)(\/dist\/.*)$/.exec(
    context.path,
  );
  if (flaky) {
    const [, mode, path] = flaky;
    const flowChunk = path.includes('/chunks/guide-flow-');
    if (mode === 'fail-flow' && flowChunk) {
      context.status = 503;
      context.body = 'unavailable';
      return;
    }
    if (mode === 'slow-flow' && flowChunk) await sleep(2_000);
    if (mode === 'fail-plan' && /\/locales\/[^/]*\.(plan|howto)-/.test(path)) {
      context.status = 503;
      context.body = 'unavailable';
      return;
    }
    if ((mode === 'fail' || mode === 'slow') && path.includes('/locales/')) {
      if (mode === 'fail') {
        context.status = 503;
        context.body = 'unavailable';
        return;
      }
      await sleep(10_000);
    }
    context.url = path;
  }
  await next();
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  // One page at a time: Chromium pauses animation frames in pages that are not in front.
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [embedConditions],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // A CDN on another loopback origin, with and without CORS (tests/embed/cross-origin.test.ts).
    secondOrigin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
