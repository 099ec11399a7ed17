/**
 * writeIcs: every file is read back by an independent parser (ical.js) for its instants and
 * texts, and its raw text is checked against RFC 5545 itself, which ical.js forgives:
 * CRLF line endings, lines of at most 75 octets folded between code points, TEXT escaping.
 */
import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import {DateTime} from 'luxon';
import {calendarEventOf, type CalendarEvent} from '../../src/calendar/calendar-event.js';
import {writeIcs} from '../../src/calendar/ics.js';
import {readSession, type CheckedSession} from '../../src/contract/read-session.js';

const BASE = 'https://conf.example/sessions/x.json';
const NOW = Date.UTC(2024, 0, 2, 3, 4, 5, 678);
const OPTIONS = {locale: {ui: 'en', format: 'en'}, labels: {join: 'Join:', sessionPage: 'Session page:'}};

function checked(fields: Record<string, unknown>): CheckedSession {
  const json = {title: 'Opening', start: '2021-06-01T14:05:00-03:00', end: '2021-06-01T15:35:00-03:00', ...fields};
  const {session, errors} = readSession(json, BASE);
  if (!session) throw new Error(`not a session: ${JSON.stringify(errors)}`);
  return session;
}

function icsOf(fields: Record<string, unknown>, nowMs = NOW): string {
  return writeIcs(calendarEventOf(checked(fields), OPTIONS), {nowMs});
}

/** The one VEVENT of `text`, as ical.js reads it. */
function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).to.have.length(1);
  return {calendar, vevent: vevents[0], event: new ICAL.Event(vevents[0])};
}

/** The physical lines' bytes, split at CRLF; throws when the text does not end with one. */
function physicalLineBytes(text: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
      i++;
    }
  }
  if (start !== bytes.length) throw new Error('the text does not end with CRLF');
  return lines;
}

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '');
/** The logical line of property `name`, unfolded. */
const logicalLine = (text: string, name: string) =>
  unfolded(text)
    .split('\r\n')
    .find((line) => line.startsWith(`${name}:`));

/** `20210601T170500Z` → epoch ms. */
function fromUtcBasic(text: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match) throw new Error(`not a UTC basic date-time: ${text}`);
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

type Wall = [year: number, month: number, day: number, hour: number, minute: number];

/** `2021-03-28T01:30:00+01:00`: the wall time in `zone` with its offset there, by luxon. */
function isoAt(zone: string, [year, month, day, hour, minute]: Wall): string {
  const iso = DateTime.fromObject({year, month, day, hour, minute}, {zone}).toISO({suppressMilliseconds: true});
  if (!iso) throw new Error(`no such time in ${zone}`);
  return iso;
}

/** Sessions across clock changes; `utc` worked out by hand from each zone's rules. */
const CLOCK_CASES: Array<{name: string; zone: string; start: Wall; end: Wall; utc: [string, string]}> = [
  {
    name: 'Madrid, into summer time (last Sunday of March)',
    zone: 'Europe/Madrid',
    start: [2021, 3, 28, 1, 30],
    end: [2021, 3, 28, 3, 30],
    utc: ['20210328T003000Z', '20210328T013000Z'],
  },
  {
    name: 'Madrid, out of summer time (last Sunday of October)',
    zone: 'Europe/Madrid',
    start: [2021, 10, 31, 1, 30],
    end: [2021, 10, 31, 3, 30],
    utc: ['20211030T233000Z', '20211031T023000Z'],
  },
  {
    name: 'New York, into daylight time',
    zone: 'America/New_York',
    start: [2021, 3, 14, 1, 0],
    end: [2021, 3, 14, 4, 0],
    utc: ['20210314T060000Z', '20210314T080000Z'],
  },
  {
    name: 'New York, out of daylight time',
    zone: 'America/New_York',
    start: [2021, 11, 7, 0, 30],
    end: [2021, 11, 7, 3, 0],
    utc: ['20211107T043000Z', '20211107T080000Z'],
  },
  {
    name: 'Lord Howe, back half an hour (first Sunday of April)',
    zone: 'Australia/Lord_Howe',
    start: [2021, 4, 4, 1, 0],
    end: [2021, 4, 4, 3, 0],
    utc: ['20210403T140000Z', '20210403T163000Z'],
  },
  {
    name: 'Lord Howe, on half an hour (first Sunday of October)',
    zone: 'Australia/Lord_Howe',
    start: [2021, 10, 3, 1, 45],
    end: [2021, 10, 3, 3, 0],
    utc: ['20211002T151500Z', '20211002T160000Z'],
  },
  {
    name: 'Chatham, +13:45 to +12:45',
    zone: 'Pacific/Chatham',
    start: [2021, 4, 4, 2, 0],
    end: [2021, 4, 4, 5, 0],
    utc: ['20210403T121500Z', '20210403T161500Z'],
  },
  {
    name: 'Chatham, +12:45 to +13:45',
    zone: 'Pacific/Chatham',
    start: [2021, 9, 26, 2, 0],
    end: [2021, 9, 26, 4, 0],
    utc: ['20210925T131500Z', '20210925T141500Z'],
  },
  {
    name: 'Tokyo, across midnight',
    zone: 'Asia/Tokyo',
    start: [2021, 6, 1, 23, 30],
    end: [2021, 6, 2, 1, 0],
    utc: ['20210601T143000Z', '20210601T160000Z'],
  },
  {
    name: 'Córdoba, longer than a day',
    zone: 'America/Argentina/Cordoba',
    start: [2021, 6, 1, 9, 0],
    end: [2021, 6, 3, 17, 0],
    utc: ['20210601T120000Z', '20210603T200000Z'],
  },
];

