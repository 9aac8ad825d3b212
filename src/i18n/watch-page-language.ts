/**
 * Tells every listener when a `lang` attribute changes anywhere in the document (a site's
 * language switcher that rewrites `<html lang>` without reloading). One observer for the page.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function watchPageLanguage(listener: () => void): () => void {
  if (listeners.size === 0) {
    observer ??= new MutationObserver(() => {
      for (const notify of listeners) notify();
    });
    observer.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['lang'],
    });
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) observer?.disconnect();
  };
}
