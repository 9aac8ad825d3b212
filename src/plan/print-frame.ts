/**
 * Prints a document of the guide's own in a hidden same-origin frame inside the guide's shadow
 * root, so only the plan reaches the paper and the host page is not touched. If the frame cannot
 * be made or filled, the page prints as before (the in-page print stylesheet opens the plan).
 */

/** Marks the frame so a second press (or a frame left by a browser that never said "afterprint") replaces it. */
const FRAME_CLASS = 'print-frame';

export function printInFrame(container: ShadowRoot, fill: (doc: Document) => void): void {
  let frame: HTMLIFrameElement | undefined;
  try {
    for (const old of container.querySelectorAll(`iframe.${FRAME_CLASS}`)) old.remove();
    frame = container.ownerDocument.createElement('iframe');
    frame.className = FRAME_CLASS;
    frame.title = '';
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    // CSSOM, not a style attribute: a `style-src 'self'` policy allows it.
    Object.assign(frame.style, {
      position: 'fixed',
      insetInlineStart: '0',
      insetBlockStart: '0',
      inlineSize: '0',
      blockSize: '0',
      border: '0',
      visibility: 'hidden',
    });
    container.append(frame);
    const view = frame.contentWindow;
    const doc = frame.contentDocument;
    if (!view || !doc) throw new Error('the print frame has no document');
    fill(doc);
    const done = frame;
    view.addEventListener('afterprint', () => done.remove(), { once: true });
    // Fonts for the reader's script must be ready, or the paper shows a fallback font.
    const fontsReady = doc.fonts?.ready ?? Promise.resolve();
    fontsReady
      .then(() => view.print())
      .catch(() => {
        done.remove();
        printPage();
      });
  } catch {
    frame?.remove();
    printPage();
  }
}

/** The fallback: the page's own print, where the guide's print stylesheet opens the plan. */
function printPage(): void {
  try {
    window.print();
  } catch {
    // Printing is refused here (a sandbox without allow-modals): nothing more to do.
  }
}
