/**
 * Time zones as the card uses them: an IANA zone, or, when the session names none, the
 * fixed offset written in its start time.
 */
import {FixedOffsetZone, IANAZone, type Zone} from 'luxon';
import {memoize} from '../shared/memoize.js';

export interface TimeZoneRef {
  /** A name `Intl.DateTimeFormat` accepts as `timeZone`. */
  intlName: string;
  /** The same zone for luxon's calendar arithmetic. */
  luxonZone: Zone;
  /** True for a bare offset (no IANA zone): its label is the offset alone. */
  fixed: boolean;
}

/**
 * A card asks a zone for the offsets of the same few instants many times over (its start
 * and end, for each line of times and each check), and each answer costs luxon an
 * `Intl` `formatToParts`: this zone remembers its answers. An instant's offset in a zone
 * does not change while the page lives.
 */
class RememberingZone extends IANAZone {
  // Bounded, for long-lived pages that show many instants.
  private readonly rememberedOffset = memoize((ts: number) => super.offset(ts), {limit: 10_000});

  override offset(ts: number): number {
    return this.rememberedOffset(ts);
  }
}

/** The IANA zone named `name`, or null when this browser does not know it. */
export const ianaZone = memoize((name: string): TimeZoneRef | null =>
  IANAZone.isValidZone(name)
    ? {intlName: canonicalName(name), luxonZone: new RememberingZone(name), fixed: false}
    : null
);

function canonicalName(name: string): string {
  return new Intl.DateTimeFormat('en', {timeZone: name}).resolvedOptions().timeZone;
}

/** A zone at a fixed offset, in minutes east of UTC. */
export const fixedOffsetZone = memoize((offsetMinutes: number): TimeZoneRef => ({
  intlName: intlFixedOffsetName(offsetMinutes),
  luxonZone: FixedOffsetZone.instance(offsetMinutes),
  fixed: true,
}));

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
 * The viewer's zone, as this browser reports it. Asking builds an `Intl.DateTimeFormat`,
 * which is slow next to everything else a card does, so the answer is kept until the
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
