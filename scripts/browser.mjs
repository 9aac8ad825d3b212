// Shared by the scripts that drive Debian's Chromium (screenshots, benchmark).
import puppeteer from 'puppeteer-core';
import { ensureChromium } from './ensure-chromium.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Pages run side by side in tests and benchmarks; background tabs must not pause timers.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
