/**
 * What the clocks of one zone show at an instant: its calendar day, and the instant
 * written with that zone's offset. The offset comes from luxon's zones (zones.ts); the
 * rest is arithmetic on the local wall clock. luxon's `DateTime` would do the same, but
 * importing it pulls in all of luxon (its `Settings` imports `DateTime`, and nothing of
 * it tree-shakes), for two questions a shifted `Date` answers.
 */
import {formatOffset, offsetAt, type TimeZoneRef} from './zones.js';

/**
 * 0001-01-01T00:00:00Z: HTML's date-times have no year 0, so the contract refuses earlier
 * instants and nothing here writes one.
 */
export const FIRST_INSTANT_OF_YEAR_ONE = -62_135_596_800_000;

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
  const wallMs = wallClockMs(zone, epochMs, offset);
  // In UTC: an offset with seconds (local mean time before ~1920: Córdoba was −04:16:48),
  // which ±HH:MM cannot write without naming another instant; and a wall clock still in
  // year 0 (the first hours of year 1 west of Greenwich), which HTML cannot write.
  if (!Number.isInteger(offset) || wallMs < FIRST_INSTANT_OF_YEAR_ONE) return isoWallClock(epochMs) + 'Z';
  if (offset === 0 && zone.fixed) return isoWallClock(epochMs) + 'Z';
  return isoWallClock(wallMs) + formatOffset(offset);
}

/** `2021-06-01T19:05:00` (or `…:00.250`): a wall-clock reading without its zone. */
function isoWallClock(wallMs: number): string {
  const iso = new Date(wallMs).toISOString();
  const reading = iso.endsWith('.000Z') ? iso.slice(0, -5) : iso.slice(0, -1);
  // After 9999, toISOString writes `+010000-…`; HTML wants the year's digits alone.
  return reading.startsWith('+') ? reading.slice(1).replace(/^0+(?=\d{5}-)/, '') : reading;
}
