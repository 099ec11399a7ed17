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
  | {kind: 'unsafe'; reason: 'scheme' | 'unparseable'; scheme?: string};

/**
 * Decides what `raw` may become, resolving relative URLs against `base` (the JSON
 * file's URL when the session was fetched, else the page's).
 */
export function decideLink(raw: string, base: string): LinkDecision {
  // The URL parser itself strips leading/trailing C0 controls and spaces and removes
  // tabs and newlines anywhere: we decide on exactly what it will resolve.
  // eslint-disable-next-line no-control-regex -- matching C0 controls is the point: the URL parser strips them
  if (/^[\u0000-\u0020]*#?[\u0000-\u0020]*$/.test(raw)) return {kind: 'none'};
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return {kind: 'unsafe', reason: 'unparseable'};
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    return {kind: 'unsafe', reason: 'scheme', scheme: url.protocol};
  }
  return {kind: 'link', href: url.href};
}
