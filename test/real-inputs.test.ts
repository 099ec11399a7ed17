/**
 * The importers on input nobody here wrote: the public examples in ../shared/fixtures/real/
 * (read where they lie, through the test server's /real-fixtures/, never copied) and the
 * forum's text of the seed session (/shared-seeds/). SOURCES.md there says what each is.
 */
import {expect} from '@open-wc/testing';
import {readSession} from '../src/contract/read-session.js';
import type {Session} from '../src/contract/session-schema.js';
import {fromSchedule, fromSchemaOrg, fromText, listScheduleSessions} from '../src/import/index.js';
import type {ImportProblem, ImportResult} from '../src/import/index.js';
import {seedSession} from './support/seed.js';

type Json = Record<string, unknown>;

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}
const fetchJson = async (path: string) => JSON.parse(await fetchText(path)) as unknown;

function sessionOf(result: ImportResult, what = ''): Session {
  if (!('session' in result)) throw new Error(`${what}: expected a session, got ${JSON.stringify(result.errors)}`);
  return result.session;
}
function errorsOf(result: ImportResult): ImportProblem[] {
  if (!('errors' in result)) throw new Error(`expected errors, got ${JSON.stringify(result.session)}`);
  return result.errors;
}
const warningsOf = (result: ImportResult) => ('warnings' in result ? result.warnings : []);

/** Every talk of a schedule, found here without the importer: v1's days and rooms, or v2's events. */
function talksIn(json: unknown): Json[] {
  const schedule = (json as {schedule: Json}).schedule;
  if (Array.isArray(schedule.events)) return schedule.events as Json[];
  const days = (schedule.conference as {days: Array<{rooms: Record<string, Json[]>}>}).days;
  return days.flatMap((day) => Object.values(day.rooms).flat());
}

/** `00:45`, `03:00` (frab and pretalx write hours and minutes) in milliseconds. */
function durationOf(text: unknown): number {
  const [hours, minutes] = String(text).split(':').map(Number);
  return (hours * 60 + minutes) * 60_000;
}

const EXAMPLES = '/real-fixtures/voc-schedule/examples/';

