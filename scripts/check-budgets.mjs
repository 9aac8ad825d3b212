#!/usr/bin/env node
// Byte budgets for the built files (bytes do not vary from run to run, so they can be a test).
// BUDGETS hold the line at today's sizes; TARGETS are the goals of the size work (see README,
// "Speed and size"). Lower a budget whenever the build gets smaller; never raise it without a
// reason in the commit.
import { bundleSizes, SIZE_TARGETS as TARGETS } from './bundle-sizes.mjs';

const KB = 1024;
// Raised on 2026-12-02 (issue 16) for what keeps host pages and readers safe: the error boundary
// drawn without Lit, tag normalisation with safe Intl, per-document stylesheets, and settings
// that accept any value (+2.1 KB first screen, +2.5 KB classic). Raised again the same day for
// clinical content v2 (issue 12: about 50 new sentences in eight languages, the pregnancy
// pathway, the NHS medicine list; clinician text is now left out of the browser builds).
// Raised again for issue 13 (a plan a person in pain can follow): the summary-first plan with
// collapsed sections and its print opening, the core's "do this now" ranking, the emergency
// styling, timers that call back (Web Audio tone, vibration, mute, hold sets) and ten new
// sentences in eight languages: +0.5 KB first screen (the stylesheet), +3 KB whole guide,
// +6 KB classic (all languages), +3.5 KB classic one language.
// Issue 14 (styles in layers): the first screen carries only its own styles (-1.3 KB, budget
// lowered); the flow's styles sit with the flow.
// Raised for issue 13, item 7 (a number to call on a page that says only lang="en"): the first
// screen names the emergency number, so the reader's region (browser languages, then a table of
// the time zones of the regions we have numbers for, about 0.7 KB of the 1.2 KB) is on it:
// +1.25 KB first screen and whole guide, +0.75 KB classic, +1.25 KB classic one language.
// Lowered for issue 14 (item 8): the classic script with every language loads the questions,
// the plan and the reader's words on demand (117.7 KB → 17.2 KB; 46.2 KB for the whole English
// guide, and up to 15.6 KB of one language's words, all stages).
// Raised again for issue 13's page for the doctor (the printed plan built as a document of its
// own, its stylesheet, and 17 new words in eight languages), kept in the flow chunk so a reader
// who has gone offline can still print: +2.6 KB whole guide, +4.7 KB classic, +2.9 KB classic
// one language; the first screen is unchanged.
// Lowered for issue 14 (one build script): no message-id hashing, minified `css`/`html`
// templates and short message ids in the built files (about -1 KB first screen, -2 KB whole
// guide, -0.7 KB largest locale file, -2 KB classic words, -3 KB classic one language).
// Set after issues 13 and 14 landed together (2026-12-02): each budget is today's size rounded
// up to the next half KB, so a regression shows at once.
const BUDGETS = {
  firstScreen: 17 * KB,
  wholeGuide: 47 * KB,
  locale: 5 * KB,
  classic: 17 * KB,
  classicWholeGuide: 48.5 * KB,
  classicWords: 14 * KB,
  classicOneLanguage: 60 * KB,
  drawings: 2 * KB,
};
const sizes = await bundleSizes('dist');
let failed = 0;
for (const name of Object.keys(BUDGETS)) {
  const size = sizes[name];
  const over = size > BUDGETS[name];
  if (over) failed++;
  const target = TARGETS[name] ? `, target ${(TARGETS[name] / KB).toFixed(0)} KB` : '';
  console.log(
    `${over ? 'over budget' : 'ok'}: ${name} ${(size / KB).toFixed(1)} KB gzip (budget ${(BUDGETS[name] / KB).toFixed(1)} KB${target})`,
  );
}
console.log(`first screen: ${sizes.firstScreenFiles.join(' + ')}`);
console.log(`budgets: ${Object.keys(BUDGETS).length - failed} within, ${failed} over`);
process.exit(failed ? 1 : 0);
