/**
 * The Node side of the bench page (bench-page.js): builds the card if needed, opens fresh
 * pages as the reader would see them, reads the heaps, and takes one timed sample.
 *
 * A harness is what every page needs: `{browser, origin, routes}` from startChromium, the
 * `seed` session, and `cardStylesheet`, the card's CSS text that the vanilla card adopts.
 */
import {existsSync, readdirSync, statSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {join} from 'node:path';
import {BENCH_PAGE_HTML, BENCH_PAGE_PATH} from './bench-page.js';
import {startChromium} from './chromium.js';
import {log} from './log.js';
import {CDN_FILE, RERENDER, VIEWER_ZONE, VIEWPORT, root} from './settings.js';

/** Builds the CDN file when it is missing or older than a source file. */
export function ensureBuild() {
  const newest = (dir) =>
    readdirSync(join(root, dir), {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile())
      .reduce((max, entry) => Math.max(max, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs), 0);
  const built = join(root, CDN_FILE);
  if (existsSync(built) && statSync(built).mtimeMs >= newest('src')) return;
  log(`${CDN_FILE} is missing or older than src/: building it (npm run build:cdn)`);
  execFileSync('npm', ['run', '--silent', 'build:cdn'], {cwd: root, stdio: 'inherit'});
}

/** Chromium, with the project and the bench page served to it. */
export const startBenchBrowser = () =>
  startChromium(new Map([[BENCH_PAGE_PATH, {type: 'text/html', body: BENCH_PAGE_HTML}]]));

/** A fresh bench page in the reader's viewport and zone, with a CDP session for heaps and profiles. */
export async function openBenchPage(harness) {
  const page = await harness.browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.emulateTimezone(VIEWER_ZONE);
  await page.goto(`${harness.origin}${BENCH_PAGE_PATH}`);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return {page, cdp};
}

/** Runs `use(page, cdp)` on a fresh bench page, and closes the page after. */
export async function withBenchPage(harness, use) {
  const {page, cdp} = await openBenchPage(harness);
  try {
    return await use(page, cdp);
  } finally {
    await page.close();
  }
}

/** What every bench page gets from Node besides its own arguments. */
const shared = (harness, impl) => ({
  seed: harness.seed,
  rerender: RERENDER,
  cardStylesheet: impl === 'vanilla' ? harness.cardStylesheet : undefined,
});

/** Untimed: the page fetches `url` and makes `count` sessions for `impl` ('card', 'vanilla' or 'peer'). */
export function preparePage(page, harness, {impl, type = 'module', url, count}) {
  return page.evaluate((args) => window.bench.prepare(args), {impl, type, url, count, ...shared(harness, impl)});
}

/** The shadow trees of both cards for the same sessions (bench-page.js `markup`). */
export function cardMarkup(page, harness, {cardUrl, vanillaUrl, count}) {
  return page.evaluate((args) => window.bench.markup(args), {
    cardUrl,
    vanillaUrl,
    count,
    ...shared(harness, 'vanilla'),
  });
}

/** V8 heap, Blink's DOM (embedder) heap and live nodes, after forced full GCs. */
export async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const {metrics} = await cdp.send('Performance.getMetrics');
  const nodes = metrics.find((m) => m.name === 'Nodes')?.value ?? NaN;
  return {js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? NaN, nodes};
}

/**
 * One fresh page: define + first render of `count` cards, heap, and for 1,000 cards the
 * re-render. `layout: false` hides the host (`display: none`) to time the script alone.
 */
export function sample(harness, impl, count, layout = true) {
  return withBenchPage(harness, async (page, cdp) => {
    await preparePage(page, harness, {impl: impl.key, type: impl.type, url: `/${impl.file}`, count});
    if (!layout) await page.evaluate(() => (document.getElementById('host').style.display = 'none'));
    const before = await heap(cdp);
    const timing = await page.evaluate(() => window.bench.firstRender());
    const after = await heap(cdp);
    const result = {
      ...timing,
      heap: {js: after.js - before.js, dom: after.dom - before.dom, nodes: after.nodes - before.nodes},
      problems: await page.evaluate(() => window.bench.check(false)),
    };
    if (count === 1000) {
      result.rerender = await page.evaluate(() => window.bench.rerender());
      result.problems.push(...(await page.evaluate(() => window.bench.check(true))));
    }
    return result;
  });
}

/**
 * The card's stylesheet as the built file carries it, for the vanilla card: read in a page
 * of its own, so that the vanilla card's pages never load or run the card's code, and no
 * copy of the CSS can fall behind the card's.
 */
export async function readCardStylesheet(harness) {
  const text = await withBenchPage(harness, (page) =>
    page.evaluate(async (url) => {
      await import(url);
      const Card = customElements.get('session-card');
      Card?.finalize?.();
      return (Card?.elementStyles ?? [])
        .map((style) => style.cssText ?? [...style.cssRules].map((rule) => rule.cssText).join('\n'))
        .join('\n');
    }, `/${CDN_FILE}`)
  );
  if (!text.trim()) throw new Error(`${CDN_FILE} defines no <session-card> with a stylesheet to give the vanilla card`);
  return text;
}
