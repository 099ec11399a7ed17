#!/usr/bin/env node
/**
 * npm run bench: what a page of session cards costs, beside a hand-written vanilla card
 * (bench/vanilla-card.js, the floor) and add-to-calendar-button (the most used event
 * web component), in headless Chromium:
 *
 * - define + first render of 1, 100 and 1,000 cards, each a different session made from
 *   demo/sessions/3.2.2.json (its own id, title and times): from loading the script
 *   (already fetched: parse, compile, evaluate, define) until every card has rendered
 *   and the page is laid out (a forced layout);
 * - the re-render of 1,000 cards after their `lang` and `time-zone` attributes change;
 * - heap per card after 1,000 cards (V8's JS heap and Blink's DOM heap, after forced GC,
 *   less the same page's figure with one card);
 * - gzip and brotli sizes of dist/cdn/session-card.js and the peer's CDN file;
 * - a CPU profile and a trace of the 1,000-card first render of session-card.
 *
 * Samples are interleaved (each round runs every implementation, in an order that rotates)
 * so that machine noise hits all sides alike; every sample is a fresh page, so "define" is
 * real. Medians are reported. Writes bench/results.json and bench/results.md (everything
 * above its "kept" marker; notes written below it survive the next run).
 *
 * Options (environment): BENCH_ROUNDS (default 8), BENCH_SKIP_PROFILE=1.
 *
 * A/B of one change: `BENCH_AB=before.js,after.js npm run bench` times two builds of the
 * card (say, dist/cdn/session-card.js built at two commits) against each other, interleaved,
 * on 1,000-card pages with and without layout, and prints the medians and sizes; it writes
 * no results file.
 */
