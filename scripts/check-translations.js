#!/usr/bin/env node
/**
 * Fails (exit 1, one line per problem naming the locale and the unit) unless the
 * translations are complete and current:
 * - every `<trans-unit>` of every target locale has a non-empty `<target>`;
 * - each target has exactly the placeholders of its source (`<x id="0" equiv-text="${…}"/>`),
 *   each once;
 * - the XLIFF files are current: `lit-localize extract`, run on a temporary copy, would not
 *   change them (a new, removed or reworded `msg()`; with explicit ids, extract takes a
 *   reworded source but keeps its old translation, and a missing target only warns);
 * - the committed locale modules (src/generated/locales and src/generated/problem-locales)
 *   are what `lit-localize build`, split by scripts/split-locale-modules.js, makes from the
 *   committed XLIFF.
 *
 *   node scripts/check-translations.js
 */
import {spawn} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {PROBLEMS_DIR, splitLocaleModules} from './split-locale-modules.js';

const root = process.cwd();
const configPath = resolve(root, 'lit-localize.json');
const config = JSON.parse(readFileSync(configPath, 'utf8'));
const xliffDir = resolve(root, config.interchange.xliffDir);
const outputDir = resolve(root, config.output.outputDir);
const locales = config.targetLocales;

// The XML parser and the CLI that @lit/localize-tools itself uses, resolved from there:
// no dependency of our own.
const require = createRequire(import.meta.url);
const toolsPackage = require.resolve('@lit/localize-tools/package.json');
const {DOMParser} = createRequire(toolsPackage)('@xmldom/xmldom');
const litLocalizeCli = join(toolsPackage, '..', 'bin', 'lit-localize.js');

const problems = [];
const problem = (text) => problems.push(text);

/**
 * The units of one XLIFF file, in file order: id → {source, target}, each a list of
 * text strings and placeholders `{id, equiv}`; `target` is null when absent.
 */
function readUnits(file) {
  const errors = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(readFileSync(file, 'utf8'), 'text/xml');
  if (errors.length) throw new Error(`${file} is not well-formed XML: ${errors[0]}`);
  const fileElement = doc.getElementsByTagName('file')[0];
  const units = new Map();
  const transUnits = doc.getElementsByTagName('trans-unit');
  for (let i = 0; i < transUnits.length; i++) {
    const unit = transUnits[i];
    const id = unit.getAttribute('id');
    const child = (name) => unit.getElementsByTagName(name)[0] ?? null;
    if (units.has(id)) errors.push(`unit ${id} appears twice`);
    units.set(id, {source: contentsOf(child('source')), target: child('target') && contentsOf(child('target'))});
  }
  return {language: fileElement?.getAttribute('target-language'), units, errors};
}

function contentsOf(element) {
  if (!element) return [];
  const contents = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) contents.push(node.nodeValue);
    else if (node.nodeType === node.ELEMENT_NODE && (node.nodeName === 'x' || node.nodeName === 'ph')) {
      const equiv = node.nodeName === 'x' ? node.getAttribute('equiv-text') : node.textContent;
      contents.push({id: node.getAttribute('id'), equiv});
    } else if (node.nodeType === node.ELEMENT_NODE) contents.push({unexpected: node.nodeName});
  }
  return contents;
}

const show = (contents) =>
  contents
    .map((part) => (typeof part === 'string' ? part : part.unexpected ? `<${part.unexpected}>` : part.equiv))
    .join('');
const placeholders = (contents) =>
  contents
    .filter((part) => typeof part !== 'string' && !part.unexpected)
    .map((part) => `${part.id}=${part.equiv}`)
    .sort();
const hasText = (contents) => contents.some((part) => typeof part !== 'string' || part.trim() !== '');

/** Runs the lit-localize CLI with a copy of our config whose paths are all absolute; resolves to success. */
function runLitLocalize(command, dir, overrides) {
  const tempConfig = join(dir, `lit-localize.${command}.json`);
  writeFileSync(
    tempConfig,
    JSON.stringify({
      ...config,
      tsConfig: resolve(root, config.tsConfig),
      output: {...config.output, ...overrides.output},
      interchange: {...config.interchange, ...overrides.interchange},
    })
  );
  return new Promise((done) => {
    const child = spawn(process.execPath, [litLocalizeCli, command, `--config=${tempConfig}`], {cwd: root});
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => {
      // Its report ends with a dump of the config: keep only what went wrong.
      if (status !== 0) problem(`lit-localize ${command} failed: ${output.split(/\nVersion: /)[0].trim()}`);
      done(status === 0);
    });
  });
}

// 1. Completeness and placeholders, file by file.
const committed = new Map();
let unitsPerLocale = 0;
for (const locale of locales) {
  const file = join(xliffDir, `${locale}.xlf`);
  const name = `${config.interchange.xliffDir.replace(/^\.\//, '').replace(/\/?$/, '/')}${locale}.xlf`;
  if (!existsSync(file)) {
    problem(`${locale}: ${name} is missing (run npx lit-localize extract)`);
    continue;
  }
  const parsed = readUnits(file);
  committed.set(locale, parsed);
  unitsPerLocale = Math.max(unitsPerLocale, parsed.units.size);
  for (const error of parsed.errors) problem(`${locale}: ${error}`);
  if (parsed.language !== locale) problem(`${locale}: ${name} says target-language="${parsed.language}"`);
  for (const [id, {source, target}] of parsed.units) {
    for (const part of [...source, ...(target ?? [])]) {
      if (part.unexpected) problem(`${locale} ${id}: unexpected <${part.unexpected}> element`);
    }
    if (!target || !hasText(target)) {
      problem(`${locale} ${id}: no translation (empty or missing <target>) for “${show(source)}”`);
      continue;
    }
    const expected = placeholders(source);
    const actual = placeholders(target);
    if (expected.join('\u0000') !== actual.join('\u0000')) {
      problem(
        `${locale} ${id}: placeholders differ: source has [${expected.join(', ')}], ` +
          `target has [${actual.join(', ')}] in “${show(target)}”`
      );
    }
  }
}

