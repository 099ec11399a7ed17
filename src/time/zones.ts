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

/**
 * luxon asks a zone for the offset of the same instant again and again (a card's times
 * cost 53 `formatToParts` calls for 15 distinct ones): this zone remembers its
 * answers. An instant's offset in a zone does not change while the page lives.
 */
class RememberingZone extends IANAZone {
  private readonly offsets = new Map<number, number>();

  override offset(ts: number): number {
    let offset = this.offsets.get(ts);
    if (offset === undefined) {
      // A bound, for long-lived pages that show many instants.
      if (this.offsets.size >= 10_000) this.offsets.clear();
      offset = super.offset(ts);
      this.offsets.set(ts, offset);
    }
    return offset;
  }
}

/** The IANA zone named `name`, or null when this browser does not know it. */
export function ianaZone(name: string): TimeZoneRef | null {
  let ref = zoneCache.get(name);
  if (ref === undefined) {
    ref = IANAZone.isValidZone(name)
      ? {intlName: canonicalName(name), luxonZone: new RememberingZone(name), fixed: false}
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
  return formatOffset(offsetMinutes);
}

/** `+05:45`, `-03:00`: an offset of whole minutes, as ISO 8601 and ECMA-402 write it. */
export function formatOffset(offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The zone's offset from UTC at an instant, in minutes. */
export function offsetAt(zone: TimeZoneRef, epochMs: number): number {
  return zone.luxonZone.offset(epochMs);
}

let viewerZoneName: string | undefined;

/**
 * The viewer's zone, as this browser reports it. Asking builds an `Intl.DateTimeFormat`
 * (a quarter of a millisecond on the bench machine), so the answer is kept until the
 * microtasks queued so far have run: the cards of one batch of renders, which Lit queues
 * before the first one runs, share one reading. The browser's zone cannot change while
 * scripts and their microtasks run; the next batch reads it afresh.
 */
export function viewerZone(): TimeZoneRef {
  if (viewerZoneName === undefined) {
    viewerZoneName = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    queueMicrotask(() => (viewerZoneName = undefined));
  }
  return ianaZone(viewerZoneName) ?? fixedOffsetZone(0);
}

/** Forgets cached zones, for tests that change the browser's zone mid-page. */
export function clearZoneCache(): void {
  zoneCache.clear();
  viewerZoneName = undefined;
}
