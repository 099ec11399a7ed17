#!/usr/bin/env node
/**
 * The npm build may be imported where there is no DOM (server rendering, a bundler's
 * pre-render, a test in Node): importing it, defining the tag and constructing the element
 * must not touch `window`, `document`, `navigator` or `MutationObserver`. Each of those is
 * made a getter that records any read coming from the package's own files (lit, in
 * node_modules, looks for a `document` to know where it runs: that is not ours).
 */
import {fileURLToPath, pathToFileURL} from 'node:url';

const packageFiles = fileURLToPath(new URL('../dist/npm/', import.meta.url));
const touched = [];
for (const name of ['window', 'document', 'navigator', 'MutationObserver']) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const ours = new Error().stack.split('\n').find((line) => line.includes(packageFiles));
      if (ours) touched.push(`${name}, ${ours.trim()}`);
      return undefined;
    },
  });
}

const {SessionCard} = await import(pathToFileURL(`${packageFiles}session-card.js`).href);
await import(pathToFileURL(`${packageFiles}index.js`).href);
// The importers run in Node too (a build step that turns a schedule into cards).
const {fromSchemaOrg} = await import(pathToFileURL(`${packageFiles}import.js`).href);
const imported = fromSchemaOrg({
  '@type': 'Event',
  name: 'Opening',
  startDate: '2021-06-01T14:05:00-03:00',
  endDate: '2021-06-01T15:35:00-03:00',
});
if (!('session' in imported)) throw new Error(`fromSchemaOrg failed in Node: ${JSON.stringify(imported)}`);
const card = new SessionCard();
if (!(card instanceof SessionCard)) throw new Error('the element could not be constructed');

if (touched.length) {
  console.error(
    `The npm build touches browser globals at module load or in the constructor:\n  ${touched.join('\n  ')}`
  );
  process.exit(1);
}
console.log(
  'dist/npm: importing, defining <session-card>, constructing one and importing a session touch no browser global'
);
