#!/usr/bin/env node
// Screenshots of every screen of the real element, for the README:
//   node scripts/screenshots.mjs [--locales en,ar] [--widths 320,1280]
// Serves the demo with Vite on loopback and drives Debian's Chromium.
import { mkdir } from 'node:fs/promises';
import { createServer } from 'vite';
import { launchBrowser } from './browser.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const locales = (args.locales ?? 'en-GB').split(',');
const widths = (args.widths ?? '320,1280').split(',').map(Number);
const screens = (args.screens ?? 'start,red-flags,onset,about,plan,urgent,emergency').split(',');
const outDir = args.out ?? 'docs/screenshots';

// Each route answers through the visible controls, by position, so it works in every language.
const routes = {
  start: [],
  'red-flags': ['start'],
  onset: ['start', 'none', 'next'],
  about: ['start', 'none', 'next', 'onset', 'next'],
  plan: ['start', 'none', 'next', 'onset', 'next', 'about', 'next'],
  urgent: ['start', 'urgent', 'next', 'onset', 'next', 'about', 'next'],
  emergency: ['start', 'emergency', 'next'],
};

const actions = {
  start: (r) => r.querySelector('button.primary').click(),
  next: (r) => r.querySelector('.nav button.primary').click(),
  none: (r) => r.querySelector('label.option-none input').click(),
  emergency: (r) => r.querySelector('.group-emergency input').click(),
  urgent: (r) => r.querySelector('.group-urgent input').click(),
  onset: (r) => {
    r.querySelectorAll('input[name="onset"]')[2].click();
    r.querySelector('input[name="history"]').click();
  },
  about: (r) => {
    r.querySelectorAll('input[name="age"]')[2].click();
    r.querySelector('label.option-none input').click();
    r.querySelectorAll('input[name="severity"]')[1].click();
    r.querySelectorAll('input[name="daily"]')[1].click();
    r.querySelectorAll('input[name="heat"]')[1].click();
    r.querySelectorAll('input[name="coping"]')[1].click();
    r.querySelectorAll('input[name="trend"]')[0]?.click();
  },
};

const server = await createServer({ logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const { port } = server.httpServer.address();
const browser = await launchBrowser();
await mkdir(outDir, { recursive: true });
try {
  for (const lang of locales) {
    for (const width of widths) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      for (const screen of screens) {
        await page.goto(`http://127.0.0.1:${port}/demo/screens.html?lang=${lang}`, {
          waitUntil: 'networkidle0',
        });
        await page.waitForFunction(() =>
          document.querySelector('#guide')?.shadowRoot?.querySelector('[data-screen-heading]'),
        );
        for (const step of routes[screen]) {
          await page.evaluate(
            `(${actions[step].toString()})(document.querySelector('#guide').shadowRoot)`,
          );
          await page.evaluate(() => document.querySelector('#guide').updateComplete);
        }
        await new Promise((resolve) => setTimeout(resolve, 300)); // lazy drawings
        const guide = await page.$('#guide');
        const file = `${outDir}/${screen}-${lang}-${width}.png`;
        await guide.screenshot({ path: file });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
