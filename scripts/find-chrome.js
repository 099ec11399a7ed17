#!/usr/bin/env node
/**
 * Finds a Chromium or Chrome for the browser tests: $CHROME_PATH, Debian's
 * /usr/bin/chromium, then the usual places Chrome is installed. Test tools must not
 * download a browser (this project's CI reaches only the package registries).
 * Run directly, it prints the path, or how to get a browser and exits 1.
 */
import {existsSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

const CANDIDATES = [
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

export const HOW_TO_GET_CHROME = `No Chromium or Chrome was found for the browser tests.
Get one, then run npm test again:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  - macOS:          brew install --cask chromium   (or install Google Chrome)
  - Windows:        install Google Chrome
  - elsewhere:      set CHROME_PATH=/path/to/chrome`;

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

/** The browser's path, or undefined. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const path = findChrome();
    if (path) console.log(path);
    else {
      console.error(HOW_TO_GET_CHROME);
      process.exit(1);
    }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
