/**
 * From raw input (JSON text or a value set from script) to a session the card can show,
 * or the list of what is wrong with it. Pure: no DOM, no network.
 */
import {locateJsonFault} from './json-fault.js';
import {MAX_DEPTH, snapshot} from './snapshot.js';
import {parseDateTime, type ParsedDateTime} from './date-time.js';
import type {SessionError, SessionWarning} from './problems.js';
import {sessionSchema, type Attendance, type Session} from './session-schema.js';
import {validateAgainstSchema, type SchemaViolation} from './validate-schema.js';
import {decideLink, type UnsafeReason} from '../links/safe-url.js';
import {fixedOffsetZone, formatOffset, ianaZone, offsetAt, type TimeZoneRef} from '../time/zones.js';

/** A session that passed every check, with what the card derives from it. */
export interface CheckedSession {
  /** The session exactly as given (what the load event hands back). */
  given: unknown;
  /** The session as read: plain own data, checked; all that the card shows comes from here. */
  data: Session;
  start: ParsedDateTime;
  end: ParsedDateTime;
  /** `registration.closes`, when given. */
  registrationCloses?: ParsedDateTime;
  /** Where the event takes place: `timeZone`, else the start's `[Zone]`, else its offset. */
  eventZone: TimeZoneRef;
  /** As given, or derived from platform and location. */
  attendance?: Attendance;
  /** The absolute, safe href for each URL field that may be a link, by path (`documents[1].url`). */
  hrefs: ReadonlyMap<string, string>;
  /** What relative URLs resolved against: `base-url`, the fetched file's URL, or the page's. */
  baseUrl: string;
}

export interface SessionReading {
  /** Present when there are no errors. */
  session?: CheckedSession;
  errors: SessionError[];
  warnings: SessionWarning[];
}

/**
 * Parses JSON text: from the `session` attribute, an inline script or a fetched file, all
 * by one rule. One leading byte-order mark is dropped, as a UTF-8 decoder drops it (RFC
 * 8259 lets a parser ignore it); the fetch keeps it for this. Anything else is the text's own.
 */
export function parseSessionJson(text: string): {ok: true; value: unknown} | {ok: false; error: SessionError} {
  const json = text.startsWith('\ufeff') ? text.slice(1) : text;
  try {
    return {ok: true, value: JSON.parse(json)};
  } catch {
    const fault = locateJsonFault(json);
    const error: SessionError = fault
      ? {code: 'malformed-json', path: '', details: {line: fault.line, column: fault.column}}
      : // JSON that JSON.parse refused all the same: engines do that only past their own nesting
        // limit, which lies far deeper than any session may nest.
        {code: 'nested-too-deeply', path: '', details: {limit: MAX_DEPTH}};
    return {ok: false, error};
  }
}

/** Reads JSON text as the card's own session format (see `parseSessionJson`). */
export function readSessionJson(text: string, baseUrl: string): SessionReading {
  const parsed = parseSessionJson(text);
  return parsed.ok ? readSession(parsed.value, baseUrl) : {errors: [parsed.error], warnings: []};
}

/** Reads a value, as set on the `session` property or parsed from JSON. */
export function readSession(given: unknown, baseUrl: string): SessionReading {
  // Read once into plain own data; from here on only the copy is checked and shown.
  const copied = snapshot(given);
  if (!copied.ok) return {errors: [copied.error], warnings: []};
  const {value} = copied;
  const violations = validateAgainstSchema(sessionSchema, value);
  if (violations.length > 0) {
    return {errors: violations.map((v) => errorForViolation(v, value)), warnings: []};
  }
  const data = value as Session;
  const errors: SessionError[] = [];
  const warnings: SessionWarning[] = [];

  // JSON Schema cannot say "non-blank": a card without a readable title is an error.
  if (typeof data.title === 'string' ? !data.title.trim() : !Object.values(data.title).some((t) => t.trim())) {
    errors.push({code: 'empty-value', path: 'title'});
  }
  const start = readInstant(data.start, 'start', errors, warnings);
  const end = readInstant(data.end, 'end', errors, warnings);
  const closes = data.registration?.closes;
  const registrationCloses =
    closes === undefined ? undefined : readInstant(closes, 'registration.closes', errors, warnings);
  if (start && end && end.epochMs <= start.epochMs) {
    errors.push({code: 'end-before-start', path: 'end', details: {start: data.start, end: data.end}});
  }
  let eventZone: TimeZoneRef | undefined;
  if (data.timeZone !== undefined) {
    eventZone = ianaZone(data.timeZone) ?? undefined;
    if (!eventZone) errors.push({code: 'unknown-time-zone', path: 'timeZone', details: {zone: data.timeZone}});
  }
  if (errors.length > 0 || !start || !end) return {errors, warnings};

  eventZone ??= (start.zone && ianaZone(start.zone)) || fixedOffsetZone(start.offsetMinutes);
  if (data.timeZone !== undefined) {
    checkOffsetAgainstZone(start, eventZone, data.timeZone, 'start', warnings);
    checkOffsetAgainstZone(end, eventZone, data.timeZone, 'end', warnings);
  }
  if (data.capacity !== undefined && data.remaining !== undefined && data.remaining > data.capacity) {
    warnings.push({code: 'remaining-exceeds-capacity', path: 'remaining'});
  }
  data.languages?.forEach((tag, index) => {
    if (!isLanguageTag(tag)) warnings.push({code: 'invalid-language-tag', path: `languages[${index}]`, details: {tag}});
  });

  return {
    session: {
      given,
      data,
      start,
      end,
      registrationCloses,
      eventZone,
      attendance: attendanceOf(data),
      hrefs: safeHrefs(data, baseUrl, warnings),
      baseUrl,
    },
    errors,
    warnings,
  };
}

