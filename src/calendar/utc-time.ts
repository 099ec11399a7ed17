/**
 * UTC date-times as calendar files and calendar sites write them. Whole seconds: neither
 * form has a fraction, and a session's times have none worth keeping.
 */

/** `20210601T170500Z`: RFC 5545's UTC form (basic ISO 8601), also Google's and Yahoo's. */
export function utcBasic(epochMs: number): string {
  return utcExtended(epochMs).replace(/[-:]/g, '');
}

/** `2021-06-01T17:05:00Z`: extended ISO 8601, as Outlook reads it. */
export function utcExtended(epochMs: number): string {
  // toISOString writes milliseconds; the whole second is the part before them.
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
