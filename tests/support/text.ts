/** Text without the direction isolates that keep phone numbers left-to-right in any language. */
export function withoutIsolates(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2066-\u2069]/g, '');
}

/** Visible sentences on the screen, leaving out citations and phone numbers. */
export function visibleTexts(el: HTMLElement): string[] {
  const root = el.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.sources, .sources-list, svg')) continue;
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
  }
  return texts;
}
