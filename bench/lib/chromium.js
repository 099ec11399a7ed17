/**
 * Headless Chromium with the project's flags, and the project served on loopback for it:
 * what both benchmarks (npm run bench, npm run bench:large) start with.
 */
import puppeteer from 'puppeteer-core';
import {serveDirectory} from '../../scripts/static-server.js';
import {CHROME_ARGS, findChrome, HOW_TO_GET_CHROME} from '../../scripts/find-chrome.js';
import {root} from './settings.js';

/**
 * Exits with how to get a browser when there is none. `routes` maps a path to a generated
 * `{type, body}` (scripts/static-server.js); it stays live, so routes can be added later.
 */
export async function startChromium(routes = new Map()) {
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(HOW_TO_GET_CHROME);
    process.exit(1);
  }
  const {server, origin} = await serveDirectory(root, routes);
  const browser = await puppeteer.launch({executablePath, headless: true, args: CHROME_ARGS});
  return {
    browser,
    origin,
    routes,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