// 1b. Plurals: a message said per CLDR plural category (ids `….one`, `….few`, …) has a form
// for each category the language uses (Intl.PluralRules), and the 'other' form, unchanged,
// for each it does not use: a category filled otherwise can never be shown, and is a mistake.
const PLURAL = /^(.+)\.(zero|one|two|few|many|other)$/;
for (const [locale, {units}] of committed) {
  const used = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
  const groups = new Map();
  for (const [id, {target}] of units) {
    const match = PLURAL.exec(id);
    if (match && target) (groups.get(match[1]) ?? groups.set(match[1], new Map()).get(match[1])).set(match[2], target);
  }
  for (const [group, forms] of groups) {
    const other = forms.get('other');
    if (!other) continue;
    for (const [category, form] of forms) {
      if (!used.has(category) && show(form) !== show(other)) {
        problem(
          `${locale} ${group}.${category}: ${locale} has no '${category}' plural (CLDR: ${[...used].join(', ')}); ` +
            `give it the 'other' form “${show(other)}”, not “${show(form)}”`
        );
      }
    }
  }
}

// 2. Staleness: what would `lit-localize extract` and `lit-localize build` write?
const temp = mkdtempSync(join(tmpdir(), 'check-translations-'));
try {
  const extractedDir = join(temp, 'xliff');
  cpSync(xliffDir, extractedDir, {recursive: true});
  const builtDir = join(temp, 'locales');
  // Each analyses the whole program: run them side by side.
  const [extracted, built] = await Promise.all([
    runLitLocalize('extract', temp, {
      output: {outputDir: join(temp, 'unused'), localeCodesModule: join(temp, 'unused-locale-codes.ts')},
      interchange: {xliffDir: extractedDir},
    }),
    runLitLocalize('build', temp, {
      output: {outputDir: builtDir, localeCodesModule: join(temp, 'locale-codes.ts')},
      interchange: {xliffDir},
    }),
  ]);
  if (extracted) {
    for (const [locale, mine] of committed) {
      const fresh = readUnits(join(extractedDir, `${locale}.xlf`));
      for (const [id, unit] of fresh.units) {
        const old = mine.units.get(id);
        if (!old) {
          problem(
            `${locale} ${id}: in the sources but not in the XLIFF (run npx lit-localize extract, then translate it)`
          );
        } else if (
          show(old.source) !== show(unit.source) ||
          placeholders(old.source).join() !== placeholders(unit.source).join()
        ) {
          problem(
            `${locale} ${id}: the English source changed from “${show(old.source)}” to “${show(unit.source)}” ` +
              '(extract would take the new source but keep the old translation: re-translate it)'
          );
        } else if (old.target && hasText(old.target) && !(unit.target && hasText(unit.target))) {
          problem(`${locale} ${id}: lit-localize extract would drop this translation`);
        }
      }
      for (const id of mine.units.keys()) {
        if (!fresh.units.has(id)) problem(`${locale} ${id}: no longer in the sources (run npx lit-localize extract)`);
      }
      const ids = (units) => [...units.keys()].join();
      if (
        ids(fresh.units) === ids(mine.units) &&
        readFileSync(join(extractedDir, `${locale}.xlf`), 'utf8') !==
          readFileSync(join(xliffDir, `${locale}.xlf`), 'utf8')
      ) {
        problem(
          `${locale}: lit-localize extract would rewrite the file (order or formatting): run npx lit-localize extract`
        );
      }
    }
  }

  if (built) {
    const builtProblemsDir = join(temp, 'problem-locales');
    splitLocaleModules(builtDir, builtProblemsDir);
    const generated = [
      ...locales.map((locale) => [locale, join(builtDir, `${locale}.ts`), join(outputDir, `${locale}.ts`)]),
      ...locales.flatMap((locale) =>
        [`${locale}.ts`, `${locale}-warnings.ts`].map((file) => [
          `${locale} problems`,
          join(builtProblemsDir, file),
          resolve(root, PROBLEMS_DIR, file),
        ])
      ),
      ...(config.output.localeCodesModule
        ? [['locale codes', join(temp, 'locale-codes.ts'), resolve(root, config.output.localeCodesModule)]]
        : []),
    ];
    for (const [what, fresh, mine] of generated) {
      const current = existsSync(mine) ? readFileSync(mine, 'utf8') : undefined;
      if (current !== readFileSync(fresh, 'utf8')) {
        problem(
          `${what}: ${mine.slice(root.length + 1)} is not what lit-localize build makes of the XLIFF ` +
            '(run npm run localize:build)'
        );
      }
    }
  }
} finally {
  rmSync(temp, {recursive: true, force: true});
}

if (problems.length) {
  console.error(`check-translations: ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const line of problems) console.error(`  ✘ ${line}`);
  process.exit(1);
}
console.log(
  `check-translations: ${unitsPerLocale} units × ${locales.length} locales = ` +
    `${unitsPerLocale * locales.length} translations complete, placeholders match, ` +
    'XLIFF and generated locale modules current.'
);
