/**
 * toSchemaOrg: a session as schema.org Event JSON-LD. The expected outputs are typed with
 * schema-dts (`satisfies`), so the type check fails on a property schema.org lacks; the
 * round trip through fromSchemaOrg keeps every field schema.org can carry.
 */
import {expect} from '@open-wc/testing';
import type {Event, WithContext} from 'schema-dts';
import type {Session} from '../../src/contract/session-schema.js';
import {fromSchemaOrg} from '../../src/import/from-schema-org.js';
import {toSchemaOrg} from '../../src/import/to-schema-org.js';
import {seedSession} from '../support/seed.js';

/** The fields of a session that schema.org's Event can carry (the rest is the card's own). */
const CARRIED = [
  'title',
  'id',
  'start',
  'end',
  'status',
  'attendance',
  'platform',
  'location',
  'capacity',
  'remaining',
  'registration',
  'languages',
  'organizers',
  'speakers',
  'summary',
  'url',
] as const;
/** Those fields; `Z` written as `+00:00`, as the importer writes every offset. */
const carried = (session: Session) =>
  Object.fromEntries(
    CARRIED.filter((key) => session[key] !== undefined).map((key) => [
      key,
      key === 'start' || key === 'end' ? session[key].replace(/Z$/, '+00:00') : session[key],
    ])
  );

const rich: Session = {
  id: 'w-7',
  title: {en: 'Maps for everyone', es: 'Mapas para todos'},
  start: '2024-09-03T14:00:00-03:00',
  end: '2024-09-03T15:30:00-03:00',
  status: 'rescheduled',
  attendance: 'hybrid',
  platform: {name: 'Jitsi', url: 'https://meet.example/maps'},
  location: 'Room 4, Centro Cultural, Córdoba',
  capacity: 80,
  remaining: 12,
  registration: {required: true, url: 'https://tickets.example/maps', closes: '2024-09-02T23:59:00-03:00'},
  languages: ['es', 'en'],
  organizers: ['ADEC', {name: 'OpenStreetMap Argentina', url: 'https://osm.example/'}],
  speakers: [
    {name: 'Ana Pérez', affiliation: 'UNC', url: 'https://ana.example/'},
    {name: 'Li Wei', affiliation: {en: 'Mapping Lab', es: 'Laboratorio de mapas'}},
  ],
  summary: {en: 'Open data, open maps.', es: 'Datos abiertos, mapas abiertos.'},
  url: 'https://forum.example/sessions/w-7',
};

describe('toSchemaOrg', () => {
  it('writes the seed as an Event', async () => {
    const seed = await seedSession();
    const expected = {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: seed.title as string,
      startDate: '2021-06-01T14:05:00-03:00',
      endDate: '2021-06-01T15:35:00-03:00',
      identifier: '3.2.2',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: {'@type': 'VirtualLocation', name: 'Zoom'},
      inLanguage: ['en', 'fr', 'es'],
      maximumAttendeeCapacity: 160,
      organizer: [
        {'@type': 'Organization', name: 'ILO'},
        {'@type': 'Organization', name: 'ADEC'},
        {'@type': 'Organization', name: 'FAMSI'},
      ],
      description: seed.summary as string,
      offers: {'@type': 'Offer'},
    } satisfies WithContext<Event>;
    expect(toSchemaOrg(seed)).to.deep.equal(expected);
  });

  it('has all of Google’s required and recommended Event properties that a session carries', () => {
    const event = toSchemaOrg(rich) as unknown as Record<string, unknown>;
    for (const property of ['name', 'startDate', 'location']) expect(event, 'required').to.have.property(property);
    for (const property of [
      'endDate',
      'eventStatus',
      'eventAttendanceMode',
      'description',
      'offers',
      'organizer',
      'performer',
    ]) {
      expect(event, 'recommended').to.have.property(property);
    }
    expect(event.location).to.deep.equal([
      {
        '@type': 'Place',
        name: 'Room 4, Centro Cultural, Córdoba',
        address: 'Room 4, Centro Cultural, Córdoba',
      },
      {'@type': 'VirtualLocation', name: 'Jitsi', url: 'https://meet.example/maps'},
    ] satisfies Event['location']);
    expect(event.eventStatus).to.equal('https://schema.org/EventRescheduled');
    expect(event.offers).to.deep.equal({
      '@type': 'Offer',
      url: 'https://tickets.example/maps',
      validThrough: '2024-09-02T23:59:00-03:00',
    });
    expect(event.name).to.deep.equal([
      {'@language': 'en', '@value': 'Maps for everyone'},
      {'@language': 'es', '@value': 'Mapas para todos'},
    ]);
  });

  it('round trip: fromSchemaOrg(toSchemaOrg(s)) keeps every field schema.org can carry', async () => {
    const sessions: Session[] = [
      await seedSession(),
      rich,
      {title: 'Bare', start: '2024-01-01T10:00:00Z', end: '2024-01-01T11:00:00Z'},
      {
        title: 'In person',
        start: '2024-03-31T01:30:00+01:00',
        end: '2024-03-31T03:30:00+02:00',
        // Written even when the session leaves it to the card to derive, as the card does.
        attendance: 'in-person',
        location: {fr: 'Salle 2', en: 'Room 2'},
        languages: ['fr'],
        status: 'cancelled',
        speakers: [{name: 'Jo'}],
      },
    ];
    for (const session of sessions) {
      const back = fromSchemaOrg(JSON.parse(JSON.stringify(toSchemaOrg(session))));
      if (!('session' in back)) throw new Error(JSON.stringify(back.errors));
      const expected = carried(session);
      // The seed's registration has no URL: an Offer says registration is needed, nothing more.
      expect(carried(back.session), JSON.stringify(session.title)).to.deep.equal(expected);
    }
  });

  it('writes only the links the card would make, absolute against baseUrl', () => {
    const event = toSchemaOrg(
      {
        title: 'Links',
        start: '2024-01-01T10:00:00Z',
        end: '2024-01-01T11:00:00Z',
        url: 'sessions/links.html',
        platform: {name: 'Evil', url: 'javascript:alert(1)'},
        organizers: [{name: 'Creds', url: 'https://user:pw@evil.example/'}],
        registration: {required: true, url: '#'},
      },
      {baseUrl: 'https://forum.example/2024/'}
    ) as unknown as Record<string, unknown>;
    expect(event.url).to.equal('https://forum.example/2024/sessions/links.html');
    expect(event.location).to.deep.equal({'@type': 'VirtualLocation', name: 'Evil'});
    expect(event.organizer).to.deep.equal([{'@type': 'Organization', name: 'Creds'}]);
    expect(event.offers).to.deep.equal({'@type': 'Offer'});
  });

  it('drops a zone suffix, which ISO 8601 readers do not know', () => {
    const event = toSchemaOrg({
      title: 'Zoned',
      start: '2024-06-01T10:00:00+02:00[Europe/Berlin]',
      end: '2024-06-01T11:00:00+02:00[Europe/Berlin]',
    });
    expect(event).to.include({startDate: '2024-06-01T10:00:00+02:00', endDate: '2024-06-01T11:00:00+02:00'});
  });
});
