/**
 * The report: the main table (printed at the end of a run and at the top of results.md),
 * the targets, the profile's top categories in the terminal, and the files
 * bench/results.json and bench/results.md.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fmtKB, fmtMs, markdownTable as table, printTable, ratio} from './format.js';
import {elapsed, log} from './log.js';
import {PEER_FILE, RERENDER, root, SIZES, VIEWER_ZONE, VIEWPORT} from './settings.js';
import {heapOf} from './summary.js';

const KEPT_MARKER =
  '<!-- Everything below this line is written by hand: npm run bench rewrites only what is above it. -->';
const JSON_FILE = join(root, 'bench/results.json');
const MARKDOWN_FILE = join(root, 'bench/results.md');

const MAIN_HEADERS = [
  'measure (median)',
  'session-card',
  'vanilla',
  'card ÷ vanilla',
  'add-to-calendar-button',
  'peer ÷ vanilla',
];

/** The main table: each measure for the card, the vanilla card and the peer, each ratio against the vanilla card. */
function mainRows(summary, size) {
  const {card, vanilla, peer} = summary;
  const time = (s) => `${fmtMs(s.median)} ms`;
  const timeRow = (label, get) => [
    label,
    time(get(card)),
    time(get(vanilla)),
    ratio(get(card).median, get(vanilla).median),
    time(get(peer)),
    ratio(get(peer).median, get(vanilla).median),
  ];
  const heapRow = (label, get, show) => [
    label,
    show(get(card)),
    show(get(vanilla)),
    ratio(get(card), get(vanilla)),
    show(get(peer)),
    ratio(get(peer), get(vanilla)),
  ];
  const count = (n) => n.toFixed(0);
  return [
    ...SIZES.map((n) =>
      timeRow(`define + first render, ${n.toLocaleString('en')} card${n > 1 ? 's' : ''}`, (s) => s.firstRender[n])
    ),
    timeRow('re-render 1,000 after lang + time-zone change', (s) => s.rerender),
    timeRow('script alone: define + first render, 1,000 (host hidden)', (s) => s.scriptOnly),
    timeRow('script alone: re-render 1,000 (host hidden)', (s) => s.rerenderScriptOnly),
    heapRow('JS heap per card (V8)', (s) => s.heapPerCard.js, fmtKB),
    heapRow('DOM heap per card (Blink)', (s) => s.heapPerCard.dom, fmtKB),
    heapRow('DOM nodes per card', (s) => s.heapPerCard.nodes, count),
    [
      'JS heap of the library (1 card on the page)',
      fmtKB(card.heapLibrary.js),
      fmtKB(vanilla.heapLibrary.js),
      '',
      fmtKB(peer.heapLibrary.js),
      '',
    ],
    [
      'CDN script as published, gzip -9',
      fmtKB(size.card.gzip),
      '',
      '',
      fmtKB(size.peer.gzip),
      `peer = ${ratio(size.peer.gzip, size.card.gzip)} card`,
    ],
    [
      'CDN script as published, brotli -11',
      fmtKB(size.card.brotli),
      '',
      '',
      fmtKB(size.peer.brotli),
      `peer = ${ratio(size.peer.brotli, size.card.brotli)} card`,
    ],
  ];
}

/** What the terminal shows at the end of a run. */
export function printReport({summary, size, goals, profile}) {
  log('');
  printTable(MAIN_HEADERS, mainRows(summary, size));
  log('');
  for (const goal of goals) log(`${goal.met ? 'met    ' : 'NOT MET'}  ${goal.target}: ${goal.value}`);
  if (profile) {
    log('\nprofile, 1,000 cards, session-card, self time by category:');
    for (const c of profile.categories.slice(0, 10))
      log(`  ${fmtMs(c.ms).padStart(7)} ms  ${(c.share * 100).toFixed(1).padStart(5)}%  ${c.name}`);
  }
}

// ---- results.md, above its "kept" marker: the tables, targets, method, parity and profiles of one run. ----

const IMPLEMENTATION_KEYS = ['card', 'vanilla', 'peer'];

function headerSection({environment}) {
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.js) on ${environment.date}.`,
    '',
    `- Machine: ${environment.cpu}, ${environment.cores} cores, ${environment.memoryGB} GB, ${environment.os}`,
    `- Browser: ${environment.browser}, headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}, ` +
      `reader's zone ${VIEWER_ZONE}`,
    `- Node ${environment.node}; ${environment.rounds} interleaved rounds ` +
      '(each a fresh page per implementation and size), medians',
    `- 1-minute load average ${environment.loadAverageAtStart.toFixed(1)} at the start, ` +
      `${environment.loadAverageAtEnd.toFixed(1)} at the end ` +
      '(other processes share the machine: compare within a run, not across runs)',
    '',
  ];
}

