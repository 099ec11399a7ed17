/**
 * A schema.org `Event` (any subtype) in JSON-LD as a session: alone, in an array or in an
 * `@graph`. A date-time without a UTC offset is an error: it names no instant, and no zone
 * is guessed for it.
 */
import {parseDateTime} from '../contract/date-time.js';
import type {Text} from '../contract/session-schema.js';
import {
  durationMs,
  finish,
  isObject,
  problem,
  quote,
  readDateTime,
  shown,
  textOf,
  writeDateTime,
  type ImportProblem,
  type ImportResult,
  type Json,
} from './import-result.js';

/** `https://schema.org/EventCancelled`, `schema:EventCancelled` → `EventCancelled`. */
const shortName = (value: unknown) => (typeof value === 'string' ? value.replace(/^.*[/:#]/, '') : '');
const typesOf = (node: Json) => [node['@type']].flat().map(shortName);
/** Event's subtypes all end in `Event` but these; `EventSeries` is many sessions, not one. */
const isEvent = (node: unknown): node is Json =>
  isObject(node) && typesOf(node).some((type) => /Event$|^(Festival|Hackathon|CourseInstance)$/.test(type));
const asList = (value: unknown): unknown[] => (value === undefined ? [] : [value].flat());
const lookUp = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;
const nameOf = (value: unknown) => textOf(isObject(value) ? value.name : value);
const isLanguageTag = (tag: string | undefined) => !!tag && /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(tag);

const ATTENDANCE = {
  OnlineEventAttendanceMode: 'online',
  OfflineEventAttendanceMode: 'in-person',
  MixedEventAttendanceMode: 'hybrid',
} as const;
const STATUS = {
  EventScheduled: 'scheduled',
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
  EventRescheduled: 'rescheduled',
  EventMovedOnline: 'moved-online',
} as const;

/** A JSON-LD value as text: a string, `{@value}`, or a list of `{@language, @value}` as a map. */
function textValue(value: unknown): Text | undefined {
  if (!Array.isArray(value)) return textOf(isObject(value) ? value['@value'] : value);
  const tagged = value.filter((v) => isObject(v) && typeof v['@language'] === 'string' && textOf(v['@value']));
  return tagged.length
    ? Object.fromEntries(tagged.map((v: Json) => [v['@language'] as string, textOf(v['@value'])!]))
    : textValue(value[0] as unknown);
}

/** `7 S. Broadway, Denver, CO 80209`: a PostalAddress as one line. */
function addressText(address: unknown): string | undefined {
  if (!isObject(address)) return textOf(address);
  const region = [address.addressRegion, address.postalCode].map(textOf).filter(Boolean).join(' ');
  const parts = [
    textOf(address.streetAddress),
    textOf(address.addressLocality),
    region,
    nameOf(address.addressCountry),
  ];
  return parts.filter(Boolean).join(', ') || undefined;
}

export interface SchemaOrgOptions {
  /** The page the JSON-LD came from: relative URLs are checked against it. */
  baseUrl?: string;
}

/** A schema.org Event as a session, checked by the card's reader. */
export function fromSchemaOrg(json: unknown, options: SchemaOrgOptions = {}): ImportResult {
  const graph = isObject(json) && Array.isArray(json['@graph']);
  const nodes: unknown[] = graph ? (json['@graph'] as unknown[]) : asList(json);
  const events = nodes.filter(isEvent);
  if (events.length === 0) {
    return {
      errors: [
        problem(
          'no-event',
          '',
          'No schema.org Event here: give JSON-LD whose @type is Event or a subtype (MusicEvent…).'
        ),
      ],
    };
  }
  const e = events[0];
  // Paths into the input: `startDate`, `[1].startDate`, `@graph[2].startDate`.
  const base = graph || Array.isArray(json) ? `${graph ? '@graph' : ''}[${nodes.indexOf(e)}].` : '';
  const at = (field: string) => base + field;
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  if (events.length > 1) {
    warnings.push(
      problem('several-events', '', `${events.length} Events: the first was imported.`, {count: events.length})
    );
  }
  // A node that only refers to another of the graph (`{"@id": "#venue"}`) stands for it.
  const byId = new Map(nodes.filter(isObject).map((node) => [node['@id'], node]));
  const deref = (value: unknown) =>
    isObject(value) && Object.keys(value).length === 1 ? (byId.get(value['@id']) ?? value) : value;

  const recurring = e.startDate === undefined && e.eventSchedule !== undefined;
  if (recurring) {
    errors.push(
      problem(
        'recurring-event',
        at('eventSchedule'),
        'A repeating Event (eventSchedule) without a startDate: give startDate and endDate of one occurrence.'
      )
    );
  }
  const start = recurring
    ? undefined
    : readDateTime(e.startDate, at('startDate'), errors, 'an Event needs its start, with a UTC offset.');
  let end = e.endDate === undefined ? undefined : readDateTime(e.endDate, at('endDate'), errors, '');
  if (e.endDate === undefined) {
    const ms = durationMs(e.duration);
    if (Number.isNaN(ms)) {
      errors.push(
        e.duration === undefined
          ? problem(
              'missing-end',
              at('endDate'),
              'No endDate or duration: give endDate with a UTC offset, or a duration (PT1H30M).'
            )
          : problem(
              'invalid-duration',
              at('duration'),
              `${quote(at('duration'))} is no duration like PT1H30M (no years or months): correct it, or give endDate.`,
              {value: shown(e.duration)}
            )
      );
    } else if (start) {
      end = {...start, epochMs: start.epochMs + ms};
    }
  }
  if (!start || !end || errors.length > 0) return {errors};

  let place: Text | undefined;
  let platform: string | {name: string; url?: string} | undefined;
  for (const location of asList(e.location).map(deref)) {
    if (isObject(location) && typesOf(location).includes('VirtualLocation')) {
      const url = textOf(location.url);
      let name = textOf(location.name);
      try {
        name ??= url && new URL(url).hostname;
      } catch {
        name ??= url;
      }
      if (name) platform ??= url ? {name, url} : name;
    } else {
      const name = isObject(location) ? textValue(location.name) : textOf(location);
      const address = isObject(location) ? addressText(location.address) : undefined;
      // A name in several languages stands alone; an address that repeats the name is said once.
      place ??=
        typeof name === 'object' ? name : [name, address].filter((p, i, all) => p && all.indexOf(p) === i).join(', ');
      place ||= undefined;
    }
  }
  const mode = shortName(e.eventAttendanceMode);
  const status = shortName(e.eventStatus);
  if (status && !lookUp(STATUS, status)) {
    warnings.push(
      problem(
        'unknown-status',
        at('eventStatus'),
        `${quote(shown(e.eventStatus))} is no EventStatusType; the status was left out.`,
        {value: shown(e.eventStatus)}
      )
    );
  }

  const languages = asList(e.inLanguage).flatMap((language, i) => {
    const tag = isObject(language)
      ? [language.alternateName, language.name].map(textOf).find(isLanguageTag)
      : textOf(language);
    if (isLanguageTag(tag)) return [tag!];
    warnings.push(
      problem(
        'unknown-language',
        at(Array.isArray(e.inLanguage) ? `inLanguage[${i}]` : 'inLanguage'),
        `${quote(tag ?? nameOf(language) ?? '?')} is no BCP 47 tag (en, pt-BR); it was left out.`,
        {value: tag ?? nameOf(language) ?? '?'}
      )
    );
    return [];
  });

  const count = (value: unknown) => {
    const n = typeof value === 'string' ? Number(value) : value;
    return Number.isInteger(n) && (n as number) >= 0 ? (n as number) : undefined;
  };
  const people = (value: unknown) =>
    asList(value)
      .map(deref)
      .flatMap((p) => {
        const name = nameOf(p);
        const url = isObject(p) ? textOf(p.url) : undefined;
        const given = isObject(p) ? p.affiliation : undefined;
        const affiliation = isObject(given) ? textValue(given.name) : textOf(given);
        return name ? [{name, url, affiliation}] : [];
      });

  const offers = asList(e.offers).map(deref).filter(isObject);
  let closes: number | undefined;
  let closesAt = 0;
  offers.forEach((offer, i) => {
    if (offer.validThrough === undefined) return;
    const path = at(Array.isArray(e.offers) ? `offers[${i}].validThrough` : 'offers.validThrough');
    const reading = parseDateTime(shown(offer.validThrough));
    if (!reading.ok) {
      warnings.push(
        problem(
          'missing-offset',
          path,
          `${quote(shown(offer.validThrough))} has no UTC offset, so registration.closes was left out: add Z or ±HH:MM.`
        )
      );
    } else if (closes === undefined || reading.value.epochMs > closes) {
      // Registration is open while any offer is: until the last one ends.
      closes = reading.value.epochMs;
      closesAt = reading.value.offsetMinutes;
    }
  });

  return finish(
    {
      title: textValue(e.name),
      id: typeof e.identifier === 'number' ? String(e.identifier) : textOf(e.identifier),
      start: writeDateTime(start.epochMs, start.offsetMinutes),
      end: writeDateTime(end.epochMs, end.offsetMinutes),
      status: lookUp(STATUS, status),
      attendance:
        lookUp(ATTENDANCE, mode) ?? (platform && place ? 'hybrid' : platform ? 'online' : place && 'in-person'),
      platform,
      location: place,
      capacity: count(e.maximumAttendeeCapacity),
      remaining: count(e.remainingAttendeeCapacity),
      registration: offers.length
        ? {
            required: true,
            url: offers.map((o) => textOf(o.url)).find(Boolean),
            closes: closes === undefined ? undefined : writeDateTime(closes, closesAt),
          }
        : undefined,
      languages,
      organizers: people(e.organizer).map(({name, url}) => (url ? {name, url} : name)),
      speakers: people(e.performer),
      summary: textValue(e.description),
      url: textOf(e.url),
    },
    warnings,
    options.baseUrl
  );
}
