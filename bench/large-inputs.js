#!/usr/bin/env node
/**
 * `npm run bench:large`: how long the built card takes to read and render oversized input
 * (issue 5: measured here, never asserted in a test). Prints medians of 5 fresh pages each.
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {startChromium} from './lib/chromium.js';
import {CDN_FILE, root} from './lib/settings.js';

if (!existsSync(join(root, CDN_FILE))) {
  console.error('Run npm run build first.');
  process.exit(1);
}
const {browser, origin, close} = await startChromium();

const cases = {
  '1 MB session JSON (summary of 1 MB), via the attribute': (seed) => ({...seed, summary: 'word '.repeat(200_000)}),
  '1,000 documents': (seed) => ({
    ...seed,
    documents: Array.from({length: 1000}, (_, i) => ({title: `Document ${i}`, url: `https://example.org/${i}.pdf`})),
  }),
  '10,000-character title': (seed) => ({...seed, title: 'T'.repeat(10_000)}),
  'the seed (for scale)': (seed) => seed,
};

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log('| input | JSON size | read + render + layout (median of 5) |\n|---|---:|---:|');
try {
  for (const [name, make] of Object.entries(cases)) {
    const times = [];
    let size = 0;
    for (let sample = 0; sample < 5; sample++) {
      const page = await browser.newPage();
      await page.goto(`${origin}/demo/static.html`, {waitUntil: 'networkidle0'});
      const result = await page.evaluate(async (makeSource) => {
        const seed = await (await fetch('/demo/sessions/3.2.2.json')).json();
        const json = JSON.stringify(new Function(`return ${makeSource}`)()(seed));
        const card = document.createElement('session-card');
        const start = performance.now();
        card.setAttribute('session', json);
        document.body.append(card);
        await card.updateComplete;
        void card.offsetHeight;
        const elapsed = performance.now() - start;
        if (!card.shadowRoot.querySelector('[part=title]')) throw new Error('not rendered');
        return {elapsed, size: json.length};
      }, make.toString());
      times.push(result.elapsed);
      size = result.size;
      await page.close();
    }
    console.log(`| ${name} | ${(size / 1024).toFixed(0)} KB | ${median(times).toFixed(1)} ms |`);
  }
} finally {
  await close();
}