function figuresSection({summary, size, peerMin, goals, memory}) {
  const spread = (s) => `${fmtMs(s.iqr[0])}–${fmtMs(s.iqr[1])}`;
  return [
    table(MAIN_HEADERS, mainRows(summary, size)),
    '',
    '## Targets (issue 6)',
    '',
    table(
      ['target', 'measured', 'status'],
      goals.map((g) => [g.target, g.value, g.met ? 'met' : '**not met**'])
    ),
    '',
    'Heap: the vanilla card keeps next to nothing in JS per card (V8 drops the wrappers of DOM nodes no script ' +
      "holds), while Lit keeps each card's template parts and last values to update in place: that is the V8 figure. " +
      `What a card costs the page is both heaps: ${fmtKB(heapOf(summary.card))} against ` +
      `${fmtKB(heapOf(summary.vanilla))} (${ratio(heapOf(summary.card), heapOf(summary.vanilla))}).` +
      (memory ? ' Where it goes: "Memory profile" below.' : ''),
    '',
    `The peer's CDN file (\`${PEER_FILE}\`, what jsDelivr serves for \`add-to-calendar-button\`) ` +
      `is published unminified; minified with esbuild it would be ${fmtKB(peerMin.gzip)} gzip, ` +
      `${(peerMin.gzip / size.card.gzip).toFixed(2)}× the card.`,
    '',
    '## Spread and split',
    '',
    table(
      [
        'define / render (medians); interquartile range of the total',
        'session-card',
        'vanilla',
        'add-to-calendar-button',
      ],
      [
        ...SIZES.map((count) => [
          `${count.toLocaleString('en')} card${count > 1 ? 's' : ''}`,
          ...IMPLEMENTATION_KEYS.map(
            (k) =>
              `${fmtMs(summary[k].define[count].median)} / ${fmtMs(summary[k].render[count].median)} ms, ` +
              `IQR ${spread(summary[k].firstRender[count])}`
          ),
        ]),
        [
          're-render 1,000: interquartile range',
          ...IMPLEMENTATION_KEYS.map((k) => spread(summary[k].rerender) + ' ms'),
        ],
      ]
    ),
    '',
  ];
}

const METHOD_SECTION = [
  '## Method',
  '',
  '- Own harness (bench/run.js: puppeteer-core driving the system Chromium), not tachometer: tachometer would be a new',
  '  dependency and needs WebDriver; the figures here are `performance.now()` around the work, ' +
    'ended by a forced layout',
  '  (`offsetHeight`) after every card has rendered (`updateComplete` for the Lit and vanilla cards, ' +
    '`whenInitialized()`',
  '  for the peer, which builds its buttons in timers).',
  '- **define + first render**: the script is fetched first (not timed), then loaded from a blob URL (timed: parse,',
  '  compile, evaluate, `customElements.define`), then N elements are created, given their session, appended at once,',
  '  rendered and laid out. Each card gets its own session made from the seed (id, title, start and end in 37-minute',
  '  steps), so no cached output of one session stands in for the work.',
  "- **re-render**: on the 1,000-card page, every card's `lang` becomes " +
    `\`${RERENDER.lang}\` and its \`time-zone\` \`${RERENDER.timeZone}\`; timed until`,
  '  all have rendered again and the page is laid out. ' +
    "The peer has no display zone (its `timeZone` is the event's), so only",
  '  its `language` changes; any attribute change makes it rebuild the whole button.',
  '- **script alone**: the same 1,000-card pages with the host hidden (`display: none`), ' +
    'so no style or layout: what the',
  '  scripts cost. Both cards share the same CSS and markup, ' +
    'so layout (about half the time with it) dilutes their ratio.',
  '- **heap**: `HeapProfiler.collectGarbage` (twice), then `Runtime.getHeapUsage` ' +
    "(V8 `usedSize`; Blink's DOM heap is its",
  '  `embedderHeapUsedSize`) and the live node count, before and after the render. ' +
    'Per card is the 1,000-card page less the',
  '  1-card page (which holds the library itself), over 999.',
  '- **vanilla baseline** (bench/vanilla-card.js): the same shadow-DOM markup as the card ' +
    'for the same sessions (checked',
  "  below), one constructed stylesheet with the card's CSS, shared `Intl` formatters, " +
    'no library. It does not validate',
  '  the session against the schema, report problems, fetch `src` or carry eight locales: ' +
    "that is what the card's margin over",
  '  it buys. It rebuilds its shadow tree on a change; Lit updates only the changed parts.',
  '- **sizes**: gzip level 9 and brotli quality 11 of the files as published.',
  '',
];

