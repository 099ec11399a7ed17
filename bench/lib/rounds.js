/**
 * The timed samples of a run. Samples are interleaved (each round runs every
 * implementation, in an order that rotates) so that machine noise hits all sides alike;
 * every sample is a fresh page, so "define" is real.
 */
import {fmtMs} from './format.js';
import {elapsed, log} from './log.js';
import {sample} from './page-driver.js';
import {IMPLEMENTATIONS, ROUNDS, SIZES} from './settings.js';

/** Every size with layout, and the 1,000-card page once more with the host hidden (the script alone). */
export const PAGES = [...SIZES.map((count) => ({count, layout: true})), {count: 1000, layout: false}];

export async function runRounds(harness) {
  log(`warming up, then ${ROUNDS} rounds of ${PAGES.length * IMPLEMENTATIONS.length} pages (one dot each)`);
  // Warm the browser (first pages pay for process start-up), not counted.
  for (const impl of IMPLEMENTATIONS) await sample(harness, impl, 100);

  const samples = [];
  const problems = new Set();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, {count, layout}] of PAGES.entries()) {
      const order = IMPLEMENTATIONS.map((_, i) => IMPLEMENTATIONS[(i + round + index) % IMPLEMENTATIONS.length]);
      for (const impl of order) {
        const result = await sample(harness, impl, count, layout);
        process.stdout.write('.');
        for (const problem of result.problems)
          problems.add(`${impl.label}, ${count}${layout ? '' : ' (no layout)'}: ${problem}`);
        samples.push({impl: impl.key, count, layout, round, ...result});
      }
    }
    const last = (key) => samples.findLast((s) => s.impl === key && s.count === 1000 && s.layout);
    const totals = IMPLEMENTATIONS.map((i) => `${i.label} ${fmtMs(last(i.key).total)} ms`).join(', ');
    log(` round ${round + 1}/${ROUNDS} (${elapsed()}): 1,000 cards ${totals}`);
  }
  if (problems.size) log(`warning: rendering problems:\n  ${[...problems].slice(0, 10).join('\n  ')}`);
  return {samples, problems: [...problems]};
}
