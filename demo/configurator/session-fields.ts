/**
 * The session as the configurator's form shows it (text for every input), and the form's
 * values written back into the session. Writing back changes only what the form shows:
 * every other field, and every field the form cannot edit as text (a title given in several
 * languages, an organizer with a link), stays as it was; a field emptied is left out.
 */
import {dateTimeOf, wallTimeOf, type WallTime} from './wall-time.js';

type Json = Record<string, unknown>;

/** A text input; `translations` lists the languages when the value is a map, which the form leaves as it is. */
export interface TextField {
  text: string;
  translations?: string[];
}

/** A list edited one item a line; `locked` when some item is no plain string. */
export interface LinesField {
  text: string;
  locked: boolean;
}

export interface DocumentRow {
  title: TextField;
  url: string;
  /** Its place in the session the form was filled from; none for a row the editor added. */
  from?: number;
}

export type RegistrationChoice = '' | 'required' | 'not-required';

export interface SessionFields {
  title: TextField;
  id: string;
  type: TextField;
  start: WallTime;
  end: WallTime;
  timeZone: string;
  attendance: string;
  status: string;
  platform: string;
  platformUrl: string;
  location: TextField;
  languages: string;
  capacity: string;
  remaining: string;
  registration: RegistrationChoice;
  registrationUrl: string;
  registrationCloses: WallTime;
  url: string;
  summary: TextField;
  tracks: LinesField;
  organizers: LinesField;
  documents: DocumentRow[];
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOf = (value: unknown) => (typeof value === 'string' ? value : '');
const numberText = (value: unknown) => (typeof value === 'number' ? String(value) : '');

function textField(value: unknown): TextField {
  return isObject(value)
    ? {text: stringOf(Object.values(value)[0]), translations: Object.keys(value)}
    : {text: stringOf(value)};
}

function linesField(value: unknown): LinesField {
  const items = Array.isArray(value) ? value : [];
  return {
    text: items.filter((item) => typeof item === 'string').join('\n'),
    locked: items.some((i) => typeof i !== 'string'),
  };
}

/** The form's values for a session (any parsed JSON object; what is not as the contract says shows as empty). */
export function fieldsOf(session: Json): SessionFields {
  const platform = session.platform;
  const registration = isObject(session.registration) ? session.registration : undefined;
  return {
    title: textField(session.title),
    id: stringOf(session.id),
    type: textField(session.type),
    start: wallTimeOf(session.start),
    end: wallTimeOf(session.end),
    timeZone: stringOf(session.timeZone),
    attendance: stringOf(session.attendance),
    status: stringOf(session.status),
    platform: isObject(platform) ? stringOf(platform.name) : stringOf(platform),
    platformUrl: isObject(platform) ? stringOf(platform.url) : '',
    location: textField(session.location),
    languages: Array.isArray(session.languages)
      ? session.languages.filter((l) => typeof l === 'string').join(', ')
      : '',
    capacity: numberText(session.capacity),
    remaining: numberText(session.remaining),
    registration: registration ? (registration.required === true ? 'required' : 'not-required') : '',
    registrationUrl: stringOf(registration?.url),
    registrationCloses: wallTimeOf(registration?.closes),
    url: stringOf(session.url),
    summary: textField(session.summary),
    tracks: linesField(session.tracks),
    organizers: linesField(session.organizers),
    documents: (Array.isArray(session.documents) ? session.documents : []).map((document, from) => ({
      title: textField(isObject(document) ? document.title : undefined),
      url: isObject(document) ? stringOf(document.url) : '',
      from,
    })),
  };
}

const sameWallTime = (a: WallTime, b: WallTime) => a.date === b.date && a.time === b.time && a.offset === b.offset;

/** Sets `key` to `value` keeping its place among the keys, or removes it when undefined. */
function put(target: Json, key: string, value: unknown) {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** The text, trimmed, or undefined when blank. */
const filled = (text: string) => text.trim() || undefined;
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const listOrNone = <T>(items: T[]) => (items.length ? items : undefined);
const wholeNumber = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** A text field's value: the map as it was when it is one, else the text. */
const textValue = (field: TextField, previous: unknown) => (field.translations ? previous : filled(field.text));

/**
 * The session with the form's values written in. `session` is the session the form was
 * filled from (`fieldsOf(session)`), the same at every edit of the form: a date-time whose
 * date, time and offset the editor left as they were keeps its text as written (seconds, a
 * `[Zone]` suffix); a changed one is written anew at the zone's offset for that wall time.
 */
export function withFields(session: Json, fields: SessionFields): Json {
  const was = fieldsOf(session);
  const result: Json = {...session};
  const zoneChanged = fields.timeZone !== was.timeZone;
  const dateTime = (now: WallTime, before: WallTime, previous: unknown) =>
    !zoneChanged && sameWallTime(now, before) ? previous : filled(dateTimeOf(now, fields.timeZone.trim()));

  put(result, 'title', textValue(fields.title, session.title));
  put(result, 'id', filled(fields.id));
  put(result, 'type', textValue(fields.type, session.type));
  put(result, 'start', dateTime(fields.start, was.start, session.start));
  put(result, 'end', dateTime(fields.end, was.end, session.end));
  put(result, 'timeZone', filled(fields.timeZone));
  put(result, 'attendance', filled(fields.attendance));
  put(result, 'status', filled(fields.status));
  put(result, 'platform', platformOf(session, fields));
  put(result, 'location', textValue(fields.location, session.location));
  put(result, 'languages', listOrNone(fields.languages.split(/[\s,;]+/).filter(Boolean)));
  put(result, 'capacity', wholeNumber(fields.capacity));
  put(result, 'remaining', wholeNumber(fields.remaining));
  put(result, 'registration', registrationOf(session, fields, was));
  put(result, 'url', filled(fields.url));
  put(result, 'summary', textValue(fields.summary, session.summary));
  put(result, 'tracks', fields.tracks.locked ? session.tracks : listOrNone(lines(fields.tracks.text)));
  put(result, 'organizers', fields.organizers.locked ? session.organizers : listOrNone(lines(fields.organizers.text)));
  put(result, 'documents', documentsOf(session, fields));
  return result;
}

/** A name alone as text, a name with a link (or a platform given as an object) as `{name, url}`. */
function platformOf(session: Json, fields: SessionFields): Json | string | undefined {
  const name = filled(fields.platform);
  const url = filled(fields.platformUrl);
  if (!name || (!url && !isObject(session.platform))) return name;
  const platform: Json = {...(isObject(session.platform) ? session.platform : {}), name};
  put(platform, 'url', url);
  return platform;
}

function registrationOf(session: Json, fields: SessionFields, was: SessionFields): Json | undefined {
  const url = filled(fields.registrationUrl);
  const before = isObject(session.registration) ? session.registration : {};
  const closes =
    fields.timeZone === was.timeZone && sameWallTime(fields.registrationCloses, was.registrationCloses)
      ? before.closes
      : filled(dateTimeOf(fields.registrationCloses, fields.timeZone.trim()));
  if (!fields.registration && !url && !closes) return undefined;
  const registration: Json = {...before, required: fields.registration === 'required'};
  put(registration, 'url', url);
  put(registration, 'closes', closes);
  return registration;
}

function documentsOf(session: Json, fields: SessionFields): Json[] | undefined {
  const before = Array.isArray(session.documents) ? session.documents : [];
  const documents = fields.documents.flatMap((row): Json[] => {
    const previous: unknown = row.from === undefined ? undefined : before[row.from];
    const title = row.title.translations && isObject(previous) ? previous.title : filled(row.title.text);
    if (title === undefined) return [];
    const document: Json = {...(isObject(previous) ? previous : {}), title};
    put(document, 'url', filled(row.url));
    return [document];
  });
  return listOrNone(documents);
}
