/**
 * An iCalendar file (RFC 5545) of one event. Pure: a string in, a string out.
 */
import type {CalendarEvent} from './calendar-event.js';
import {utcBasic} from './utc-time.js';

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines longer than this many octets, line break excluded, are folded. */
const MAX_LINE_OCTETS = 75;

/**
 * The .ics text of `event`: one VEVENT with UTC times (no VTIMEZONE is needed: every
 * calendar converts UTC itself), CRLF line endings and lines folded at 75 octets.
 * @param options.nowMs When the file is written: its DTSTAMP.
 */
export function writeIcs(event: CalendarEvent, options: {nowMs: number}): string {
  const properties: Array<[name: string, value: string | undefined]> = [
    ['UID', escapeText(event.uid)],
    ['DTSTAMP', utcBasic(options.nowMs)],
    ['DTSTART', utcBasic(event.startMs)],
    ['DTEND', utcBasic(event.endMs)],
    ['SUMMARY', escapeText(event.title)],
    ['DESCRIPTION', event.description ? escapeText(event.description) : undefined],
    ['LOCATION', event.location ? escapeText(event.location) : undefined],
    // A URI value, not TEXT: its commas and semicolons are the URL's own.
    ['URL', event.url ? uriValue(event.url) : undefined],
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//session-card//session-card//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    ...properties.filter(([, value]) => value !== undefined).map(([name, value]) => foldLine(`${name}:${value}`)),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}

/**
 * RFC 5545 §3.3.11 TEXT: `\`, `;` and `,` escaped, every line break (CRLF, LF, CR) written
 * `\n`, and the control characters TEXT may not hold (all but tab) dropped.
 */
function escapeText(text: string): string {
  return (
    wellFormed(text)
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing controls is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (character) => `\\${character}`)
      .replace(/\n/g, '\\n')
  );
}

/** A URI as a property value: no escaping, but no controls either (they would end the line). */
function uriValue(uri: string): string {
  // eslint-disable-next-line no-control-regex -- removing controls is the point
  return wellFormed(uri).replace(/[\u0000-\u001f\u007f]/g, '');
}

/**
 * A lone surrogate has no UTF-8 form: encoders write U+FFFD for it, and encodeURIComponent
 * throws. Write U+FFFD here, so the text is the same whichever way it is encoded.
 */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * RFC 5545 §3.1: at most 75 octets of UTF-8 per physical line; each continuation starts
 * with one space, which counts. Breaks fall between code points, never inside one.
 */
function foldLine(line: string): string {
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  for (const codePoint of line) {
    const size = utf8Length(codePoint.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      physical.push(current);
      current = ' ';
      octets = 1;
    }
    current += codePoint;
    octets += size;
  }
  physical.push(current);
  return physical.join(CRLF);
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}
