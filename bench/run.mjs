#!/usr/bin/env node
// npm run bench: builds, serves dist/, the demo and the floor pages on loopback, drives Debian's
// Chromium (puppeteer-core) and Lighthouse, and prints one table of figure, target and measured
// value (also written to bench/results.json). Timings are medians with their spread.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';
import { build } from 'vite';
import lighthouse from 'lighthouse';
import { launchBrowser } from '../scripts/browser.mjs';
import { bundleSizes } from '../scripts/bundle-sizes.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const quick = process.argv.includes('--no-build');

if (!quick) execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    outDir: join(ROOT, 'bench/.out'),
    emptyOutDir: true,
    minify: true,
    lib: {
      entry: join(ROOT, 'bench/floor/bare-lit-element.ts'),
      formats: ['es'],
      fileName: () => 'floor.js',
    },
  },
});

// ── sizes ──────────────────────────────────────────────────────────────────────────────────
const gz = async (path) => gzipSync(await readFile(join(ROOT, path)), { level: 9 }).length;
const sizes = {
  ...(await bundleSizes(join(ROOT, 'dist'))),
  floor: await gz('bench/.out/floor.js'),
};

// ── a static server on loopback ────────────────────────────────────────────────────────────
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};
const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.startsWith('/slow-locales/')) {
    path = path.slice('/slow-locales'.length);
    if (path.includes('/locales/')) await new Promise((r) => setTimeout(r, 2000));
  }
  if (path.startsWith('/bench-out/')) path = `/bench/.out/${path.slice('/bench-out/'.length)}`;
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(ROOT, path));
  if (!file.startsWith(ROOT)) return res.writeHead(403).end();
  try {
    let body = await readFile(file);
    // The blog demo runs the built widget here, and inlines its small stylesheet as a
    // publisher's optimised page would, so Lighthouse scores the widget, not the demo's CSS.
    if (path === '/demo/index.html') {
      const css = await readFile(join(ROOT, 'demo/demo.css'), 'utf8');
      body = body
        .toString()
        .replace('../src/index.ts', '../dist/back-spasm-guide.js')
        .replace('<link rel="stylesheet" href="./demo.css" />', `<style>${css}</style>`);
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await launchBrowser();
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { median: q(0.5), p25: q(0.25), p75: q(0.75), runs: sorted.length };
};

async function firstRender(page) {
  // The browser's first contentful paint: the bench pages hold nothing else to paint, so this
  // is when the element's start screen (or the static text) first reached the screen.
  await page.goto(`${base}/bench/pages/${page.benchFile}`, { waitUntil: 'load' });
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0];
          if (paint) resolve(paint.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

async function measureFirstRender(file) {
  const values = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    page.benchFile = file;
    values.push(await firstRender(page));
    await page.close();
  }
  return stats(values);
}

async function measureInteraction(file, tag, clicks) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/pages/${file}`, { waitUntil: 'load' });
  const values = await page.evaluate(
    async (tag, clicks) => {
      await customElements.whenDefined(tag);
      const el = document.querySelector(tag);
      await el.updateComplete;
      const times = [];
      for (let i = 0; i < clicks; i++) {
        const button = el.shadowRoot.querySelector('button.primary');
        const t0 = performance.now();
        button.click();
        await el.updateComplete;
        times.push(performance.now() - t0);
        if (
          el.reset &&
          el.shadowRoot.querySelector('[data-screen-heading]')?.textContent.includes('safety')
        ) {
          el.reset();
          await el.updateComplete;
        }
      }
      return times;
    },
    tag,
    clicks,
  );
  await page.close();
  return stats(values.slice(5));
}

async function heapPerInstance(file, tag, count = 50) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/pages/${file}`, { waitUntil: 'load' });
  const cdp = await page.createCDPSession();
  await page.evaluate(async (tag) => {
    await customElements.whenDefined(tag);
    await document.querySelector(tag).updateComplete;
  }, tag);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await heap();
  await page.evaluate(
    async (tag, count) => {
      const made = [];
      for (let i = 0; i < count; i++)
        made.push(document.body.appendChild(document.createElement(tag)));
      await Promise.all(made.map((el) => el.updateComplete));
    },
    tag,
    count,
  );
  const after = await heap();
  await page.close();
  return Math.round((after - before) / count);
}

async function layoutShift() {
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823 });
  await page.goto(`${base}/bench/pages/cls.html`, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      document
        .querySelector('back-spasm-guide')
        ?.shadowRoot?.querySelector('.card')
        ?.getAttribute('lang') === 'fr',
    { timeout: 15000 },
  );
  await new Promise((r) => setTimeout(r, 500));
  const value = await page.evaluate(() => window.benchShifts.reduce((a, b) => a + b, 0));
  await page.close();
  return value;
}

