/**
 * The data contract, schema v1: the one definition of a session.
 *
 * This object is the JSON Schema itself. `scripts/write-schema.js` writes it out as
 * `session.schema.json`, the TypeScript types below are derived from it by
 * `json-schema-to-ts`, and `validate-schema.ts` checks data against it at run time.
 * Change the contract here and all three follow.
 */
import type {FromSchema} from 'json-schema-to-ts';

/**
 * ISO 8601 extended date-time with a UTC offset, optionally followed by an RFC 9557
 * time-zone suffix (`[Europe/Berlin]`, critical `[!Europe/Berlin]`) and suffix tags
 * (`[u-ca=gregory]`). A pattern rather than `format: date-time`, which rejects the suffix.
 * Its named groups are what `date-time.ts` reads, so the schema and the parser share it.
 */
export const DATE_TIME_PATTERN =
  '^(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})T(?<hour>\\d{2}):(?<minute>\\d{2})' +
  '(?::(?<second>\\d{2})(?:\\.(?<fraction>\\d{1,9}))?)?' +
  '(?<offset>Z|[+-]\\d{2}:\\d{2})' +
  '(?:\\[(?<critical>!?)(?<zone>[A-Za-z][A-Za-z0-9_+\\-/]*)\\])?' +
  '(?:\\[!?[a-z_][a-z0-9_-]*=[A-Za-z0-9-]+\\])*$';

/** The same pattern without group names, for JSON Schema validators outside JavaScript. */
const PORTABLE_DATE_TIME_PATTERN = DATE_TIME_PATTERN.replace(/\?<\w+>/g, '');

export const sessionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/session-card/session.schema.json',
  title: 'Session',
  description: 'One session of a conference, as <session-card> reads it (schema v1).',
  type: 'object',
  required: ['title', 'start', 'end'],
  properties: {
    $schema: {type: 'string', description: 'Lets editors find this schema.'},
    title: {$ref: '#/$defs/Text', description: 'The session title.'},
    start: {$ref: '#/$defs/DateTime', description: 'When it starts.'},
    end: {$ref: '#/$defs/DateTime', description: 'When it ends; after start.'},
    timeZone: {
      type: 'string',
      minLength: 1,
      description: 'IANA time zone where the event takes place, e.g. America/Argentina/Cordoba.',
    },
    id: {type: 'string', description: 'The session code, e.g. 3.2.2.'},
    type: {$ref: '#/$defs/Text', description: 'The kind of session, e.g. Workshop.'},
    tracks: {
      type: 'array',
      items: {$ref: '#/$defs/Text'},
      description: 'Thematic lines, broadest first.',
    },
    attendance: {
      enum: ['online', 'in-person', 'hybrid'],
      description: 'When absent: online with only a platform, in-person with only a location, hybrid with both.',
    },
    platform: {
      anyOf: [{type: 'string', minLength: 1}, {$ref: '#/$defs/NamedLink'}],
      description: 'Where an online session happens, e.g. Zoom.',
    },
    location: {$ref: '#/$defs/Text', description: 'The venue of an in-person or hybrid session.'},
    capacity: {type: 'integer', minimum: 0, description: 'How many can attend.'},
    remaining: {type: 'integer', minimum: 0, description: 'Seats left.'},
    status: {
      enum: ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'],
      description:
        "What the organizer says of it, as schema.org's eventStatus: scheduled (when absent), cancelled, " +
        'postponed, rescheduled (start and end give the new time), moved-online.',
    },
    registration: {
      type: 'object',
      required: ['required'],
      properties: {
        required: {type: 'boolean'},
        url: {type: 'string'},
        closes: {$ref: '#/$defs/DateTime', description: 'When registration closes.'},
      },
      description: 'Whether registration is needed, where, and until when.',
    },
    languages: {
      type: 'array',
      items: {type: 'string', minLength: 1},
      description: 'BCP 47 tags of the languages offered, e.g. ["en", "fr", "es"].',
    },
    organizers: {
      type: 'array',
      items: {anyOf: [{type: 'string', minLength: 1}, {$ref: '#/$defs/NamedLink'}]},
    },
    speakers: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          name: {type: 'string', minLength: 1},
          affiliation: {$ref: '#/$defs/Text'},
          url: {type: 'string'},
        },
      },
    },
    summary: {$ref: '#/$defs/Text'},
    sections: {
      type: 'array',
      items: {
        type: 'object',
        required: ['heading', 'body'],
        properties: {
          heading: {$ref: '#/$defs/Text'},
          body: {$ref: '#/$defs/Text'},
        },
      },
    },
    documents: {
      type: 'array',
      items: {
        type: 'object',
        required: ['title'],
        properties: {
          title: {$ref: '#/$defs/Text'},
          url: {type: 'string'},
        },
      },
    },
    url: {type: 'string', description: "The session's own page."},
  },
  $defs: {
    Text: {
      description: 'A string, or a map from BCP 47 tag to string: {"en": "…", "fr": "…"}.',
      anyOf: [{type: 'string'}, {type: 'object', minProperties: 1, additionalProperties: {type: 'string'}}],
    },
    DateTime: {
      type: 'string',
      pattern: PORTABLE_DATE_TIME_PATTERN,
      description: 'ISO 8601 date-time with offset, e.g. 2021-06-01T14:05:00-03:00[America/Argentina/Cordoba].',
    },
    NamedLink: {
      type: 'object',
      required: ['name'],
      properties: {
        name: {type: 'string', minLength: 1},
        url: {type: 'string'},
      },
    },
  },
} as const;

/** A session as its JSON gives it. */
export type Session = FromSchema<typeof sessionSchema>;
/** A string, or a map from BCP 47 tag to string. */
export type Text = FromSchema<typeof sessionSchema.$defs.Text>;
/** `{name, url?}` as organizers and platforms may be given. */
export type NamedLink = FromSchema<typeof sessionSchema.$defs.NamedLink>;
export type Attendance = NonNullable<Session['attendance']>;
export type EventStatus = NonNullable<Session['status']>;
export type Speaker = NonNullable<Session['speakers']>[number];
export type Section = NonNullable<Session['sections']>[number];
export type SessionDocument = NonNullable<Session['documents']>[number];
