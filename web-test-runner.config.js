/**
 * Browser tests: every test file runs in a real headless Chromium (found by
 * scripts/find-chrome.js, never downloaded), TypeScript compiled by esbuild with the
 * project's tsconfig (decorators need it).
 */
import {fileURLToPath} from 'node:url';
import {mkdirSync, writeFileSync} from 'node:fs';
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {CHROME_ARGS, findChrome, HOW_TO_GET_CHROME} from './scripts/find-chrome.js';
import {testApiMiddleware} from './test/support/test-api-middleware.js';

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

const chromeArgs = ['--headless=new', ...CHROME_ARGS];

/** Lets a test view the page as if from another time zone: `executeServerCommand('emulate-time-zone', {timeZone})`. */
function emulateTimeZonePlugin() {
  return {
    name: 'emulate-time-zone',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-time-zone') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload.timeZone);
      return true;
    },
  };
}

/** Writes the counts for scripts/test.js, which prints the closing `N passed, N failed` line. */
function countingReporter() {
  return {
    onTestRunFinished({sessions}) {
      const counts = {passed: 0, failed: 0, skipped: 0, sessionErrors: 0};
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that fails to load or throws outside a test counts as a failure.
        if (session.errors?.length) counts.sessionErrors += session.errors.length;
      }
      mkdirSync('test-results', {recursive: true});
      writeFileSync('test-results/browser-tests.json', JSON.stringify(counts));
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: a second tab in headless Chromium is hidden and gets no
  // animation frames, so tests that await a frame (open-wc's fixture does) time out.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  browsers: [chromeLauncher({launchOptions: {executablePath, headless: true, args: chromeArgs}})],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))}),
    emulateTimeZonePlugin(),
  ],
  middleware: [testApiMiddleware],
  reporters: [defaultReporter(), summaryReporter({flatten: false}), countingReporter()],
};
