/**
 * The card's own attributes, read as the session is: each with its range and fallback,
 * and a warning where a value cannot be used. Pure: the element hands over what it has.
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
  fetchTimeoutMs: number;
  warnings: SessionWarning[];
}

export const DEFAULT_HEADING_LEVEL = 3;
/** How long a `src` fetch waits for its answer, unless `fetch-timeout` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export function readSettings({timeZone, headingLevel, fetchTimeout}: CardAttributes): CardSettings {
  const warnings: SessionWarning[] = [];
  let shownZone = timeZone ? ianaZone(timeZone) : null;
  if (timeZone && !shownZone) {
    warnings.push({code: 'unknown-display-time-zone', path: '', details: {zone: timeZone}});
  }
  shownZone ??= viewerZone();
  return {
    shownZone,
    headingLevel: Math.min(Math.max(Math.round(headingLevel ?? NaN) || DEFAULT_HEADING_LEVEL, 1), 6),
    fetchTimeoutMs: fetchTimeout ?? DEFAULT_TIMEOUT_MS,
    warnings,
  };
}
