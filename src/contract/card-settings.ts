/**
 * The card's own attributes, read as the session is: each with its range and fallback,
 * and a warning where a value is ignored. Pure: the element hands over what it has.
 */
import {ianaZone, viewerZone, type TimeZoneRef} from '../time/zones.js';
import {CALENDAR_TARGETS, type CalendarTarget} from './calendar-targets.js';
import type {SessionWarning} from './problems.js';

export interface CardAttributes {
  timeZone?: string;
  headingLevel?: number;
  fetchTimeout?: number;
  calendar?: string;
}

export interface CardSettings {
  /**
   * The zone the reader sees times in: the `time-zone` attribute's, else the reader's own;
   * undefined where the reader is not known (server rendering): the event's own time then.
   */
  shownZone?: TimeZoneRef;
  /** 1–6: the level of the title heading. */
  headingLevel: number;
  /** 1 ms up to `setTimeout`'s limit (about 24.8 days): a longer delay would fire at once. */
  fetchTimeoutMs: number;
  /** The calendars to offer, in order; empty for `calendar="none"`. */
  calendars: readonly CalendarTarget[];
  warnings: SessionWarning[];
}

/**
 * A card usually sits under the page's one `<h1>`: a level 2 title keeps the page's
 * outline in order (axe's `heading-order`). A card under an `<h2>` section takes `heading-level="3"`.
 */
export const DEFAULT_HEADING_LEVEL = 2;
/** How long a `src` fetch waits for its answer, unless `fetch-timeout` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** The longest delay `setTimeout` keeps (2³¹ − 1 ms); past it, browsers fire at once. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * @param attributeText The attribute's own text, when the value came from one: a warning
 *   quotes what the author wrote (`abc`), not the number it became (`NaN`).
 */
export function readSettings(
  {timeZone, headingLevel, fetchTimeout, calendar}: CardAttributes,
  attributeText: (name: string) => string | null = () => null,
  {readerKnown = true} = {}
): CardSettings {
  const warnings: SessionWarning[] = [];
  /** The value, if it is a finite number in [min, max] (and whole, if asked); else the fallback, with a warning. */
  const inRange = (
    name: string,
    value: number | undefined,
    fallback: number,
    min: number,
    max: number,
    whole: boolean
  ) => {
    if (value === undefined || value === null) return fallback;
    if (Number.isFinite(value) && value >= min && value <= max && (!whole || Number.isInteger(value))) return value;
    const text = attributeText(name);
    const quoted = text !== null && Object.is(Number(text), value) ? text : String(value);
    warnings.push({code: 'invalid-attribute', path: name, details: {value: quoted, fallback}});
    return fallback;
  };

  let shownZone = (timeZone && ianaZone(timeZone)) || undefined;
  if (timeZone && !shownZone) {
    warnings.push({code: 'unknown-display-time-zone', path: 'time-zone', details: {zone: timeZone}});
  }
  // Where the reader is not known (a server), the event's time is shown instead.
  if (!shownZone && readerKnown) shownZone = viewerZone();
  return {
    shownZone,
    headingLevel: inRange('heading-level', headingLevel, DEFAULT_HEADING_LEVEL, 1, 6, true),
    fetchTimeoutMs: Math.round(inRange('fetch-timeout', fetchTimeout, DEFAULT_TIMEOUT_MS, 1, MAX_TIMEOUT_MS, false)),
    calendars: readCalendars(calendar, warnings),
    warnings,
  };
}

/**
 * `calendar="google ics"`: those, in that order; `none`: no calendar button; absent or blank:
 * all of them. An unknown name is left out with a warning (a typo must not hide the rest).
 */
function readCalendars(text: string | undefined, warnings: SessionWarning[]): readonly CalendarTarget[] {
  const names = text?.trim().toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  if (names.length === 0) return CALENDAR_TARGETS;
  if (names.length === 1 && names[0] === 'none') return [];
  const chosen = new Set<CalendarTarget>();
  for (const name of names) {
    if ((CALENDAR_TARGETS as readonly string[]).includes(name)) chosen.add(name as CalendarTarget);
    else warnings.push({code: 'unknown-calendar', path: 'calendar', details: {value: name}});
  }
  return [...chosen];
}
