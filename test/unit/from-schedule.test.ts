/**
 * fromSchedule / listScheduleSessions on schedules of our own making: frab/pretalx
 * version 1, version 2 and a single talk; picking a talk; times from the talk's own date.
 */
import {expect} from '@open-wc/testing';
import {readSession} from '../../src/contract/read-session.js';
import type {Session} from '../../src/contract/session-schema.js';
import {fromSchedule, listScheduleSessions} from '../../src/import/from-schedule.js';
import type {ImportProblem, ImportResult} from '../../src/import/import-result.js';

type Talk = Record<string, unknown>;

const talk = (fields: Talk = {}): Talk => ({
  guid: 'a0a0fcfe-0000-4000-8000-000000000001',
  id: 101,
  date: '2019-08-21T11:00:00+02:00',
  start: '11:00',
  duration: '00:45',
  room: 'Curie',
  title: 'Opening',
  subtitle: '',
  track: 'CCC',
  type: 'lecture',
  language: 'en',
  abstract: 'What the camp is.',
  description: 'Longer words on the camp.',
  persons: [{id: 1, public_name: 'Ada'}],
  links: [],
  attachments: [],
  ...fields,
});

/** A version 1 schedule: `rooms` of each day hold the talks. */
function scheduleV1(days: Array<Record<string, Talk[]>>, conference: Record<string, unknown> = {}) {
  return {
    schedule: {
      version: 'test',
      base_url: 'https://fahrplan.example/camp/Fahrplan/',
      conference: {
        acronym: 'camp',
        title: 'Camp',
        time_zone_name: 'Europe/Berlin',
        days: days.map((rooms, index) => ({index: index + 1, date: `2019-08-${21 + index}`, rooms})),
        ...conference,
      },
    },
  };
}

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
const only = (fields: Talk = {}) => scheduleV1([{Curie: [talk(fields)]}]);

