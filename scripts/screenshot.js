#!/usr/bin/env node
/**
 * Screenshots a page of this repository, served from its root, in headless Chromium:
 *   node scripts/screenshot.js demo/static.html docs/screenshot.png [Europe/Madrid] [760]
 * Pages that use dist/ need `npm run build` first. Arabic and Chinese need Debian's
 * fonts-noto-core and fonts-noto-cjk.
 */
import puppeteer from 'puppeteer-core';
import {serveDirectory} from './static-server.js';
import {CHROME_ARGS, findChrome, HOW_TO_GET_CHROME} from './find-chrome.js';

const [page = 'demo/static.html', out = 'docs/screenshot.png', timeZone = 'Europe/Madrid', width = '760'] =
  process.argv.slice(2);

const {server, origin} = await serveDirectory(process.cwd());

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: CHROME_ARGS,
});
try {
  const tab = await browser.newPage();
  await tab.emulateTimezone(timeZone);
  await tab.setViewport({width: Number(width), height: 800, deviceScaleFactor: 1});
  await tab.goto(`${origin}/${page}`, {waitUntil: 'networkidle0'});
  await tab.waitForFunction(() =>
    [...document.querySelectorAll('session-card')].every((card) =>
      card.shadowRoot?.querySelector('[part~=base]:not([part~=status])')
    )
  );
  await tab.screenshot({path: out, fullPage: true});
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
