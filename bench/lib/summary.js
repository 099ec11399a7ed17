/** From samples to medians per implementation and measure, and from medians to the targets of issue 6. */
import {IMPLEMENTATIONS, SIZES} from './settings.js';
import {median, stats} from './stats.js';

export function summarize(samples) {
  const summary = {};
  for (const impl of IMPLEMENTATIONS) {
    const of = (count, layout = true) =>
      samples.filter((x) => x.impl === impl.key && x.count === count && x.layout === layout);
    const pick = (count, get, layout) => stats(of(count, layout).map(get));
    const s = (summary[impl.key] = {label: impl.label, firstRender: {}, define: {}, render: {}});
    for (const count of SIZES) {
      s.firstRender[count] = pick(count, (x) => x.total);
      s.define[count] = pick(count, (x) => x.define);
      s.render[count] = pick(count, (x) => x.render);
    }
    s.rerender = pick(1000, (x) => x.rerender);
    s.scriptOnly = pick(1000, (x) => x.total, false);
    s.rerenderScriptOnly = pick(1000, (x) => x.rerender, false);
    // Per card: the 1,000-card page less the 1-card page (which holds the library's own heap).
    const one = (field) => median(of(1).map((x) => x.heap[field]));
    const thousand = (field) => median(of(1000).map((x) => x.heap[field]));
    const perCard = (field) => (thousand(field) - one(field)) / 999;
    s.heapPerCard = {js: perCard('js'), dom: perCard('dom'), nodes: perCard('nodes')};
    s.heapLibrary = {js: one('js')};
  }
  return summary;
}

/** Both heaps: what a card costs the page. */
export const heapOf = (s) => s.heapPerCard.js + s.heapPerCard.dom;

export function targets(summary, size) {
  const {card, vanilla} = summary;
  const renderRatio = card.firstRender[1000].median / vanilla.firstRender[1000].median;
  const heapRatio = heapOf(card) / heapOf(vanilla);
  const jsHeapRatio = card.heapPerCard.js / vanilla.heapPerCard.js;
  const sizeRatio = size.peer.gzip / size.card.gzip;
  return [
    {
      target: '1,000 cards: define + first render ≤ 1.5× vanilla',
      value: `${renderRatio.toFixed(2)}×`,
      met: renderRatio <= 1.5,
    },
    {
      target: 'heap per card (V8 JS heap + Blink DOM heap) ≤ 2× vanilla',
      value: `${heapRatio.toFixed(2)}×`,
      met: heapRatio <= 2,
    },
    {target: '… and the V8 JS heap alone ≤ 2× vanilla', value: `${jsHeapRatio.toFixed(1)}×`, met: jsHeapRatio <= 2},
    {
      target: 'bundle ≥ 2.4× smaller than the peer’s CDN file, gzip',
      value: `${sizeRatio.toFixed(2)}× smaller`,
      met: sizeRatio >= 2.4,
    },
  ];
}
