#!/usr/bin/env node
// Where the bytes of a built file come from: each source module's share, minified and gzipped
// on its own (gzip of the whole file is smaller; the ranking is what matters).
// Usage: node scripts/size-report.mjs dist/back-spasm-guide.js [more files…]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

for (const file of process.argv.slice(2)) {
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m));
  mappings.sort(
    (a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn,
  );
  const textBySource = new Map();
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const line = lines[m.generatedLine - 1] ?? '';
    const end = next?.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    const source = (m.source ?? '?').replace(/.*node_modules\//, '~/').replace(/^(\.\.\/)+/, '');
    textBySource.set(source, (textBySource.get(source) ?? '') + line.slice(m.generatedColumn, end));
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
