/**
 * What the clocks of one zone show at an instant: its calendar day, and the instant
 * written with that zone's offset. The offset comes from luxon's zones (zones.ts); the
 * rest is arithmetic on the local wall clock. luxon's `DateTime` would do the same, but
 * importing it pulls in all of luxon (about 19 KB gzip more than its zones alone), for
 * two questions a shifted `Date` answers.
 */
import {offsetAt, type TimeZoneRef} from './zones.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** The instant as the zone's wall clock reads it, counted in milliseconds from 1970-01-01T00:00 on that clock. */
function wallClockMs(zone: TimeZoneRef, epochMs: number, offsetMinutes = offsetAt(zone, epochMs)): number {
  return epochMs + offsetMinutes * MS_PER_MINUTE;
}

/** Which calendar day it is in the zone at the instant, as a day count: equal numbers, same day. */
export function localDayNumber(zone: TimeZoneRef, epochMs: number): number {
  return Math.floor(wallClockMs(zone, epochMs) / MS_PER_DAY);
}

/**
 * A valid global date-time string (for `<time datetime>`) in the zone's offset at the
 * instant: `2021-06-01T19:05:00+02:00`, milliseconds only when there are some, `Z` for a
 * fixed zero offset.
 */
export function isoWithOffset(zone: TimeZoneRef, epochMs: number): string {
  const offset = offsetAt(zone, epochMs);
  // An offset with seconds (local mean time before ~1920: Córdoba was −04:16:48) cannot
  // be written as ±HH:MM without naming another instant: such times are written in UTC.
  if (!Number.isInteger(offset)) return isoWallClock(epochMs) + 'Z';
  if (offset === 0 && zone.fixed) return isoWallClock(epochMs) + 'Z';
  return isoWallClock(wallClockMs(zone, epochMs, offset)) + formatOffset(offset);
}

/** `2021-06-01T19:05:00` (or `…:00.250`): a wall-clock reading without its zone. */
function isoWallClock(wallMs: number): string {
  const iso = new Date(wallMs).toISOString();
  return iso.endsWith('.000Z') ? iso.slice(0, -5) : iso.slice(0, -1);
}

function formatOffset(offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
