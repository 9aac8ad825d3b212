/**
 * Keeps a left-to-right run (a phone number) whole inside text of either direction, so a
 * leading "+" stays in front in Arabic. Used wherever a number is put into a sentence.
 */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}