describe('real inputs', () => {
  describe('the test server’s shared folders', () => {
    it('serve the files, read-only, and nothing outside them', async () => {
      expect((await fetch(`${EXAMPLES}pretalx-democon.json`)).headers.get('content-type')).to.contain(
        'application/json'
      );
      expect((await fetch(`${EXAMPLES}no-such-file.json`)).status).to.equal(404);
      expect((await fetch(`${EXAMPLES}`)).status).to.equal(404);
      expect((await fetch('/shared-seeds/000_c83a2b331e23f6cb.txt')).status).to.equal(200);
      // Files that exist, one folder up: `..` with an encoded slash reaches the server as it is.
      expect((await fetch('/shared-seeds/..%2Ffixtures%2Freal%2FSOURCES.md')).status).to.equal(404);
      expect(
        (await fetch('/real-fixtures/voc-schedule/..%2F..%2F..%2Fseeds%2F000_c83a2b331e23f6cb.txt')).status
      ).to.equal(404);
      expect((await fetch(`${EXAMPLES}pretalx-democon.json`, {method: 'POST', body: '{}'})).status).to.equal(405);
    });
  });

  const schedules = [
    {file: 'pretalx-democon.json', talks: 36, zone: undefined, zoneWarning: true},
    {file: 'frab-camp2019.json', talks: 79, zone: 'Europe/Berlin', zoneWarning: false},
    {file: 'pretalx-rc3.json', talks: 48, zone: undefined, zoneWarning: false},
    {file: 'hub-schedule2.json', talks: 2, zone: 'Europe/Berlin', zoneWarning: false},
  ];
  for (const {file, talks: count, zone, zoneWarning} of schedules) {
    describe(file, () => {
      it(`every talk (${count}) is a valid session at its date plus its duration`, async () => {
        const json = await fetchJson(EXAMPLES + file);
        const talks = talksIn(json);
        const listed = listScheduleSessions(json);
        expect(talks).to.have.length(count);
        expect(listed.map((t) => t.id)).to.deep.equal(talks.map((t) => String(t.guid)));
        for (const talk of talks) {
          const result = fromSchedule(json, {session: String(talk.guid)});
          const session = sessionOf(result, `${file} ${String(talk.guid)}`);
          expect(readSession(session, 'https://page.example/').errors).to.deep.equal([]);
          expect(session.title).to.equal(String(talk.title).trim());
          const start = Date.parse(String(talk.date ?? talk.start));
          const end = typeof talk.end === 'string' ? Date.parse(talk.end) : start + durationOf(talk.duration);
          expect(Date.parse(session.start), String(talk.guid)).to.equal(start);
          expect(Date.parse(session.end), String(talk.guid)).to.equal(end);
          expect(session.timeZone).to.equal(zone);
          const zoneWarnings = warningsOf(result).filter((w) => w.path === 'schedule.conference.time_zone_name');
          expect(zoneWarnings.map((w) => w.code)).to.deep.equal(zoneWarning ? ['time-zone-disagrees'] : []);
        }
      });
    });
  }

  it('democon: the UTC zone name against the +01:00 offsets is a warning; the times keep +01:00', async () => {
    const json = await fetchJson(`${EXAMPLES}pretalx-democon.json`);
    const [first] = listScheduleSessions(json);
    const result = fromSchedule(json, {session: first.id});
    expect(sessionOf(result).start).to.match(/\+01:00$/);
    expect(warningsOf(result)).to.have.length(1);
    expect(warningsOf(result)[0].details).to.deep.equal({zone: 'UTC', offset: '+01:00', zoneOffset: '+00:00'});
  });

  it('democon without a choice: an error that says it holds 36 sessions', async () => {
    const [error] = errorsOf(fromSchedule(await fetchJson(`${EXAMPLES}pretalx-democon.json`)));
    expect(error.code).to.equal('session-not-chosen');
    expect(error.details).to.deep.equal({count: 36});
  });

  it('camp2019: root-relative attachments resolve against base_url; the 03:00 talk lasts three hours', async () => {
    const json = await fetchJson(`${EXAMPLES}frab-camp2019.json`);
    const talks = talksIn(json);
    const withAttachment = talks.find((t) => (t.attachments as unknown[]).length > 0)!;
    const session = sessionOf(fromSchedule(json, {session: String(withAttachment.id)}));
    expect(session.documents![0].url).to.match(/^https:\/\/fahrplan\.events\.ccc\.de\/system\//);
    const long = talks.find((t) => t.duration === '03:00')!;
    const longSession = sessionOf(fromSchedule(json, {session: String(long.guid)}));
    expect(Date.parse(longSession.end) - Date.parse(longSession.start)).to.equal(3 * 3_600_000);
  });

  describe('schema.org examples', () => {
    const example = async (name: string) =>
      fromSchemaOrg(await fetchJson(`/real-fixtures/schemaorg-event/${name}.json`));

    it('eg-0014: an online ChildrensEvent at Z times, its performer a speaker', async () => {
      const session = sessionOf(await example('eg-0014-online-childrens-event'));
      expect(session).to.deep.include({
        title: 'Story Time Reading',
        start: '2020-07-24T16:00:00+00:00',
        end: '2020-07-24T16:30:00+00:00',
        attendance: 'online',
        status: 'scheduled',
        speakers: [{name: 'Darren R Story'}],
      });
      expect(session.platform).to.deep.include({url: 'https://stream.storytimereadings.com/'});
    });

    it('eg-0170: mixed attendance from a VirtualLocation and a Place, times without seconds', async () => {
      const session = sessionOf(await example('eg-0170-mixed-attendance'));
      expect(session.attendance).to.equal('hybrid');
      expect(session.start).to.equal('2025-07-21T19:00:00-05:00');
      expect(session.end).to.equal('2025-07-21T23:00:00-05:00');
      expect(session.location).to.match(/^Snickerpark Stadium, 100 West Snickerpark Dr, Snickertown/);
      expect(session.registration).to.deep.equal({
        required: true,
        url: 'https://www.example.com/event_offer/12345_201803180430',
      });
    });

    it('eg-0171: its start without an offset is an error, missing-offset at startDate', async () => {
      const errors = errorsOf(await example('eg-0171-cancelled-no-offset'));
      expect(errors.map(({code, path}) => ({code, path}))).to.deep.include({code: 'missing-offset', path: 'startDate'});
      expect(errors.find((e) => e.code === 'missing-offset')!.details).to.deep.equal({value: '2013-09-14T21:30'});
    });

    it('eg-0202: an array whose MusicEvent has no offsets: errors at [0].startDate and [0].endDate', async () => {
      const errors = errorsOf(await example('eg-0202-music-event-rescheduled'));
      expect(errors.map(({code, path}) => ({code, path}))).to.deep.equal([
        {code: 'missing-offset', path: '[0].startDate'},
        {code: 'missing-offset', path: '[0].endDate'},
      ]);
    });

    it('eg-0240: a weekly class with no start of its own is a recurring-event error', async () => {
      const errors = errorsOf(await example('eg-0240-event-schedule-recurring'));
      expect(errors.map((e) => e.code)).to.deep.equal(['recurring-event']);
    });
  });

  describe('the seed’s forum text', () => {
    it('gives the fields of demo/sessions/3.2.2.json it carries, with the date-order warning', async () => {
      const result = fromText(await fetchText('/shared-seeds/000_c83a2b331e23f6cb.txt'));
      const session = sessionOf(result);
      const seed = await seedSession();
      for (const field of [
        'title',
        'id',
        'type',
        'tracks',
        'organizers',
        'platform',
        'capacity',
        'registration',
        'languages',
        'summary',
        'sections',
      ] as const) {
        expect(session[field], field).to.deep.equal(seed[field]);
      }
      expect(Date.parse(session.start)).to.equal(Date.parse(seed.start));
      expect(Date.parse(session.end)).to.equal(Date.parse(seed.end));
      // The JSON's `#` is "no link yet", as the text's `(#)`: the same documents, neither linked.
      expect(session.documents).to.deep.equal(seed.documents!.map(({title}) => ({title})));
      expect(seed.documents!.every((d) => d.url === '#')).to.be.true;
      // The text's UTC-3 names no place: the JSON's America/Argentina/Cordoba cannot come from it.
      expect(session).to.not.have.property('timeZone');
      const codes = warningsOf(result).map((w) => w.code);
      expect(codes).to.deep.equal(['date-order-assumed', 'no-time-zone']);
    });
  });
});
