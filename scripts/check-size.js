#!/usr/bin/env node
/**
 * The size budget of the script-tag file: dist/cdn/session-card.js, with every interface
 * language inside, at most 40 KB gzip. Prints the measured sizes, and those of the files
 * beside it that the card loads only when a page needs them (dist/cdn/chunks/).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';

const FILE = 'dist/cdn/session-card.js';
const BUDGET_GZIP = 40 * 1024;

const code = readFileSync(FILE);
const gzip = gzipSync(code, {level: 9}).length;
const brotli = brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${FILE}: ${kb(code.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(BUDGET_GZIP)} gzip)`);
// Each language loaded on demand (its interface words, and its problem words apart) is a
// module of its own beside the card: at most 2 KB gzip each.
const LOCALES = 'dist/cdn/locales';
const BUDGET_LOCALE_GZIP = 2 * 1024;
let locales = 0;
let largest = {name: '', gzip: 0};
for (const name of existsSync(LOCALES) ? readdirSync(LOCALES).sort() : []) {
  const localeGzip = gzipSync(readFileSync(`${LOCALES}/${name}`), {level: 9}).length;
  locales++;
  if (localeGzip > largest.gzip) largest = {name, gzip: localeGzip};
  if (localeGzip > BUDGET_LOCALE_GZIP) {
    console.error(
      `${LOCALES}/${name}: ${kb(localeGzip)} gzip, over the ${kb(BUDGET_LOCALE_GZIP)} budget of a language module`
    );
    process.exitCode = 1;
  }
}
if (locales)
  console.log(`  ${locales} language modules in ${LOCALES}/, the largest ${largest.name}: ${kb(largest.gzip)} gzip`);
const CHUNKS = 'dist/cdn/chunks';
for (const name of existsSync(CHUNKS) ? readdirSync(CHUNKS).sort() : []) {
  const chunk = readFileSync(`${CHUNKS}/${name}`);
  const chunkGzip = gzipSync(chunk, {level: 9}).length;
  console.log(`  loaded when needed: ${CHUNKS}/${name}: ${kb(chunk.length)} raw, ${kb(chunkGzip)} gzip`);
}
if (gzip > BUDGET_GZIP) {
  console.error(`Over budget by ${kb(gzip - BUDGET_GZIP)}`);
  process.exit(1);
}
