/**
 * Calendar-site links and the .ics data URL: each URL parsed back, its fields read, its
 * dates decoded to the session's instants.
 */
import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import {calendarEventOf, type CalendarEvent} from '../../src/calendar/calendar-event.js';
import {icsDataUrl, webCalendarUrl} from '../../src/calendar/calendar-links.js';
import {CALENDAR_TARGETS} from '../../src/contract/calendar-targets.js';
import {writeIcs} from '../../src/calendar/ics.js';
import {readSession} from '../../src/contract/read-session.js';

const BASE = 'https://conf.example/sessions/x.json';
const OPTIONS = {locale: {ui: 'en', format: 'en'}, labels: {join: 'Join:', sessionPage: 'Session page:'}};
const NOW = Date.UTC(2024, 0, 2, 3, 4, 5);

function eventOf(fields: Record<string, unknown>): CalendarEvent {
  const json = {title: 'Opening', start: '2021-06-01T14:05:00-03:00', end: '2021-06-01T15:35:00-03:00', ...fields};
  const {session, errors} = readSession(json, BASE);
  if (!session) throw new Error(`not a session: ${JSON.stringify(errors)}`);
  return calendarEventOf(session, OPTIONS);
}

/** A session with every field a calendar takes, and characters URLs must encode. */
const FULL = {
  title: 'C++ & Rust: 50% off #1 / día',
  start: '2021-06-01T14:05:00-03:00',
  end: '2021-06-02T01:35:00-03:00',
  timeZone: 'America/Argentina/Cordoba',
  summary: 'Line one\nLine two?',
  location: 'Room 4; Floor 2',
  url: 'https://conf.example/sessions/3.2.2.html',
};
const START = Date.UTC(2021, 5, 1, 17, 5);
const END = Date.UTC(2021, 5, 2, 4, 35);

/** `20210601T170500Z` → epoch ms. */
function fromUtcBasic(text: string | null): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text ?? '');
  if (!match) throw new Error(`not a UTC basic date-time: ${text}`);
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** `2021-06-01T17:05:00Z` → epoch ms, only in that exact form. */
function fromUtcExtended(text: string | null): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(text ?? '')) throw new Error(`not UTC ISO: ${text}`);
  return Date.parse(text!);
}

/** The query's names, in order. */
const names = (url: URL) => [...url.searchParams.keys()];

describe('calendar links', () => {
  const event = eventOf(FULL);

  it('every web target gives an https URL on its own host', () => {
    const hosts = CALENDAR_TARGETS.filter((target) => target !== 'ics').map(
      (target) => new URL(webCalendarUrl(target, event)).host
    );
    expect(hosts).to.deep.equal([
      'calendar.google.com',
      'outlook.live.com',
      'outlook.office.com',
      'calendar.yahoo.com',
    ]);
  });

  it('Google: the template form with text, dates, details, location and the event’s zone', () => {
    const url = new URL(webCalendarUrl('google', event));
    expect(`${url.origin}${url.pathname}`).to.equal('https://calendar.google.com/calendar/render');
    expect(names(url)).to.deep.equal(['action', 'text', 'dates', 'details', 'location', 'ctz']);
    const params = url.searchParams;
    expect(params.get('action')).to.equal('TEMPLATE');
    expect(params.get('text')).to.equal(FULL.title);
    expect(params.get('dates')!.split('/').map(fromUtcBasic)).to.deep.equal([START, END]);
    expect(params.get('details')).to.equal(
      'Line one\nLine two?\n\nSession page: https://conf.example/sessions/3.2.2.html'
    );
    expect(params.get('location')).to.equal(FULL.location);
    // As this browser's Intl names the zone (Chromium: America/Cordoba, a tzdata link).
    expect(params.get('ctz')).to.equal(
      new Intl.DateTimeFormat('en', {timeZone: 'America/Argentina/Cordoba'}).resolvedOptions().timeZone
    );
  });

  for (const [target, host] of [
    ['outlook', 'outlook.live.com'],
    ['office365', 'outlook.office.com'],
  ] as const) {
    it(`${target}: the compose form with subject, UTC start and end, body and location`, () => {
      const url = new URL(webCalendarUrl(target, event));
      expect(`${url.origin}${url.pathname}`).to.equal(`https://${host}/calendar/0/action/compose`);
      expect(names(url)).to.deep.equal(['rru', 'subject', 'startdt', 'enddt', 'body', 'location']);
      const params = url.searchParams;
      expect(params.get('rru')).to.equal('addevent');
      expect(params.get('subject')).to.equal(FULL.title);
      expect(fromUtcExtended(params.get('startdt'))).to.equal(START);
      expect(fromUtcExtended(params.get('enddt'))).to.equal(END);
      expect(params.get('body')).to.equal(event.description);
      expect(params.get('location')).to.equal(FULL.location);
    });
  }

  it('Yahoo: v=60 with title, st, et, desc and in_loc', () => {
    const url = new URL(webCalendarUrl('yahoo', event));
    expect(`${url.origin}${url.pathname}`).to.equal('https://calendar.yahoo.com/');
    expect(names(url)).to.deep.equal(['v', 'title', 'st', 'et', 'desc', 'in_loc']);
    const params = url.searchParams;
    expect(params.get('v')).to.equal('60');
    expect(params.get('title')).to.equal(FULL.title);
    expect(fromUtcBasic(params.get('st'))).to.equal(START);
    expect(fromUtcBasic(params.get('et'))).to.equal(END);
    expect(params.get('desc')).to.equal(event.description);
    expect(params.get('in_loc')).to.equal(FULL.location);
  });

  it('leave out empty fields, and Google’s zone for a bare offset', () => {
    const bare = eventOf({start: '2021-06-01T14:05:00+05:45', end: '2021-06-01T15:05:00+05:45'});
    expect(names(new URL(webCalendarUrl('google', bare)))).to.deep.equal(['action', 'text', 'dates']);
    expect(names(new URL(webCalendarUrl('outlook', bare)))).to.deep.equal(['rru', 'subject', 'startdt', 'enddt']);
    expect(names(new URL(webCalendarUrl('yahoo', bare)))).to.deep.equal(['v', 'title', 'st', 'et']);
  });

  it('write spaces as %20, never +, so a + in the text stays a +', () => {
    for (const target of ['google', 'outlook', 'office365', 'yahoo'] as const) {
      const href = webCalendarUrl(target, event);
      expect(href, target).not.to.include('+');
      expect(href, target).to.include('C%2B%2B%20%26%20Rust');
    }
  });

  describe('icsDataUrl', () => {
    it('is the .ics text as a text/calendar data URL', async () => {
      const url = icsDataUrl(event, {nowMs: NOW});
      const prefix = 'data:text/calendar;charset=utf-8,';
      expect(url.startsWith(prefix)).to.be.true;
      expect(decodeURIComponent(url.slice(prefix.length))).to.equal(writeIcs(event, {nowMs: NOW}));
      // As the browser reads it, byte for byte, and as ical.js reads that.
      const response = await fetch(url);
      expect(response.headers.get('content-type')).to.match(/^text\/calendar/);
      const text = await response.text();
      expect(text).to.equal(writeIcs(event, {nowMs: NOW}));
      const read = new ICAL.Event(new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent')!);
      expect(read.summary).to.equal(FULL.title);
      expect(read.startDate.toJSDate().getTime()).to.equal(START);
    });

    it('does not throw on a title with a lone surrogate', () => {
      const broken = eventOf({title: 'broken \ud83d'});
      expect(decodeURIComponent(icsDataUrl(broken, {nowMs: NOW}))).to.include('SUMMARY:broken \ufffd');
    });
  });
});
