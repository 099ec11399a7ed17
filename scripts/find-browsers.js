#!/usr/bin/env node
/**
 * Finds the browsers the tests run in, never downloading one (this project's CI reaches
 * only the package registries):
 *   - Chromium or Chrome: $CHROME_PATH, Debian's /usr/bin/chromium, then the usual places
 *     Chrome is installed;
 *   - Firefox: $FIREFOX_PATH, Debian's /usr/bin/firefox-esr, then the usual places Firefox
 *     is installed. puppeteer-core drives it over WebDriver BiDi (no geckodriver).
 * Run directly, it prints both paths, or for each one missing how to get it, and exits 1.
 */
import {existsSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  'C:\\Program Files (x86)\\Mozilla Firefox\\firefox.exe',
];

/** How to get both browsers on Debian/Ubuntu, in one command. */
export const APT_INSTALL_BROWSERS = 'sudo apt-get update && sudo apt-get install -y chromium firefox-esr';

export const HOW_TO_GET_CHROME = `No Chromium or Chrome was found for the browser tests.
Get one, then run npm test again:
  - Debian/Ubuntu:  ${APT_INSTALL_BROWSERS}
                    (or just chromium)
  - macOS:          brew install --cask chromium   (or install Google Chrome)
  - Windows:        install Google Chrome
  - elsewhere:      set CHROME_PATH=/path/to/chrome`;

export const HOW_TO_GET_FIREFOX = `No Firefox was found for the browser tests (they run in Chromium and in Firefox).
Get it, then run npm test again:
  - Debian:         ${APT_INSTALL_BROWSERS}
                    (or just firefox-esr)
  - Ubuntu:         sudo apt-get install -y firefox-esr   (from Mozilla's APT repository,
                    packages.mozilla.org; Ubuntu's own firefox package is a snap)
  - macOS:          brew install --cask firefox
  - Windows:        install Firefox
  - elsewhere:      set FIREFOX_PATH=/path/to/firefox`;

/**
 * Flags for every headless Chromium this project starts (tests, screenshots, benchmark).
 * The machines this runs on reach nothing but the package registries: keep Chromium from
 * trying. Chromium refuses to start as root with its sandbox on (CI containers run as root).
 */
export const CHROME_ARGS = [
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/**
 * Preferences for every Firefox this project starts, on top of puppeteer's own (which
 * already turn off updates, safe browsing and health reports): the probes puppeteer
 * leaves on, that would reach out to Mozilla.
 */
export const FIREFOX_PREFS = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
  'app.normandy.enabled': false,
};

function find(envName, candidates) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envName} is set to ${fromEnv}, but there is no file there.`);
  }
  return candidates.find((path) => existsSync(path));
}

/** Chromium's or Chrome's path, or undefined. Throws if $CHROME_PATH names no file. */
export function findChrome() {
  return find('CHROME_PATH', CHROME_CANDIDATES);
}

/** Firefox's path, or undefined. Throws if $FIREFOX_PATH names no file. */
export function findFirefox() {
  return find('FIREFOX_PATH', FIREFOX_CANDIDATES);
}

/**
 * Both browsers: `{chrome, firefox, problems}`, where `problems` holds, for each browser
 * not found, the message that says how to get it (or that its environment variable is wrong).
 */
export function findBrowsers() {
  const problems = [];
  const attempt = (lookUp, howTo) => {
    try {
      const path = lookUp();
      if (!path) problems.push(howTo);
      return path;
    } catch (error) {
      problems.push(`${error.message}\n${howTo}`);
      return undefined;
    }
  };
  const chrome = attempt(findChrome, HOW_TO_GET_CHROME);
  const firefox = attempt(findFirefox, HOW_TO_GET_FIREFOX);
  return {chrome, firefox, problems};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const {chrome, firefox, problems} = findBrowsers();
  if (chrome) console.log(`Chromium: ${chrome}`);
  if (firefox) console.log(`Firefox:  ${firefox}`);
  for (const problem of problems) console.error(`\n${problem}`);
  if (problems.length) process.exit(1);
}
