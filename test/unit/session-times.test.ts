/**
 * sessionTimes: what the card says about when a session happens, for a zone and a locale.
 * Every wall-clock time is checked against an independent `Intl.DateTimeFormat` reading
 * (not luxon, which the module itself uses).
 */
import {expect} from '@open-wc/testing';
import {sessionTimes, type TimesRequest, type ZonedTimes} from '../../src/time/session-times.js';
import {fixedOffsetZone, ianaZone, offsetAt, type TimeZoneRef} from '../../src/time/zones.js';
import {GLOBAL_DATE_TIME, localDateTime} from '../support/zones.js';

const SEED_START = Date.parse('2021-06-01T14:05:00-03:00');
const SEED_END = Date.parse('2021-06-01T15:35:00-03:00');
const CORDOBA = 'America/Argentina/Cordoba';

function zone(name: string): TimeZoneRef {
  const ref = ianaZone(name);
  if (!ref) throw new Error(`unknown zone ${name}`);
  return ref;
}

function times(overrides: Partial<TimesRequest> & {shown: string}) {
  return sessionTimes({
    startMs: SEED_START,
    endMs: SEED_END,
    eventZone: zone(CORDOBA),
    shownZone: zone(overrides.shown),
    locale: 'en-GB',
    leadWithEventTime: false,
    ...overrides,
  });
}

// ---- the independent reading -------------------------------------------------------

/** `HH:MM` (24-hour) at an instant in a zone, straight from Intl. */
function wallClock(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).format(ms);
}

/** `±HH:MM` at an instant in a zone, from Intl's longOffset (`GMT+05:30`, or `GMT` for zero). */
function isoOffset(ms: number, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-GB', {timeZone, timeZoneName: 'longOffset'})
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')!.value;
  const match = /([+\u2212-])(\d{2}):(\d{2})/.exec(name);
  return match ? `${match[1] === '+' ? '+' : '-'}${match[2]}:${match[3]}` : '+00:00';
}

/** The label form of an offset: `GMT+2`, `GMT-3`, `GMT+5:30` (or UTC…, with a real minus). */
function offsetLabelPattern(ms: number, timeZone: string): RegExp {
  const offset = isoOffset(ms, timeZone);
  // Zero may be written `GMT` alone (en-GB, Europe/London in winter).
  if (offset === '+00:00') return /(GMT|UTC)(\+0)?(?![+\-\u2212\d])/;
  const [sign, hh, mm] = [offset[0], offset.slice(1, 3), offset.slice(4)];
  const hours = String(Number(hh));
  const minutes = mm === '00' ? '' : `:${mm}`;
  const signs = sign === '+' ? '\\+' : '[-\u2212]';
  return new RegExp(`(GMT|UTC)${signs}${hours}${minutes}(?!\\d)`);
}

function longName(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {timeZone, timeZoneName: 'long'})
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')!.value;
}

/** `19:05` from the card's en-GB time (`19:05`, or `2:05` before ten). */
const padded = (time: string) => time.padStart(5, '0');

/** Checks one zone's view against the independent reading. */
function expectAgreesWithIntl(view: ZonedTimes, startMs: number, endMs: number, timeZone: string): void {
  for (const [iso, ms] of [
    [view.startIso, startMs],
    [view.endIso, endMs],
  ] as const) {
    expect(iso).to.match(GLOBAL_DATE_TIME);
    expect(iso).not.to.include('[');
    expect(Date.parse(iso), iso).to.equal(ms);
    expect(iso.slice(0, 19), iso).to.equal(localDateTime(ms, timeZone));
    expect(iso.slice(19), iso).to.equal(isoOffset(ms, timeZone));
  }
  expect(padded(view.startTime)).to.equal(wallClock(startMs, timeZone));
  expect(padded(view.endTime)).to.equal(wallClock(endMs, timeZone));
  expect(view.zoneLabel).to.match(offsetLabelPattern(startMs, timeZone));
  // endDate exactly when the session runs past the start's day (its last millisecond decides).
  const startDay = localDateTime(startMs, timeZone).slice(0, 10);
  const lastDay = localDateTime(endMs - 1, timeZone).slice(0, 10);
  expect(view.endDate !== undefined, 'endDate present').to.equal(lastDay !== startDay);
}

// ---- tests --------------------------------------------------------------------------

