#!/usr/bin/env node
/**
 * Splits each locale module `lit-localize build` writes into two: the interface words
 * (src/generated/locales/<tag>.ts), inside the card file, and the words of the problem
 * messages (src/generated/problem-locales/<tag>.ts), loaded only when a card has a problem
 * to describe. Translators keep one XLIFF file per language; only the output is split, by
 * the message id's first word (`error.…`, `warning.…`, `type.…`, `path.…`).
 *
 *   node scripts/split-locale-modules.js   (run by `npm run localize:build`)
 */
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const INTERFACE_DIR = 'src/generated/locales';
export const PROBLEMS_DIR = 'src/generated/problem-locales';
const PROBLEM_ID = /^(error|warning|type|path)\./;

const header = (templates) => `// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.
${/\bstr`/.test(templates) ? "\nimport {str} from '@lit/localize';\n" : ''}
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
  const entriesOf = (problems) =>
    entries
      .filter((entry) => PROBLEM_ID.test(entry.slice(1)) === problems)
      .map((entry) => `  ${entry}\n`)
      .join('');
  return {interface: header(entriesOf(false)), problems: header(entriesOf(true))};
}

/** Splits every module of `builtDir` in place, writing the problem halves to `problemsDir`. */
export function splitLocaleModules(builtDir, problemsDir) {
  mkdirSync(problemsDir, {recursive: true});
  for (const file of readdirSync(builtDir).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(join(builtDir, file), 'utf8');
    // Already split (run twice): leave it.
    if (text.includes('scripts/split-locale-modules.js')) continue;
    const split = splitLocaleModule(text);
    writeFileSync(join(builtDir, file), split.interface);
    writeFileSync(join(problemsDir, file), split.problems);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) splitLocaleModules(INTERFACE_DIR, PROBLEMS_DIR);