async function runLighthouse() {
  const port = Number(new URL(browser.wsEndpoint()).port);
  const result = await lighthouse(`${base}/demo/index.html`, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    formFactor: 'mobile',
    screenEmulation: {
      mobile: true,
      width: 412,
      height: 823,
      deviceScaleFactor: 1.75,
      disabled: false,
    },
  });
  const categories = result.lhr.categories;
  const scores = Object.fromEntries(
    Object.entries(categories).map(([k, v]) => [k, Math.round(v.score * 100)]),
  );
  const metric = (id) => result.lhr.audits[id]?.displayValue ?? '';
  scores.metrics = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]
    .map(
      (id) =>
        `${id
          .split('-')
          .map((w) => w[0])
          .join('')
          .toUpperCase()} ${metric(id)}`,
    )
    .join(', ');
  return scores;
}

try {
  const renderWidget = await measureFirstRender('widget.html');
  const renderFloor = await measureFirstRender('floor.html');
  const renderStatic = await measureFirstRender('static.html');
  const clickWidget = await measureInteraction('widget.html', 'back-spasm-guide', 105);
  const clickFloor = await measureInteraction('floor.html', 'bare-lit-floor', 105);
  const heapWidget = await heapPerInstance('widget.html', 'back-spasm-guide');
  const heapFloor = await heapPerInstance('floor.html', 'bare-lit-floor');
  const cls = await layoutShift();
  const lh = await runLighthouse();

  const maxLocale = Math.max(...Object.values(sizes.locales));
  // performance.now() is coarsened to 0.1 ms in pages that are not cross-origin isolated.
  const ms = (s) =>
    s.p75 < 0.1
      ? `< 0.1 ms (below timer resolution, n=${s.runs})`
      : `${s.median.toFixed(1)} ms (IQR ${s.p25.toFixed(1)}–${s.p75.toFixed(1)}, n=${s.runs})`;
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const rows = [
    [
      'first screen: ES entry + the chunk it imports (English, styles, Lit), min+gzip',
      '≤ 20 KB',
      `${kb(sizes.firstScreen)} (${sizes.firstScreenFiles.length} files; floor, bare Lit element: ${kb(sizes.floor)})`,
      sizes.firstScreen <= 20 * 1024,
    ],
    [
      'whole English guide: + questions, clinical core and plan (fetched after first render)',
      'reported',
      kb(sizes.wholeGuide),
      null,
    ],
    [
      'largest locale chunk, gzip',
      '≤ 6 KB',
      `${kb(maxLocale)} (${Object.entries(sizes.locales)
        .map(([l, b]) => `${l} ${kb(b)}`)
        .join(', ')})`,
      maxLocale <= 6 * 1024,
    ],
    [
      'classic script, every locale, gzip',
      '≤ 60 KB',
      kb(sizes.classic),
      sizes.classic <= 60 * 1024,
    ],
    [
      'classic script, English + one language (largest), gzip',
      '≤ 60 KB',
      `${kb(sizes.classicOneLanguage)} (${Object.entries(sizes.classicByLanguage)
        .map(([l, b]) => `${l} ${kb(b)}`)
        .join(', ')})`,
      sizes.classicOneLanguage <= 60 * 1024,
    ],
    [
      'first render (first contentful paint) vs bare Lit element',
      '≤ 1.5×',
      `${(renderWidget.median / renderFloor.median).toFixed(2)}× (widget ${ms(renderWidget)}; Lit floor ${ms(renderFloor)}; static HTML ${ms(renderStatic)})`,
      renderWidget.median / renderFloor.median <= 1.5,
    ],
    [
      'answer → next screen rendered (median)',
      '≤ 4 ms',
      `${ms(clickWidget)}; floor ${ms(clickFloor)}`,
      clickWidget.median <= 4,
    ],
    [
      'JS heap per instance (50 instances)',
      '≤ 150 KB',
      `${kb(heapWidget)} (floor ${kb(heapFloor)})`,
      heapWidget <= 150 * 1024,
    ],
    ['layout shift while loading (delayed locale)', '0', cls.toFixed(4), cls === 0],
    [
      'Lighthouse mobile: perf / a11y / best practices / SEO',
      '100 / 100 / 100 / 100',
      `${lh.performance} / ${lh.accessibility} / ${lh['best-practices']} / ${lh.seo} (${lh.metrics})`,
      [lh.performance, lh.accessibility, lh['best-practices'], lh.seo].every((v) => v === 100),
    ],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(
    `\nback-spasm-guide benchmark, ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs per timing\n`,
  );
  for (const [figure, target, measured, met] of rows) {
    console.log(
      `${met === null ? '·' : met ? '✓' : '✗'} ${figure.padEnd(width)}  target ${target.padEnd(22)} measured ${measured}`,
    );
  }
  await mkdir(join(ROOT, 'bench'), { recursive: true });
  await writeFile(
    join(ROOT, 'bench/results.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: `${(await import('node:os')).cpus().length} cores, node ${process.version}`,
        runs: RUNS,
        sizes,
        firstRender: { widget: renderWidget, floorLit: renderFloor, floorStatic: renderStatic },
        interaction: { widget: clickWidget, floor: clickFloor },
        heapPerInstance: { widget: heapWidget, floor: heapFloor },
        layoutShift: cls,
        lighthouse: lh,
        rows: rows.map(([figure, target, measured, met]) => ({ figure, target, measured, met })),
      },
      null,
      2,
    ) + '\n',
  );
} finally {
  await browser.close();
  server.close();
}
