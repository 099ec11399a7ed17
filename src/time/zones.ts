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

/**
 * The IANA zone named `name`, or null when `name` is no IANA name or this browser does not
 * know it: the one door for the zone names a session or an author gives (`timeZone`, a
 * `[Zone]` suffix, the `time-zone` attribute). Intl alone is too lenient, and not the same
 * in every engine: it takes offsets (`+05:00`, allowed as zones since ECMA-402 2024, but no
 * place), and Chromium's ICU adds `Factory` (tzdata's "zone not set") and IDs of its own
 * that a reader would misread (`BST` is Dhaka, `IST` Kolkata, `AST` Anchorage). Matched
 * without regard to case, as Intl matches; the name kept is Intl's canonical one.
 */
export function ianaZone(name: string): TimeZoneRef | null {
  return isIanaName(name) ? knownZone(name) : null;
}

/** The zone `name` as this browser knows it, by whatever name its Intl takes. */
const knownZone = memoize((name: string): TimeZoneRef | null =>
  IANAZone.isValidZone(name)
    ? {intlName: canonicalName(name), luxonZone: new RememberingZone(name), fixed: false}
    : null
);

/** Lower-cased, for matching as Intl matches: without regard to case. */
const lowerCaseSet = (names: string) => new Set(names.trim().toLowerCase().split(/\s+/));

/**
 * tzdata's areas: every name with a slash starts with one (`America/…`, `Etc/GMT+3`, and the
 * old `US/…`, `Canada/…`, `Brazil/…`, `Chile/…`, `Mexico/…` links). ICU's `SystemV/…` is none.
 */
const IANA_AREAS = lowerCaseSet(`
  Africa America Antarctica Arctic Asia Atlantic Australia Etc Europe Indian Pacific
  Brazil Canada Chile Mexico US
`);

/**
 * tzdata's names without a slash (its files `backward` and `etcetera`; `EST5EDT` and the
 * other US zones with rules are links to `America/…` places since tzdata 2024b). Not `Factory`.
 */
const IANA_SINGLE_NAMES = lowerCaseSet(`
  CET CST6CDT EET EST EST5EDT HST MET MST MST7MDT PST8PDT WET
  GMT GMT+0 GMT-0 GMT0 Greenwich UCT UTC Universal Zulu
  Cuba Egypt Eire GB GB-Eire Hongkong Iceland Iran Israel Jamaica Japan Kwajalein Libya
  NZ NZ-CHAT Navajo PRC Poland Portugal ROC ROK Singapore Turkey W-SU
`);

function isIanaName(name: string): boolean {
  const lower = name.toLowerCase();
  const slash = lower.indexOf('/');
  return slash < 0 ? IANA_SINGLE_NAMES.has(lower) : IANA_AREAS.has(lower.slice(0, slash));
}

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
  // The browser's own zone is no author's input: taken by whatever name it reports.
  return knownZone(viewerZoneName) ?? fixedOffsetZone(0);
}
