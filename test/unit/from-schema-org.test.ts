/**
 * fromSchemaOrg on JSON-LD of our own making: an Event of any subtype, alone, in a list
 * or in @graph; a date-time without an offset is an error, never read in some zone.
 */
import {expect} from '@open-wc/testing';
import type {Session} from '../../src/contract/session-schema.js';
import {fromSchemaOrg} from '../../src/import/from-schema-org.js';
import type {ImportProblem, ImportResult} from '../../src/import/import-result.js';

type Node = Record<string, unknown>;

const event = (fields: Node = {}): Node => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: 'Data for cities',
  startDate: '2025-07-21T19:00-05:00',
  endDate: '2025-07-21T20:30-05:00',
  ...fields,
});

function sessionOf(result: ImportResult): Session {
  if (!('session' in result)) throw new Error(`expected a session, got ${JSON.stringify(result.errors)}`);
  return result.session;
}
function errorsOf(result: ImportResult): ImportProblem[] {
  if (!('errors' in result)) throw new Error(`expected errors, got ${JSON.stringify(result.session)}`);
  return result.errors;
}
const warningsOf = (result: ImportResult) => ('warnings' in result ? result.warnings : []);
const brief = (problems: ImportProblem[]) => problems.map(({code, path}) => ({code, path}));
const read = (fields: Node) => sessionOf(fromSchemaOrg(event(fields)));

