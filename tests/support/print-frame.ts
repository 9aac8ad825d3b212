/**
 * Catches the guide's print frame as it is added, and stubs its `print()` before the guide calls
 * it (the guide waits for the frame's fonts first), so a test never opens a print dialog.
 */
export interface CaughtPrint {
  frame: HTMLIFrameElement;
  document: Document;
  /** Securitypolicyviolation events inside the print frame. */
  violations: string[];
}

export function catchPrint(root: ShadowRoot): Promise<CaughtPrint> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const frame = root.querySelector<HTMLIFrameElement>('iframe.print-frame');
      if (!frame?.contentWindow || !frame.contentDocument) return;
      observer.disconnect();
      const violations: string[] = [];
      const doc = frame.contentDocument;
      doc.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
      frame.contentWindow.print = () => resolve({ frame, document: doc, violations });
    });
    observer.observe(root, { childList: true });
  });
}

/** The print document's visible text, spaces collapsed. */
export function printedText(doc: Document): string {
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