function paritySection({parity}) {
  return [
    '## Markup parity',
    '',
    parity.differences.length
      ? `The vanilla card and session-card differ for ${parity.differences.length} of ${parity.sessions} sessions:` +
        '\n\n' +
        parity.differences
          .slice(0, 5)
          .map((d) => `- \`${d}\``)
          .join('\n')
      : `For ${parity.sessions} sessions, the vanilla card renders the same elements ` +
        `(${parity.elementsPerCard} for the first), with the same attributes and text, as session-card, ` +
        `before and after the change to \`lang="${RERENDER.lang}"\` and \`time-zone="${RERENDER.timeZone}"\` ` +
        '(checked by bench/run.js on every run).',
    '',
  ];
}

function profileSection({profile, phases}) {
  if (!profile) return [];
  const share = (c) => [`${fmtMs(c.ms)} ms`, `${(c.share * 100).toFixed(1)}%`];
  return [
    '## Profile',
    '',
    `CPU profile (100 µs sampling, ${profile.runs} runs averaged) ` +
      'of the 1,000-card define + first render of session-card, from an',
    'unminified esbuild bundle of src/ so that functions keep their names and modules; self time:',
    '',
    table(
      ['category', 'self time', 'share'],
      profile.categories.map((c) => [c.name, ...share(c)])
    ),
    '',
    table(
      ['function (module)', 'self time', 'share'],
      profile.functions.map((c) => [`\`${c.name}\``, ...share(c)])
    ),
    '',
    'Main-thread phases from a DevTools trace of the CDN build (same work):',
    '',
    table(
      ['phase', 'time'],
      Object.entries(phases).map(([k, v]) => [k, `${fmtMs(v)} ms`])
    ),
    '',
  ];
}

function memorySection({memory}) {
  if (!memory) return [];
  const none = {count: 0, bytes: 0};
  const categories = [...new Set([...Object.keys(memory.card), ...Object.keys(memory.vanilla)])]
    .map((name) => ({name, card: memory.card[name] ?? none, vanilla: memory.vanilla[name] ?? none}))
    .filter((c) => Math.abs(c.card.bytes) >= 50 || Math.abs(c.vanilla.bytes) >= 50)
    .sort((a, b) => b.card.bytes - a.card.bytes);
  const sum = (key) => categories.reduce((total, c) => total + c[key].bytes, 0);
  const cell = (e) => `${e.count.toFixed(0)} · ${fmtKB(e.bytes)}`;
  return [
    '## Memory profile',
    '',
    "Heap snapshots (V8 objects and Blink's DOM, style and layout objects, self sizes, after GC) " +
      `of a page with ${memory.cards} cards`,
    `less one with a single card, over ${memory.cards - 1}: ` +
      'objects and bytes per card (the CDN build against the vanilla card).',
    '',
    table(
      ['per card', 'session-card', 'vanilla'],
      [
        ...categories.map((c) => [c.name, cell(c.card), cell(c.vanilla)]),
        ['**total**', fmtKB(sum('card')), fmtKB(sum('vanilla'))],
      ]
    ),
    '',
  ];
}

function resultsMarkdown(results) {
  return [
    ...headerSection(results),
    ...figuresSection(results),
    ...METHOD_SECTION,
    ...paritySection(results),
    ...profileSection(results),
    ...memorySection(results),
  ].join('\n');
}

/** Writes results.json, and results.md above its "kept" marker: the notes below it survive. */
export function writeResults(results) {
  writeFileSync(JSON_FILE, JSON.stringify(results, null, 2) + '\n');
  const kept = existsSync(MARKDOWN_FILE) ? readFileSync(MARKDOWN_FILE, 'utf8').split(KEPT_MARKER)[1] : undefined;
  writeFileSync(MARKDOWN_FILE, `${resultsMarkdown(results)}\n${KEPT_MARKER}\n${kept ?? '\n'}`);
  log(`\nwrote ${relative(process.cwd(), JSON_FILE)} and ${relative(process.cwd(), MARKDOWN_FILE)} (${elapsed()})`);
}
