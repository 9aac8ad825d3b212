#!/usr/bin/env node
// Fails when a shipped locale lacks a message, has an empty or untranslated target, or drops
// or adds a placeholder; also when locales/*.xlf no longer match the msg() calls in src/
// (run `npm run i18n:extract`). Prints one line of figures when all is well.
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

// Messages whose translation may rightly equal the English (numbers, shared abbreviations).
const SAME_AS_ENGLISH_ALLOWED = new Set(['age.16-17', 'age.18-49', 'age.50-64', 'answer.no']);

const config = readConfigFileAndWriteSchema('lit-localize.json');
// `--locale xx` checks one locale and lists all of its problems (for translators).
const onlyLocale = process.argv.includes('--locale')
  ? process.argv[process.argv.indexOf('--locale') + 1]
  : undefined;
const locales = onlyLocale ? [onlyLocale] : config.targetLocales;
const shown = onlyLocale ? Infinity : 40;
const localizer = new RuntimeLitLocalizer(config);
const { messages, errors } = localizer.extractSourceMessages();
if (errors.length) {
  console.error(`lit-localize could not read the sources (${errors.length} errors)`);
  process.exit(1);
}
const textOf = (contents) =>
  contents
    .map((part) => (typeof part === 'string' ? part : `{${part.index ?? part.untranslatable}}`))
    .join('');
const placeholdersOf = (contents) =>
  contents
    .filter((part) => typeof part !== 'string')
    .map((part) => part.untranslatable)
    .sort();

const source = new Map(messages.map((m) => [m.name, m]));
const { translations } = localizer.readTranslationsSync();
const problems = [];
for (const locale of locales) {
  const translated = new Map((translations.get(locale) ?? []).map((m) => [m.name, m]));
  for (const [id, message] of source) {
    const target = translated.get(id);
    if (!target) {
      problems.push(`${locale}: missing ${id}`);
      continue;
    }
    const text = textOf(target.contents).trim();
    if (!text) problems.push(`${locale}: empty ${id}`);
    else if (text === textOf(message.contents).trim() && !SAME_AS_ENGLISH_ALLOWED.has(id)) {
      problems.push(`${locale}: untranslated (same as English) ${id}`);
    }
    const expected = JSON.stringify(placeholdersOf(message.contents));
    const actual = JSON.stringify(placeholdersOf(target.contents));
    if (expected !== actual) problems.push(`${locale}: placeholders differ in ${id}`);
  }
  for (const id of translated.keys()) {
    if (!source.has(id))
      problems.push(`${locale}: ${id} is no longer in the source (npm run i18n:extract)`);
  }
}
if (problems.length) {
  console.error(`Translations incomplete (${problems.length} problems):`);
  for (const problem of problems.slice(0, shown)) console.error(`  ${problem}`);
  if (problems.length > shown) console.error(`  … and ${problems.length - shown} more`);
  process.exit(1);
}
console.log(
  `translations: ${locales.length} locales × ${source.size} messages complete, placeholders match`,
);