import {existsSync, readFileSync, statSync, writeFileSync, readdirSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import os from 'node:os';
import zlib from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {serveDirectory} from '../scripts/static-server.js';
import {CHROME_ARGS, findChrome, HOW_TO_GET_CHROME} from '../scripts/find-chrome.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// 8 rounds take about 8 minutes on a 2-core machine: the 1,000-card pages dominate.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const SIZES = [1, 100, 1000];
/** The reader's zone for every page: not the event's, so cards show two time lines. */
const VIEWER_ZONE = 'Europe/Madrid';
const VIEWPORT = {width: 412, height: 915, deviceScaleFactor: 1};
const RERENDER = {lang: 'fr', timeZone: 'Asia/Tokyo'};
const CDN_FILE = 'dist/cdn/session-card.js';
const PEER_FILE = 'node_modules/add-to-calendar-button/dist/atcb.js';
const SEED_FILE = 'demo/sessions/3.2.2.json';
const KEPT_MARKER = '<!-- Everything below this line is written by hand: npm run bench rewrites only what is above it. -->';

const IMPLEMENTATIONS = [
  {key: 'card', label: 'session-card', file: CDN_FILE, type: 'module'},
  {key: 'vanilla', label: 'vanilla baseline', file: 'bench/vanilla-card.js', type: 'module'},
  {key: 'peer', label: 'add-to-calendar-button', file: PEER_FILE, type: 'classic'},
];

const log = (...args) => console.log(...args);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;

// ---------------------------------------------------------------------------------------
// The page side: one function, serialized into the bench page.
// ---------------------------------------------------------------------------------------

function pageDriver() {
  const host = document.getElementById('host');
  /** Yields to the event loop without setTimeout's 4 ms clamp on nested timers. */
  const nextTask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
  const two = (n) => String(n).padStart(2, '0');

  /** `count` sessions made from the seed: own id, title and times (37-minute steps, so some cross midnight). */
  function makeSessions(seed, count) {
    const start = Date.parse(seed.start);
    const duration = Date.parse(seed.end) - start;
    const offsetText = seed.start.slice(-6);
    const offset = (offsetText[0] === '-' ? -1 : 1) * (Number(offsetText.slice(1, 3)) * 60 + Number(offsetText.slice(4, 6)));
    const iso = (ms) => new Date(ms + offset * 60_000).toISOString().slice(0, 19) + offsetText;
    return Array.from({length: count}, (_, i) => {
      const startMs = start + i * 37 * 60_000;
      return {...seed, id: `${seed.id}.${i + 1}`, title: `${seed.title} (${i + 1})`, start: iso(startMs), end: iso(startMs + duration)};
    });
  }

  /** add-to-calendar-button's attributes for a session: local date and time in the event's zone. */
  function peerAttributes(session) {
    const wall = new Intl.DateTimeFormat('en-CA', {
      timeZone: session.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    const local = (ms) => {
      const p = Object.fromEntries(wall.formatToParts(ms).map(({type, value}) => [type, value]));
      return {date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`};
    };
    const start = local(Date.parse(session.start));
    const end = local(Date.parse(session.end));
    return {
      name: session.title,
      startDate: start.date,
      startTime: start.time,
      endDate: end.date,
      endTime: end.time,
      timeZone: session.timeZone,
      options: "'Apple','Google','iCal','Microsoft365','Outlook.com','Yahoo'",
    };
  }

  async function settleLit(elements) {
    do await Promise.all(elements.map((el) => el.updateComplete));
    while (elements.some((el) => el.isUpdatePending));
  }

  const adapters = {
    card: {
      create: (session) => Object.assign(document.createElement('session-card'), {session}),
      rendered: settleLit,
      change: (el) => {
        el.setAttribute('lang', RERENDER.lang);
        el.setAttribute('time-zone', RERENDER.timeZone);
      },
      rerendered: settleLit,
    },
    vanilla: {
      create: (session) => Object.assign(document.createElement('vanilla-session-card'), {session}),
      rendered: settleLit,
      change: (el) => {
        el.setAttribute('lang', RERENDER.lang);
        el.setAttribute('time-zone', RERENDER.timeZone);
      },
      rerendered: settleLit,
    },
    peer: {
      create: (attributes) => {
        const el = document.createElement('add-to-calendar-button');
        for (const name in attributes) el.setAttribute(name, attributes[name]);
        return el;
      },
      rendered: (elements) => Promise.all(elements.map((el) => el.whenInitialized())),
      // The peer has no display zone (its timeZone is the event's): its language alone
      // makes it rebuild everything, as any attribute change does.
      change: (el) => el.setAttribute('language', RERENDER.lang),
      rerendered: async (elements) => {
        while (elements.some((el) => el.updatePending)) await nextTask();
      },
    },
  };

  let RERENDER;
  const state = {};

  window.bench = {
    /** Untimed: fetch the script, make the sessions (and the peer's attributes). */
    async prepare({impl, type, url, count, seed, rerender}) {
      RERENDER = rerender;
      const text = await (await fetch(url)).text();
      state.impl = impl;
      state.type = type;
      state.blobUrl = URL.createObjectURL(new Blob([text], {type: 'text/javascript'}));
      state.sessions = makeSessions(seed, count);
      state.inputs = impl === 'peer' ? state.sessions.map(peerAttributes) : state.sessions;
      return true;
    },

    /** Timed: load (parse, compile, run, define), create, append, await render, force layout. */
    async firstRender() {
      const adapter = adapters[state.impl];
      const t0 = performance.now();
      await new Promise((resolve, reject) => {
        const script = document.createElement('script');
        if (state.type === 'module') script.type = 'module';
        script.src = state.blobUrl;
        script.onload = resolve;
        script.onerror = () => reject(new Error(`cannot load ${state.impl}`));
        document.head.append(script);
      });
      const t1 = performance.now();
      const elements = state.inputs.map(adapter.create);
      const fragment = document.createDocumentFragment();
      fragment.append(...elements);
      host.append(fragment);
      await adapter.rendered(elements);
      void host.offsetHeight;
      const t2 = performance.now();
      state.elements = elements;
      return {define: t1 - t0, render: t2 - t1, total: t2 - t0};
    },

    async rerender() {
      const adapter = adapters[state.impl];
      const t0 = performance.now();
      for (const el of state.elements) adapter.change(el);
      await adapter.rerendered(state.elements);
      void host.offsetHeight;
      return performance.now() - t0;
    },

    /** Untimed: did every card render its own session (and, after a re-render, the new language)? */
    check(afterRerender) {
      const problems = [];
      state.elements.forEach((el, i) => {
        const root = el.shadowRoot;
        if (state.impl === 'peer') {
          const shown = root?.querySelector('.atcb-initialized:not(.atcb-hidden)');
          if (!shown || !root.querySelector('button')) problems.push(`button ${i} not rendered`);
          else if (afterRerender && shown.getAttribute('lang') !== RERENDER.lang) problems.push(`button ${i}: language ${shown.getAttribute('lang')}`);
          return;
        }
        const title = root?.querySelector('[part~="title"]')?.textContent.trim();
        if (title !== state.sessions[i].title) problems.push(`card ${i}: title ${JSON.stringify(title?.slice(-20))}`);
        if (afterRerender) {
          const article = root.querySelector('article');
          const zone = root.querySelector('[part~="time-primary"] .zone')?.textContent ?? '';
          if (article?.getAttribute('lang') !== RERENDER.lang || !/\+9/.test(zone)) problems.push(`card ${i}: lang ${article?.getAttribute('lang')}, zone ${zone}`);
        }
      });
      return problems.slice(0, 3).concat(problems.length > 3 ? [`… ${problems.length} in all`] : []);
    },

    /** The markup of session-card and the vanilla card for the same sessions, for the parity check. */
    async markup({cardUrl, vanillaUrl, seed, count, rerender}) {
      RERENDER = rerender;
      await import(cardUrl);
      await import(vanillaUrl);
      const sessions = makeSessions(seed, count);
      const pairs = sessions.map((session) => [adapters.card.create(session), adapters.vanilla.create(session)]);
      host.append(...pairs.flat());
      const all = pairs.flat();
      await settleLit(all);
      // Elements with their attributes, in order, and the text without white space
      // (Lit's templates keep their indentation as text nodes).
      const describe = (el) => {
        const rows = [];
        const walk = (node) => {
          for (const child of node.children) {
            rows.push(`<${child.localName} ${[...child.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ')}>`);
            walk(child);
          }
        };
        walk(el.shadowRoot);
        return {elements: rows, text: el.shadowRoot.textContent.replace(/\s+/g, '')};
      };
      const first = pairs.map(([card, vanilla]) => [describe(card), describe(vanilla)]);
      for (const el of all) adapters.card.change(el);
      await settleLit(all);
      const second = pairs.map(([card, vanilla]) => [describe(card), describe(vanilla)]);
      return {first, second};
    },
  };
}

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench</title></head>
<body><main id="host"></main><script>(${pageDriver})()</script></body>
</html>`;

// ---------------------------------------------------------------------------------------
// Node side.
// ---------------------------------------------------------------------------------------

/** Builds the CDN file when it is missing or older than a source file. */
function ensureBuild() {
  const newest = (dir) =>
    readdirSync(join(root, dir), {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile())
      .reduce((max, entry) => Math.max(max, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs), 0);
  const built = join(root, CDN_FILE);
  if (existsSync(built) && statSync(built).mtimeMs >= newest('src')) return;
  log(`${CDN_FILE} is missing or older than src/: building it (npm run build:cdn)`);
  execFileSync('npm', ['run', '--silent', 'build:cdn'], {cwd: root, stdio: 'inherit'});
}

/** The unminified bundle the profile reads, in memory: esbuild marks each module's start. */
async function profileBundle() {
  const {build} = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'src/session-card.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const extraRoutes = new Map([['/__bench__/page.html', {type: 'text/html', body: PAGE}]]);
async function openPage(browser, origin) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.emulateTimezone(VIEWER_ZONE);
  await page.goto(`${origin}/__bench__/page.html`);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return {page, cdp};
}

/** V8 heap, Blink's DOM (embedder) heap and live nodes, after forced full GCs. */
async function heap(cdp) {
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
async function sample(browser, origin, impl, count, seed, layout = true) {
  const {page, cdp} = await openPage(browser, origin);
  try {
    await page.evaluate((args) => window.bench.prepare(args), {impl: impl.key, type: impl.type, url: `/${impl.file}`, count, seed, rerender: RERENDER});
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
  } finally {
    await page.close();
  }
}

function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function quartiles(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
  return [at(0.25), at(0.75)];
}
const stats = (values) => ({median: median(values), iqr: quartiles(values), n: values.filter(Number.isFinite).length});

/** Compares the two cards' shadow trees (elements, attributes, text) before and after the lang and zone change. */
async function checkParity(browser, origin, seed) {
  const {page} = await openPage(browser, origin);
  try {
    const {first, second} = await page.evaluate((args) => window.bench.markup(args), {
      cardUrl: `/${CDN_FILE}`, vanillaUrl: '/bench/vanilla-card.js', seed, count: 60, rerender: RERENDER,
    });
    const differences = [];
    const compare = (pairs, what) =>
      pairs.forEach(([card, vanilla], i) => {
        if (card.text !== vanilla.text) differences.push(`${what} #${i}: text differs`);
        const length = Math.max(card.elements.length, vanilla.elements.length);
        for (let j = 0; j < length; j++) {
          if (card.elements[j] !== vanilla.elements[j]) {
            differences.push(`${what} #${i}: ${card.elements[j] ?? '(none)'}  ≠  ${vanilla.elements[j] ?? '(none)'}`);
            break;
          }
        }
      });
    compare(first, 'first render');
    compare(second, `after lang=${RERENDER.lang} time-zone=${RERENDER.timeZone}`);
    const elementsPerCard = first[0][0].elements.length;
    return {sessions: first.length, elementsPerCard, differences};
  } finally {
    await page.close();
  }
}

