/**
 * Whether the page behind each card is dark, watched once per document: one
 * MutationObserver on the attributes of `<html>` and `<body>` (where sites switch themes:
 * a class, `data-theme`, a `color-scheme` in `style`), one listener each on the system's
 * colour scheme and on forced colours. When any of them fires, every card looks again.
 *
 * A thousand cards must not cost a thousand style recalculations: a custom state written
 * between two `getComputedStyle` reads makes the second read recalculate the page's style.
 * So cards are queued and looked at in one animation frame callback (which runs before the
 * frame is painted): first every queued card's reads, then every card's write.
 *
 * Nothing here touches the DOM until a card registers (the build is imported in Node, without
 * a DOM), and when the last card of a document leaves, its observer and listeners go too.
 */
import {isServer} from 'lit';
import {parseColor, relativeLuminance} from '../shared/color.js';

/** A card the watcher decides for. */
export interface ThemeSubject {
  readonly host: Element;
  /** Takes the answer; called only after every queued card has been read. */
  show(dark: boolean): void;
}

/** One document's watcher. */
export interface PageTheme {
  /** Watches for `card`, and decides for it in the next frame. */
  add(card: ThemeSubject): void;
  /** Forgets `card`; the last one gone, nothing is watched. */
  delete(card: ThemeSubject): void;
}

const QUERIES = ['(prefers-color-scheme: dark)', '(forced-colors: active)'];

/** The element a card is drawn over: its flat-tree parent, crossing into and out of shadow roots. */
const parentOf = (el: Element): Element | null | undefined =>
  el.assignedSlot ?? el.parentElement ?? (el.getRootNode() as ShadowRoot).host;

/**
 * The detection rule. The nearest ancestor of `host` whose computed background is opaque
 * enough to decide (alpha ≥ 0.5; `<html>` is the last) is dark when its luminance is below
 * 0.179, where white and black text have equal contrast on it ((L + 0.05)² = 1.05 × 0.05).
 * With every ancestor transparent the page's canvas is behind the card, and the colour the
 * page writes on it tells which: the text colour the card inherits is dark-canvas text when
 * its luminance is above 0.5 (`:root {color-scheme: dark}` with no colours gives light text
 * on a dark canvas). The parent's colour, not the host's: the card's own stylesheet may set
 * its colour per palette. A background that cannot be parsed (a colour space not read here)
 * is left to the text colour too; when that cannot be parsed either, the system's preference
 * decides. Forced colours need nothing special: the stylesheet's forced-colors block wins.
 */
function isDark(host: Element, view: Window, seen: Map<Element, number>): boolean {
  const parent = parentOf(host);
  // The card's own frame first: its background is only ever --session-card-background.
  const frame = host.shadowRoot?.querySelector('[part~="base"]');
  const backdrop = luminanceBehind(frame ?? parent, view, seen);
  if (backdrop >= 0) return backdrop < 0.179;
  const text = parent && parseColor(view.getComputedStyle(parent).color);
  // A list of its own: reading `matches` of a listened one would swallow its next change in Chromium.
  return text ? relativeLuminance(text) > 0.5 : view.matchMedia(QUERIES[0]).matches;
}

/**
 * The luminance of the first background from `el` up opaque enough to decide; NaN when there
 * is none (all transparent, or one unreadable). Remembered in `seen` for one batch: the cards
 * of a list share ancestors, each read once.
 */
function luminanceBehind(el: Element | null | undefined, view: Window, seen: Map<Element, number>): number {
  if (!el) return NaN;
  let luminance = seen.get(el);
  if (luminance === undefined) {
    const color = parseColor(view.getComputedStyle(el).backgroundColor);
    luminance = !color ? NaN : color[3] >= 0.5 ? relativeLuminance(color) : luminanceBehind(parentOf(el), view, seen);
    seen.set(el, luminance);
  }
  return luminance;
}

/** A watcher for `doc`: its cards, those waiting for the next frame, its observer and listeners. */
function watch(doc: Document, view: Window): PageTheme {
  const cards = new Set<ThemeSubject>();
  const queued = new Set<ThemeSubject>();
  const media = QUERIES.map((query) => view.matchMedia(query));
  let frame = 0;
  const queue = (card: ThemeSubject) => {
    queued.add(card);
    frame ||= view.requestAnimationFrame(() => {
      frame = 0;
      const batch = [...queued];
      const seen = new Map<Element, number>();
      queued.clear();
      // Every read, then every write (see above).
      const dark = batch.map((card) => isDark(card.host, view, seen));
      batch.forEach((card, i) => card.show(dark[i]));
    });
  };
  const onChange = () => cards.forEach(queue);
  const observer = new MutationObserver(onChange);
  const listen = (on: boolean) => media.forEach((list) => (list.onchange = on ? onChange : null));
  return {
    add(card) {
      if (!cards.size) {
        for (const el of [doc.documentElement, doc.body]) {
          if (el) observer.observe(el, {attributes: true});
        }
        listen(true);
      }
      cards.add(card);
      queue(card);
    },
    delete(card) {
      queued.delete(card);
      if (!cards.delete(card) || cards.size) return;
      observer.disconnect();
      listen(false);
    },
  };
}

const watchers = new WeakMap<Document, PageTheme>();

/** The watcher of `doc`, made on first use; none without a window (server, a parsed document). */
export function pageTheme(doc: Document): PageTheme | undefined {
  const view = !isServer && doc.defaultView;
  if (!view) return undefined;
  let watcher = watchers.get(doc);
  if (!watcher) watchers.set(doc, (watcher = watch(doc, view)));
  return watcher;
}
