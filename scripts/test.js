#!/usr/bin/env node
/**
 * `npm test`: every check CI runs, in order, each reported; ends with the plain line
 * `N passed, N failed` that CI reads. Each non-browser step counts as one check; the
 * browser tests count one per test. A failing step does not hide the later ones.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {findChrome, HOW_TO_GET_CHROME} from './find-chrome.js';

let passed = 0;
let failed = 0;

function step(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {stdio: 'inherit', shell: process.platform === 'win32'});
  if (result.status === 0) {
    passed++;
    console.log(`✔ ${name}`);
    return true;
  }
  failed++;
  console.log(`✘ ${name} (exit ${result.status ?? result.signal})`);
  return false;
}

const npx = 'npx';
step('type check', npx, ['tsc', '-p', '.']);
step('JSON Schema up to date', 'node', ['scripts/write-schema.js', '--check']);
step('translations complete and current', 'node', ['scripts/check-translations.js']);
const built = step('build', 'npm', ['run', '--silent', 'build']);
if (built) step('size budget of dist/cdn/session-card.js (40 KB gzip)', 'node', ['scripts/check-size.js']);

let chrome;
try {
  chrome = findChrome();
} catch (error) {
  console.error(error.message);
}
if (!chrome) {
  console.error(`\n${HOW_TO_GET_CHROME}`);
  failed++;
} else {
  const countsFile = 'test-results/browser-tests.json';
  rmSync(countsFile, {force: true});
  const ok = step('browser tests (web-test-runner, headless Chromium)', npx, ['web-test-runner']);
  // That step counted as one; replace it with the per-test counts.
  if (ok) passed--;
  else failed--;
  if (existsSync(countsFile)) {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    passed += counts.passed;
    failed += counts.failed + counts.sessionErrors;
    if (!ok && counts.failed + counts.sessionErrors === 0) failed++;
  } else {
    failed++;
  }
}

if (built && chrome) {
  step('npm package in a new Vite + TypeScript project', 'node', ['scripts/consumer-test.js']);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
