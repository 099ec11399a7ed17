/**
 * Main-thread time by phase from a DevTools trace of the CDN build's 1,000-card define +
 * first render: style recalculation, layout and garbage collection; the rest of the
 * measured time is script and DOM work.
 */
import {heap, preparePage, withBenchPage} from './page-driver.js';
import {CDN_FILE} from './settings.js';

const PHASE_OF_EVENT = {
  UpdateLayoutTree: 'style recalculation',
  Layout: 'layout',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection',
  'V8.GCIncrementalMarking': 'garbage collection',
};

const threadOf = (event) => `${event.pid}:${event.tid}`;

/** The renderer's main thread that did the most work is this page's. */
function pageMainThread(events) {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadOf)
  );
  const busy = new Map();
  for (const e of events)
    if (e.ph === 'X' && mainThreads.has(threadOf(e)))
      busy.set(threadOf(e), (busy.get(threadOf(e)) ?? 0) + (e.dur ?? 0));
  return [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export async function tracePhases(harness, runs) {
  const totals = new Map();
  const add = (phase, ms) => totals.set(phase, (totals.get(phase) ?? 0) + ms);
  for (let run = 0; run < runs; run++) {
    await withBenchPage(harness, async (page, cdp) => {
      await preparePage(page, harness, {impl: 'card', url: `/${CDN_FILE}`, count: 1000});
      await heap(cdp);
      await page.tracing.start({categories: ['devtools.timeline', 'v8']});
      const {total} = await page.evaluate(() => window.bench.firstRender());
      const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
      const main = pageMainThread(events);
      let accounted = 0;
      for (const event of events) {
        const phase = PHASE_OF_EVENT[event.name];
        if (!phase || event.ph !== 'X' || threadOf(event) !== main) continue;
        add(phase, event.dur / 1000);
        accounted += event.dur / 1000;
      }
      add('script, DOM and the rest', total - accounted);
      add('total (traced, so slower)', total);
    });
  }
  return Object.fromEntries([...totals].map(([k, v]) => [k, v / runs]));
}