describe('fromSchemaOrg', () => {
  describe('finding the Event', () => {
    it('reads an Event alone, writing its times with seconds at their own offset', () => {
      const result = fromSchemaOrg(event());
      expect(sessionOf(result)).to.deep.equal({
        title: 'Data for cities',
        start: '2025-07-21T19:00:00-05:00',
        end: '2025-07-21T20:30:00-05:00',
      });
      expect(warningsOf(result)).to.deep.equal([]);
    });

    it('reads any subtype, a list of types and full type URLs', () => {
      for (const type of [
        'EducationEvent',
        'MusicEvent',
        'Festival',
        ['Thing', 'BusinessEvent'],
        'https://schema.org/SocialEvent',
      ]) {
        expect(read({'@type': type}).title, JSON.stringify(type)).to.equal('Data for cities');
      }
    });

    it('finds it in a list and in @graph, and follows @id references within the graph', () => {
      expect(sessionOf(fromSchemaOrg([{'@type': 'WebPage'}, event()])).title).to.equal('Data for cities');
      const graph = {
        '@context': 'https://schema.org',
        '@graph': [
          {'@type': 'Place', '@id': '#venue', name: 'Town Hall'},
          event({location: {'@id': '#venue'}, organizer: {'@id': '#org'}}),
          {'@type': 'Organization', '@id': '#org', name: 'City Lab', url: 'https://citylab.example/'},
        ],
      };
      const session = sessionOf(fromSchemaOrg(graph));
      expect(session.location).to.equal('Town Hall');
      expect(session.organizers).to.deep.equal([{name: 'City Lab', url: 'https://citylab.example/'}]);
    });

    it('takes the first of several Events, with a warning', () => {
      const result = fromSchemaOrg([event(), event({name: 'Second'})]);
      expect(sessionOf(result).title).to.equal('Data for cities');
      expect(brief(warningsOf(result))).to.deep.equal([{code: 'several-events', path: ''}]);
      expect(warningsOf(result)[0].details).to.deep.equal({count: 2});
    });

    it('says so when there is no Event', () => {
      for (const value of [{'@type': 'Person', name: 'Ada'}, [], null, {'@type': 'EventSeries', name: 'Talks'}]) {
        expect(brief(errorsOf(fromSchemaOrg(value)))).to.deep.equal([{code: 'no-event', path: ''}]);
      }
    });
  });

  describe('times', () => {
    it('a date-time without an offset is an error at its path', () => {
      expect(brief(errorsOf(fromSchemaOrg(event({startDate: '2013-09-14T21:30'}))))).to.deep.equal([
        {code: 'missing-offset', path: 'startDate'},
      ]);
      expect(brief(errorsOf(fromSchemaOrg([{'@type': 'Thing'}, event({endDate: '2025-07-21T20:30'})])))).to.deep.equal([
        {code: 'missing-offset', path: '[1].endDate'},
      ]);
      expect(brief(errorsOf(fromSchemaOrg({'@graph': [event({startDate: '2025-07-21T19:00:00'})]})))).to.deep.equal([
        {code: 'missing-offset', path: '@graph[0].startDate'},
      ]);
    });

    it('a date without a time is an error that says so', () => {
      const [error] = errorsOf(fromSchemaOrg(event({startDate: '2025-07-21'})));
      expect(error).to.include({code: 'missing-time', path: 'startDate'});
      expect(error.message).to.contain('date without a time');
    });

    it('a start that is no date-time, or none, is an error', () => {
      expect(brief(errorsOf(fromSchemaOrg(event({startDate: 'next Tuesday'}))))).to.deep.equal([
        {code: 'invalid-date-time', path: 'startDate'},
      ]);
      expect(brief(errorsOf(fromSchemaOrg(event({startDate: undefined}))))).to.deep.equal([
        {code: 'missing-field', path: 'startDate'},
      ]);
    });

    it('takes the end from the duration when there is no endDate', () => {
      expect(read({endDate: undefined, duration: 'PT1H30M'}).end).to.equal('2025-07-21T20:30:00-05:00');
      expect(read({endDate: undefined, duration: 'PT45M'}).end).to.equal('2025-07-21T19:45:00-05:00');
      expect(read({endDate: undefined, duration: 'P1DT2H'}).end).to.equal('2025-07-22T21:00:00-05:00');
    });

    it('a duration that is none, or no end at all, is an error', () => {
      expect(brief(errorsOf(fromSchemaOrg(event({endDate: undefined, duration: 'P1M'}))))).to.deep.equal([
        {code: 'invalid-duration', path: 'duration'},
      ]);
      expect(brief(errorsOf(fromSchemaOrg(event({endDate: undefined}))))).to.deep.equal([
        {code: 'missing-end', path: 'endDate'},
      ]);
    });

    it('a recurring Event without a start of its own is an error that says so', () => {
      const recurring = event({
        startDate: undefined,
        endDate: undefined,
        duration: 'PT60M',
        eventSchedule: {'@type': 'Schedule'},
      });
      expect(brief(errorsOf(fromSchemaOrg(recurring)))).to.deep.equal([
        {code: 'recurring-event', path: 'eventSchedule'},
      ]);
    });

    it('an end before the start is the card reader’s error', () => {
      expect(brief(errorsOf(fromSchemaOrg(event({endDate: '2025-07-21T18:00-05:00'}))))).to.deep.equal([
        {code: 'end-before-start', path: 'end'},
      ]);
    });
  });

  describe('places and attendance', () => {
    const place = {
      '@type': 'Place',
      name: 'Town Hall',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '1 Main St',
        addressLocality: 'Springfield',
        addressRegion: 'IL',
        postalCode: '62701',
        addressCountry: {'@type': 'Country', name: 'US'},
      },
    };
    const virtual = {'@type': 'VirtualLocation', url: 'https://meet.example/room/1'};

    it('a Place is the location, with its address on one line', () => {
      const session = read({location: place});
      expect(session.location).to.equal('Town Hall, 1 Main St, Springfield, IL 62701, US');
      expect(session.attendance).to.equal('in-person');
      expect(read({location: 'Room 4'}).location).to.equal('Room 4');
    });

    it('a VirtualLocation is the platform, named by its name or else its host', () => {
      expect(read({location: virtual}).platform).to.deep.equal({
        name: 'meet.example',
        url: 'https://meet.example/room/1',
      });
      expect(read({location: {...virtual, name: 'Zoom'}}).platform).to.deep.equal({
        name: 'Zoom',
        url: 'https://meet.example/room/1',
      });
      expect(read({location: virtual}).attendance).to.equal('online');
    });

    it('both make a hybrid session', () => {
      const session = read({location: [virtual, place]});
      expect(session.attendance).to.equal('hybrid');
      expect(session.platform).to.deep.equal({name: 'meet.example', url: 'https://meet.example/room/1'});
      expect(session.location).to.match(/^Town Hall/);
    });

    it('eventAttendanceMode decides, as a full URL or short', () => {
      expect(
        read({location: place, eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode'}).attendance
      ).to.equal('hybrid');
      expect(read({location: virtual, eventAttendanceMode: 'OfflineEventAttendanceMode'}).attendance).to.equal(
        'in-person'
      );
      expect(read({eventAttendanceMode: 'http://schema.org/OnlineEventAttendanceMode'}).attendance).to.equal('online');
    });
  });

  describe('the other fields', () => {
    it('eventStatus, as a URL or short', () => {
      const statuses = {
        EventScheduled: 'scheduled',
        EventCancelled: 'cancelled',
        EventPostponed: 'postponed',
        EventRescheduled: 'rescheduled',
        EventMovedOnline: 'moved-online',
      };
      for (const [value, status] of Object.entries(statuses)) {
        expect(read({eventStatus: `https://schema.org/${value}`}).status).to.equal(status);
        expect(read({eventStatus: value}).status).to.equal(status);
      }
      const result = fromSchemaOrg(event({eventStatus: 'EventHappening'}));
      expect(sessionOf(result)).to.not.have.property('status');
      expect(brief(warningsOf(result))).to.deep.equal([{code: 'unknown-status', path: 'eventStatus'}]);
    });

    it('inLanguage as a tag, a list, or a Language', () => {
      expect(read({inLanguage: 'en-US'}).languages).to.deep.equal(['en-US']);
      expect(read({inLanguage: ['en', 'fr']}).languages).to.deep.equal(['en', 'fr']);
      expect(read({inLanguage: {'@type': 'Language', name: 'Spanish', alternateName: 'es'}}).languages).to.deep.equal([
        'es',
      ]);
      const result = fromSchemaOrg(event({inLanguage: ['en', 'English']}));
      expect(sessionOf(result).languages).to.deep.equal(['en']);
      expect(brief(warningsOf(result))).to.deep.equal([{code: 'unknown-language', path: 'inLanguage[1]'}]);
    });

    it('capacity, remaining, organizers, performers, description, url, identifier', () => {
      const session = read({
        maximumAttendeeCapacity: 120,
        remainingAttendeeCapacity: '15',
        organizer: [
          {'@type': 'Organization', name: 'City Lab', url: 'https://citylab.example/'},
          {'@type': 'Person', name: 'Ana'},
        ],
        performer: {'@type': 'Person', name: 'Bo', url: 'https://bo.example/', affiliation: {name: 'Uni'}},
        description: 'Open data in practice.',
        url: 'https://conf.example/s/12',
        identifier: 12,
      });
      expect(session).to.deep.include({
        capacity: 120,
        remaining: 15,
        organizers: [{name: 'City Lab', url: 'https://citylab.example/'}, 'Ana'],
        speakers: [{name: 'Bo', url: 'https://bo.example/', affiliation: 'Uni'}],
        summary: 'Open data in practice.',
        url: 'https://conf.example/s/12',
        id: '12',
      });
    });

    it('a name in several languages becomes a map of translations', () => {
      const name = [
        {'@language': 'en', '@value': 'Data for cities'},
        {'@language': 'fr', '@value': 'Des données pour les villes'},
      ];
      expect(read({name}).title).to.deep.equal({en: 'Data for cities', fr: 'Des données pour les villes'});
    });

    it('offers: registration is required, at the first offer’s URL, closing with the last validThrough', () => {
      const session = read({
        offers: [
          {'@type': 'Offer', url: 'https://tickets.example/1', validThrough: '2025-07-01T23:59-05:00'},
          {'@type': 'Offer', url: 'https://tickets.example/2', validThrough: '2025-07-10T23:59:00-05:00'},
        ],
      });
      expect(session.registration).to.deep.equal({
        required: true,
        url: 'https://tickets.example/1',
        closes: '2025-07-10T23:59:00-05:00',
      });
      expect(read({offers: {'@type': 'Offer', price: '0'}}).registration).to.deep.equal({required: true});
      expect(read({})).to.not.have.property('registration');
    });

    it('an offer’s validThrough without an offset is left out, with a warning', () => {
      const result = fromSchemaOrg(
        event({offers: {'@type': 'Offer', url: 'https://t.example/', validThrough: '2025-07-10T23:59'}})
      );
      expect(sessionOf(result).registration).to.deep.equal({required: true, url: 'https://t.example/'});
      expect(brief(warningsOf(result))).to.deep.equal([{code: 'missing-offset', path: 'offers.validThrough'}]);
    });

    it('leaves out what the card has no place for, without a word', () => {
      const session = read({image: 'https://x.example/p.jpg', doorTime: '18:30:00', typicalAgeRange: '18+'});
      expect(Object.keys(session).sort()).to.deep.equal(['end', 'start', 'title']);
    });
  });
});