describe('sessionTimes', () => {
  describe('the seed session (14:05–15:35 in Córdoba, UTC−3)', () => {
    it('seen from Europe/Madrid: 19:05–20:35 first, the event time second', () => {
      const {primary, secondary} = times({shown: 'Europe/Madrid'});
      expect(primary.role).to.equal('viewer');
      expect(primary.startTime).to.equal('19:05');
      expect(primary.endTime).to.equal('20:35');
      expect(primary.startIso).to.equal('2021-06-01T19:05:00+02:00');
      expect(primary.endIso).to.equal('2021-06-01T20:35:00+02:00');
      expect(primary.date).to.match(/^Tue,? 1 Jun 2021$/);
      expect(primary.endDate).to.equal(undefined);
      expect(primary.zoneLabel).to.match(/GMT\+2|UTC\+2/);
      expectAgreesWithIntl(primary, SEED_START, SEED_END, 'Europe/Madrid');

      expect(secondary).to.exist;
      expect(secondary!.role).to.equal('event');
      expect(secondary!.startTime).to.equal('14:05');
      expect(secondary!.endTime).to.equal('15:35');
      expect(secondary!.startIso).to.equal('2021-06-01T14:05:00-03:00');
      expectAgreesWithIntl(secondary!, SEED_START, SEED_END, CORDOBA);
    });

    it('the viewer label is the offset alone; the event label adds the zone’s long name', () => {
      const {primary, secondary} = times({shown: 'Europe/Madrid'});
      expect(primary.zoneLabel).not.to.include(longName(SEED_START, 'Europe/Madrid'));
      const name = longName(SEED_START, CORDOBA);
      expect(name).not.to.match(/^(GMT|UTC)/);
      expect(secondary!.zoneLabel).to.include(name);
      expect(secondary!.zoneLabel).to.match(/GMT-3|UTC-3|GMT\u22123|UTC\u22123/);
    });

    it('the compact range carries the start and end times', () => {
      const {primary} = times({shown: 'Europe/Madrid'});
      expect(primary.range).to.exist;
      const text = (source: string) =>
        primary
          .range!.filter((p) => p.source === source)
          .map((p) => p.value)
          .join('');
      expect(text('startRange')).to.include('19:05');
      expect(text('endRange')).to.include('20:35');
      expect(primary.range!.map((p) => p.value).join('')).to.match(/^19:05\s*[–-]\s*20:35$/);
      // Merged: no two neighbouring parts share a source.
      primary.range!.forEach((part, i) => {
        if (i > 0) expect(part.source).not.to.equal(primary.range![i - 1].source);
      });
    });

    it('seen from Asia/Tokyo: the next day, Wed 2 Jun, 02:05–03:35', () => {
      const {primary, secondary} = times({shown: 'Asia/Tokyo'});
      expect(padded(primary.startTime)).to.equal('02:05');
      expect(padded(primary.endTime)).to.equal('03:35');
      expect(primary.date).to.match(/^Wed,? 2 Jun 2021$/);
      expect(primary.startIso).to.equal('2021-06-02T02:05:00+09:00');
      expect(primary.endDate).to.equal(undefined);
      expect(primary.zoneLabel).to.match(/GMT\+9|UTC\+9/);
      expectAgreesWithIntl(primary, SEED_START, SEED_END, 'Asia/Tokyo');
      // The event's own date is still Tuesday.
      expect(secondary!.date).to.match(/^Tue,? 1 Jun 2021$/);
    });

    it('seen from America/Argentina/Buenos_Aires (same offset): no secondary time', () => {
      const {primary, secondary} = times({shown: 'America/Argentina/Buenos_Aires'});
      expect(secondary).to.equal(undefined);
      expect(primary.role).to.equal('viewer');
      expect(primary.startTime).to.equal('14:05');
      expectAgreesWithIntl(primary, SEED_START, SEED_END, 'America/Argentina/Buenos_Aires');
    });

    it('seen from the event zone itself: no secondary time', () => {
      expect(times({shown: CORDOBA}).secondary).to.equal(undefined);
    });

    it('seen from Asia/Kolkata: crosses midnight, 22:35 to 00:05 on Wed 2 Jun', () => {
      const {primary, secondary} = times({shown: 'Asia/Kolkata'});
      expect(primary.startTime).to.equal('22:35');
      expect(padded(primary.endTime)).to.equal('00:05');
      expect(primary.date).to.match(/^Tue,? 1 Jun 2021$/);
      expect(primary.endDate).to.exist;
      expect(primary.endDate).to.match(/Wed/);
      expect(primary.endDate).to.match(/\b2 Jun\b/);
      // Two days: no one-day range.
      expect(primary.range).to.equal(undefined);
      expect(primary.zoneLabel).to.match(/GMT\+5:30|UTC\+5:30/);
      expectAgreesWithIntl(primary, SEED_START, SEED_END, 'Asia/Kolkata');
      expect(secondary!.endDate).to.equal(undefined);
    });

    it('seen from America/Los_Angeles: 10:05–11:35, UTC−7 in June', () => {
      const {primary, secondary} = times({shown: 'America/Los_Angeles'});
      expect(primary.startTime).to.equal('10:05');
      expect(primary.endTime).to.equal('11:35');
      expect(primary.startIso).to.equal('2021-06-01T10:05:00-07:00');
      expect(primary.zoneLabel).to.match(/GMT-7|UTC-7|GMT\u22127|UTC\u22127/);
      expectAgreesWithIntl(primary, SEED_START, SEED_END, 'America/Los_Angeles');
      expect(secondary!.role).to.equal('event');
    });

    it('agrees with Intl in a spread of zones', () => {
      for (const name of [
        'UTC',
        'Europe/London',
        'Africa/Abidjan',
        'Pacific/Kiritimati',
        'Pacific/Pago_Pago',
        'Asia/Kathmandu',
        'Australia/Lord_Howe',
        'America/St_Johns',
        'Pacific/Chatham',
      ]) {
        const {primary, secondary} = times({shown: name});
        expectAgreesWithIntl(primary, SEED_START, SEED_END, name);
        expect(secondary, name).to.exist;
      }
    });
  });

  describe('day boundaries', () => {
    it('a session ending exactly at local midnight has no endDate', () => {
      // 22:00–24:00 in Madrid (UTC+2 in June).
      const startMs = Date.parse('2021-06-01T20:00:00Z');
      const endMs = Date.parse('2021-06-01T22:00:00Z');
      const {primary} = sessionTimes({
        startMs,
        endMs,
        eventZone: zone('Europe/Madrid'),
        shownZone: zone('Europe/Madrid'),
        locale: 'en-GB',
        leadWithEventTime: false,
      });
      expect(primary.startTime).to.equal('22:00');
      expect(padded(primary.endTime)).to.equal('00:00');
      expect(primary.endDate).to.equal(undefined);
      expectAgreesWithIntl(primary, startMs, endMs, 'Europe/Madrid');
    });

    it('one millisecond past midnight is the next day', () => {
      const startMs = Date.parse('2021-06-01T20:00:00Z');
      const endMs = Date.parse('2021-06-01T22:00:00.001Z');
      const {primary} = sessionTimes({
        startMs,
        endMs,
        eventZone: zone('Europe/Madrid'),
        shownZone: zone('Europe/Madrid'),
        locale: 'en-GB',
        leadWithEventTime: false,
      });
      expect(primary.endDate).to.match(/Wed,? 2 Jun/);
    });

    it('a session longer than a day names its last day', () => {
      const startMs = Date.parse('2021-06-01T08:00:00Z');
      const endMs = Date.parse('2021-06-03T16:00:00Z');
      const {primary} = sessionTimes({
        startMs,
        endMs,
        eventZone: zone('Europe/Madrid'),
        shownZone: zone('Europe/Madrid'),
        locale: 'en-GB',
        leadWithEventTime: false,
      });
      expect(primary.startTime).to.equal('10:00');
      expect(primary.endTime).to.equal('18:00');
      expect(primary.date).to.match(/^Tue,? 1 Jun 2021$/);
      expect(primary.endDate).to.match(/^Thu,? 3 Jun$/);
      expect(primary.range).to.equal(undefined);
      expectAgreesWithIntl(primary, startMs, endMs, 'Europe/Madrid');
    });

    it('a multi-day session ending at midnight: endDate and endTime together name the end instant', () => {
      // Tue 1 Jun 10:00 to Thu 3 Jun 00:00 in Madrid.
      const startMs = Date.parse('2021-06-01T08:00:00Z');
      const endMs = Date.parse('2021-06-02T22:00:00Z');
      const {primary} = sessionTimes({
        startMs,
        endMs,
        eventZone: zone('Europe/Madrid'),
        shownZone: zone('Europe/Madrid'),
        locale: 'en-GB',
        leadWithEventTime: false,
      });
      expect(padded(primary.endTime)).to.equal('00:00');
      expect(primary.endDate).to.match(/^Thu,? 3 Jun$/);
      expectAgreesWithIntl(primary, startMs, endMs, 'Europe/Madrid');
    });

    it('start and end within the same minute: no range (the caller shows both in full)', () => {
      const startMs = Date.parse('2021-06-01T17:05:00Z');
      const {primary} = sessionTimes({
        startMs,
        endMs: startMs + 30_000,
        eventZone: zone('UTC'),
        shownZone: zone('UTC'),
        locale: 'en-GB',
        leadWithEventTime: false,
      });
      expect(primary.range).to.equal(undefined);
      expect(primary.startTime).to.equal(primary.endTime);
    });
  });

  describe('daylight-saving transitions', () => {
    const berlin = zone('Europe/Berlin');
    const startMs = Date.parse('2025-10-26T02:30:00+02:00');
    const endMs = Date.parse('2025-10-26T02:30:00+01:00');

    it('the Berlin overlap: both ends read 02:30, and the ISO strings keep the two offsets apart', () => {
      const {primary, secondary} = sessionTimes({
        startMs,
        endMs,
        eventZone: berlin,
        shownZone: berlin,
        locale: 'en-GB',
        leadWithEventTime: false,
      });
      expect(secondary).to.equal(undefined);
      expect(padded(primary.startTime)).to.equal('02:30');
      expect(padded(primary.endTime)).to.equal('02:30');
      expect(primary.startIso).to.equal('2025-10-26T02:30:00+02:00');
      expect(primary.endIso).to.equal('2025-10-26T02:30:00+01:00');
      expectAgreesWithIntl(primary, startMs, endMs, 'Europe/Berlin');
    });

    it('seen from UTC, the overlap hour is 00:30–01:30 with Berlin as the secondary', () => {
      const {primary, secondary} = sessionTimes({
        startMs,
        endMs,
        eventZone: berlin,
        shownZone: zone('UTC'),
        locale: 'en-GB',
        leadWithEventTime: false,
      });
      expect(padded(primary.startTime)).to.equal('00:30');
      expect(padded(primary.endTime)).to.equal('01:30');
      expect(secondary!.zoneLabel).to.include(longName(startMs, 'Europe/Berlin'));
      expectAgreesWithIntl(secondary!, startMs, endMs, 'Europe/Berlin');
    });

    it('zones that agree at the start but not at the end still show both', () => {
      // London and Lisbon agree all year; London and UTC agree only in winter. On
      // 2021-03-28 London springs forward at 01:00 UTC.
      const start = Date.parse('2021-03-28T00:30:00Z');
      const end = Date.parse('2021-03-28T01:30:00Z');
      const {secondary} = sessionTimes({
        startMs: start,
        endMs: end,
        eventZone: zone('Europe/London'),
        shownZone: zone('UTC'),
        locale: 'en-GB',
        leadWithEventTime: false,
      });
      expect(secondary).to.exist;
      expectAgreesWithIntl(secondary!, start, end, 'Europe/London');
      const lisbon = sessionTimes({
        startMs: start,
        endMs: end,
        eventZone: zone('Europe/London'),
        shownZone: zone('Europe/Lisbon'),
        locale: 'en-GB',
        leadWithEventTime: false,
      });
      expect(lisbon.secondary).to.equal(undefined);
    });
  });

  describe('leading with the event time', () => {
    it('swaps primary and secondary', () => {
      const {primary, secondary} = times({shown: 'Europe/Madrid', leadWithEventTime: true});
      expect(primary.role).to.equal('event');
      expect(primary.startTime).to.equal('14:05');
      expect(primary.zoneLabel).to.include(longName(SEED_START, CORDOBA));
      expect(secondary!.role).to.equal('viewer');
      expect(secondary!.startTime).to.equal('19:05');
    });

    it('changes nothing when the wall clocks agree', () => {
      const {primary, secondary} = times({shown: 'America/Argentina/Buenos_Aires', leadWithEventTime: true});
      expect(secondary).to.equal(undefined);
      expect(primary.startTime).to.equal('14:05');
    });
  });

  describe('fixed-offset event zones', () => {
    it('label the offset alone, with no zone name', () => {
      const {secondary} = times({shown: 'Europe/Madrid', eventZone: fixedOffsetZone(-180)});
      expect(secondary!.role).to.equal('event');
      expect(secondary!.zoneLabel).to.match(/^(GMT|UTC)[-\u2212]3$/);
      expect(secondary!.startTime).to.equal('14:05');
      expect(secondary!.startIso).to.equal('2021-06-01T14:05:00-03:00');
    });

    it('a fixed −03:00 and Córdoba’s −03:00 are the same wall clock: no secondary', () => {
      expect(times({shown: CORDOBA, eventZone: fixedOffsetZone(-180)}).secondary).to.equal(undefined);
    });

    it('Intl and luxon agree on every fixed zone (Etc/GMT’s inverted sign, ±HH:MM names)', () => {
      for (const minutes of [-720, -570, -180, -60, 0, 60, 330, 345, 720, 765, 780, 840]) {
        const ref = fixedOffsetZone(minutes);
        expect(ref.fixed).to.equal(true);
        expect(offsetAt(ref, SEED_START), String(minutes)).to.equal(minutes);
        const expected = new Date(SEED_START + minutes * 60_000).toISOString().slice(11, 16);
        expect(wallClock(SEED_START, ref.intlName), `${minutes} → ${ref.intlName}`).to.equal(expected);
        const {primary} = sessionTimes({
          startMs: SEED_START,
          endMs: SEED_END,
          eventZone: ref,
          shownZone: ref,
          locale: 'en-GB',
          leadWithEventTime: false,
        });
        expect(padded(primary.startTime), String(minutes)).to.equal(expected);
        expect(primary.startIso.slice(11, 16)).to.equal(expected);
      }
    });
  });

  describe('zones', () => {
    it('ianaZone knows real zones and refuses made-up ones', () => {
      expect(ianaZone('Mars/Olympus_Mons')).to.equal(null);
      expect(ianaZone('')).to.equal(null);
      expect(ianaZone('Europe/Madrid')!.fixed).to.equal(false);
      expect(offsetAt(zone('Europe/Madrid'), SEED_START)).to.equal(120);
      expect(offsetAt(zone('Europe/Madrid'), Date.parse('2021-01-15T12:00:00Z'))).to.equal(60);
    });
  });

  describe('zero offsets', () => {
    it('London in winter: the viewer label is the zero offset, the event label names the zone', () => {
      const startMs = Date.parse('2021-12-01T17:05:00Z');
      const endMs = Date.parse('2021-12-01T18:35:00Z');
      const {primary, secondary} = sessionTimes({
        startMs,
        endMs,
        eventZone: zone('Europe/London'),
        shownZone: zone('Europe/Madrid'),
        locale: 'en-GB',
        leadWithEventTime: true,
      });
      expect(primary.role).to.equal('event');
      expect(primary.startTime).to.equal('17:05');
      expect(primary.startIso).to.equal('2021-12-01T17:05:00+00:00');
      expect(primary.zoneLabel).to.include(longName(startMs, 'Europe/London'));
      expectAgreesWithIntl(primary, startMs, endMs, 'Europe/London');
      expect(secondary!.startTime).to.equal('18:05');
      expect(secondary!.zoneLabel).to.match(/GMT\+1|UTC\+1/);
    });
  });

  describe('other locales', () => {
    it('en: 12-hour times, agreeing with Intl in that locale', () => {
      const {primary} = times({shown: 'Europe/Madrid', locale: 'en'});
      const h12 = new Intl.DateTimeFormat('en', {timeZone: 'Europe/Madrid', hour: 'numeric', minute: '2-digit'});
      expect(primary.startTime).to.equal(h12.format(SEED_START));
      expect(primary.startTime).to.match(/^7:05\sPM$/);
      expect(primary.endTime).to.match(/^8:35\sPM$/);
      const joined = primary.range!.map((p) => p.value).join('');
      expect(joined).to.match(/^7:05\s*[–-]\s*8:35\sPM$/);
    });

    it('the same instants in another locale keep the same ISO strings', () => {
      const english = times({shown: 'Asia/Tokyo', locale: 'en-GB'});
      const spanish = times({shown: 'Asia/Tokyo', locale: 'es-AR'});
      expect(spanish.primary.startIso).to.equal(english.primary.startIso);
      expect(spanish.primary.endIso).to.equal(english.primary.endIso);
      expect(spanish.primary.date).not.to.equal(english.primary.date);
    });
  });
});
