/**
 * Where a card's memory goes: a heap snapshot (V8 objects and Blink's DOM and layout
 * objects, after GC) of a page with `count` cards less one with a single card, over
 * count - 1, by category; the CDN build against the vanilla card.
 */
import {heap, preparePage, withBenchPage} from './page-driver.js';
import {CDN_FILE, VANILLA_FILE} from './settings.js';

/** Blink's layout, fragment, text-shaping and paint classes: a node whose name matches any. */
const LAYOUT_CLASSES = [
  /^blink::(Layout|Physical|Fragment|Inline|Shape)/,
  /^blink::HeapVectorBacking<blink::(HarfBuzz|ShapeRes|Fragment|Physical)/,
  /HarfBuzz|BoxOverflow|ConstraintSpace|PaintLayer|PaintProperty/,
];

/** What a heap-snapshot node is, for the per-card memory profile. */
function heapCategory(type, name) {
  if (type === 'native') {
    if (name === 'Comment') return 'Comment nodes (Lit: one marker per binding, two per list item)';
    if (name === 'Text') return 'Text nodes';
    if (/^HTML\w*Element$/.test(name)) return 'elements';
    if (LAYOUT_CLASSES.some((pattern) => pattern.test(name))) return 'layout and text shaping (Blink)';
    if (/ComputedStyle|RuleSet|CSS|Style/.test(name)) return 'style (Blink)';
    return 'other DOM and Blink objects';
  }
  // lit ships minified, so its classes have no names to tell them apart here.
  if (type === 'array' || (type === 'object' && name === 'Array')) return 'JS: arrays (Lit: parts lists, last values)';
  if (/string/.test(type)) return 'JS: strings';
  if (type === 'object' || type === 'closure') return 'JS: objects (Lit: parts, template instances; the element)';
  return 'JS: internal (code, hidden, numbers)';
}

/** Objects and self sizes by category in a snapshot of a page with `cards` rendered. */
function snapshotTotals(harness, impl, url, cards) {
  return withBenchPage(harness, async (page, cdp) => {
    await preparePage(page, harness, {impl, url, count: cards});
    await page.evaluate(() => window.bench.firstRender());
    await heap(cdp);
    const chunks = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({chunk}) => chunks.push(chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', {reportProgress: false});
    const snapshot = JSON.parse(chunks.join(''));
    const fields = snapshot.snapshot.meta.node_fields;
    const types = snapshot.snapshot.meta.node_types[0];
    const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
    const totals = new Map();
    for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
      const category = heapCategory(types[snapshot.nodes[i + typeAt]], snapshot.strings[snapshot.nodes[i + nameAt]]);
      const entry = totals.get(category) ?? {count: 0, bytes: 0};
      entry.count++;
      entry.bytes += snapshot.nodes[i + sizeAt];
      totals.set(category, entry);
    }
    return totals;
  });
}

export async function heapProfile(harness, count = 201) {
  const perCard = async (impl, url) => {
    const [one, many] = [await snapshotTotals(harness, impl, url, 1), await snapshotTotals(harness, impl, url, count)];
    return Object.fromEntries(
      [...many].map(([category, {count: n, bytes}]) => {
        const base = one.get(category) ?? {count: 0, bytes: 0};
        return [category, {count: (n - base.count) / (count - 1), bytes: (bytes - base.bytes) / (count - 1)}];
      })
    );
  };
  return {
    cards: count,
    card: await perCard('card', `/${CDN_FILE}`),
    vanilla: await perCard('vanilla', `/${VANILLA_FILE}`),
  };
}
