#!/usr/bin/env node
// Screenshots of every screen of the real element, for the README:
//   npm run screenshots -- [--locales en,ar] [--widths 320,1280] [--screens plan,plan-open]
// Beyond the routes of tests/support/screen-routes.ts: `plan-open` is the plan with every
// section open; `timer-done` is the first timed step just after its timer ran out (the page's
// clock is moved on, so no one waits).
// Serves the demo with Vite on loopback and drives Debian's Chromium.
import { mkdir } from 'node:fs/promises';
import { createServer } from 'vite';
import { launchBrowser } from './browser.mjs';
import { clicksFor, SCREEN_ROUTES } from '../tests/support/screen-routes.ts';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const locales = (args.locales ?? 'en-GB').split(',');
const widths = (args.widths ?? '320,1280').split(',').map(Number);
const screens = (
  args.screens ?? 'start,red-flags,onset,about,plan,plan-open,timer-done,urgent,emergency'
).split(',');
/** Screens that are a route's screen with something done to it after. */
const AFTER_ROUTE = { 'plan-open': 'plan', 'timer-done': 'plan' };

/** Every collapsed section of the plan open, as a reader who opened them all sees it. */
function openSections(page) {
  return page.evaluate(async () => {
    const guide = document.querySelector('#guide');
    for (const details of guide.shadowRoot.querySelectorAll('details:not(.sources)'))
      details.open = true;
    await guide.updateComplete;
  });
}

/**
 * Starts the first timer of the plan and moves the page's clock (Date.now, which the timer
 * counts from) past each hold and rest until the whole timer has run out.
 */
async function finishFirstTimer(page) {
  await openSections(page);
  await page.evaluate(() => {
    const realNow = Date.now.bind(Date);
    window.__clockOffset = 0;
    Date.now = () => realNow() + window.__clockOffset;
    document.querySelector('#guide').shadowRoot.querySelector('[data-step] .timer button').click();
  });
  for (let jump = 0; jump < 40; jump++) {
    const done = await page.evaluate(async () => {
      window.__clockOffset += 10 * 60 * 1000;
      await new Promise((resolve) => setTimeout(resolve, 1100)); // one tick of the timer
      return Boolean(document.querySelector('#guide').shadowRoot.querySelector('.step-timer-done'));
    });
    if (done) break;
  }
  return page.$('pierce/.step-timer-done');
}

const outDir = args.out ?? 'docs/screenshots';

const server = await createServer({ logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const { port } = server.httpServer.address();
const browser = await launchBrowser();
await mkdir(outDir, { recursive: true });
try {
  for (const lang of locales) {
    for (const width of widths) {
      for (const screen of screens) {
        // A page of its own for each: the timer's picture leaves the page's clock moved on.
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
        await page.goto(`http://127.0.0.1:${port}/demo/screens.html?lang=${lang}`, {
          waitUntil: 'networkidle0',
        });
        await page.waitForFunction(() =>
          document.querySelector('#guide')?.shadowRoot?.querySelector('[data-screen-heading]'),
        );
        for (const action of SCREEN_ROUTES[AFTER_ROUTE[screen] ?? screen]) {
          await page.evaluate((clicks) => {
            const root = document.querySelector('#guide').shadowRoot;
            for (const [selector, index = 0] of clicks)
              root.querySelectorAll(selector)[index]?.click();
          }, clicksFor(action));
          await page.evaluate(() => document.querySelector('#guide').updateComplete);
        }
        await new Promise((resolve) => setTimeout(resolve, 300)); // lazy drawings
        if (screen === 'plan-open') await openSections(page);
        // The timer's step alone: the whole plan around it would be a very tall picture.
        const shown =
          screen === 'timer-done' ? await finishFirstTimer(page) : await page.$('#guide');
        const file = `${outDir}/${screen}-${lang}-${width}.png`;
        await shown.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
