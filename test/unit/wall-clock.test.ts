/**
 * wall-clock: the calendar day and the `<time datetime>` string of an instant in a zone,
 * checked against an independent `Intl.DateTimeFormat` reading of the same instant.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {isoWithOffset, localDayNumber} from '../../src/time/wall-clock.js';
import {fixedOffsetZone, ianaZone, type TimeZoneRef} from '../../src/time/zones.js';
import {GLOBAL_DATE_TIME, localDateTime} from '../support/zones.js';

function zone(name: string): TimeZoneRef {
  const ref = ianaZone(name);
  if (!ref) throw new Error(`unknown zone ${name}`);
  return ref;
}

const ZONES = [
  'Europe/Madrid',
  'America/Argentina/Cordoba',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/Los_Angeles',
  'Europe/London',
];

describe('wall-clock', () => {
  describe('isoWithOffset', () => {
    it('writes the zone’s wall clock and offset', () => {
      const seedStart = Date.parse('2021-06-01T14:05:00-03:00');
      expect(isoWithOffset(zone('America/Argentina/Cordoba'), seedStart)).to.equal('2021-06-01T14:05:00-03:00');
      expect(isoWithOffset(zone('Europe/Madrid'), seedStart)).to.equal('2021-06-01T19:05:00+02:00');
      expect(isoWithOffset(zone('Asia/Kathmandu'), seedStart)).to.equal('2021-06-01T22:50:00+05:45');
      expect(isoWithOffset(zone('America/St_Johns'), seedStart)).to.equal('2021-06-01T14:35:00-02:30');
      expect(isoWithOffset(zone('Pacific/Kiritimati'), seedStart)).to.equal('2021-06-02T07:05:00+14:00');
    });

    it('zero offsets: +00:00 for a zone that has others, Z for a fixed zero', () => {
      const winter = Date.parse('2021-12-01T17:05:00Z');
      expect(isoWithOffset(zone('Europe/London'), winter)).to.equal('2021-12-01T17:05:00+00:00');
      expect(isoWithOffset(fixedOffsetZone(0), winter)).to.equal('2021-12-01T17:05:00Z');
      expect(isoWithOffset(fixedOffsetZone(-570), winter)).to.equal('2021-12-01T07:35:00-09:30');
    });

    it('keeps milliseconds only when there are some', () => {
      const ms = Date.parse('2021-06-01T14:05:07.250-03:00');
      expect(isoWithOffset(zone('America/Argentina/Cordoba'), ms)).to.equal('2021-06-01T14:05:07.250-03:00');
    });

    it('an offset with seconds (local mean time) is written in UTC, naming the same instant', () => {
      const ms = Date.parse('1900-06-01T12:00:00Z');
      const iso = isoWithOffset(zone('America/Argentina/Cordoba'), ms);
      expect(iso).to.equal('1900-06-01T12:00:00Z');
      expect(Date.parse(iso)).to.equal(ms);
    });

    it('at the ends of the calendar: years after 9999 in five digits, year 0 never', () => {
      const lastEvening = Date.parse('9999-12-31T20:00:00-05:00');
      expect(isoWithOffset(zone('Asia/Tokyo'), lastEvening)).to.equal('10000-01-01T10:00:00+09:00');
      expect(isoWithOffset(zone('Asia/Tokyo'), lastEvening)).to.match(GLOBAL_DATE_TIME);
      // 01:00 UTC on the first day of year 1 is still year 0 five hours west of Greenwich.
      const firstHour = Date.parse('0001-01-01T01:00:00Z');
      expect(isoWithOffset(zone('Etc/GMT+5'), firstHour)).to.equal('0001-01-01T01:00:00Z');
      expect(isoWithOffset(fixedOffsetZone(-300), firstHour)).to.equal('0001-01-01T01:00:00Z');
      expect(isoWithOffset(fixedOffsetZone(60), firstHour)).to.equal('0001-01-01T02:00:00+01:00');
    });

    it('on both sides of a clock change', () => {
      const before = Date.parse('2025-10-26T00:59:00Z');
      const after = Date.parse('2025-10-26T01:00:00Z');
      expect(isoWithOffset(zone('Europe/Berlin'), before)).to.equal('2025-10-26T02:59:00+02:00');
      expect(isoWithOffset(zone('Europe/Berlin'), after)).to.equal('2025-10-26T02:00:00+01:00');
    });

    it('for any instant and zone: names the same instant, with the wall clock Intl reads', () => {
      fc.assert(
        fc.property(
          fc.integer({min: Date.parse('1970-01-01T00:00:00Z'), max: Date.parse('2099-12-31T00:00:00Z')}),
          fc.constantFrom(...ZONES),
          (epochSeconds, name) => {
            const ms = Math.floor(epochSeconds / 1000) * 1000;
            const iso = isoWithOffset(zone(name), ms);
            expect(Date.parse(iso), iso).to.equal(ms);
            expect(iso.slice(0, 19), iso).to.equal(localDateTime(ms, name));
          }
        ),
        {numRuns: 500}
      );
    });
  });

  describe('localDayNumber', () => {
    it('changes at local midnight, not UTC’s', () => {
      const tokyo = zone('Asia/Tokyo');
      const lastMinute = Date.parse('2021-06-01T23:59:59.999+09:00');
      const midnight = Date.parse('2021-06-02T00:00:00+09:00');
      expect(localDayNumber(tokyo, midnight) - localDayNumber(tokyo, lastMinute)).to.equal(1);
      // Same UTC day (2021-06-01), different Tokyo days.
      expect(localDayNumber(tokyo, Date.parse('2021-06-01T14:00:00Z'))).to.equal(localDayNumber(tokyo, midnight - 1));
    });

    it('a day with a clock change is still one day', () => {
      const madrid = zone('Europe/Madrid');
      const morning = Date.parse('2021-03-28T00:30:00+01:00');
      const evening = Date.parse('2021-03-28T23:30:00+02:00');
      expect(localDayNumber(madrid, evening)).to.equal(localDayNumber(madrid, morning));
      expect(localDayNumber(madrid, Date.parse('2021-03-29T00:00:00+02:00'))).to.equal(
        localDayNumber(madrid, morning) + 1
      );
    });

    it('for any two instants and a zone: same number exactly when Intl reads the same date', () => {
      fc.assert(
        fc.property(
          fc.integer({min: Date.parse('1970-01-01T00:00:00Z'), max: Date.parse('2099-12-31T00:00:00Z')}),
          fc.integer({min: 0, max: 3 * 86_400_000}),
          fc.constantFrom(...ZONES),
          (start, length, name) => {
            const sameDate =
              localDateTime(start, name).slice(0, 10) === localDateTime(start + length, name).slice(0, 10);
            expect(localDayNumber(zone(name), start) === localDayNumber(zone(name), start + length)).to.equal(sameDate);
          }
        ),
        {numRuns: 500}
      );
    });
  });
});