/** Warns when the vanilla card's copy of the card's CSS has drifted from src/session-card.styles.ts. */
function cssDrift() {
  const squash = (text) => text.replace(/\s+/g, '');
  const source = /css`([^`]*)`/.exec(readFileSync(join(root, 'src/session-card.styles.ts'), 'utf8'))?.[1];
  const copy = /const CSS = `([^`]*)`/.exec(readFileSync(join(root, 'bench/vanilla-card.js'), 'utf8'))?.[1];
  return source !== undefined && copy !== undefined && squash(source) === squash(copy) ? undefined : 'bench/vanilla-card.js no longer carries the CSS of src/session-card.styles.ts: copy it again';
}

function sizes() {
  const measure = (file, text = readFileSync(join(root, file))) => ({
    file,
    raw: text.length,
    gzip: zlib.gzipSync(text, {level: 9}).length,
    brotli: zlib.brotliCompressSync(text, {
      params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: text.length},
    }).length,
  });
  return {card: measure(CDN_FILE), peer: measure(PEER_FILE)};
}

/** The peer's file minified (it is published unminified), for a like-for-like note. */
async function peerMinified() {
  const {transform} = await import('esbuild');
  const {code} = await transform(readFileSync(join(root, PEER_FILE), 'utf8'), {minify: true, loader: 'js'});
  const text = Buffer.from(code);
  return {raw: text.length, gzip: zlib.gzipSync(text, {level: 9}).length};
}

// ---- Profile ----

/** Which part of the card a line of the unminified bundle belongs to, from esbuild's `// path` module comments. */
function moduleMap(bundle) {
  const starts = [];
  bundle.split('\n').forEach((line, index) => {
    const match = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(line);
    if (match) starts.push({line: index, module: match[1]});
  });
  return (line) => {
    let found = '(bundle)';
    for (const start of starts) {
      if (start.line > line) break;
      found = start.module;
    }
    return found;
  };
}

