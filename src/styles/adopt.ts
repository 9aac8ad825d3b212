import type { CSSResult } from 'lit';

/**
 * One constructed stylesheet per document and layer, shared by every guide in that document: a
 * constructed sheet belongs to the document it was made for, and Lit's shared one cannot be
 * adopted inside a same-origin iframe (an editor canvas, a preview pane).
 */
const sheetsByDocument = new WeakMap<Document, Map<CSSResult, CSSStyleSheet>>();

function sheetFor(doc: Document, layer: CSSResult): CSSStyleSheet {
  let sheets = sheetsByDocument.get(doc);
  if (!sheets) sheetsByDocument.set(doc, (sheets = new Map()));
  let sheet = sheets.get(layer);
  if (!sheet) {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (!Sheet) throw new Error('no CSSStyleSheet in this document');
    sheet = new Sheet();
    sheet.replaceSync(layer.cssText);
    sheets.set(layer, sheet);
  }
  return sheet;
}

/**
 * Gives the shadow root exactly these layers, in order, as sheets of `doc` (a no-op when it has
 * them already). Without constructed stylesheets in that document, one <style> instead.
 */
export function adoptLayers(root: ShadowRoot, doc: Document, layers: readonly CSSResult[]): void {
  const fallback = root.querySelector<HTMLStyleElement>(':scope > style[data-bsg]');
  try {
    const wanted = layers.map((layer) => sheetFor(doc, layer));
    const adopted = root.adoptedStyleSheets;
    if (adopted.length !== wanted.length || wanted.some((sheet, i) => adopted[i] !== sheet))
      root.adoptedStyleSheets = wanted;
    fallback?.remove();
  } catch {
    const style = fallback ?? doc.createElement('style');
    style.dataset['bsg'] = '';
    const text = layers.map((layer) => layer.cssText).join('\n');
    if (style.textContent !== text) style.textContent = text;
    if (!fallback) root.prepend(style);
  }
}
