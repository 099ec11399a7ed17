/**
 * What every importer returns, and the few helpers the importers share. An importer's
 * session always passes the card's own reader: `finish` runs it last, so an importer can
 * never hand back a session the card would refuse.
 */
import {parseDateTime, type ParsedDateTime} from '../contract/date-time.js';
import {readSession} from '../contract/read-session.js';
import type {Session} from '../contract/session-schema.js';
import {isolateQuoted} from '../i18n/bidi.js';
import {reportProblem} from '../i18n/describe-problem.js';
import {formatOffset} from '../time/zones.js';

/**
 * A problem found while importing, in the card's own format. `path` points into the input
 * (`schedule.conference.days[0].rooms["Room 1"][2].date`, `@graph[1].startDate`, or a line
 * label of a text) for the importer's own problems, and into the produced session
 * (`documents[0].url`) for those the card's reader raises on it.
 */
export interface ImportProblem {
  /** Stable kebab-case name for programs: `missing-offset`. */
  code: string;
  path: string;
  /** What is wrong and what to do, in English. */
  message: string;
  /** Facts the message quotes, for programs: `{count: 36}`. */
  details?: Readonly<Record<string, string | number>>;
}

export type ImportResult = {session: Session; warnings: ImportProblem[]} | {errors: ImportProblem[]};

/** A plain object, as JSON gives it. */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-blank string, trimmed, with `\r\n` as `\n`; else undefined. */
export const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().replace(/\r\n?/g, '\n') : undefined;

/** Any value as a message or a detail shows it: a string as it is, anything else as JSON. */
export const shown = (value: unknown): string =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));

/** A value quoted in a message, isolated as the card's own messages isolate it. */
export const quote = isolateQuoted;

export const problem = (
  code: string,
  path: string,
  message: string,
  details?: Record<string, string | number>
): ImportProblem => (details ? {code, path, message, details} : {code, path, message});

/** The value without undefined fields or empty lists, at any depth: as its JSON reads. */
const compact = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(compact)
    : isObject(value)
      ? Object.fromEntries(
          Object.entries(value).flatMap(([key, v]) =>
            v === undefined || (Array.isArray(v) && v.length === 0) ? [] : [[key, compact(v)]]
          )
        )
      : value;

/**
 * The session, checked by the card's reader against `baseUrl`: its errors become the
 * result's, its warnings join the importer's. Without a base, relative URLs stay relative
 * (the card resolves them against its page) and are checked against a placeholder.
 */
export function finish(
  fields: Record<string, unknown>,
  warnings: ImportProblem[],
  baseUrl = 'https://example.invalid/'
): ImportResult {
  const session = compact(fields) as Session;
  const reading = readSession(session, baseUrl);
  if (reading.errors.length > 0) return {errors: reading.errors.map(reportProblem)};
  return {session, warnings: [...warnings, ...reading.warnings.map(reportProblem)]};
}

/**
 * A date-time with its offset, or undefined with the reason in `errors`: missing, a date
 * without a time, no offset (never read in some zone), or no ISO 8601 date-time at all.
 * `what` says what the missing value is for.
 */
export function readDateTime(
  value: unknown,
  path: string,
  errors: ImportProblem[],
  what: string
): ParsedDateTime | undefined {
  if (value === undefined || value === null) {
    errors.push(problem('missing-field', path, `${quote(path)} is missing: ${what}`));
    return undefined;
  }
  const text = typeof value === 'string' ? value.trim() : '';
  const reading = parseDateTime(text);
  if (reading.ok) return reading.value;
  errors.push(
    /^\d{4}-\d{2}-\d{2}$/.test(text)
      ? problem(
          'missing-time',
          path,
          `${quote(path)} is a date without a time: add the time and UTC offset, as in ${text}T19:00-05:00.`,
          {value: text}
        )
      : {...reportProblem({code: reading.fault, path}), details: {value: shown(value)}}
  );
  return undefined;
}

/** `2019-08-21T11:00:00+02:00`: the instant written at an offset, in minutes east of UTC. */
export function writeDateTime(epochMs: number, offsetMinutes: number): string {
  return new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 19) + formatOffset(offsetMinutes);
}

/**
 * A duration in milliseconds, or NaN: a number of seconds, `H:MM`, `HH:MM:SS`, or ISO 8601
 * (`PT1H30M`, `P1DT2H`, `P1W`; no years or months, whose length varies).
 */
export function durationMs(value: unknown): number {
  if (typeof value === 'number') return value > 0 ? value * 1000 : NaN;
  if (typeof value !== 'string') return NaN;
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(value);
  const iso = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  const [w = 0, d = 0, h = 0, m = 0, s = 0] = clock
    ? [0, 0, clock[1], clock[2], clock[3]]
    : iso && value !== 'P' && !value.endsWith('T')
      ? iso.slice(1)
      : [NaN];
  const ms = ((((+w * 7 + +d) * 24 + +h) * 60 + +m) * 60 + +s) * 1000;
  return ms > 0 ? ms : NaN;
}
