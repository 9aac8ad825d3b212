import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { ensureChromium } from './scripts/ensure-chromium.mjs';
import { CHROMIUM_ARGS } from './scripts/browser.mjs';
import { secondOrigin } from './tests/embed/second-origin.mjs';

const executablePath = ensureChromium();

/**
 * The strict policy a security-minded host sends: the one the README documents, read from it on
 * every request, so the embed tests prove the policy readers copy (not a copy of it).
 */
export function readmeCsp() {
  const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
  const policy = /`(default-src 'self';[^`]*)`/.exec(readme)?.[1];
  if (!policy) throw new Error('README.md documents no Content-Security-Policy');
  return policy;
}

/**
 * Other policies than documented: no Trusted Types policy at all, none named lit-html, lit-html
 * alone (the every-language classic script's `back-spasm-guide` left out), or scripts by nonce.
 */
const STRICTER_CSP = {
  // A nonce-based policy (no 'self', no 'strict-dynamic'): the scripts the guide adds carry its nonce.
  'csp-nonce-':
    "default-src 'self'; script-src 'nonce-bsg-test'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html back-spasm-guide 'allow-duplicates'",
  'csp-tt-lit-only-':
    "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  'csp-tt-none-':
    "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
  'csp-tt-other-':
    "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types host-policy",
};

/**
 * A Chromium with the reader's languages (`--accept-lang`, which sets navigator.languages) and,
 * if given, a time zone. The default group's reader says only "en" and is in UTC, so a page
 * with lang="en" names no number unless a test says otherwise.
 */
function chromium(acceptLanguages, timeZone) {
  return chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, `--accept-lang=${acceptLanguages}`],
    },
    createPage: async ({ context }) => {
      const page = await context.newPage();
      if (timeZone) await page.emulateTimezone(timeZone);
      return page;
    },
  });
}

/** tests/reader-locale/: where a page that says only lang="en" finds the reader's region. */
const READER_LOCALE_GROUPS = [
  ['en-gb', 'en-GB', undefined],
  ['en-us', 'en-US', undefined],
  ['time-zone-london', 'en', 'Europe/London'],
  ['disagree', 'en-US', 'Asia/Kolkata'],
];

/**
 * `pdf-pages`: renders an HTML document to A4 PDF in a new tab of the test browser (Chromium's
 * own print pipeline) and answers its page count, for the printed plan's page budget. With
 * PRINT_PDF_DIR set, it also writes each PDF there (the README's picture of the printed page).
 */
function pdfPages() {
  return {
    name: 'pdf-pages',
    async executeCommand({ command, payload, session }) {
      if (command !== 'pdf-pages') return undefined;
      const page = await session.browser.getPage(session.id).browser().newPage();
      try {
        await page.setContent(payload.html, { waitUntil: 'load' });
        const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        if (process.env.PRINT_PDF_DIR && payload.name) {
          const name = String(payload.name).replace(/[^a-z0-9-]+/gi, '-');
          writeFileSync(`${process.env.PRINT_PDF_DIR}/${name}.pdf`, pdf);
        }
        const counts = [
          ...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g),
        ];
        return Math.max(0, ...counts.map((match) => Number(match[1])));
      } finally {
        await page.close();
      }
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Broken or late files from a CDN edge or caching proxy: /broken-empty-flow/dist/… answers 200
 * with an empty questions-and-plan chunk, /broken-truncated-flow/dist/… with half of it,
 * /broken-empty-drawings/dist/… with an empty drawings chunk; /late-shared/dist/… holds the
 * shared chunk back 4 s, /late-first-words/dist/… the first-screen words 8 s.
 */
async function brokenFiles(context, next) {
  const broken =
    /^\/(broken-empty-flow|broken-truncated-flow|broken-empty-drawings|late-shared|late-first-words)(\/dist\/.*)$/.exec(
      context.path,
    );
  if (!broken) return next();
  const [, mode, path] = broken;
  const file = path.split('/').pop();
  const hit =
    (mode.endsWith('-flow') && file.startsWith('guide-flow-') && file.endsWith('.js')) ||
    (mode === 'broken-empty-drawings' && file.startsWith('illustrations-') && file.endsWith('.js'));
  if (hit) {
    const full = readFileSync(new URL(`.${path}`, import.meta.url), 'utf8');
    context.status = 200;
    context.type = 'application/javascript';
    context.body = mode === 'broken-truncated-flow' ? full.slice(0, full.length / 2) : '';
    return undefined;
  }
  if (mode === 'late-shared' && file.startsWith('shared-')) await sleep(4_000);
  if (mode === 'late-first-words' && /\.first-.*\.js$/.test(file)) await sleep(8_000);
  context.url = path;
  return next();
}

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
    if (context.path === '/dist/embed.html') context.set('Content-Security-Policy', readmeCsp());
    return;
  }
  if (context.path.startsWith('/tests/embed/pages/csp-')) {
    await next();
    const page = context.path.slice('/tests/embed/pages/'.length);
    const stricter = Object.entries(STRICTER_CSP).find(([prefix]) => page.startsWith(prefix));
    context.set('Content-Security-Policy', stricter ? stricter[1] : readmeCsp());
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

/**
 * One group per folder of tests (`npx wtr --group clinical`, element, embed, i18n); together they
 * are every test file once. Files named on the command line run alone: wtr would run every group
 * beside them.
 */
const TEST_FOLDERS = readdirSync(new URL('./tests/', import.meta.url), {
  withFileTypes: true,
  recursive: true,
})
  .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
  .map(
    (entry) =>
      entry.parentPath
        .split(/[\\/]tests[\\/]?/)
        .pop()
        .split(/[\\/]/)[0],
  );
const filesNamed = process.argv
  .slice(2)
  .some((arg) => arg === '--files' || arg.startsWith('--files=') || /\.test\.[jt]s$/.test(arg));

export default {
  groups: filesNamed
    ? []
    : [
        ...[...new Set(TEST_FOLDERS)]
          .filter((folder) => folder !== 'reader-locale')
          .map((folder) => ({ name: folder, files: `tests/${folder}/**/*.test.ts` })),
        ...READER_LOCALE_GROUPS.map(([name, acceptLanguages, timeZone]) => ({
          name: `reader-${name}`,
          files: `tests/reader-locale/${name}.test.ts`,
          browsers: [chromium(acceptLanguages, timeZone)],
        })),
      ],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  // One page at a time: Chromium pauses animation frames in pages that are not in front.
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [brokenFiles, embedConditions],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // A CDN on another loopback origin, with and without CORS (tests/embed/cross-origin.test.ts).
    secondOrigin(),
    pdfPages(),
  ],
  browsers: [chromium('en')],
};
