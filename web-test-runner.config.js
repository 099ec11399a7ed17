/**
 * Browser tests: every test file runs in a real headless Chromium and in a real headless
 * Firefox (found by scripts/find-browsers.js, never downloaded; puppeteer-core drives
 * Firefox over WebDriver BiDi), TypeScript compiled by esbuild with the project's
 * tsconfig (decorators need it). The card is mostly Intl output, and a second engine's
 * ICU data is where wording differences hide.
 *
 * TEST_BROWSERS=chromium or TEST_BROWSERS=firefox runs one of the two, while working on
 * a test; `npm test` always runs both.
 */
import {fileURLToPath} from 'node:url';
import {mkdirSync, writeFileSync} from 'node:fs';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {
  CHROME_ARGS,
  FIREFOX_PREFS,
  findChrome,
  findFirefox,
  HOW_TO_GET_CHROME,
  HOW_TO_GET_FIREFOX,
} from './scripts/find-browsers.js';
import {testApiMiddleware} from './test/support/test-api-middleware.js';

const ALL_BROWSERS = ['chromium', 'firefox'];
const wanted = (process.env.TEST_BROWSERS || ALL_BROWSERS.join(','))
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
const unknown = wanted.filter((name) => !ALL_BROWSERS.includes(name));
if (unknown.length) {
  console.error(`TEST_BROWSERS names ${unknown.join(', ')}; the browsers are ${ALL_BROWSERS.join(', ')}.`);
  process.exit(1);
}

/** The path of one browser, or the process ends saying how to get it. */
function pathOf(find, howTo) {
  let path;
  try {
    path = find();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  if (!path) {
    console.error(howTo);
    process.exit(1);
  }
  return path;
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        executablePath: pathOf(findChrome, HOW_TO_GET_CHROME),
        headless: true,
        args: ['--headless=new', ...CHROME_ARGS],
      },
    })
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: pathOf(findFirefox, HOW_TO_GET_FIREFOX),
        headless: true,
        extraPrefsFirefox: FIREFOX_PREFS,
      },
    })
  );
}

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

/**
 * `emulate-media-features`: forced colours and other media features through puppeteer
 * (web-test-runner's own `emulateMedia` passes `forcedColors` to Playwright only).
 */
function emulateMediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-media-features') return undefined;
      await session.browser.getPage(session.id).emulateMediaFeatures(payload.features);
      return true;
    },
  };
}

/**
 * Writes the counts for scripts/test.js, which prints the closing `N passed, N failed`
 * line. A session is one test file in one browser: each test counts once per browser.
 */
function countingReporter() {
  return {
    onTestRunFinished({sessions}) {
      const empty = () => ({passed: 0, failed: 0, skipped: 0, sessionErrors: 0, files: 0});
      const counts = {...empty(), browsers: {}};
      for (const session of sessions) {
        const name = session.browser.name;
        const perBrowser = (counts.browsers[name] ??= empty());
        const add = (key) => {
          counts[key]++;
          perBrowser[key]++;
        };
        const walk = (suite) => {
          for (const test of suite.tests) {
            if (test.skipped) add('skipped');
            else if (test.passed) add('passed');
            else add('failed');
          }
          for (const child of suite.suites) walk(child);
        };
        add('files');
        if (session.testResults) walk(session.testResults);
        // A file that fails to load or throws outside a test counts as a failure.
        for (const _ of session.errors ?? []) add('sessionErrors');
      }
      mkdirSync('test-results', {recursive: true});
      writeFileSync('test-results/browser-tests.json', JSON.stringify(counts, null, 2));
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time in each browser: a second tab in headless Chromium is hidden
  // and gets no animation frames, so tests that await a frame (open-wc's fixture does)
  // time out. The two browsers run side by side (web-test-runner's concurrentBrowsers: 2).
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  browsers,
  plugins: [
    esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))}),
    emulateTimeZonePlugin(),
    emulateMediaFeaturesPlugin(),
  ],
  middleware: [testApiMiddleware],
  reporters: [defaultReporter(), summaryReporter({flatten: false}), countingReporter()],
};
