/**
 * A session as a schema.org `Event` in JSON-LD: what search engines read to show an event
 * with its date and place (Google's Event rich results: `name`, `startDate` and `location`
 * required; `endDate`, `eventStatus`, `eventAttendanceMode`, `description`, `offers`,
 * `organizer`, `performer` recommended). Pure; the inverse of `fromSchemaOrg` for every
 * field schema.org can carry.
 */
import type {
  Event,
  Offer,
  Organization,
  Person,
  Place,
  Text as SchemaText,
  VirtualLocation,
  WithContext,
} from 'schema-dts';
import type {Session, Text} from '../contract/session-schema.js';
import {decideLink} from '../links/safe-url.js';

export interface ToSchemaOrgOptions {
  /**
   * Where the session's relative URLs resolve (its JSON file's URL, or the page's): then
   * every URL is written absolute. Without it they are written as given. Either way only
   * links the card itself would make: no `javascript:`, no credentials.
   */
  baseUrl?: string;
}

type Status = NonNullable<Session['status']>;
type Attendance = NonNullable<Session['attendance']>;

const STATUS: Record<Status, string> = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  'moved-online': 'EventMovedOnline',
};
const ATTENDANCE: Record<Attendance, string> = {
  online: 'OnlineEventAttendanceMode',
  'in-person': 'OfflineEventAttendanceMode',
  hybrid: 'MixedEventAttendanceMode',
};

/**
 * A Text: a string as it is; a map of translations as JSON-LD language-tagged values
 * (`[{"@language": "fr", "@value": "…"}]`), which schema.org's vocabulary allows for any
 * text but schema-dts does not type: the one place the types are widened.
 */
function text(value: Text): SchemaText {
  if (typeof value === 'string') return value;
  return Object.entries(value).map(([language, v]) => ({'@language': language, '@value': v})) as unknown as SchemaText;
}

/** The first non-blank translation: for an address, which has no language tags. */
const plain = (value: Text) => (typeof value === 'string' ? value : (Object.values(value).find((v) => v.trim()) ?? ''));

/** `2021-06-01T14:05:00-03:00[America/Argentina/Cordoba]` → without the zone suffix (not ISO 8601). */
const isoDateTime = (value: string) => value.replace(/\[.*\]$/, '');

export function toSchemaOrg(session: Session, options: ToSchemaOrgOptions = {}): WithContext<Event> {
  const {baseUrl} = options;
  /** `{url}` for a URL the card would link, else nothing. */
  const link = (url: string | undefined): {url?: string} => {
    if (url === undefined) return {};
    const decision = decideLink(url, baseUrl ?? 'https://example.invalid/');
    if (decision.kind !== 'link') return {};
    return {url: baseUrl ? decision.href : url.trim()};
  };
  const organization = (name: string, url?: string): Organization => ({'@type': 'Organization', name, ...link(url)});
  const {platform, location, registration} = session;
  const locations: Array<Place | VirtualLocation> = [];
  if (location !== undefined) {
    // Google asks a Place for its address: the card's location is one line, name and address alike.
    locations.push({'@type': 'Place', name: text(location), address: plain(location)});
  }
  if (platform !== undefined) {
    const {name, url} = typeof platform === 'string' ? {name: platform, url: undefined} : platform;
    locations.push({'@type': 'VirtualLocation', name, ...link(url)});
  }
  const attendance: Attendance | undefined =
    session.attendance ?? (platform && location ? 'hybrid' : platform ? 'online' : location ? 'in-person' : undefined);
  const offer: Offer | undefined = registration?.required
    ? {
        '@type': 'Offer',
        ...link(registration.url),
        ...(registration.closes ? {validThrough: isoDateTime(registration.closes)} : {}),
      }
    : undefined;

  const event: WithContext<Event> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text(session.title),
    startDate: isoDateTime(session.start),
    endDate: isoDateTime(session.end),
    ...(session.id !== undefined && {identifier: session.id}),
    ...(session.status && {eventStatus: `https://schema.org/${STATUS[session.status]}` as Event['eventStatus']}),
    ...(attendance && {
      eventAttendanceMode: `https://schema.org/${ATTENDANCE[attendance]}` as Event['eventAttendanceMode'],
    }),
    ...(locations.length && {location: locations.length === 1 ? locations[0] : locations}),
    ...(session.languages?.length && {
      inLanguage: session.languages.length === 1 ? session.languages[0] : session.languages,
    }),
    ...(session.capacity !== undefined && {maximumAttendeeCapacity: session.capacity}),
    ...(session.remaining !== undefined && {remainingAttendeeCapacity: session.remaining}),
    ...(session.organizers?.length && {
      organizer: session.organizers.map((o) => (typeof o === 'string' ? organization(o) : organization(o.name, o.url))),
    }),
    ...(session.speakers?.length && {
      performer: session.speakers.map(({name, url, affiliation}): Person => ({
        '@type': 'Person',
        name,
        ...link(url),
        ...(affiliation !== undefined && {affiliation: {'@type': 'Organization', name: text(affiliation)}}),
      })),
    }),
    ...(session.summary !== undefined && {description: text(session.summary)}),
    ...link(session.url),
    ...(offer && {offers: offer}),
  };
  return event;
}