describe('writeIcs', () => {
  describe('instants, read back by ical.js', () => {
    for (const {name, zone, start, end, utc} of CLOCK_CASES) {
      it(name, () => {
        const session = checked({timeZone: zone, start: isoAt(zone, start), end: isoAt(zone, end)});
        // The case itself: luxon's offsets agree with the hand-worked UTC times.
        expect([session.start.epochMs, session.end.epochMs]).to.deep.equal(utc.map(fromUtcBasic));

        const text = writeIcs(calendarEventOf(session, OPTIONS), {nowMs: NOW});
        const {event} = parsed(text);
        expect(event.startDate.toJSDate().getTime()).to.equal(session.start.epochMs);
        expect(event.endDate.toJSDate().getTime()).to.equal(session.end.epochMs);
        expect(logicalLine(text, 'DTSTART')).to.equal(`DTSTART:${utc[0]}`);
        expect(logicalLine(text, 'DTEND')).to.equal(`DTEND:${utc[1]}`);
        expect(text).not.to.include('TZID');
      });
    }

    it('a bare offset, seconds kept', () => {
      const text = icsOf({start: '2021-06-01T14:05:30+05:45', end: '2021-06-01T15:35:00+05:45'});
      const {event} = parsed(text);
      expect(event.startDate.toJSDate().getTime()).to.equal(Date.parse('2021-06-01T08:20:30Z'));
      expect(logicalLine(text, 'DTSTART')).to.equal('DTSTART:20210601T082030Z');
      expect(logicalLine(text, 'DTEND')).to.equal('DTEND:20210601T095000Z');
    });

    it('DTSTAMP is the time of writing, to the second', () => {
      expect(logicalLine(icsOf({}), 'DTSTAMP')).to.equal('DTSTAMP:20240102T030405Z');
    });
  });

  describe('the calendar', () => {
    it('is one VCALENDAR 2.0 holding one VEVENT, only the properties with values', () => {
      const lines = icsOf({}).split('\r\n');
      expect(lines).to.deep.equal([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//session-card//session-card//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        lines[6],
        'DTSTAMP:20240102T030405Z',
        'DTSTART:20210601T170500Z',
        'DTEND:20210601T183500Z',
        'SUMMARY:Opening',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ]);
      expect(lines[6]).to.match(/^UID:[0-9a-f]{16}@session-card$/);
    });

    it('holds every text and the URL, as ical.js reads them', () => {
      const session = checked({
        summary: 'Welcome.',
        location: 'Room 4',
        platform: {name: 'Zoom', url: 'https://zoom.us/j/1'},
        url: 'https://conf.example/sessions/3.2.2?a=1,2;b',
      });
      const calendarEvent = calendarEventOf(session, OPTIONS);
      const text = writeIcs(calendarEvent, {nowMs: NOW});
      const {event, vevent} = parsed(text);
      expect(event.uid).to.equal(calendarEvent.uid);
      expect(event.summary).to.equal('Opening');
      expect(event.location).to.equal('Room 4');
      expect(event.description).to.equal(
        'Welcome.\n\nJoin: https://zoom.us/j/1\n\nSession page: https://conf.example/sessions/3.2.2?a=1,2;b'
      );
      expect(vevent.getFirstPropertyValue('url')).to.equal('https://conf.example/sessions/3.2.2?a=1,2;b');
      // A URI value keeps its commas and semicolons as they are.
      expect(logicalLine(text, 'URL')).to.equal('URL:https://conf.example/sessions/3.2.2?a=1,2;b');
    });

    it('keeps its UID across downloads of one session, and not across sessions', () => {
      const uid = (text: string) => logicalLine(text, 'UID');
      const fields = {id: '3.2.2', url: 'https://conf.example/s/3.2.2'};
      const first = icsOf(fields, NOW);
      const later = icsOf(fields, NOW + 86_400_000);
      expect(first).not.to.equal(later);
      expect(uid(later)).to.equal(uid(first));
      expect(uid(icsOf({...fields, id: '3.2.3'}))).not.to.equal(uid(first));
    });
  });

  describe('text', () => {
    it('escapes backslash, semicolon, comma and every line break, and ical.js reads the text back', () => {
      const event: CalendarEvent = {
        uid: 'x@session-card',
        title: 'Q&A, part 1; C:\\temp\\new',
        startMs: Date.UTC(2021, 5, 1, 17, 5),
        endMs: Date.UTC(2021, 5, 1, 18, 35),
        description: 'one\r\ntwo\rthree\nfour\\nfive',
        location: 'Hall A; Floor 2, Room 3',
        fileName: 'x.ics',
      };
      const text = writeIcs(event, {nowMs: NOW});
      expect(logicalLine(text, 'SUMMARY')).to.equal('SUMMARY:Q&A\\, part 1\\; C:\\\\temp\\\\new');
      expect(logicalLine(text, 'DESCRIPTION')).to.equal('DESCRIPTION:one\\ntwo\\nthree\\nfour\\\\nfive');
      expect(logicalLine(text, 'LOCATION')).to.equal('LOCATION:Hall A\\; Floor 2\\, Room 3');
      const {event: read} = parsed(text);
      expect(read.summary).to.equal(event.title);
      expect(read.description).to.equal('one\ntwo\nthree\nfour\\nfive');
      expect(read.location).to.equal(event.location);
    });

    it('drops the control characters TEXT may not hold, keeping tabs', () => {
      const text = icsOf({title: 'bell\u0007 tab\there null\u0000 del\u007f esc\u001b.'});
      expect(logicalLine(text, 'SUMMARY')).to.equal('SUMMARY:bell tab\there null del esc.');
      expect(parsed(text).event.summary).to.equal('bell tab\there null del esc.');
    });

    it('writes a lone surrogate as U+FFFD, the same in any encoding', () => {
      const text = icsOf({title: 'broken \ud83d here \ude00'});
      expect(logicalLine(text, 'SUMMARY')).to.equal('SUMMARY:broken \ufffd here \ufffd');
      expect(new TextDecoder().decode(new TextEncoder().encode(text))).to.equal(text);
    });
  });

  describe('lines', () => {
    const piece = 'مؤتمر التنمية المستدامة, 可持续发展会议; 👩🏽‍💻🌍 \\ end';
    const escapedPiece = 'مؤتمر التنمية المستدامة\\, 可持续发展会议\\; 👩🏽‍💻🌍 \\\\ end';
    const title = Array<string>(8).fill(piece).join(' ');
    const escapedTitle = Array<string>(8).fill(escapedPiece).join(' ');

    it('end with CRLF, the last one too, with no bare CR or LF', () => {
      const text = icsOf({title, summary: 'a\nb\rc\r\nd'});
      expect(text.endsWith('\r\n')).to.be.true;
      expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    });

    it('are at most 75 octets, folded between code points, and unfold to the escaped text', () => {
      const text = icsOf({title});
      const lines = physicalLineBytes(text);
      const decoder = new TextDecoder('utf-8', {fatal: true});
      const decoded = lines.map((bytes) => decoder.decode(bytes));
      for (const bytes of lines) expect(bytes.length).to.be.at.most(75);
      const summary = decoded.findIndex((line) => line.startsWith('SUMMARY:'));
      const continuations = decoded.slice(summary + 1).findIndex((line) => !line.startsWith(' '));
      expect(continuations).to.be.above(8);
      // Full lines: a line is cut only when the next code point (at most 4 octets) would not fit.
      for (const bytes of lines.slice(summary, summary + continuations)) expect(bytes.length).to.be.at.least(72);
      expect(decoded.join('\r\n') + '\r\n').to.equal(text);
      expect(logicalLine(text, 'SUMMARY')).to.equal(`SUMMARY:${escapedTitle}`);
      expect(parsed(text).event.summary).to.equal(title);
    });

    it('fold ASCII at exactly 75 octets, the continuation’s space counted', () => {
      const text = icsOf({summary: 'a'.repeat(200)});
      const lines = text.split('\r\n').filter((line) => /^(DESCRIPTION:| )/.test(line));
      expect(lines).to.deep.equal([`DESCRIPTION:${'a'.repeat(63)}`, ` ${'a'.repeat(74)}`, ` ${'a'.repeat(63)}`]);
    });

    it('move a code point that would not fit whole to the next line', () => {
      const text = icsOf({title: `${'a'.repeat(66)}😀b`});
      const lines = text.split('\r\n');
      const summary = lines.findIndex((line) => line.startsWith('SUMMARY:'));
      expect(lines.slice(summary, summary + 2)).to.deep.equal([`SUMMARY:${'a'.repeat(66)}`, ' 😀b']);
    });
  });
});
