import { directionOf, type SupportedLocale } from '../i18n/locales.js';

/** What the error boundary says: the problem, the emergency line with its number, the retry. */
export interface TroubleWords {
  problem: string;
  emergency: string;
  retry: string;
  phone?: string;
}

/**
 * The error boundary drawn with plain DOM (no templates, no innerHTML), so it works without
 * Lit; placed before Lit's own content, which is cleared from its marker onwards.
 */
export function drawBoundary(
  root: ShadowRoot,
  words: TroubleWords,
  lang: SupportedLocale,
  onRetry: () => void,
): HTMLElement {
  const doc = root.ownerDocument;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') => {
    const node = doc.createElement(tag);
    node.textContent = text;
    return node;
  };
  const box = element('div');
  box.className = 'card trouble';
  box.setAttribute('part', 'card');
  box.setAttribute('role', 'alert');
  box.lang = lang;
  box.dir = directionOf(lang);
  box.append(element('p', words.problem));
  if (words.phone) {
    const line = element('p', `${words.emergency} `);
    line.className = 'emergency-note emergency-frame emergency-mark';
    const call = element('a', words.phone);
    call.className = 'call';
    call.setAttribute('part', 'call-link');
    call.href = `tel:${words.phone}`;
    line.append(call);
    box.append(line);
  }
  const retry = element('button', words.retry);
  retry.setAttribute('part', 'button');
  retry.type = 'button';
  retry.addEventListener('click', onRetry);
  box.append(retry);
  root.insertBefore(box, root.firstChild);
  return box;
}
