/**
 * A real local server for the `src` tests: statuses, content types, bodies that are not
 * JSON, bodies over the size cap, answers that come late or never.
 * `/test-api/session?delay=ms&title=…` answers the seed session after a delay.
 * Any request with `key=…` is counted; `/test-api/requests?key=…` answers how many came.
 * `/real-fixtures/…` and `/shared-seeds/…` serve ../shared/fixtures/real/ and ../shared/seeds/
 * read-only: inputs other projects wrote, read where they lie, never copied into this one.
 * A `slow-language=TAG` cookie makes that language's module come SLOW_LANGUAGE_MS late.
 * The built site (`/dist/site/*.html`) and pages a test stores (`PUT /test-api/stored/NAME.html`,
 * then GET) are served under STRICT_CSP, their violations reported to `/test-api/csp-reports`
 * (`GET /test-api/csp-reports?of=TEXT`: the reports of the pages whose URL holds TEXT).
 */
import {readFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {extname, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const seed = () => JSON.parse(readFileSync(new URL('../../demo/sessions/3.2.2.json', import.meta.url), 'utf8'));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Requests by their `key` parameter, counted as they arrive (before any delay). */
const requestCounts = new Map();

/** The policy issue 4 asks the card to live under. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** STRICT_CSP, reporting each violation to the test server. */
const REPORTED_CSP = `${STRICT_CSP}; report-uri /test-api/csp-reports`;
const REPORTED_PAGES = /^\/dist\/site\/[^/]+\.html$/;
/** Violation reports, as browsers POST them (`{"csp-report": {…}}`). */
const cspReports = [];
/** Files tests store to serve them back: name → {type, body}. */
const storedFiles = new Map();

async function bodyOf(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Folders outside the repository served as they are, by URL prefix. */
const SHARED_FOLDERS = new Map([
  ['/real-fixtures/', fileURLToPath(new URL('../../../shared/fixtures/real/', import.meta.url))],
  ['/shared-seeds/', fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))],
]);
const SHARED_TYPES = {'.json': 'application/json', '.txt': 'text/plain', '.md': 'text/plain', '.ics': 'text/calendar'};

/** A file of one of SHARED_FOLDERS, or 404; nothing outside the folder, nothing but GET and HEAD. */
async function serveSharedFile(ctx, folder, rest) {
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
    ctx.status = 405;
    return;
  }
  let relative;
  try {
    relative = decodeURIComponent(rest);
  } catch {
    relative = '\0';
  }
  const path = resolve(folder, relative);
  // `..` (however encoded), an absolute path, a backslash or a NUL never leave the folder.
  if (/(^|[/\\])\.\.([/\\]|$)|\\|\0/.test(relative) || !path.startsWith(folder.endsWith(sep) ? folder : folder + sep)) {
    ctx.status = 404;
    return;
  }
  try {
    ctx.body = await readFile(path);
    ctx.type = SHARED_TYPES[extname(path)] ?? 'application/octet-stream';
  } catch {
    ctx.status = 404;
  }
}

/** How late a language module comes for a page with the `slow-language=TAG` cookie: past the card's wait. */
export const SLOW_LANGUAGE_MS = 4500;

export async function testApiMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  // A slow network for one language's interface words (the real module, late): the
  // `slow-language=TAG` cookie, set by a test page, delays its module from the sources or dist/cdn.
  const slow = /(?:^|;\s*)slow-language=([\w-]+)/.exec(ctx.get('cookie') ?? '')?.[1];
  const language = url.pathname.match(/\/(?:src\/generated|dist\/cdn)\/locales\/([\w-]+)\.(?:ts|js)$/)?.[1];
  if (language) {
    // The dev server marks modules cacheable for a year (a header it sets after this
    // middleware has run): a copy an earlier test page cached would skip the delay, so
    // language modules are never stored.
    const setHeader = ctx.res.setHeader.bind(ctx.res);
    ctx.res.setHeader = (name, value) => setHeader(name, /^cache-control$/i.test(name) ? 'no-store' : value);
    if (language === slow) await sleep(SLOW_LANGUAGE_MS);
    return next();
  }
  for (const [prefix, folder] of SHARED_FOLDERS) {
    if (url.pathname.startsWith(prefix)) return serveSharedFile(ctx, folder, url.pathname.slice(prefix.length));
  }
  if (url.pathname === '/test/e2e/csp-host.html') {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (REPORTED_PAGES.test(url.pathname)) {
    await next();
    ctx.set('Content-Security-Policy', REPORTED_CSP);
    return;
  }
  if (!url.pathname.startsWith('/test-api/')) return next();
  const params = url.searchParams;
  const route = url.pathname.slice('/test-api/'.length);
  if (route === 'csp-reports') {
    if (ctx.method === 'POST') {
      cspReports.push(JSON.parse((await bodyOf(ctx.req)).toString('utf8'))['csp-report']);
      ctx.status = 204;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(cspReports.filter((report) => report['document-uri'].includes(params.get('of'))));
    return;
  }
  if (route.startsWith('stored/')) {
    const name = route.slice('stored/'.length);
    if (ctx.method === 'PUT') {
      storedFiles.set(name, {type: ctx.get('content-type') || 'text/plain', body: await bodyOf(ctx.req)});
      ctx.status = 204;
      return;
    }
    const file = storedFiles.get(name);
    if (!file) {
      ctx.status = 404;
      return;
    }
    ctx.type = file.type;
    ctx.body = file.body;
    if (name.endsWith('.html')) ctx.set('Content-Security-Policy', REPORTED_CSP);
    return;
  }
  if (route === 'requests') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(requestCounts.get(params.get('key')) ?? 0);
    return;
  }
  if (params.has('key')) requestCounts.set(params.get('key'), (requestCounts.get(params.get('key')) ?? 0) + 1);
  if (params.has('delay')) await sleep(Number(params.get('delay')));
  if (route.startsWith('status/')) {
    // `fail=N`: fail the first N requests of this key, then answer the session.
    if (params.has('fail') && requestCounts.get(params.get('key')) > Number(params.get('fail'))) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(seed());
      return;
    }
    ctx.status = Number(route.slice('status/'.length));
    ctx.body = 'no';
  } else if (route === 'session') {
    const session = seed();
    if (params.has('title')) session.title = params.get('title');
    ctx.type = params.get('type') ?? 'application/json';
    ctx.body = JSON.stringify(session);
  } else if (route === 'body') {
    ctx.type = params.get('type') ?? 'application/json';
    ctx.body = params.get('text') ?? '';
  } else if (route === 'large') {
    ctx.type = 'application/json';
    // Streamed without a Content-Length, so the client must count bytes itself.
    const {Readable} = await import('node:stream');
    const chunk = ' '.repeat(64 * 1024);
    const total = Number(params.get('bytes'));
    ctx.body = Readable.from(
      (function* () {
        for (let sent = 0; sent < total; sent += chunk.length) yield chunk;
      })()
    );
  } else if (route === 'never') {
    // Holds the request open until the client gives up.
    await new Promise((resolve) => ctx.req.on('close', resolve));
    ctx.status = 204;
  } else {
    ctx.status = 404;
  }
}
