#!/usr/bin/env node
/**
 * Screenshots a page of this repository, served from its root, in headless Chromium:
 *   node scripts/screenshot.js demo/static.html docs/screenshot.png [Europe/Madrid] [760]
 * Pages that use dist/ need `npm run build` first. Arabic and Chinese need Debian's
 * fonts-noto-core and fonts-noto-cjk.
 */
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findChrome, HOW_TO_GET_CHROME} from './find-chrome.js';

const [page = 'demo/static.html', out = 'docs/screenshot.png', timeZone = 'Europe/Madrid', width = '760'] = process.argv.slice(2);
const root = process.cwd();
const types = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css'};

const server = createServer(async (request, response) => {
  const path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
  if (!path.startsWith(root)) return response.writeHead(403).end();
  try {
    const body = await readFile(path);
    response.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'}).end(body);
  } catch {
    response.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));

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
  await tab.goto(`http://127.0.0.1:${server.address().port}/${page}`, {waitUntil: 'networkidle0'});
  await tab.waitForFunction(() => [...document.querySelectorAll('session-card')].every((card) => card.shadowRoot?.querySelector('[part~=base]:not([part~=status])')));
  await tab.screenshot({path: out, fullPage: true});
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