function categoryOf(module) {
  if (module.includes('node_modules/luxon')) return 'luxon';
  if (/node_modules\/(lit-html|lit-element|@lit\/reactive-element|lit)\//.test(module)) return 'lit (templates, updates)';
  if (module.includes('node_modules/@lit/localize')) return '@lit/localize';
  if (module.startsWith('src/time/')) return 'src/time (Intl formatting, zones)';
  if (module.startsWith('src/contract/')) return 'src/contract (reading, validation)';
  if (module.startsWith('src/render/')) return 'src/render (templates, labels)';
  if (module.startsWith('src/i18n/') || module.startsWith('src/generated/')) return 'src/i18n (locale, strings)';
  if (module.startsWith('src/links/')) return 'src/links (URL checks)';
  if (module.startsWith('src/')) return 'src (element)';
  return module;
}

async function cpuProfile(browser, origin, seed, runs) {
  const bundle = await profileBundle();
  extraRoutes.set('/__bench__/session-card.profile.js', {type: 'text/javascript', body: bundle});
  const moduleAt = moduleMap(bundle);
  const selfByFunction = new Map();
  const selfByCategory = new Map();
  let total = 0;
  for (let run = 0; run < runs; run++) {
    const {page, cdp} = await openPage(browser, origin);
    try {
      await page.evaluate((args) => window.bench.prepare(args), {
        impl: 'card', type: 'module', url: '/__bench__/session-card.profile.js', count: 1000, seed, rerender: RERENDER,
      });
      await heap(cdp);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', {interval: 100});
      await cdp.send('Profiler.start');
      await page.evaluate(() => window.bench.firstRender());
      const {profile} = await cdp.send('Profiler.stop');
      const interval = new Map();
      // Each sample's weight is the time to the next one.
      profile.samples.forEach((id, i) => {
        const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        interval.set(id, (interval.get(id) ?? 0) + delta);
      });
      for (const node of profile.nodes) {
        const ms = interval.get(node.id) ?? 0;
        if (!ms) continue;
        const {functionName, url, lineNumber} = node.callFrame;
        let category;
        let name = functionName || '(anonymous)';
        if (url.startsWith('blob:')) {
          const module = moduleAt(lineNumber);
          category = categoryOf(module);
          name = `${name} (${module.replace(/^node_modules\//, '')})`;
        } else if (url.includes('/__bench__/page.html')) {
          category = 'forced style + layout (in the harness frame, with element creation and append)';
          name = `${name} (harness)`;
        } else if (functionName === '(garbage collector)') {
          category = 'garbage collection';
        } else if (functionName === '(program)') {
          category = '(program): native work outside JS frames';
        } else if (functionName === '(idle)') {
          continue;
        } else {
          category = `native: ${functionName}`;
        }
        total += ms;
        selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + ms);
        selfByCategory.set(category, (selfByCategory.get(category) ?? 0) + ms);
      }
      await cdp.send('Profiler.disable');
    } finally {
      await page.close();
    }
  }
  const top = (map, count) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => ({name, ms: ms / runs, share: ms / total}));
  return {runs, totalMs: total / runs, categories: top(selfByCategory, 14), functions: top(selfByFunction, 20)};
}

/** What a heap-snapshot node is, for the per-card memory profile. */
function heapCategory(type, name) {
  if (type === 'native') {
    if (name === 'Comment') return 'Comment nodes (Lit: one marker per binding, two per list item)';
    if (name === 'Text') return 'Text nodes';
    if (/^HTML\w*Element$/.test(name)) return 'elements';
    if (/^blink::(Layout|Physical|Fragment|Inline|Shape|HeapVectorBacking<blink::(HarfBuzz|ShapeRes|Fragment|Physical))|HarfBuzz|BoxOverflow|ConstraintSpace|PaintLayer|PaintProperty/.test(name)) return 'layout and text shaping (Blink)';
    if (/ComputedStyle|RuleSet|CSS|Style/.test(name)) return 'style (Blink)';
    return 'other DOM and Blink objects';
  }
  // lit ships minified, so its classes have no names to tell them apart here.
  if (type === 'array' || (type === 'object' && name === 'Array')) return 'JS: arrays (Lit: parts lists, last values)';
  if (/string/.test(type)) return 'JS: strings';
  if (type === 'object' || type === 'closure') return 'JS: objects (Lit: parts, template instances; the element)';
  return 'JS: internal (code, hidden, numbers)';
}

/**
 * Where a card's memory goes: a heap snapshot (V8 objects and Blink's DOM and layout
 * objects, after GC) of a page with `count` cards less one with a single card, over
 * count - 1, by category; the CDN build against the vanilla card.
 */
async function heapProfile(browser, origin, seed, count = 201) {
  const snapshotOf = async (impl, url, cards) => {
    const {page, cdp} = await openPage(browser, origin);
    try {
      await page.evaluate((args) => window.bench.prepare(args), {impl, type: 'module', url, count: cards, seed, rerender: RERENDER});
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
    } finally {
      await page.close();
    }
  };
  const perCard = async (impl, url) => {
    const [one, many] = [await snapshotOf(impl, url, 1), await snapshotOf(impl, url, count)];
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
    vanilla: await perCard('vanilla', '/bench/vanilla-card.js'),
  };
}

/**
 * Main-thread time by phase from a DevTools trace of the CDN build: style recalculation,
 * layout and garbage collection; the rest of the measured time is script and DOM work.
 */
