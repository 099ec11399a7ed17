#!/usr/bin/env node
/**
 * `npm run example:ssr`: a static page of every session in demo/sessions/, rendered in Node
 * by `session-card/ssr` (the npm build, dist/npm/ssr.js), with the CDN file beside it:
 * dist/ssr-example/index.html. Readable with no script; with it, each card re-renders in
 * the reader's zone and language. Fails when a session does not render (no title in the
 * server's markup), so `npm test` runs it as a check.
 */
import {cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

import {createHash} from 'node:crypto';

const {renderSessionCard, styleHashSource} = await import(new URL('../dist/npm/ssr.js', import.meta.url).href);

const SESSIONS = 'demo/sessions';
const OUT = 'dist/ssr-example';
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const cards = [];
for (const file of readdirSync(SESSIONS)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const session = JSON.parse(readFileSync(join(SESSIONS, file), 'utf8'));
  const html = await renderSessionCard(session, {lang: 'en', headingLevel: 2});
  if (!html.includes('shadowrootmode="open"') || !html.includes('part="title"')) {
    console.error(`${file}: the server's markup has no card title:\n${html.slice(0, 500)}`);
    process.exit(1);
  }
  // The hash the README tells pages to allow must be that of the <style> the server writes.
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)[1];
  const hash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
  if (hash !== (await styleHashSource())) {
    console.error(`${file}: styleHashSource() is ${await styleHashSource()}, the <style> written hashes to ${hash}`);
    process.exit(1);
  }
  cards.push(`    <section aria-label="${escapeHtml(file)}">\n      ${html}\n    </section>`);
  console.log(`rendered ${file}: ${html.length} characters`);
}

// What the browser would report, the server renders as the card's error, never throws.
const schedule = {
  schedule: {
    conference: {
      days: [
        {
          rooms: {
            A: [1, 2].map((n) => ({guid: `g${n}`, title: `T${n}`, date: '2024-06-01T10:00:00Z', duration: '0:30'})),
          },
        },
      ],
    },
  },
};
const notFound = await renderSessionCard(schedule, {sessionId: 'typo'});
if (!notFound.includes('session-id="typo"') || !notFound.includes('part="base error"')) {
  console.error('a schedule without the talk asked for: no error card, or session-id dropped');
  process.exit(1);
}
for (const hostile of [undefined, () => 1, 10n, {title: 'x', start: 'soon'}]) {
  const html = await renderSessionCard(hostile);
  if (!html.includes('shadowrootmode="open"')) {
    console.error(`${String(hostile)}: no card rendered`);
    process.exit(1);
  }
}

mkdirSync(OUT, {recursive: true});
cpSync('dist/cdn', join(OUT, 'cdn'), {recursive: true});
writeFileSync(
  join(OUT, 'index.html'),
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Sessions, rendered ahead of time</title>
    <script type="module" src="./cdn/session-card.js"></script>
  </head>
  <body>
    <h1>Sessions, rendered ahead of time</h1>
    <main>
${cards.join('\n')}
    </main>
  </body>
</html>
`
);
console.log(
  `${OUT}/index.html: ${cards.length} sessions; style-src for the server's styles: ${await styleHashSource()}`
);
