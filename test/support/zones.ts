/**
 * Viewing the page from another time zone, and working out independently of the card
 * what a reader there should see.
 */
import {executeServerCommand} from '@web/test-runner-commands';

/**
 * Makes the browser report `timeZone` as its own (puppeteer's `page.emulateTimezone`,
 * via the `emulate-time-zone` command in web-test-runner.config.js).
 */
export async function viewFrom(timeZone: string): Promise<void> {
  await executeServerCommand('emulate-time-zone', {timeZone});
  const reported = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  // Chromium may report a canonical alias (Asia/Calcutta for Asia/Kolkata): compare offsets.
  if (offsetMinutes(reported, Date.UTC(2021, 5, 1)) !== offsetMinutes(timeZone, Date.UTC(2021, 5, 1))) {
    throw new Error(`Emulating ${timeZone} failed: the browser reports ${reported}`);
  }
}

/**
 * A valid global date-time string (HTML): date (a year of four or more digits, above 0),
 * time, and `Z` or a `±HH:MM` offset.
 */
export const GLOBAL_DATE_TIME = /^(?!0+-)\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** `14:05`: the 24-hour wall-clock time in `timeZone` at `epochMs`, from Intl alone. */
export function wallClock(epochMs: number, timeZone: string): string {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23'});
    wallClocks.set(timeZone, format);
  }
  return format.format(epochMs);
}

/** `YYYY-MM-DDTHH:MM:SS`: the wall-clock date and time in `timeZone` at `epochMs`, from Intl's parts alone. */
export function localDateTime(epochMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(epochMs);
  const part = (type: string) => parts.find((p) => p.type === type)!.value.padStart(type === 'year' ? 4 : 2, '0');
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}`;
}

/** The zone's offset from UTC at an instant, in minutes, from Intl alone. */
export function offsetMinutes(timeZone: string, epochMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(epochMs);
  const get = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((wall - Math.floor(epochMs / 60_000) * 60_000) / 60_000);
}

/** `+05:30`: how a `<time datetime>` in that zone ends (`Z` or `+00:00` where the offset is 0). */
export function offsetSuffix(timeZone: string, epochMs: number): string {
  const minutes = offsetMinutes(timeZone, epochMs);
  const abs = Math.abs(minutes);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
