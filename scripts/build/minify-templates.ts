/**
 * The text of `css` and `html` template literals without the whitespace the JS minifier leaves
 * in them (scripts/build/plugins.ts applies these to each literal part of a template).
 */

/** CSS outside its quoted strings, with comments dropped and whitespace where CSS needs none gone. */
export function minifyCssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':'),
    )
    .join('');
}

/**
 * Markup with each run of whitespace as one space: what HTML renders anyway, and a space between
 * two inline elements stays. Whitespace-sensitive markup (<pre>, <textarea>) is kept as is.
 */
export function minifyHtmlText(text: string): string {
  if (/<(pre|textarea)\b/i.test(text)) return text;
  return text.replace(/\s+/g, ' ');
}
