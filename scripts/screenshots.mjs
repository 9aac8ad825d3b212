#!/usr/bin/env node
// Screenshots of every screen of the real element, for the README:
//   npm run screenshots -- [--locales en,ar] [--widths 320,1280]
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
const screens = (args.screens ?? 'start,red-flags,onset,about,plan,urgent,emergency').split(',');
const outDir = args.out ?? 'docs/screenshots';

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
        for (const action of SCREEN_ROUTES[screen]) {
          await page.evaluate((clicks) => {
            const root = document.querySelector('#guide').shadowRoot;
            for (const [selector, index = 0] of clicks)
              root.querySelectorAll(selector)[index]?.click();
          }, clicksFor(action));
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
