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
  type: 'object',
  required: ['title', 'start', 'end'],
  properties: {
    $schema: {type: 'string'},
    title: {$ref: '#/$defs/Text'},
    start: {$ref: '#/$defs/DateTime'},
    end: {$ref: '#/$defs/DateTime'},
    timeZone: {
      type: 'string',
      minLength: 1,
    },
    id: {type: 'string'},
    type: {$ref: '#/$defs/Text'},
    tracks: {
      type: 'array',
      items: {$ref: '#/$defs/Text'},
    },
    attendance: {
      enum: ['online', 'in-person', 'hybrid'],
    },
    platform: {
      anyOf: [{type: 'string', minLength: 1}, {$ref: '#/$defs/NamedLink'}],
    },
    location: {$ref: '#/$defs/Text'},
    capacity: {type: 'integer', minimum: 0},
    remaining: {type: 'integer', minimum: 0},
    status: {
      enum: ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'],
    },
    registration: {
      type: 'object',
      required: ['required'],
      properties: {
        required: {type: 'boolean'},
        url: {type: 'string'},
        closes: {$ref: '#/$defs/DateTime'},
      },
    },
    languages: {
      type: 'array',
      items: {type: 'string', minLength: 1},
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
    url: {type: 'string'},
  },
  $defs: {
    Text: {
      anyOf: [{type: 'string'}, {type: 'object', minProperties: 1, additionalProperties: {type: 'string'}}],
    },
    DateTime: {
      type: 'string',
      pattern: PORTABLE_DATE_TIME_PATTERN,
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