async function tracePhases(browser, origin, seed, runs) {
  const phaseOf = {
    UpdateLayoutTree: 'style recalculation',
    Layout: 'layout',
    MinorGC: 'garbage collection',
    MajorGC: 'garbage collection',
    'V8.GCIncrementalMarking': 'garbage collection',
  };
  const totals = new Map();
  for (let run = 0; run < runs; run++) {
    const {page, cdp} = await openPage(browser, origin);
    try {
      await page.evaluate((args) => window.bench.prepare(args), {impl: 'card', type: 'module', url: `/${CDN_FILE}`, count: 1000, seed, rerender: RERENDER});
      await heap(cdp);
      await page.tracing.start({categories: ['devtools.timeline', 'v8']});
      const {total} = await page.evaluate(() => window.bench.firstRender());
      const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
      // The renderer's main thread that did the most work is this page's.
      const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
      const busy = new Map();
      for (const e of events) if (e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
      const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
      let accounted = 0;
      for (const event of events) {
        const phase = phaseOf[event.name];
        if (!phase || event.ph !== 'X' || `${event.pid}:${event.tid}` !== main) continue;
        totals.set(phase, (totals.get(phase) ?? 0) + event.dur / 1000);
        accounted += event.dur / 1000;
      }
      totals.set('script, DOM and the rest', (totals.get('script, DOM and the rest') ?? 0) + total - accounted);
      totals.set('total (traced, so slower)', (totals.get('total (traced, so slower)') ?? 0) + total);
    } finally {
      await page.close();
    }
  }
  return Object.fromEntries([...totals].map(([k, v]) => [k, v / runs]));
}

// ---- Report ----

const fmtMs = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) : '–');
const fmtKB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

