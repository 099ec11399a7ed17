/**
 * Fetches a session file for the `src` attribute: checks the status, the content type
 * and the size, gives up after a time-out, and can be aborted by the element.
 */
import type {SessionError} from '../contract/problems.js';

export interface FetchOptions {
  /** Aborted by the element when `src` changes or the element is removed. */
  signal: AbortSignal;
  /** What a relative `url` is relative to: the base URL of the card's own document. */
  baseUrl: string;
  /** Give up after this long (the card's `fetch-timeout`). */
  timeoutMs: number;
  /** Refuse bodies larger than this (2 MB by default: one session never needs more). */
  maxBytes?: number;
}

export type FetchOutcome =
  | {ok: true; text: string; /** The final URL, after redirects: relative links resolve against it. */ url: string}
  | {ok: false; error: SessionError}
  /** The element aborted the request: nothing to show or report. */
  | {ok: false; aborted: true};

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

const ACCEPTED_TYPE = /^(application\/([\w.+-]+\+)?json|text\/(plain|json))$/i;

export async function fetchSessionText(url: string, options: FetchOptions): Promise<FetchOutcome> {
  const {signal, baseUrl, timeoutMs, maxBytes = DEFAULT_MAX_BYTES} = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const abortFromElement = () => controller.abort();
  signal.addEventListener('abort', abortFromElement);
  try {
    const absoluteUrl = new URL(url, baseUrl).href;
    const response = await fetch(absoluteUrl, {signal: controller.signal, headers: {accept: 'application/json'}});
    if (!response.ok) {
      return failure({
        code: 'fetch-failed',
        path: '',
        details: {status: `${response.status} ${response.statusText}`.trim()},
      });
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    if (type && !ACCEPTED_TYPE.test(type)) {
      return failure({code: 'unexpected-content-type', path: '', details: {type}});
    }
    const text = await readCapped(response, maxBytes);
    if (text === undefined) {
      return failure({code: 'response-too-large', path: '', details: {limit: formatBytes(maxBytes)}});
    }
    return {ok: true, text, url: response.url || absoluteUrl};
  } catch {
    if (signal.aborted) return {ok: false, aborted: true};
    if (timedOut) return failure({code: 'fetch-timeout', path: '', details: {ms: timeoutMs}});
    return failure({code: 'network-error', path: ''});
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abortFromElement);
  }
}

function failure(error: SessionError): FetchOutcome {
  return {ok: false, error};
}

/** The body as text, or undefined as soon as it grows past `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) return undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // A byte-order mark is kept: readSessionJson drops one, whichever way the JSON came in.
  const decoder = new TextDecoder('utf-8', {ignoreBOM: true});
  let received = 0;
  let text = '';
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, {stream: true});
  }
  return text + decoder.decode();
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
