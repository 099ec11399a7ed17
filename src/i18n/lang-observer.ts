/**
 * Tells cards when a `lang` attribute changes anywhere in the document or the browser's
 * languages change. One observer for the page, not one per card.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

function notifyAll(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` on every change of a `lang` attribute; returns the unsubscribe. */
export function observeLanguageChanges(listener: Listener): () => void {
  if (!observer) {
    observer = new MutationObserver(notifyAll);
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
    window.addEventListener('languagechange', notifyAll);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
      window.removeEventListener('languagechange', notifyAll);
    }
  };
}

/**
 * The language a node asks for: the nearest `lang` on it or an ancestor, across shadow
 * roots up to the document. An empty `lang=""` means unknown, as in HTML.
 */
export function requestedLanguage(node: Element): string | undefined {
  let current: Element | null = node;
  while (current) {
    const withLang: Element | null = current.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') || undefined;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}
