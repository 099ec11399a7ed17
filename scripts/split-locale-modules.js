#!/usr/bin/env node
/**
 * Splits each locale module `lit-localize build` writes into three: the interface words
 * (src/generated/locales/<tag>.ts), and the words of the problem messages, loaded only
 * when a card has a problem to describe: the errors (src/generated/problem-locales/<tag>.ts,
 * with the type and path words they use) and the warnings (…/<tag>-warnings.ts). Each
 * stays small: a language loaded on demand is at most 2 KB gzip a file. Translators keep
 * one XLIFF file per language; only the output is split, by the message id's first word.
 *
 *   node scripts/split-locale-modules.js   (run by `npm run localize:build`)
 */
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const INTERFACE_DIR = 'src/generated/locales';
export const PROBLEMS_DIR = 'src/generated/problem-locales';
const ERROR_ID = /^(error|type|path)\./;
const WARNING_ID = /^warning\./;

/**
 * The modules import nothing: `str` is written out (what @lit/localize's \`str\` returns, which
 * its runtime reads by shape). A language module that imported it would share a chunk with
 * the card, and the bundler would then split the card's own file to give them one.
 */
const STR =
  'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});';
const header = (templates) => `// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.
${/\bstr`/.test(templates) ? `\n${STR}\n` : ''}
/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
${templates}};
`;

/**
 * The two modules made of one lit-localize module: each entry of its `templates` sits on
 * a line of its own (`'id': …,`), which is how lit-localize writes them.
 */
export function splitLocaleModule(text) {
  const body = text.slice(text.indexOf('export const templates = {') + 'export const templates = {'.length);
  const lines = body.slice(0, body.lastIndexOf('}')).split('\n');
  const entries = lines.map((line) => line.trim()).filter(Boolean);
  for (const entry of entries) {
    if (!/^'[\w.]+': /.test(entry)) throw new Error(`unexpected line in a lit-localize module: ${entry}`);
  }
  const entriesOf = (test) =>
    entries
      .filter((entry) => test(entry.slice(1)))
      .map((entry) => `  ${entry}\n`)
      .join('');
  return {
    interface: header(entriesOf((id) => !ERROR_ID.test(id) && !WARNING_ID.test(id))),
    errors: header(entriesOf((id) => ERROR_ID.test(id))),
    warnings: header(entriesOf((id) => WARNING_ID.test(id))),
  };
}

/** Splits every module of `builtDir` in place, writing the problem words to `problemsDir`. */
export function splitLocaleModules(builtDir, problemsDir) {
  mkdirSync(problemsDir, {recursive: true});
  for (const file of readdirSync(builtDir).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(join(builtDir, file), 'utf8');
    // Already split (run twice): leave it.
    if (text.includes('scripts/split-locale-modules.js')) continue;
    const split = splitLocaleModule(text);
    writeFileSync(join(builtDir, file), split.interface);
    writeFileSync(join(problemsDir, file), split.errors);
    writeFileSync(join(problemsDir, file.replace(/\.ts$/, '-warnings.ts')), split.warnings);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) splitLocaleModules(INTERFACE_DIR, PROBLEMS_DIR);
