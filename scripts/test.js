#!/usr/bin/env node
/**
 * `npm test`: every check CI runs, in order, each reported; ends with the plain line
 * `N passed, N failed` that CI reads. Each non-browser step counts as one check; the
 * browser tests count one per test and browser (each runs in Chromium and in Firefox).
 * A failing step does not hide the later ones. A browser that is not installed is one
 * failure, with how to get it; the tests still run in the other.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {findBrowsers} from './find-browsers.js';

let passed = 0;
let failed = 0;

function step(name, command, args, env = process.env) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {stdio: 'inherit', shell: process.platform === 'win32', env});
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
step('lint (ESLint)', 'npm', ['run', '--silent', 'lint']);
step('template bindings (lit-analyzer)', 'npm', ['run', '--silent', 'lit-analyzer']);
step('formatting (Prettier --check)', 'npm', ['run', '--silent', 'format:check']);
step('JSON Schema up to date', 'node', ['scripts/write-schema.js', '--check']);
step('translations complete and current', 'node', ['scripts/check-translations.js']);
const built = step('build', 'npm', ['run', '--silent', 'build']);
if (built) step('size budget of dist/cdn/session-card.js (40 KB gzip)', 'node', ['scripts/check-size.js']);
if (built)
  step('npm build imported without a DOM (no window, document, navigator at load)', 'node', [
    'scripts/check-server-safe.js',
  ]);
// Node renders every demo session (session-card/ssr) into the page the browser tests read.
if (built) step('server rendering of the demo sessions (dist/ssr-example/)', 'node', ['scripts/ssr-example.js']);

const {chrome, firefox, problems} = findBrowsers();
// Each browser not found is one failure, said loudly (here and again at the end), never a
// silent skip; the tests still run in the other browser.
for (const problem of problems) {
  console.error(`\n✘ ${problem}`);
  failed++;
}
const browsers = [chrome && 'chromium', firefox && 'firefox'].filter(Boolean);
if (browsers.length) {
  const countsFile = 'test-results/browser-tests.json';
  rmSync(countsFile, {force: true});
  const names = browsers.map((name) => (name === 'chromium' ? 'Chromium' : 'Firefox')).join(' and ');
  const ok = step(`browser tests (web-test-runner, headless ${names})`, npx, ['web-test-runner'], {
    ...process.env,
    TEST_BROWSERS: browsers.join(','),
  });
  // That step counted as one; replace it with the per-test counts.
  if (ok) passed--;
  else failed--;
  if (existsSync(countsFile)) {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    passed += counts.passed;
    failed += counts.failed + counts.sessionErrors;
    for (const [browser, c] of Object.entries(counts.browsers ?? {})) {
      const errors = c.sessionErrors ? `, ${c.sessionErrors} file errors` : '';
      console.log(`  ${browser}: ${c.passed} passed, ${c.failed} failed${errors} (${c.files} files)`);
    }
    if (!ok && counts.failed + counts.sessionErrors === 0) failed++;
  } else {
    failed++;
  }
}

if (built && chrome) {
  step('npm package in a new Vite + TypeScript project', 'node', ['scripts/consumer-test.js']);
}

for (const problem of problems) console.error(`\n✘ ${problem}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
