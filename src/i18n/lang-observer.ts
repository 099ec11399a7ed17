/**
 * Tells cards when a `lang` attribute changes anywhere in their document or the browser's
 * languages change. One observer per document (a card moved into a frame listens to the
 * frame's), not one per card.
 */
type Listener = () => void;

interface DocumentWatch {
  listeners: Set<Listener>;
  observer: MutationObserver;
  notifyAll: () => void;
}

// Weak: the cards of a removed frame are never disconnected, and must not keep its document alive.
const watches = new WeakMap<Document, DocumentWatch>();

/**
 * Calls `listener` on every change of a `lang` attribute in `document`, and when the
 * browser's languages change; returns the unsubscribe.
 */
export function observeLanguageChanges(document: Document, listener: Listener): () => void {
  let watch = watches.get(document);
  if (!watch) {
    const listeners = new Set<Listener>();
    const notifyAll = () => {
      for (const each of listeners) each();
    };
    const observer = new MutationObserver(notifyAll);
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
    document.defaultView?.addEventListener('languagechange', notifyAll);
    watch = {listeners, observer, notifyAll};
    watches.set(document, watch);
  }
  const {listeners} = watch;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && watches.get(document) === watch) {
      watch.observer.disconnect();
      document.defaultView?.removeEventListener('languagechange', watch.notifyAll);
      watches.delete(document);
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
