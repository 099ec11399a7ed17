/**
 * Tells each card when its own light DOM changes (an inline JSON script added, edited or
 * removed, the host's own actions slotted in). One `MutationObserver` for the page, not one
 * per card: a card is told about changes at or below it, and the innermost card around a
 * change is the one told.
 */
type Listener = () => void;

// Weak: a removed card stays observed (an observer cannot unobserve one node), but the
// node holds the registration, not the reverse, so nothing here keeps it alive.
const listeners = new WeakMap<Node, Set<Listener>>();
let observer: MutationObserver | undefined;

function notify(records: MutationRecord[]): void {
  const told = new Set<Listener>();
  for (const record of records) {
    for (let node: Node | null = record.target; node; node = node.parentNode) {
      const own = listeners.get(node);
      if (own?.size) {
        for (const listener of own) told.add(listener);
        break;
      }
    }
  }
  for (const listener of told) listener();
}

/** Calls `listener` after each batch of changes to `host`'s children and their text; returns the unsubscribe. */
export function watchLightDom(host: HTMLElement, listener: Listener): () => void {
  observer ??= new MutationObserver(notify);
  let own = listeners.get(host);
  if (!own) listeners.set(host, (own = new Set()));
  own.add(listener);
  observer.observe(host, {childList: true, subtree: true, characterData: true, attributeFilter: ['slot']});
  return () => own.delete(listener);
}
