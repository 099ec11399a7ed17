/**
 * BENCH_AB=before.js,after.js: two builds of the card (say, dist/cdn/session-card.js built
 * at two commits) timed against each other, interleaved, on 1,000-card pages with and
 * without layout. Prints the medians and sizes; writes no results file.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {fmtKB, fmtMs, printTable, ratio} from './format.js';
import {elapsed, log} from './log.js';
import {sample} from './page-driver.js';
import {ROUNDS, root} from './settings.js';
import {gzipSize} from './sizes.js';
import {median} from './stats.js';

/** The two files of BENCH_AB; throws unless there are two and both are inside the project. */
export function abFiles(setting) {
  const files = setting.split(',');
  // The page fetches them from the project's static server: they must be inside it (bench/ab/ is ignored by git).
  const servable = (file) => existsSync(file) && !relative(root, resolve(file)).startsWith('..');
  if (files.length !== 2 || !files.every(servable))
    throw new Error('BENCH_AB needs two files inside the project, e.g. bench/ab/before.js,bench/ab/after.js');
  return files;
}

export async function compareBuilds(harness, files) {
  const builds = files.map((file, index) => ({
    key: 'card',
    type: 'module',
    label: index === 0 ? 'before' : 'after',
    file: relative(root, file),
  }));
  const samples = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const layout of [true, false]) {
      for (const build of round % 2 ? [...builds].reverse() : builds) {
        const result = await sample(harness, build, 1000, layout);
        if (result.problems.length) log(`warning: ${build.label}: ${result.problems.join('; ')}`);
        samples.push({label: build.label, layout, ...result});
        process.stdout.write('.');
      }
    }
    log(` round ${round + 1}/${ROUNDS} (${elapsed()})`);
  }
  const medianOf = (build, layout, get) =>
    median(samples.filter((x) => x.label === build.label && x.layout === layout).map(get));
  const row = (name, get, layout) => {
    const [before, after] = builds.map((build) => medianOf(build, layout, get));
    return [name, `${fmtMs(before)} ms`, `${fmtMs(after)} ms`, ratio(after, before)];
  };
  const gzipOf = (file) => fmtKB(gzipSize(readFileSync(join(root, file))));
  printTable(
    ['1,000 cards, medians', `before (${builds[0].file})`, `after (${builds[1].file})`, 'after ÷ before'],
    [
      row('define + first render', (x) => x.total, true),
      row('re-render after lang + time-zone change', (x) => x.rerender, true),
      row('script alone: define + first render', (x) => x.total, false),
      row('script alone: re-render', (x) => x.rerender, false),
      [
        'JS heap after 1,000 cards ÷ 1,000',
        ...builds.map((build) => fmtKB(medianOf(build, true, (x) => x.heap.js) / 1000)),
        '',
      ],
      ['CDN file, gzip -9', ...builds.map((build) => gzipOf(build.file)), ''],
    ]
  );
}
