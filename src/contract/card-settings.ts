/**
 * The card's own attributes, read as the session is: each with its range and fallback,
 * and a warning where a value is ignored. Pure: the element hands over what it has.
 */
import {ianaZone, viewerZone, type TimeZoneRef} from '../time/zones.js';
import type {SessionWarning} from './problems.js';

export interface CardAttributes {
  timeZone?: string;
  headingLevel?: number;
  fetchTimeout?: number;
}

export interface CardSettings {
  /** The zone the reader sees times in: the `time-zone` attribute's, else the reader's own. */
  shownZone: TimeZoneRef;
  /** 1–6: the level of the title heading. */
  headingLevel: number;
  /** 1 ms up to `setTimeout`'s limit (about 24.8 days): a longer delay would fire at once. */
  fetchTimeoutMs: number;
  warnings: SessionWarning[];
}

export const DEFAULT_HEADING_LEVEL = 3;
/** How long a `src` fetch waits for its answer, unless `fetch-timeout` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** The longest delay `setTimeout` keeps (2³¹ − 1 ms); past it, browsers fire at once. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * @param attributeText The attribute's own text, when the value came from one: a warning
 *   quotes what the author wrote (`abc`), not the number it became (`NaN`).
 */
export function readSettings(
  {timeZone, headingLevel, fetchTimeout}: CardAttributes,
  attributeText: (name: string) => string | null = () => null
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

  let shownZone = timeZone ? ianaZone(timeZone) : null;
  if (timeZone && !shownZone) {
    warnings.push({code: 'unknown-display-time-zone', path: 'time-zone', details: {zone: timeZone}});
  }
  shownZone ??= viewerZone();
  return {
    shownZone,
    headingLevel: inRange('heading-level', headingLevel, DEFAULT_HEADING_LEVEL, 1, 6, true),
    fetchTimeoutMs: Math.round(inRange('fetch-timeout', fetchTimeout, DEFAULT_TIMEOUT_MS, 1, MAX_TIMEOUT_MS, false)),
    warnings,
  };
}
