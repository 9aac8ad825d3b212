/**
 * The files for hosts that cannot run the element's script tag themselves (part of
 * `npm run build`, after the classic builds):
 *
 * dist/embed.html, embed.js, embed.css  the iframe embed: the guide alone, its settings from
 *                  the query string, its height posted to the parent page (see embed/embed.js);
 * dist/embed-host.js  the few lines a host page includes to size those iframes;
 * dist/fallback/<locale>.html  the no-JavaScript fallback the WordPress plugin prints, as a
 *                  plain-HTML fragment per shipped locale, for hosts that paste HTML (Ghost's
 *                  HTML card, e-mail versions of posts, CMSs that strip unknown tags).
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUPPORTED_LOCALES } from '../src/i18n/locales.js';
import { renderFallback } from './wordpress/fallback.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'back-spasm-guide.classic.js'))) {
  console.error('build-hosts: dist/back-spasm-guide.classic.js is missing: build it first.');
  process.exit(1);
}
for (const file of ['embed.html', 'embed.js', 'embed.css', 'embed-host.js']) {
  copyFileSync(join(root, 'embed', file), join(dist, file));
}
mkdirSync(join(dist, 'fallback'), { recursive: true });
for (const locale of SUPPORTED_LOCALES) {
  writeFileSync(join(dist, 'fallback', `${locale}.html`), await renderFallback(locale));
}
console.log(
  `wrote dist/embed.html, dist/embed-host.js and ${SUPPORTED_LOCALES.length} dist/fallback/*.html`,
);
