/**
 * One talk of a frab or pretalx `schedule.json` as a session: version 1
 * (`schedule.conference.days[].rooms{room: [talks]}`), version 2 (`schedule.events[]`,
 * rooms and tracks as objects, `participants`), or a single talk object.
 */
import {ianaZone, offsetAt, formatOffset} from '../time/zones.js';
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

export interface ScheduleOptions {
  /** The talk to import, by its `guid`, `code` or `id`; needed when the schedule holds more than one. */
  session?: string;
  /** Where the schedule came from: relative URLs resolve against it when it has no `base_url`. */
  baseUrl?: string;
}

/** A talk, and where it sits in the input (for the paths of its problems). */
interface PlacedTalk {
  talk: Json;
  path: string;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const objects = (value: unknown): Json[] => list(value).filter(isObject);
/** A name given as text or as `{name}` (v2 rooms and tracks). */
const nameOf = (value: unknown): string | undefined => textOf(isObject(value) ? value.name : value);
/** v2's enum values (`TALK`, `LECTURE_HALL`) as words: `Talk`, `Lecture hall`. */
const label = (value: unknown): string | undefined => {
  const text = textOf(value);
  return text && /^[A-Z_]+$/.test(text) ? text[0] + text.slice(1).toLowerCase().replace(/_/g, ' ') : text;
};
const idOf = (value: unknown): string | undefined => (typeof value === 'number' ? String(value) : textOf(value));

function talksOf(json: unknown): {talks: PlacedTalk[]; schedule: Json} | undefined {
  if (!isObject(json)) return undefined;
  const schedule = isObject(json.schedule) ? json.schedule : undefined;
  const root = schedule ?? json;
  const prefix = schedule ? 'schedule.' : '';
  const conference = root.conference;
  let talks: Array<{talk: unknown; path: string}>;
  if (Array.isArray(root.events)) {
    talks = root.events.map((talk: unknown, i) => ({talk, path: `${prefix}events[${i}]`}));
  } else if (isObject(conference) && Array.isArray(conference.days)) {
    talks = conference.days.flatMap((day, d) =>
      Object.entries(isObject(day) && isObject(day.rooms) ? day.rooms : {}).flatMap(([room, roomTalks]) =>
        list(roomTalks).map((talk, i) => ({
          talk,
          path: `${prefix}conference.days[${d}].rooms[${JSON.stringify(room)}][${i}]`,
        }))
      )
    );
  } else if (!schedule && json.title !== undefined && (json.date ?? json.start) !== undefined) {
    return {talks: [{talk: json, path: ''}], schedule: {}};
  } else {
    return undefined;
  }
  return {talks: talks.filter((t): t is PlacedTalk => isObject(t.talk)), schedule: root};
}

/** The value to pick a talk by: its `guid`, else `code`, else `id`. */
const keyOf = (talk: Json) => idOf(talk.guid) ?? idOf(talk.code) ?? idOf(talk.id);

/**
 * The talks of a schedule, for a picker: `id` is what `fromSchedule` takes as
 * `options.session`, `start` the talk's date-time as written. Empty for anything else.
 */
export function listScheduleSessions(json: unknown): Array<{id: string; title: string; start: string}> {
  return (talksOf(json)?.talks ?? []).flatMap(({talk}) => {
    const id = keyOf(talk);
    const start = talk.date ?? talk.start;
    return id ? [{id, title: textOf(talk.title) ?? '', start: typeof start === 'string' ? start : ''}] : [];
  });
}

/** One talk of a frab or pretalx schedule as a session, checked by the card's reader. */
export function fromSchedule(json: unknown, options: ScheduleOptions = {}): ImportResult {
  const found = talksOf(json);
  if (!found) {
    return {
      errors: [
        problem(
          'not-a-schedule',
          '',
          'Not a frab or pretalx schedule.json (no conference days, events, or talk with a title and date): ' +
            'export the schedule as JSON.'
        ),
      ],
    };
  }
  const {talks, schedule} = found;
  const count = talks.length;
  const wanted = options.session;
  const chosen =
    wanted === undefined
      ? count === 1
        ? talks[0]
        : undefined
      : talks.find(({talk}) => [talk.guid, talk.code, talk.id].some((key) => idOf(key) === String(wanted)));
  if (chosen) return importTalk(chosen, schedule, options);
  const error =
    wanted !== undefined
      ? problem(
          'session-not-found',
          '',
          `The schedule holds ${count} sessions, none with guid, code or id ${quote(wanted)}: pick one it lists.`,
          {id: wanted, count}
        )
      : count === 0
        ? problem('empty-schedule', '', 'The schedule holds no sessions yet.', {count})
        : problem(
            'session-not-chosen',
            '',
            `The schedule holds ${count} sessions: say which to show (guid, code or id).`,
            {count}
          );
  return {errors: [error]};
}

function importTalk({talk, path}: PlacedTalk, schedule: Json, options: ScheduleOptions): ImportResult {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const base = textOf(schedule.base_url) ?? options.baseUrl;
  const resolve = (url: unknown) => {
    const text = textOf(url);
    try {
      return text && base ? new URL(text, base).href : text;
    } catch {
      return text; // the card's reader warns of it
    }
  };

  // The talk's own date-time, never the day's date plus `start`: a day runs past midnight.
  const startField =
    talk.date === undefined && typeof talk.start === 'string' && talk.start.includes('T') ? 'start' : 'date';
  const start = readDateTime(talk[startField], at(startField), errors, 'a talk needs its date-time with offset.');
  let endMs = NaN;
  let endOffset: number | undefined;
  if (talk.end !== undefined) {
    const end = readDateTime(talk.end, at('end'), errors, 'give the end, or leave it out and give a duration.');
    endMs = end?.epochMs ?? NaN;
    endOffset = end?.offsetMinutes;
  } else if (start) {
    endMs = start.epochMs + durationMs(talk.duration);
    if (Number.isNaN(endMs)) {
      errors.push(
        problem(
          'invalid-duration',
          at('duration'),
          `${quote(at('duration'))} is no duration: write H:MM, HH:MM:SS or seconds.`,
          {value: shown(talk.duration)}
        )
      );
    }
  }
  if (!start || errors.length > 0) return {errors};

  const conference = isObject(schedule.conference) ? schedule.conference : {};
  const zoneName = textOf(conference.time_zone_name);
  let timeZone: string | undefined;
  if (zoneName) {
    const zonePath = 'schedule.conference.time_zone_name';
    const zone = ianaZone(zoneName);
    const startOffset = zone && offsetAt(zone, start.epochMs);
    // An end from the duration lies at the zone's offset then (a talk may span a clock change).
    if (zone && startOffset === start.offsetMinutes) endOffset ??= offsetAt(zone, endMs);
    if (!zone) {
      warnings.push(
        problem(
          'unknown-time-zone',
          zonePath,
          `${quote(zoneName)} is no IANA time zone, so the session names none: correct time_zone_name.`,
          {zone: zoneName}
        )
      );
    } else {
      // Where the zone and the talk part: at its start, else at its end.
      const [when, zoneOffset, offset] =
        startOffset !== start.offsetMinutes
          ? ['starts', startOffset!, start.offsetMinutes]
          : ['ends', offsetAt(zone, endMs), endOffset!];
      if (zoneOffset !== offset) {
        warnings.push(
          problem(
            'time-zone-disagrees',
            zonePath,
            `${quote(zoneName)} is at ${formatOffset(zoneOffset)} when the talk ${when}, ` +
              `not ${formatOffset(offset)}: the times keep the talk's offset and name no zone. ` +
              'Correct time_zone_name or the dates.',
            {zone: zoneName, offset: formatOffset(offset), zoneOffset: formatOffset(zoneOffset)}
          )
        );
      } else {
        timeZone = zoneName;
      }
    }
  }

  const tracks = objects(conference.tracks);
  const trackSlug = isObject(talk.track) ? talk.track.slug : undefined;
  const track = nameOf(talk.track) ?? nameOf(tracks.find((t) => t.slug === trackSlug)) ?? textOf(trackSlug);
  const people = new Map(objects(schedule.persons).map((p) => [p.guid, p]));
  const room = nameOf(talk.room);
  const abstract = textOf(talk.abstract);
  const description = textOf(talk.description);
  const summary = [textOf(talk.subtitle), abstract].filter(Boolean).join('\n\n');
  return finish(
    {
      title: textOf(talk.title),
      id: idOf(talk.code) ?? idOf(talk.id) ?? idOf(talk.guid),
      type: label(talk.type),
      tracks: track ? [track] : [],
      start: writeDateTime(start.epochMs, start.offsetMinutes),
      end: writeDateTime(endMs, endOffset ?? start.offsetMinutes),
      timeZone,
      attendance: room ? 'in-person' : undefined,
      location: room,
      languages: textOf(talk.language)?.split(/[\s,;/]+/) ?? [],
      speakers: [
        ...list(talk.persons),
        ...objects(talk.participants).filter((p) => (p.role ?? 'SPEAKER') === 'SPEAKER'),
      ].flatMap((p) => {
        const person = isObject(p) ? p : {name: p};
        const name = textOf(person.public_name) ?? textOf(person.name) ?? textOf(person.full_name);
        const url = resolve(person.url ?? people.get(person.guid)?.url);
        return name ? [{name, url}] : [];
      }),
      summary: summary || undefined,
      sections: description && description !== abstract ? [{heading: 'Description', body: description}] : [],
      documents: [...objects(talk.links), ...objects(talk.attachments)].flatMap((doc) => {
        const url = resolve(doc.url);
        const title = textOf(doc.title) ?? label(doc.type) ?? url;
        return title ? [{title, url}] : [];
      }),
      url: resolve(talk.url),
    },
    warnings,
    base
  );
}
