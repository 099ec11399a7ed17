/**
 * The one place that decides whether a URL from the session may become a link.
 * Every `href` in the card comes from here.
 */

/** The schemes a link may have. Anything else (javascript:, data:, vbscript:, file:, …) is dropped. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export type LinkDecision =
  /** Safe: `href` is the absolute URL to use. */
  | {kind: 'link'; href: string}
  /** Means "no link" and is no fault: empty, or a bare `#` placeholder. */
  | {kind: 'none'}
  /** Must not become a link: the item is shown as text and a warning is raised. */
  | {kind: 'unsafe'; reason: UnsafeReason; scheme?: string};

export type UnsafeReason =
  /** A scheme other than http:, https: or mailto: (`scheme` says which). */
  | 'scheme'
  /** The URL parser refuses it. */
  | 'unparseable'
  /** A user name or password: `https://bank.example:pw@evil.example/` names one host and goes to another. */
  | 'credentials'
  /** A backslash before the query: browsers read it as `/` (`\\evil.example` is a host), other readers do not. */
  | 'backslash'
  /** Not exactly two slashes before an http(s) host (`https:evil.example`, `///evil.example`): readers differ. */
  | 'slashes';

/**
 * Decides what `raw` may become, resolving relative URLs against `base` (the JSON
 * file's URL when the session was fetched, else the page's).
 */
export function decideLink(raw: string, base: string): LinkDecision {
  // The URL parser itself strips leading/trailing C0 controls and spaces and removes
  // tabs and newlines anywhere: we decide on exactly what it will resolve.
  // eslint-disable-next-line no-control-regex -- matching C0 controls is the point: the URL parser strips them
  const text = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (text === '' || text === '#') return {kind: 'none'};
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return {kind: 'unsafe', reason: 'unparseable'};
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    return {kind: 'unsafe', reason: 'scheme', scheme: url.protocol};
  }
  // The WHATWG parser forgives what RFC 3986 readers (link checkers, the author's eye) read
  // otherwise; only URLs that every reader takes to the same host become links.
  if (/^[^?#]*\\/.test(text)) return {kind: 'unsafe', reason: 'backslash'};
  if (url.protocol !== 'mailto:' && /^(?:[a-z][a-z\d+.-]*:(?!\/\/(?!\/))|\/\/\/)/i.test(text)) {
    return {kind: 'unsafe', reason: 'slashes'};
  }
  if (url.username || url.password) return {kind: 'unsafe', reason: 'credentials'};
  return {kind: 'link', href: url.href};
}
