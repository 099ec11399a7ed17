/**
 * What each part of the contract means, for the people who write sessions: the
 * descriptions `session.schema.json` carries for their editors. They live here, not in
 * `sessionSchema`, which the card ships to every page and validates with, and where no
 * description is ever read. `npm run schema` joins the two; a description whose place is
 * missing from the schema stops it.
 */
import {sessionSchema} from './session-schema.js';

/** Each description, by JSON Pointer (RFC 6901) into the schema. */
export const schemaDescriptions: Readonly<Record<string, string>> = {
  '': 'One session of a conference, as <session-card> reads it (schema v1).',
  '/properties/$schema': 'Lets editors find this schema.',
  '/properties/title': 'The session title.',
  '/properties/start': 'When it starts.',
  '/properties/end': 'When it ends; after start.',
  '/properties/timeZone': 'IANA time zone where the event takes place, e.g. America/Argentina/Cordoba.',
  '/properties/id': 'The session code, e.g. 3.2.2.',
  '/properties/type': 'The kind of session, e.g. Workshop.',
  '/properties/tracks': 'Thematic lines, broadest first.',
  '/properties/attendance':
    'When absent: online with only a platform, in-person with only a location, hybrid with both.',
  '/properties/platform': 'Where an online session happens, e.g. Zoom.',
  '/properties/location': 'The venue of an in-person or hybrid session.',
  '/properties/capacity': 'How many can attend.',
  '/properties/remaining': 'Seats left.',
  '/properties/status':
    "What the organizer says of it, as schema.org's eventStatus: scheduled (when absent), cancelled, " +
    'postponed, rescheduled (start and end give the new time), moved-online.',
  '/properties/registration/properties/closes': 'When registration closes.',
  '/properties/registration': 'Whether registration is needed, where, and until when.',
  '/properties/languages': 'BCP 47 tags of the languages offered, e.g. ["en", "fr", "es"].',
  '/properties/organizers': 'Who organizes it: names, or {name, url}.',
  '/properties/speakers': 'Who speaks, in order: {name, affiliation?, url?}.',
  '/properties/summary': 'A few sentences on what it is about; blank lines separate paragraphs.',
  '/properties/sections': 'Longer texts (conceptualization, objectives…), each {heading, body}, shown collapsed.',
  '/properties/documents': 'Documents to read: {title, url?}.',
  '/properties/url': "The session's own page.",
  '/$defs/Text': 'A string, or a map from BCP 47 tag to string: {"en": "…", "fr": "…"}.',
  '/$defs/DateTime': 'ISO 8601 date-time with offset, e.g. 2021-06-01T14:05:00-03:00[America/Argentina/Cordoba].',
};

type SchemaNode = Record<string, unknown>;

/** The schema with its descriptions: what `session.schema.json` holds. */
export function describedSessionSchema(): SchemaNode {
  const described = structuredClone(sessionSchema) as unknown as SchemaNode;
  for (const [pointer, description] of Object.entries(schemaDescriptions)) {
    const keys = pointer
      .split('/')
      .slice(1)
      .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
    const node = keys.reduce<SchemaNode | undefined>(
      (parent, key) => parent?.[key] as SchemaNode | undefined,
      described
    );
    if (!node || typeof node !== 'object') throw new Error(`schemaDescriptions: the schema has nothing at ${pointer}`);
    node.description = description;
  }
  return described;
}