function table(headers, rows) {
  const lines = [`| ${headers.join(' | ')} |`, `|${headers.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function printTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  log(line(headers));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) log(line(row));
}

function summarize(results) {
  const {samples} = results;
  const pick = (impl, count, get, layout = true) => stats(samples.filter((s) => s.impl === impl && s.count === count && s.layout === layout).map(get));
  const summary = {};
  for (const impl of IMPLEMENTATIONS) {
    const s = (summary[impl.key] = {label: impl.label, firstRender: {}, define: {}, render: {}});
    for (const count of SIZES) {
      s.firstRender[count] = pick(impl.key, count, (x) => x.total);
      s.define[count] = pick(impl.key, count, (x) => x.define);
      s.render[count] = pick(impl.key, count, (x) => x.render);
    }
    s.rerender = pick(impl.key, 1000, (x) => x.rerender);
    s.scriptOnly = pick(impl.key, 1000, (x) => x.total, false);
    s.rerenderScriptOnly = pick(impl.key, 1000, (x) => x.rerender, false);
    // Per card: the 1,000-card page less the 1-card page (which holds the library's own heap).
    const one = (field) => median(samples.filter((x) => x.impl === impl.key && x.count === 1).map((x) => x.heap[field]));
    const thousand = (field) => median(samples.filter((x) => x.impl === impl.key && x.count === 1000 && x.layout).map((x) => x.heap[field]));
    s.heapPerCard = {js: (thousand('js') - one('js')) / 999, dom: (thousand('dom') - one('dom')) / 999, nodes: (thousand('nodes') - one('nodes')) / 999};
    s.heapLibrary = {js: one('js')};
  }
  return summary;
}

function rowsFor(summary, size) {
  const {card, vanilla, peer} = summary;
  const time = (s) => `${fmtMs(s.median)} ms`;
  const rows = SIZES.map((count) => [
    `define + first render, ${count.toLocaleString('en')} card${count > 1 ? 's' : ''}`,
    time(card.firstRender[count]),
    time(vanilla.firstRender[count]),
    ratio(card.firstRender[count].median, vanilla.firstRender[count].median),
    time(peer.firstRender[count]),
    ratio(peer.firstRender[count].median, vanilla.firstRender[count].median),
  ]);
  const row = (label, get) => [label, time(get(card)), time(get(vanilla)), ratio(get(card).median, get(vanilla).median), time(get(peer)), ratio(get(peer).median, get(vanilla).median)];
  rows.push(
    row('re-render 1,000 after lang + time-zone change', (s) => s.rerender),
    row('script alone: define + first render, 1,000 (host hidden)', (s) => s.scriptOnly),
    row('script alone: re-render 1,000 (host hidden)', (s) => s.rerenderScriptOnly),
    ['JS heap per card (V8)', fmtKB(card.heapPerCard.js), fmtKB(vanilla.heapPerCard.js), ratio(card.heapPerCard.js, vanilla.heapPerCard.js), fmtKB(peer.heapPerCard.js), ratio(peer.heapPerCard.js, vanilla.heapPerCard.js)],
    ['DOM heap per card (Blink)', fmtKB(card.heapPerCard.dom), fmtKB(vanilla.heapPerCard.dom), ratio(card.heapPerCard.dom, vanilla.heapPerCard.dom), fmtKB(peer.heapPerCard.dom), ratio(peer.heapPerCard.dom, vanilla.heapPerCard.dom)],
    ['DOM nodes per card', card.heapPerCard.nodes.toFixed(0), vanilla.heapPerCard.nodes.toFixed(0), ratio(card.heapPerCard.nodes, vanilla.heapPerCard.nodes), peer.heapPerCard.nodes.toFixed(0), ratio(peer.heapPerCard.nodes, vanilla.heapPerCard.nodes)],
    ['JS heap of the library (1 card on the page)', fmtKB(card.heapLibrary.js), fmtKB(vanilla.heapLibrary.js), '', fmtKB(peer.heapLibrary.js), ''],
    ['CDN script as published, gzip -9', fmtKB(size.card.gzip), '', '', fmtKB(size.peer.gzip), `peer = ${ratio(size.peer.gzip, size.card.gzip)} card`],
    ['CDN script as published, brotli -11', fmtKB(size.card.brotli), '', '', fmtKB(size.peer.brotli), `peer = ${ratio(size.peer.brotli, size.card.brotli)} card`],
  );
  return rows;
}

function targets(summary, size) {
  const {card, vanilla} = summary;
  const renderRatio = card.firstRender[1000].median / vanilla.firstRender[1000].median;
  const heapOf = (s) => s.heapPerCard.js + s.heapPerCard.dom;
  const heapRatio = heapOf(card) / heapOf(vanilla);
  const jsHeapRatio = card.heapPerCard.js / vanilla.heapPerCard.js;
  const sizeRatio = size.peer.gzip / size.card.gzip;
  return [
    {target: '1,000 cards: define + first render ≤ 1.5× vanilla', value: `${renderRatio.toFixed(2)}×`, met: renderRatio <= 1.5},
    {target: 'heap per card (V8 JS heap + Blink DOM heap) ≤ 2× vanilla', value: `${heapRatio.toFixed(2)}×`, met: heapRatio <= 2},
    {target: '… and the V8 JS heap alone ≤ 2× vanilla', value: `${jsHeapRatio.toFixed(1)}×`, met: jsHeapRatio <= 2},
    {target: 'bundle ≥ 2.4× smaller than the peer’s CDN file, gzip', value: `${sizeRatio.toFixed(2)}× smaller`, met: sizeRatio >= 2.4},
  ];
}

const HEADERS = ['measure (median)', 'session-card', 'vanilla', 'card ÷ vanilla', 'add-to-calendar-button', 'peer ÷ vanilla'];

function markdown(results) {
  const {summary, size, peerMin, environment, parity, profile, phases, memory, goals} = results;
  const spread = (s) => `${fmtMs(s.iqr[0])}–${fmtMs(s.iqr[1])}`;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.js) on ${environment.date}.`,
    '',
    `- Machine: ${environment.cpu}, ${environment.cores} cores, ${environment.memoryGB} GB, ${environment.os}`,
    `- Browser: ${environment.browser}, headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}, reader's zone ${VIEWER_ZONE}`,
    `- Node ${environment.node}; ${environment.rounds} interleaved rounds (each a fresh page per implementation and size), medians`,
    `- 1-minute load average ${environment.loadAverageAtStart.toFixed(1)} at the start, ${environment.loadAverageAtEnd.toFixed(1)} at the end (other processes share the machine: compare within a run, not across runs)`,
    '',
    table(HEADERS, rowsFor(summary, size)),
    '',
    '## Targets (issue 6)',
    '',
    table(['target', 'measured', 'status'], goals.map((g) => [g.target, g.value, g.met ? 'met' : '**not met**'])),
    '',
    `Heap: the vanilla card keeps next to nothing in JS per card (V8 drops the wrappers of DOM nodes no script holds), while Lit keeps each card's template parts and last values to update in place: that is the V8 figure. What a card costs the page is both heaps: ${fmtKB(summary.card.heapPerCard.js + summary.card.heapPerCard.dom)} against ${fmtKB(summary.vanilla.heapPerCard.js + summary.vanilla.heapPerCard.dom)} (${ratio(summary.card.heapPerCard.js + summary.card.heapPerCard.dom, summary.vanilla.heapPerCard.js + summary.vanilla.heapPerCard.dom)}).${memory ? ' Where it goes: "Memory profile" below.' : ''}`,
    '',
    `The peer's CDN file (\`${PEER_FILE}\`, what jsDelivr serves for \`add-to-calendar-button\`) is published unminified; minified with esbuild it would be ${fmtKB(peerMin.gzip)} gzip, ${(peerMin.gzip / size.card.gzip).toFixed(2)}× the card.`,
    '',
    '## Spread and split',
    '',
    table(
      ['define / render (medians); interquartile range of the total', 'session-card', 'vanilla', 'add-to-calendar-button'],
      [
        ...SIZES.map((count) => [
          `${count.toLocaleString('en')} card${count > 1 ? 's' : ''}`,
          ...['card', 'vanilla', 'peer'].map((k) => `${fmtMs(summary[k].define[count].median)} / ${fmtMs(summary[k].render[count].median)} ms, IQR ${spread(summary[k].firstRender[count])}`),
        ]),
        ['re-render 1,000: interquartile range', ...['card', 'vanilla', 'peer'].map((k) => spread(summary[k].rerender) + ' ms')],
      ]
    ),
    '',
    '## Method',
    '',
    '- Own harness (bench/run.js: puppeteer-core driving the system Chromium), not tachometer: tachometer would be a new',
    '  dependency and needs WebDriver; the figures here are `performance.now()` around the work, ended by a forced layout',
    '  (`offsetHeight`) after every card has rendered (`updateComplete` for the Lit and vanilla cards, `whenInitialized()`',
    '  for the peer, which builds its buttons in timers).',
    '- **define + first render**: the script is fetched first (not timed), then loaded from a blob URL (timed: parse,',
    '  compile, evaluate, `customElements.define`), then N elements are created, given their session, appended at once,',
    '  rendered and laid out. Each card gets its own session made from the seed (id, title, start and end in 37-minute',
    '  steps), so no cached output of one session stands in for the work.',
    `- **re-render**: on the 1,000-card page, every card's \`lang\` becomes \`${RERENDER.lang}\` and its \`time-zone\` \`${RERENDER.timeZone}\`; timed until`,
    '  all have rendered again and the page is laid out. The peer has no display zone (its `timeZone` is the event\'s), so only',
    '  its `language` changes; any attribute change makes it rebuild the whole button.',
    '- **script alone**: the same 1,000-card pages with the host hidden (`display: none`), so no style or layout: what the',
    '  scripts cost. Both cards share the same CSS and markup, so layout (about half the time with it) dilutes their ratio.',
    '- **heap**: `HeapProfiler.collectGarbage` (twice), then `Runtime.getHeapUsage` (V8 `usedSize`; Blink\'s DOM heap is its',
    '  `embedderHeapUsedSize`) and the live node count, before and after the render. Per card is the 1,000-card page less the',
    '  1-card page (which holds the library itself), over 999.',
    '- **vanilla baseline** (bench/vanilla-card.js): the same shadow-DOM markup as the card for the same sessions (checked',
    `  below), one constructed stylesheet with the card's CSS, shared \`Intl\` formatters, no library. It does not validate`,
    '  the session against the schema, report problems, fetch `src` or carry eight locales: that is what the card\'s margin over',
    '  it buys. It rebuilds its shadow tree on a change; Lit updates only the changed parts.',
    '- **sizes**: gzip level 9 and brotli quality 11 of the files as published.',
    '',
    '## Markup parity',
    '',
    ...(environment.cssDrift ? [`**Warning:** ${environment.cssDrift}.`, ''] : []),
    parity.differences.length
      ? `The vanilla card and session-card differ for ${parity.differences.length} of ${parity.sessions} sessions:\n\n${parity.differences.slice(0, 5).map((d) => `- \`${d}\``).join('\n')}`
      : `For ${parity.sessions} sessions, the vanilla card renders the same elements (${parity.elementsPerCard} for the first), with the same attributes and text, as session-card, before and after the change to \`lang="${RERENDER.lang}"\` and \`time-zone="${RERENDER.timeZone}"\` (checked by bench/run.js on every run).`,
    '',
  ];
  if (profile) {
    lines.push(
      '## Profile',
      '',
      `CPU profile (100 µs sampling, ${profile.runs} runs averaged) of the 1,000-card define + first render of session-card, from an`,
      'unminified esbuild bundle of src/ so that functions keep their names and modules; self time:',
      '',
      table(['category', 'self time', 'share'], profile.categories.map((c) => [c.name, `${fmtMs(c.ms)} ms`, `${(c.share * 100).toFixed(1)}%`])),
      '',
      table(['function (module)', 'self time', 'share'], profile.functions.map((c) => [`\`${c.name}\``, `${fmtMs(c.ms)} ms`, `${(c.share * 100).toFixed(1)}%`])),
      '',
      'Main-thread phases from a DevTools trace of the CDN build (same work):',
      '',
      table(['phase', 'time'], Object.entries(phases).map(([k, v]) => [k, `${fmtMs(v)} ms`])),
      '',
    );
  }
  if (memory) {
    const categories = [...new Set([...Object.keys(memory.card), ...Object.keys(memory.vanilla)])]
      .map((name) => ({name, card: memory.card[name] ?? {count: 0, bytes: 0}, vanilla: memory.vanilla[name] ?? {count: 0, bytes: 0}}))
      .filter((c) => Math.abs(c.card.bytes) >= 50 || Math.abs(c.vanilla.bytes) >= 50)
      .sort((a, b) => b.card.bytes - a.card.bytes);
    const sum = (key) => categories.reduce((total, c) => total + c[key].bytes, 0);
    const cell = (e) => `${e.count.toFixed(0)} · ${fmtKB(e.bytes)}`;
    lines.push(
      '## Memory profile',
      '',
      `Heap snapshots (V8 objects and Blink's DOM, style and layout objects, self sizes, after GC) of a page with ${memory.cards} cards`,
      `less one with a single card, over ${memory.cards - 1}: objects and bytes per card (the CDN build against the vanilla card).`,
      '',
      table(
        ['per card', 'session-card', 'vanilla'],
        [...categories.map((c) => [c.name, cell(c.card), cell(c.vanilla)]), ['**total**', fmtKB(sum('card')), fmtKB(sum('vanilla'))]]
      ),
      '',
    );
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------

/** BENCH_AB: two builds of the card, interleaved, 1,000 cards with and without layout. */
async function compareBuilds(browser, origin, seed, files) {
  const builds = files.map((file, index) => ({key: 'card', type: 'module', label: index === 0 ? 'before' : 'after', file: relative(root, file)}));
  const samples = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const layout of [true, false]) {
      for (const build of round % 2 ? [...builds].reverse() : builds) {
        const result = await sample(browser, origin, build, 1000, seed, layout);
        if (result.problems.length) log(`warning: ${build.label}: ${result.problems.join('; ')}`);
        samples.push({label: build.label, layout, ...result});
        process.stdout.write('.');
      }
    }
    log(` round ${round + 1}/${ROUNDS} (${elapsed()})`);
  }
  const row = (name, get, layout) => {
    const [before, after] = builds.map((b) => median(samples.filter((x) => x.label === b.label && x.layout === layout).map(get)));
    return [name, `${fmtMs(before)} ms`, `${fmtMs(after)} ms`, ratio(after, before)];
  };
  const gzipOf = (file) => fmtKB(zlib.gzipSync(readFileSync(join(root, file)), {level: 9}).length);
  printTable(['1,000 cards, medians', `before (${builds[0].file})`, `after (${builds[1].file})`, 'after ÷ before'], [
    row('define + first render', (x) => x.total, true),
    row('re-render after lang + time-zone change', (x) => x.rerender, true),
    row('script alone: define + first render', (x) => x.total, false),
    row('script alone: re-render', (x) => x.rerender, false),
    ['JS heap after 1,000 cards ÷ 1,000', ...builds.map((b) => fmtKB(median(samples.filter((x) => x.label === b.label && x.layout).map((x) => x.heap.js)) / 1000)), ''],
    ['CDN file, gzip -9', ...builds.map((b) => gzipOf(b.file)), ''],
  ]);
}

