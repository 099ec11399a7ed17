/**
 * A date-time as a form shows it: the date and the time on the wall clock of the session's
 * own offset, and back. Going back, the offset is the zone's at that wall time (a zone's
 * offset changes with daylight saving time), else the offset the editor typed.
 */
import {parseDateTime} from '../../src/contract/date-time.js';
import {formatOffset, ianaZone, offsetAt} from '../../src/time/zones.js';

export interface WallTime {
  /** `2021-06-01`, as `<input type="date">` takes it; empty when unknown. */
  date: string;
  /** `14:05`, or `14:05:30` with seconds, as `<input type="time">` takes it. */
  time: string;
  /** `-03:00` (`+00:00` for `Z`); empty when the text has none. */
  offset: string;
}

const MS_PER_MINUTE = 60_000;
const EMPTY: WallTime = {date: '', time: '', offset: ''};
const OFFSET = /^(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
/** Date and time at the start of a date-time string, whatever follows (or lacks). */
const LOOSE = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?/;

/** The wall time of a date-time string: as written when it reads, else what can be seen of it. */
export function wallTimeOf(text: unknown): WallTime {
  if (typeof text !== 'string') return EMPTY;
  const reading = parseDateTime(text.trim());
  if (!reading.ok) {
    const [, date = '', time = ''] = LOOSE.exec(text.trim()) ?? [];
    return {date, time, offset: ''};
  }
  const {epochMs, offsetMinutes} = reading.value;
  const wall = new Date(epochMs + offsetMinutes * MS_PER_MINUTE).toISOString();
  const seconds = wall.slice(17, 19);
  return {
    date: wall.slice(0, 10),
    time: seconds === '00' ? wall.slice(11, 16) : wall.slice(11, 19),
    offset: formatOffset(offsetMinutes),
  };
}

/** Milliseconds of a wall time read as if in UTC, or NaN. */
function wallMs(date: string, time: string): number {
  const ms = Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}(:\d{2})?$/.test(time) ? ms : NaN;
}

/**
 * The offset of `zone` at the wall time, in minutes: in a gap (the hour skipped in spring)
 * the offset before it, in an overlap (the hour repeated in autumn) the earlier instant's.
 */
export function zoneOffsetAtWallTime(zoneName: string, date: string, time: string): number | undefined {
  const zone = ianaZone(zoneName);
  const ms = wallMs(date, time);
  if (!zone || Number.isNaN(ms)) return undefined;
  const before = offsetAt(zone, ms - 24 * 60 * MS_PER_MINUTE);
  const after = offsetAt(zone, ms + 24 * 60 * MS_PER_MINUTE);
  // Each candidate offset is right when the zone, at the instant it names, agrees.
  const fits = [before, after].filter((offset) => offsetAt(zone, ms - offset * MS_PER_MINUTE) === offset);
  return fits.length ? Math.max(...fits) : before;
}

/**
 * The date-time string for a wall time: `2021-06-01T14:05:00-03:00`, at the zone's offset
 * when `zoneName` is a zone, else at `offset`. Without a date it is empty (the field is left
 * out); without a time or offset it lacks them, for the card's reader to say so.
 */
export function dateTimeOf({date, time, offset}: WallTime, zoneName: string): string {
  if (!date) return '';
  if (!time) return date;
  const seconds = time.length === 5 ? `${time}:00` : time;
  const zoneOffset = zoneName ? zoneOffsetAtWallTime(zoneName, date, time) : undefined;
  if (zoneOffset !== undefined) return `${date}T${seconds}${formatOffset(zoneOffset)}`;
  const written = offset.trim();
  return `${date}T${seconds}${OFFSET.test(written) ? (written === 'Z' ? '+00:00' : written) : ''}`;
}
