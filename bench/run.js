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
 *
 * The parts, in bench/lib/:
 *   settings.js          files, sizes, viewport, zone and the change re-rendered
 *   chromium.js          headless Chromium with the project's flags, the project served to it
 *   bench-page.js        the page side: makes sessions, loads a script, times renders, checks them
 *   page-driver.js       the Node side of that page: fresh pages, heaps, one sample; the
 *                        card's stylesheet text for the vanilla card
 *   parity.js            the vanilla card renders what the card renders
 *   rounds.js            the interleaved rounds of samples
 *   cpu-profile.js, trace-phases.js, memory-profile.js   where the time and the memory go
 *   sizes.js             gzip and brotli sizes
 *   summary.js           medians per measure, and the targets
 *   report.js            what is printed, and results.json and results.md
 *   ab.js                BENCH_AB
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import os from 'node:os';
import {abFiles, compareBuilds} from './lib/ab.js';
import {cpuProfile} from './lib/cpu-profile.js';
import {elapsed, log} from './lib/log.js';
import {heapProfile} from './lib/memory-profile.js';
import {ensureBuild, readCardStylesheet, startBenchBrowser} from './lib/page-driver.js';
import {checkParity} from './lib/parity.js';
import {printReport, writeResults} from './lib/report.js';
import {runRounds} from './lib/rounds.js';
import {IMPLEMENTATIONS, RERENDER, ROUNDS, SEED_FILE, SIZES, VIEWER_ZONE, VIEWPORT, root} from './lib/settings.js';
import {cdnSizes, peerMinified} from './lib/sizes.js';
import {summarize, targets} from './lib/summary.js';
import {tracePhases} from './lib/trace-phases.js';

async function benchmark(harness) {
  const environment = {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown CPU',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    browser: await harness.browser.version(),
    node: process.version,
    rounds: ROUNDS,
    loadAverageAtStart: os.loadavg()[0],
  };
  log(
    `bench: ${environment.browser} on ${environment.cpu} (${environment.cores} cores); ` +
      `${ROUNDS} rounds × ${SIZES.join(', ')} cards × ${IMPLEMENTATIONS.length} implementations`
  );

  harness.cardStylesheet = await readCardStylesheet(harness);
  const parity = await checkParity(harness);
  log(
    parity.differences.length
      ? `warning: markup parity: ${parity.differences.slice(0, 3).join('; ')}`
      : 'markup parity: vanilla = session-card ' +
          `(${parity.elementsPerCard} elements per card, ${parity.sessions} sessions)`
  );

  const {samples, problems} = await runRounds(harness);

  let profile;
  let phases;
  let memory;
  if (process.env.BENCH_SKIP_PROFILE !== '1') {
    log(`profiling the 1,000-card first render of session-card (${elapsed()})`);
    profile = await cpuProfile(harness, 2);
    phases = await tracePhases(harness, 2);
    log(`heap snapshots of session-card and vanilla pages (${elapsed()})`);
    memory = await heapProfile(harness);
  }

  environment.loadAverageAtEnd = os.loadavg()[0];
  const size = cdnSizes();
  const peerMin = await peerMinified();
  const config = {sizes: SIZES, rounds: ROUNDS, viewerZone: VIEWER_ZONE, viewport: VIEWPORT, rerender: RERENDER};
  const results = {environment, config, samples, parity, problems, size, peerMin, profile, phases, memory};
  results.summary = summarize(samples);
  results.goals = targets(results.summary, size);
  printReport(results);
  writeResults(results);
}

ensureBuild();
const harness = {...(await startBenchBrowser()), seed: JSON.parse(readFileSync(join(root, SEED_FILE), 'utf8'))};
try {
  if (process.env.BENCH_AB) {
    const files = abFiles(process.env.BENCH_AB);
    log(`A/B: ${files.join(' → ')}; ${ROUNDS} rounds`);
    await compareBuilds(harness, files);
  } else {
    await benchmark(harness);
  }
} finally {
  await harness.close();
}
