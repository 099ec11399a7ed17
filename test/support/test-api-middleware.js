/**
 * A real local server for the `src` tests: statuses, content types, bodies that are not
 * JSON, bodies over the size cap, answers that come late or never.
 * `/test-api/session?delay=ms&title=…` answers the seed session after a delay.
 * Any request with `key=…` is counted; `/test-api/requests?key=…` answers how many came.
 */
import {readFileSync} from 'node:fs';

const seed = () => JSON.parse(readFileSync(new URL('../../demo/sessions/3.2.2.json', import.meta.url), 'utf8'));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Requests by their `key` parameter, counted as they arrive (before any delay). */
const requestCounts = new Map();

/** The policy issue 4 asks the card to live under. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export async function testApiMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === '/test/e2e/csp-host.html') {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (!url.pathname.startsWith('/test-api/')) return next();
  const params = url.searchParams;
  const route = url.pathname.slice('/test-api/'.length);
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