describe('fromSchedule', () => {
  describe('a version 1 talk', () => {
    it('maps every field it carries', () => {
      const result = fromSchedule(
        only({
          subtitle: 'and what it is for',
          links: [{title: 'Wiki', url: 'https://wiki.example/camp'}],
          attachments: [{title: 'Slides', url: '/system/attachments/1/slides.pdf?1566398735'}],
          url: 'events/101.html',
        })
      );
      expect(sessionOf(result)).to.deep.equal({
        title: 'Opening',
        id: '101',
        type: 'lecture',
        tracks: ['CCC'],
        start: '2019-08-21T11:00:00+02:00',
        end: '2019-08-21T11:45:00+02:00',
        timeZone: 'Europe/Berlin',
        attendance: 'in-person',
        location: 'Curie',
        languages: ['en'],
        speakers: [{name: 'Ada'}],
        summary: 'and what it is for\n\nWhat the camp is.',
        sections: [{heading: 'Description', body: 'Longer words on the camp.'}],
        documents: [
          {title: 'Wiki', url: 'https://wiki.example/camp'},
          // Root-relative, as frab writes attachments: against the schedule's base_url.
          {title: 'Slides', url: 'https://fahrplan.example/system/attachments/1/slides.pdf?1566398735'},
        ],
        url: 'https://fahrplan.example/camp/Fahrplan/events/101.html',
      });
      expect(warningsOf(result)).to.deep.equal([]);
    });

    it("takes the start from the talk's date, not the day's date: a day runs past midnight", () => {
      const late = talk({date: '2019-08-22T01:30:00+02:00', start: '01:30'});
      const session = sessionOf(fromSchedule(scheduleV1([{Curie: [late]}])));
      expect(session.start).to.equal('2019-08-22T01:30:00+02:00');
      expect(session.end).to.equal('2019-08-22T02:15:00+02:00');
    });

    it('reads a duration as H:MM, HH:MM, HH:MM:SS, seconds or ISO 8601', () => {
      const endOf = (duration: unknown) => sessionOf(fromSchedule(only({duration}))).end;
      expect(endOf('0:45')).to.equal('2019-08-21T11:45:00+02:00');
      expect(endOf('03:00')).to.equal('2019-08-21T14:00:00+02:00');
      expect(endOf('01:30:30')).to.equal('2019-08-21T12:30:30+02:00');
      expect(endOf(2700)).to.equal('2019-08-21T11:45:00+02:00');
      expect(endOf('PT1H30M')).to.equal('2019-08-21T12:30:00+02:00');
      expect(endOf('25:00')).to.equal('2019-08-22T12:00:00+02:00');
    });

    it('adds the duration as elapsed time, and writes the end at the zone’s offset across a clock change', () => {
      // Berlin leaves summer time at 03:00 on 27 October 2019: 02:30+02:00 plus an hour is 02:30+01:00.
      const session = sessionOf(fromSchedule(only({date: '2019-10-27T02:30:00+02:00', duration: '01:00'})));
      expect(session.end).to.equal('2019-10-27T02:30:00+01:00');
      expect(Date.parse(session.end) - Date.parse(session.start)).to.equal(3_600_000);
      expect(session.timeZone).to.equal('Europe/Berlin');
    });

    it('writes the start in the talk’s own offset, whatever form its date takes', () => {
      const session = sessionOf(fromSchedule(only({date: '2019-08-21T09:00:00.000Z'}), {}));
      expect(session.start).to.equal('2019-08-21T09:00:00+00:00');
      expect(session.timeZone).to.equal(undefined);
    });

    it('names no time zone, with a warning, when time_zone_name disagrees with the offsets', () => {
      const result = fromSchedule(
        scheduleV1([{Curie: [talk({date: '2020-12-14T09:00:00+01:00'})]}], {time_zone_name: 'UTC'})
      );
      const session = sessionOf(result);
      expect(session.timeZone).to.equal(undefined);
      expect(session.start).to.equal('2020-12-14T09:00:00+01:00');
      expect(warningsOf(result)).to.have.length(1);
      expect(warningsOf(result)[0]).to.include({
        code: 'time-zone-disagrees',
        path: 'schedule.conference.time_zone_name',
      });
      expect(warningsOf(result)[0].details).to.deep.equal({zone: 'UTC', offset: '+01:00', zoneOffset: '+00:00'});
      expect(warningsOf(result)[0].message).to.contain('+01:00').and.contain('time_zone_name');
    });

    it('names no time zone, with a warning, when time_zone_name is no IANA zone', () => {
      const result = fromSchedule(scheduleV1([{Curie: [talk()]}], {time_zone_name: 'CEST'}));
      expect(sessionOf(result).timeZone).to.equal(undefined);
      expect(brief(warningsOf(result))).to.deep.equal([
        {code: 'unknown-time-zone', path: 'schedule.conference.time_zone_name'},
      ]);
    });

    it('names no time zone and warns of none when the schedule gives none', () => {
      const result = fromSchedule(scheduleV1([{Curie: [talk()]}], {time_zone_name: undefined}));
      expect(sessionOf(result).timeZone).to.equal(undefined);
      expect(warningsOf(result)).to.deep.equal([]);
    });

    it('prefers the code as id, then the id, then the guid', () => {
      expect(sessionOf(fromSchedule(only({code: 'G9JGWY'}))).id).to.equal('G9JGWY');
      expect(sessionOf(fromSchedule(only({id: 7}))).id).to.equal('7');
      expect(sessionOf(fromSchedule(only({id: undefined}))).id).to.equal('a0a0fcfe-0000-4000-8000-000000000001');
    });

    it('leaves out what is empty, and the description when it repeats the abstract', () => {
      const session = sessionOf(
        fromSchedule(only({room: '', track: null, language: '', abstract: 'Same.', description: 'Same.', persons: []}))
      );
      expect(session).to.not.have.any.keys('location', 'attendance', 'tracks', 'languages', 'sections', 'speakers');
      expect(session.summary).to.equal('Same.');
    });

    it('keeps relative URLs as written without base_url or baseUrl, and resolves them against baseUrl', () => {
      const schedule = only({url: 'talk/G9JGWY/', attachments: [{title: 'Slides', url: 'slides.pdf'}]});
      delete (schedule.schedule as Record<string, unknown>).base_url;
      expect(sessionOf(fromSchedule(schedule)).url).to.equal('talk/G9JGWY/');
      const resolved = sessionOf(
        fromSchedule(schedule, {baseUrl: 'https://pretalx.example/democon/schedule/export/schedule.json'})
      );
      expect(resolved.url).to.equal('https://pretalx.example/democon/schedule/export/talk/G9JGWY/');
      expect(resolved.documents).to.deep.equal([
        {title: 'Slides', url: 'https://pretalx.example/democon/schedule/export/slides.pdf'},
      ]);
    });

    it('turns \\r\\n into \\n in texts', () => {
      expect(sessionOf(fromSchedule(only({abstract: 'One.\r\n\r\nTwo.'}))).summary).to.equal('One.\n\nTwo.');
    });
  });

  describe('picking the talk', () => {
    const two = scheduleV1([
      {Curie: [talk()], Meitner: [talk({guid: 'b-guid', id: 102, code: 'XYZ123', title: 'Second'})]},
      {Curie: [talk({guid: 'c-guid', id: 103, title: 'Third', date: '2019-08-22T10:00:00+02:00'})]},
    ]);

    it('by guid, code or id, compared as strings', () => {
      expect(sessionOf(fromSchedule(two, {session: 'b-guid'})).title).to.equal('Second');
      expect(sessionOf(fromSchedule(two, {session: 'XYZ123'})).title).to.equal('Second');
      expect(sessionOf(fromSchedule(two, {session: '103'})).title).to.equal('Third');
    });

    it('without a choice, on a schedule of several, is an error that says how many it holds', () => {
      const errors = errorsOf(fromSchedule(two));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({code: 'session-not-chosen', path: ''});
      expect(errors[0].details).to.deep.equal({count: 3});
      expect(errors[0].message).to.contain('3 sessions');
    });

    it('with an id the schedule does not hold, is an error with the id and the count', () => {
      const [error] = errorsOf(fromSchedule(two, {session: 'nope'}));
      expect(error.code).to.equal('session-not-found');
      expect(error.details).to.deep.equal({id: 'nope', count: 3});
      expect(error.message).to.contain('nope').and.contain('3 sessions');
    });

    it('takes the only talk of a schedule without a choice', () => {
      expect(sessionOf(fromSchedule(only())).title).to.equal('Opening');
    });

    it('says so when the schedule holds none', () => {
      expect(brief(errorsOf(fromSchedule(scheduleV1([{}]))))).to.deep.equal([{code: 'empty-schedule', path: ''}]);
    });

    it('reads a single talk object', () => {
      const session = sessionOf(fromSchedule(talk({code: 'ABCDE'})));
      expect(session.id).to.equal('ABCDE');
      expect(session.start).to.equal('2019-08-21T11:00:00+02:00');
      expect(fromSchedule(talk(), {session: 'other'})).to.have.property('errors');
    });

    it('refuses what is no schedule', () => {
      for (const value of [null, 'schedule', [], {title: 'No date'}, {schedule: {}}]) {
        expect(brief(errorsOf(fromSchedule(value)))).to.deep.equal([{code: 'not-a-schedule', path: ''}]);
      }
    });
  });

  describe('a version 2 schedule', () => {
    const v2 = {
      schedule: {
        version: 'test',
        base_url: 'https://hub.example/congress/',
        conference: {
          title: 'Congress',
          time_zone_name: 'Europe/Berlin',
          tracks: [{name: 'Hardware & Making', slug: 'hardware-making'}],
        },
        events: [
          {
            guid: 'e1',
            code: 'TPGRNN',
            type: 'LECTURE_HALL',
            start: '2024-12-28T00:15:00+01:00',
            end: '2024-12-28T00:55:00+01:00',
            room: {name: 'Saal Z', guid: 'r1'},
            track: {slug: 'hardware-making'},
            title: 'A talk',
            subtitle: null,
            language: 'en',
            participants: [
              {guid: 'p1', name: 'Speaker One', role: 'SPEAKER'},
              {guid: 'p2', name: 'Helper', role: 'CONTRIBUTOR'},
              {guid: 'p3', name: 'No Role'},
            ],
            links: [{type: 'FEEDBACK', url: 'https://hub.example/feedback/'}],
            attachments: [{type: 'SLIDES', url: 'files/1.pdf'}],
          },
        ],
        persons: [{guid: 'p1', name: 'Speaker One', url: 'user/p1/'}],
      },
    };

    it('reads start and end, room and track objects, participants who speak and their pages', () => {
      expect(sessionOf(fromSchedule(v2))).to.deep.equal({
        title: 'A talk',
        id: 'TPGRNN',
        type: 'Lecture hall',
        tracks: ['Hardware & Making'],
        start: '2024-12-28T00:15:00+01:00',
        end: '2024-12-28T00:55:00+01:00',
        timeZone: 'Europe/Berlin',
        attendance: 'in-person',
        location: 'Saal Z',
        languages: ['en'],
        speakers: [{name: 'Speaker One', url: 'https://hub.example/congress/user/p1/'}, {name: 'No Role'}],
        documents: [
          {title: 'Feedback', url: 'https://hub.example/feedback/'},
          {title: 'Slides', url: 'https://hub.example/congress/files/1.pdf'},
        ],
      });
    });

    it('lists its talks for a picker', () => {
      expect(listScheduleSessions(v2)).to.deep.equal([{id: 'e1', title: 'A talk', start: '2024-12-28T00:15:00+01:00'}]);
    });
  });

  describe('what the talk gets wrong', () => {
    const path = 'schedule.conference.days[0].rooms["Curie"][0]';

    it('a date without an offset is an error at its path, never read in some zone', () => {
      const [error, ...rest] = errorsOf(fromSchedule(only({date: '2019-08-21T11:00:00'})));
      expect(rest).to.deep.equal([]);
      expect(error).to.include({code: 'missing-offset', path: `${path}.date`});
      expect(error.message).to.contain('offset');
    });

    it('a talk without a date is an error, even with a start time', () => {
      expect(brief(errorsOf(fromSchedule(only({date: undefined}))))).to.deep.equal([
        {code: 'missing-field', path: `${path}.date`},
      ]);
    });

    it('a duration that is none is an error', () => {
      for (const duration of ['45 min', '1:5', 0, -60, undefined, 'PT']) {
        expect(brief(errorsOf(fromSchedule(only({duration})))), String(duration)).to.deep.equal([
          {code: 'invalid-duration', path: `${path}.duration`},
        ]);
      }
    });

    it('the card’s own reader has the last word: an end before the start is its error', () => {
      const v2End = talk({date: undefined, start: '2024-12-28T01:00:00+01:00', end: '2024-12-28T00:00:00+01:00'});
      expect(brief(errorsOf(fromSchedule(v2End)))).to.deep.equal([{code: 'end-before-start', path: 'end'}]);
    });

    it('the card’s reader’s warnings join the result: a javascript: URL', () => {
      const result = fromSchedule(only({links: [{title: 'Bad', url: 'javascript:alert(1)'}]}));
      expect(brief(warningsOf(result))).to.deep.equal([{code: 'unsafe-url', path: 'documents[0].url'}]);
      expect(warningsOf(result)[0].message).to.contain('javascript:');
    });

    it('every session it returns passes the card’s reader', () => {
      const session = sessionOf(fromSchedule(only({links: [{title: 'W', url: 'https://w.example/'}]})));
      expect(readSession(session, 'https://page.example/').errors).to.deep.equal([]);
    });
  });
});

describe('listScheduleSessions', () => {
  it('lists each talk of a version 1 schedule by its guid (else code, else id), title and start', () => {
    const schedule = scheduleV1([
      {Curie: [talk()], Meitner: [talk({guid: undefined, code: 'XYZ', title: 'B', date: '2019-08-21T12:00:00+02:00'})]},
      {Curie: [talk({guid: undefined, id: 5, title: 'C', date: '2019-08-22T00:30:00+02:00'})]},
    ]);
    expect(listScheduleSessions(schedule)).to.deep.equal([
      {id: 'a0a0fcfe-0000-4000-8000-000000000001', title: 'Opening', start: '2019-08-21T11:00:00+02:00'},
      {id: 'XYZ', title: 'B', start: '2019-08-21T12:00:00+02:00'},
      {id: '5', title: 'C', start: '2019-08-22T00:30:00+02:00'},
    ]);
  });

  it('lists nothing for what is no schedule', () => {
    expect(listScheduleSessions({title: 'x'})).to.deep.equal([]);
    expect(listScheduleSessions(42)).to.deep.equal([]);
  });
});
