/**
 * The printed plan's stylesheet, given to its document as a constructed stylesheet (CSSOM), so a
 * `style-src 'self'` policy allows it. Dense but legible: the longest plans fit two A4 pages.
 */
export const PRINT_CSS = `
@page {
  size: A4;
  margin: 12mm 14mm;
}
:root {
  color: #000;
  background: #fff;
  font: 10pt/1.35 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic',
    'Noto Sans Devanagari', 'Noto Sans CJK SC', sans-serif;
  print-color-adjust: exact;
  -webkit-print-color-adjust: exact;
}
body {
  margin: 0;
}
h1 {
  font-size: 15pt;
  margin: 0;
}
h2 {
  font-size: 11.5pt;
  margin: 0.7em 0 0.25em;
  break-after: avoid;
}
h3 {
  font-size: 10pt;
  margin: 0.5em 0 0.1em;
  break-after: avoid;
}
p,
ul,
ol,
dl {
  margin: 0.2em 0;
}
ul,
ol {
  padding-inline-start: 1.3em;
}
li {
  break-inside: avoid;
}
header {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  align-items: baseline;
  gap: 0 1em;
  border-block-end: 1.5pt solid #000;
  padding-block-end: 0.2em;
}
.tier {
  border: 1pt solid #000;
  border-inline-start-width: 4pt;
  padding: 0.3em 0.6em;
  margin-block-start: 0.6em;
}
.tier h2 {
  margin-block-start: 0;
}
.tier-urgent {
  border-color: #a10000;
}
dl {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0.1em 0.8em;
}
dt {
  font-weight: 700;
}
dd {
  margin: 0;
}
dd ul {
  margin: 0;
}
.columns {
  columns: 2;
  column-gap: 1.5em;
}
.columns h3:first-child {
  margin-block-start: 0;
}
.grade {
  color: #333;
  font-size: 8.5pt;
  white-space: nowrap;
}
.do-now li {
  margin-block-end: 0.2em;
}
.sources {
  font-size: 7.5pt;
}
.sources ol {
  columns: 2;
  column-gap: 1.5em;
}
.sources a {
  color: inherit;
  text-decoration: none;
  overflow-wrap: anywhere;
}
footer {
  margin-block-start: 0.6em;
  border-block-start: 0.5pt solid #000;
  font-size: 8pt;
}
`;
