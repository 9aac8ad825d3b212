#!/usr/bin/env node
// Where the bytes of a built file come from: each source module's share, minified and gzipped
// on its own (gzip of the whole file is smaller; the ranking is what matters).
// Usage: node scripts/size-report.mjs dist/back-spasm-guide.js [more files…]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

for (const file of process.argv.slice(2)) {
  const code = readFileSync(file, 'utf8');
  // Offset of each line's start: a mapping covers the code up to the next mapping, on whatever
  // line that is, so a template literal that spans lines is credited to its module whole.
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offsetOf = (m) => lineStarts[m.generatedLine - 1] + m.generatedColumn;
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => offsetOf(a) - offsetOf(b));
  const textBySource = new Map();
  const credit = (source, text) =>
    textBySource.set(source, (textBySource.get(source) ?? '') + text);
  if (mappings.length) credit('(before the first mapping)', code.slice(0, offsetOf(mappings[0])));
  mappings.forEach((m, i) => {
    const end = i + 1 < mappings.length ? offsetOf(mappings[i + 1]) : code.length;
    const source = (m.source ?? '(bundler code, no source)')
      .replace(/.*node_modules\//, '~/')
      .replace(/^(\.\.\/)+/, '');
    credit(source, code.slice(offsetOf(m), end));
  });
  const rows = [...textBySource].map(([source, text]) => ({
    source,
    bytes: text.length,
    gzip: gzipSync(text, { level: 9 }).length,
  }));
  rows.sort((a, b) => b.gzip - a.gzip);
  console.log(`\n${file}: ${code.length} B, ${gzipSync(code, { level: 9 }).length} B gzip`);
  console.log('  bytes   gzip  source');
  for (const row of rows) {
    console.log(`${String(row.bytes).padStart(7)} ${String(row.gzip).padStart(6)}  ${row.source}`);
  }
}
