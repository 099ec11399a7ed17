/**
 * Reads the contract's date-time strings. The offset written in the string fixes the
 * instant; an RFC 9557 `[Zone]` suffix only names where it happens. luxon's `fromISO`
 * is not used here because it lets the suffix override the offset, cannot read a
 * critical `[!Zone]`, and accepts times without an offset.
 */
import {FIRST_INSTANT_OF_YEAR_ONE} from '../time/wall-clock.js';
import {DATE_TIME_PATTERN} from './session-schema.js';

export interface ParsedDateTime {
  /** The instant, in milliseconds since the epoch. */
  epochMs: number;
  /** The offset written in the string, in minutes east of UTC. */
  offsetMinutes: number;
  /** The IANA zone of the RFC 9557 suffix, if any. */
  zone?: string;
  /** Whether the suffix was critical (`[!Zone]`): a contradiction is then an error. */
  critical: boolean;
}

export type DateTimeFault =
  /** a date and time, but no `Z` or `±HH:MM` */
  | 'missing-offset'
  /** not an ISO 8601 extended date-time at all (basic format, week date, free text) */
  | 'invalid-date-time'
  /** the right shape, but no such day or time (2021-02-30, 25:00, +24:00) */
  | 'invalid-date';

export type DateTimeReading = {ok: true; value: ParsedDateTime} | {ok: false; fault: DateTimeFault};

const dateTime = new RegExp(DATE_TIME_PATTERN);
/** The same shape with the offset left out, to tell the author what is missing. */
const dateTimeWithoutOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:\[[^\]]*\])*$/;

export function parseDateTime(text: string): DateTimeReading {
  const match = dateTime.exec(text);
  if (!match) {
    return {ok: false, fault: dateTimeWithoutOffset.test(text) ? 'missing-offset' : 'invalid-date-time'};
  }
  const g = match.groups!;
  const [year, month, day, hour, minute] = [g.year, g.month, g.day, g.hour, g.minute].map(Number);
  const second = g.second ? Number(g.second) : 0;
  const millisecond = g.fraction ? Number(g.fraction.slice(0, 3).padEnd(3, '0')) : 0;
  const offsetMinutes = g.offset === 'Z' ? 0 : offsetFromText(g.offset);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    Math.abs(offsetMinutes) >= 24 * 60 ||
    Number(g.offset.slice(4, 6)) > 59
  ) {
    return {ok: false, fault: 'invalid-date'};
  }
  const wall = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, second, millisecond);
  const epochMs = wall.getTime() - offsetMinutes * 60_000;
  // The Gregorian calendar and HTML's `datetime` have no year 0: an instant before year 1
  // (`0000-…`, or `0001-01-01T00:30+01:00`) could not be written in a <time> element.
  if (epochMs < FIRST_INSTANT_OF_YEAR_ONE) return {ok: false, fault: 'invalid-date'};
  return {
    ok: true,
    value: {
      epochMs,
      offsetMinutes,
      zone: g.zone,
      critical: g.critical === '!',
    },
  };
}

function offsetFromText(offset: string): number {
  const sign = offset[0] === '-' ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