ensureBuild();
const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}
const seed = JSON.parse(readFileSync(join(root, SEED_FILE), 'utf8'));
const {server, origin} = await serveDirectory(root, extraRoutes);
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: CHROME_ARGS,
});

if (process.env.BENCH_AB) {
  try {
    const files = process.env.BENCH_AB.split(',');
    // The page fetches them from the project's static server: they must be inside it (bench/ab/ is ignored by git).
    const servable = (file) => existsSync(file) && !relative(root, resolve(file)).startsWith('..');
    if (files.length !== 2 || !files.every(servable)) throw new Error('BENCH_AB needs two files inside the project, e.g. bench/ab/before.js,bench/ab/after.js');
    log(`A/B: ${files.join(' → ')}; ${ROUNDS} rounds`);
    await compareBuilds(browser, origin, seed, files);
  } finally {
    await browser.close();
    server.close();
  }
  process.exit(0);
}

try {
  const environment = {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown CPU',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    browser: await browser.version(),
    node: process.version,
    rounds: ROUNDS,
    loadAverageAtStart: os.loadavg()[0],
  };
  log(`bench: ${environment.browser} on ${environment.cpu} (${environment.cores} cores); ${ROUNDS} rounds × ${SIZES.join(', ')} cards × ${IMPLEMENTATIONS.length} implementations`);

  const drift = cssDrift();
  if (drift) log(`warning: ${drift}`);
  environment.cssDrift = drift;
  const parity = await checkParity(browser, origin, seed);
  log(parity.differences.length ? `warning: markup parity: ${parity.differences.slice(0, 3).join('; ')}` : `markup parity: vanilla = session-card (${parity.elementsPerCard} elements per card, ${parity.sessions} sessions)`);

  log(`warming up, then ${ROUNDS} rounds of ${(SIZES.length + 1) * IMPLEMENTATIONS.length} pages (one dot each)`);
  // Warm the browser (first pages pay for process start-up), not counted.
  for (const impl of IMPLEMENTATIONS) await sample(browser, origin, impl, 100, seed);

  const samples = [];
  const problems = new Set();
  const runs = [...SIZES.map((count) => ({count, layout: true})), {count: 1000, layout: false}];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, {count, layout}] of runs.entries()) {
      const order = IMPLEMENTATIONS.map((_, i) => IMPLEMENTATIONS[(i + round + index) % IMPLEMENTATIONS.length]);
      for (const impl of order) {
        const result = await sample(browser, origin, impl, count, seed, layout);
        process.stdout.write('.');
        for (const problem of result.problems) problems.add(`${impl.label}, ${count}${layout ? '' : ' (no layout)'}: ${problem}`);
        samples.push({impl: impl.key, count, layout, round, ...result});
      }
    }
    const last = (key) => samples.findLast((s) => s.impl === key && s.count === 1000 && s.layout);
    log(` round ${round + 1}/${ROUNDS} (${elapsed()}): 1,000 cards ${IMPLEMENTATIONS.map((i) => `${i.label} ${fmtMs(last(i.key).total)} ms`).join(', ')}`);
  }
  if (problems.size) log(`warning: rendering problems:\n  ${[...problems].slice(0, 10).join('\n  ')}`);

  let profile;
  let phases;
  let memory;
  if (process.env.BENCH_SKIP_PROFILE !== '1') {
    log(`profiling the 1,000-card first render of session-card (${elapsed()})`);
    profile = await cpuProfile(browser, origin, seed, 2);
    phases = await tracePhases(browser, origin, seed, 2);
    log(`heap snapshots of session-card and vanilla pages (${elapsed()})`);
    memory = await heapProfile(browser, origin, seed);
  }

  environment.loadAverageAtEnd = os.loadavg()[0];
  const size = sizes();
  const peerMin = await peerMinified();
  const results = {environment, config: {sizes: SIZES, rounds: ROUNDS, viewerZone: VIEWER_ZONE, viewport: VIEWPORT, rerender: RERENDER}, samples, parity, problems: [...problems], size, peerMin, profile, phases, memory};
  results.summary = summarize(results);
  results.goals = targets(results.summary, size);

  log('');
  printTable(HEADERS, rowsFor(results.summary, size));
  log('');
  for (const goal of results.goals) log(`${goal.met ? 'met    ' : 'NOT MET'}  ${goal.target}: ${goal.value}`);
  if (profile) {
    log('\nprofile, 1,000 cards, session-card, self time by category:');
    for (const c of profile.categories.slice(0, 10)) log(`  ${fmtMs(c.ms).padStart(7)} ms  ${(c.share * 100).toFixed(1).padStart(5)}%  ${c.name}`);
  }

  writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  const mdPath = join(root, 'bench/results.md');
  const kept = existsSync(mdPath) ? readFileSync(mdPath, 'utf8').split(KEPT_MARKER)[1] : undefined;
  writeFileSync(mdPath, `${markdown(results)}\n${KEPT_MARKER}\n${kept ?? '\n'}`);
  log(`\nwrote ${relative(process.cwd(), join(root, 'bench/results.json'))} and ${relative(process.cwd(), mdPath)} (${elapsed()})`);
} finally {
  await browser.close();
  server.close();
}
