/**
 * Tells every listener when a `lang` attribute changes anywhere in its document (a site's
 * language switcher that rewrites `<html lang>` without reloading). One observer per document,
 * so a guide inside a same-origin iframe watches the iframe's page. A page without a working
 * MutationObserver simply does not follow later changes.
 */
interface Watch {
  observer: MutationObserver | undefined;
  listeners: Set<() => void>;
}

const watches = new WeakMap<Document, Watch>();

export function watchPageLanguage(doc: Document, listener: () => void): () => void {
  let watch = watches.get(doc);
  if (!watch) {
    watch = { observer: undefined, listeners: new Set() };
    watches.set(doc, watch);
  }
  const current = watch;
  if (current.listeners.size === 0) {
    try {
      const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
      current.observer ??= new Observer(() => {
        for (const notify of [...current.listeners]) {
          try {
            notify();
          } catch (error) {
            console.error('<back-spasm-guide>: could not follow a language change', error);
          }
        }
      });
      current.observer.observe(doc.documentElement, {
        subtree: true,
        attributes: true,
        attributeFilter: ['lang'],
      });
    } catch {
      current.observer = undefined;
    }
  }
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      try {
        current.observer?.disconnect();
      } catch {
        // Nothing to disconnect.
      }
    }
  };
}
