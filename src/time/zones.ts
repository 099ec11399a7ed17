/**
 * Time zones as the card uses them: an IANA zone, or, when the session names none, the
 * fixed offset written in its start time.
 */
import {FixedOffsetZone, IANAZone, type Zone} from 'luxon';

export interface TimeZoneRef {
  /** A name `Intl.DateTimeFormat` accepts as `timeZone`. */
  intlName: string;
  /** The same zone for luxon's calendar arithmetic. */
  luxonZone: Zone;
  /** True for a bare offset (no IANA zone): its label is the offset alone. */
  fixed: boolean;
}

const zoneCache = new Map<string, TimeZoneRef | null>();

/** The IANA zone named `name`, or null when this browser does not know it. */
export function ianaZone(name: string): TimeZoneRef | null {
  let ref = zoneCache.get(name);
  if (ref === undefined) {
    ref = IANAZone.isValidZone(name)
      ? {intlName: canonicalName(name), luxonZone: IANAZone.create(name), fixed: false}
      : null;
    zoneCache.set(name, ref);
  }
  return ref;
}

function canonicalName(name: string): string {
  return new Intl.DateTimeFormat('en', {timeZone: name}).resolvedOptions().timeZone;
}

/** A zone at a fixed offset, in minutes east of UTC. */
export function fixedOffsetZone(offsetMinutes: number): TimeZoneRef {
  const key = `fixed:${offsetMinutes}`;
  let ref = zoneCache.get(key);
  if (!ref) {
    ref = {intlName: intlFixedOffsetName(offsetMinutes), luxonZone: FixedOffsetZone.instance(offsetMinutes), fixed: true};
    zoneCache.set(key, ref);
  }
  return ref;
}

/**
 * Whole hours use `Etc/GMT∓h` (every browser knows it; note POSIX's inverted sign);
 * other offsets use the `±HH:MM` zone names ECMA-402 allows since 2024.
 */
function intlFixedOffsetName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  if (offsetMinutes % 60 === 0 && Math.abs(offsetMinutes) <= 12 * 60) {
    const hours = -offsetMinutes / 60;
    return `Etc/GMT${hours > 0 ? '+' : ''}${hours}`;
  }
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The zone's offset from UTC at an instant, in minutes. */
export function offsetAt(zone: TimeZoneRef, epochMs: number): number {
  return zone.luxonZone.offset(epochMs);
}

/** The viewer's zone, as this browser reports it. */
export function viewerZone(): TimeZoneRef {
  const name = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return ianaZone(name) ?? fixedOffsetZone(0);
}

/** Forgets cached zones, for tests that change the browser's zone mid-page. */
export function clearZoneCache(): void {
  zoneCache.clear();
}