function readInstant(
  text: string,
  path: 'start' | 'end' | 'registration.closes',
  errors: SessionError[],
  warnings: SessionWarning[]
): ParsedDateTime | undefined {
  const reading = parseDateTime(text);
  if (!reading.ok) {
    errors.push({code: reading.fault, path, details: {value: text}});
    return undefined;
  }
  const {value} = reading;
  if (value.zone !== undefined) {
    const zone = ianaZone(value.zone);
    if (!zone) {
      errors.push({code: 'unknown-time-zone', path, details: {zone: value.zone}});
      return undefined;
    }
    checkOffsetAgainstZone(value, zone, value.zone, path, warnings, errors);
  }
  return value;
}

/**
 * RFC 9557: an offset that contradicts its zone keeps the instant the offset fixes. A
 * critical suffix makes the contradiction an error; otherwise it is a warning.
 */
function checkOffsetAgainstZone(
  dateTime: ParsedDateTime,
  zone: TimeZoneRef,
  zoneName: string,
  path: string,
  warnings: SessionWarning[],
  errors?: SessionError[]
): void {
  const zoneOffset = offsetAt(zone, dateTime.epochMs);
  if (zoneOffset === dateTime.offsetMinutes) return;
  const details = {zone: zoneName, offset: formatOffset(dateTime.offsetMinutes), zoneOffset: formatOffset(zoneOffset)};
  if (dateTime.critical && errors) errors.push({code: 'zone-contradicts-offset', path, details});
  else warnings.push({code: 'offset-contradicts-zone', path, details});
}

function attendanceOf(data: Session): Attendance | undefined {
  if (data.attendance) return data.attendance;
  const online = data.platform !== undefined;
  const inPerson = data.location !== undefined;
  if (online && inPerson) return 'hybrid';
  if (online) return 'online';
  if (inPerson) return 'in-person';
  return undefined;
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Every URL field of the contract, by path. */
function urlFields(data: Session): Array<[path: string, url: string | undefined]> {
  const named = (item: unknown) => (typeof item === 'object' && item ? (item as {url?: string}).url : undefined);
  return [
    ['url', data.url],
    ['registration.url', data.registration?.url],
    ['platform.url', named(data.platform)],
    ...(data.organizers ?? []).map((o, i): [string, string | undefined] => [`organizers[${i}].url`, named(o)]),
    ...(data.speakers ?? []).map((s, i): [string, string | undefined] => [`speakers[${i}].url`, s.url]),
    ...(data.documents ?? []).map((d, i): [string, string | undefined] => [`documents[${i}].url`, d.url]),
  ];
}

function safeHrefs(data: Session, baseUrl: string, warnings: SessionWarning[]): Map<string, string> {
  const hrefs = new Map<string, string>();
  for (const [path, url] of urlFields(data)) {
    if (url === undefined) continue;
    const decision = decideLink(url, baseUrl);
    if (decision.kind === 'link') hrefs.set(path, decision.href);
    else if (decision.kind === 'unsafe') warnings.push(linkWarning(path, decision));
  }
  return hrefs;
}

function linkWarning(path: string, {reason, scheme}: {reason: UnsafeReason; scheme?: string}): SessionWarning {
  switch (reason) {
    case 'scheme':
      return {code: 'unsafe-url', path, details: {scheme: scheme!}};
    case 'credentials':
      return {code: 'unsafe-url', path, details: {reason}};
    case 'unparseable':
    case 'backslash':
    case 'slashes':
      // A backslash or a wrong number of slashes: not a valid URL by the URL Standard
      // either, only one that browsers forgive.
      return {code: 'invalid-url', path};
  }
}

function errorForViolation(violation: SchemaViolation, root: unknown): SessionError {
  const {path} = violation;
  switch (violation.keyword) {
    case 'required':
      return {code: 'missing-field', path};
    case 'enum':
      return {code: 'invalid-value', path, details: {allowed: violation.allowed!.join(', ')}};
    case 'minimum':
      return {code: 'out-of-range', path};
    case 'minLength':
    case 'minProperties':
      return {code: 'empty-value', path};
    case 'pattern': {
      // Only date-times have a pattern: say precisely what is wrong with this one.
      const text = valueAt(root, path) as string;
      const reading = parseDateTime(text);
      return {code: reading.ok ? 'invalid-date-time' : reading.fault, path, details: {value: text}};
    }
    case 'type':
      return {
        code: 'wrong-type',
        path,
        details: {
          expected: violation.definition === 'Text' ? 'text' : violation.expected!.join('|'),
          actual: violation.actual,
        },
      };
  }
}

function valueAt(root: unknown, path: string): unknown {
  // Paths here are plain `a.b` or `a[0]` steps made by validate-schema.ts.
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((step) => step)
    .reduce<unknown>((value, step) => (value as Record<string, unknown> | undefined)?.[step], root);
}
