#!/usr/bin/env node
// Finds a Chromium or Chrome for the browser tests; installs Debian's chromium when we are
// root on Debian/Ubuntu and none is there. Prints the path it found on stdout.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

export function findChromium() {
  return candidates.find((path) => existsSync(path));
}

function isDebianLike() {
  try {
    return /\b(debian|ubuntu)\b/i.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (isDebianLike() && process.getuid?.() === 0) {
    console.error('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
    const quiet = {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    };
    execFileSync('apt-get', ['update', '-qq'], quiet);
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], quiet);
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    'The browser tests need Chromium or Chrome: install it (Debian/Ubuntu: "apt-get install chromium") or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
