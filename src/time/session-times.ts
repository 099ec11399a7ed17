/**
 * What the card says about when a session happens, for a zone and a locale: the
 * reader's time first, the event's own time beside it where it differs. Pure: the
 * strings come from `Intl`, the offsets from luxon's zones.
 */
import {dateTimeFormat, zoneNameAt} from './formatters.js';
import {isoWithOffset, localDayNumber} from './wall-clock.js';
import {offsetAt, type TimeZoneRef} from './zones.js';

/** A session's start and end as seen in one zone. */
export interface ZonedTimes {
  /** `viewer`: the zone the card was asked to show (the reader's by default); `event`: where it takes place. */
  role: 'viewer' | 'event';
  /** Values for `<time datetime>`: valid global date-time strings in this zone's offset. */
  startIso: string;
  endIso: string;
  /** The start date: `Tue, 1 Jun 2021`. */
  date: string;
  startTime: string;
  endTime: string;
  /**
   * The locale's compact range (`2:05 – 3:35 PM`) when start and end share a calendar
   * day, in pieces: which belong to the start, which to the end, which to both.
   */
  range?: RangePart[];
  /**
   * Set when the session runs into a later day in this zone: that day (`Wed, 2 Jun`), with
   * its year where that is not the start's (`Thu, 1 Jun 2031`; `Wed, 1 Jan 2025` after 31 Dec).
   */
  endDate?: string;
  /**
   * A label no one can misread: always the numeric offset (the start's and the end's when
   * the clocks change in between), with the zone's name for events.
   */
  zoneLabel: string;
}

export interface RangePart {
  source: 'startRange' | 'endRange' | 'shared';
  value: string;
}

export interface SessionTimes {
  primary: ZonedTimes;
  /** The other zone's view, only when its wall-clock times differ from the primary's. */
  secondary?: ZonedTimes;
}

export interface TimesRequest {
  startMs: number;
  endMs: number;
  eventZone: TimeZoneRef;
  /** The reader's zone, or the one the `time-zone` attribute names; none: the event's time alone. */
  shownZone?: TimeZoneRef;
  locale: string;
  /** In-person sessions lead with the event's local time. */
  leadWithEventTime: boolean;
  /**
   * Joins a zone's name and its offsets in the interface language (`Argentina Standard
   * Time, GMT-3`; Chinese and Arabic use their own commas). English by default.
   */
  joinNameAndOffset?: (name: string, offsets: string) => string;
}

const englishJoin = (name: string, offsets: string) => `${name}, ${offsets}`;

export function sessionTimes(request: TimesRequest): SessionTimes {
  const {startMs, endMs, eventZone, shownZone, locale} = request;
  const join = request.joinNameAndOffset ?? englishJoin;
  // No reader to speak of (a page rendered ahead of time): the event's time, its zone named.
  if (!shownZone) return {primary: zonedTimes('event', startMs, endMs, eventZone, locale, join)};
  const sameWallClock =
    offsetAt(eventZone, startMs) === offsetAt(shownZone, startMs) &&
    offsetAt(eventZone, endMs) === offsetAt(shownZone, endMs);
  const viewer = zonedTimes('viewer', startMs, endMs, shownZone, locale, join);
  if (sameWallClock) return {primary: viewer};
  const event = zonedTimes('event', startMs, endMs, eventZone, locale, join);
  return request.leadWithEventTime ? {primary: event, secondary: viewer} : {primary: viewer, secondary: event};
}

function zonedTimes(
  role: ZonedTimes['role'],
  startMs: number,
  endMs: number,
  zone: TimeZoneRef,
  locale: string,
  join: typeof englishJoin
): ZonedTimes {
  const startDay = localDayNumber(zone, startMs);
  // A session ending at midnight exactly ends on the day it started: the day of its
  // last millisecond decides.
  const endsOnLaterDay = localDayNumber(zone, endMs - 1) !== startDay;
  const sameCalendarDay = localDayNumber(zone, endMs) === startDay;
  const time = dateTimeFormat(locale, zone.intlName, 'time');
  return {
    role,
    startIso: isoWithOffset(zone, startMs),
    endIso: isoWithOffset(zone, endMs),
    date: dateTimeFormat(locale, zone.intlName, 'date').format(startMs),
    startTime: time.format(startMs),
    endTime: time.format(endMs),
    range: sameCalendarDay ? rangeParts(time, startMs, endMs) : undefined,
    endDate: endsOnLaterDay ? endDate(locale, zone, startMs, endMs) : undefined,
    zoneLabel: zoneLabel(role, zone, locale, startMs, endMs, join),
  };
}

/**
 * The end's date, short where the start's year (shown on the line) also names the end's:
 * without the year only when the two fall in the same year of the calendar shown (an
 * Islamic or Buddhist year, a Japanese era, in locales that use one).
 */
function endDate(locale: string, zone: TimeZoneRef, startMs: number, endMs: number): string {
  const full = dateTimeFormat(locale, zone.intlName, 'date');
  const year = (ms: number) =>
    full
      .formatToParts(ms)
      .filter((part) => YEAR_PARTS.has(part.type))
      .map((part) => part.value)
      .join(' ');
  return year(startMs) === year(endMs)
    ? dateTimeFormat(locale, zone.intlName, 'shortDate').format(endMs)
    : full.format(endMs);
}
const YEAR_PARTS = new Set<string>(['era', 'year', 'relatedYear', 'yearName']);

function rangeParts(format: Intl.DateTimeFormat, startMs: number, endMs: number): RangePart[] | undefined {
  const merged: RangePart[] = [];
  for (const {source, value} of format.formatRangeToParts(startMs, endMs)) {
    const last = merged[merged.length - 1];
    if (last && last.source === source) last.value += value;
    else merged.push({source, value});
  }
  // Start and end that format alike (under a minute apart) collapse to one value:
  // then the caller shows both times in full.
  const hasBothEnds = merged.some((p) => p.source === 'startRange') && merged.some((p) => p.source === 'endRange');
  return hasBothEnds ? merged : undefined;
}

function zoneLabel(
  role: ZonedTimes['role'],
  zone: TimeZoneRef,
  locale: string,
  startMs: number,
  endMs: number,
  join: typeof englishJoin
): string {
  const offset = zoneNameAt(locale, zone.intlName, 'offset', startMs);
  const endOffset = zoneNameAt(locale, zone.intlName, 'offset', endMs);
  // The clocks change during the session: "01:30–02:30 GMT-4" would hide an hour (or
  // "02:30–02:30" show none), so the end's offset follows the start's, as a range.
  const offsets = endOffset === offset ? offset : `${offset} – ${endOffset}`;
  if (role === 'viewer' || zone.fixed) return offsets;
  const name = zoneNameAt(locale, zone.intlName, 'zoneName', startMs);
  // Some zones have no long name in some locales, and Intl falls back to the offset.
  return name === offset || /^(GMT|UTC)/.test(name) ? offsets : join(name, offsets);
}
