/**
 * parseDateTime: the contract's date-time strings. The instant always comes from the
 * written offset; expected instants come from `Date.parse` of an equivalent plain
 * RFC 3339 string, an independent reading.
 */
import {expect} from '@open-wc/testing';
import {parseDateTime, type DateTimeFault, type ParsedDateTime} from '../../src/contract/date-time.js';

function parsed(text: string): ParsedDateTime {
  const reading = parseDateTime(text);
  if (!reading.ok) throw new Error(`expected ${text} to parse, got fault ${reading.fault}`);
  return reading.value;
}

function faultOf(text: string): DateTimeFault | 'ok' {
  const reading = parseDateTime(text);
  return reading.ok ? 'ok' : reading.fault;
}

describe('parseDateTime', () => {
  describe('offsets', () => {
    it('reads Z as UTC', () => {
      const value = parsed('2021-06-01T14:05:00Z');
      expect(value.epochMs).to.equal(Date.parse('2021-06-01T14:05:00Z'));
      expect(value.epochMs).to.equal(Date.UTC(2021, 5, 1, 14, 5, 0));
      expect(value.offsetMinutes).to.equal(0);
      expect(value.zone).to.equal(undefined);
      expect(value.critical).to.equal(false);
    });

    it('reads a negative offset: the seed start is 17:05 UTC', () => {
      const value = parsed('2021-06-01T14:05:00-03:00');
      expect(value.offsetMinutes).to.equal(-180);
      expect(value.epochMs).to.equal(Date.parse('2021-06-01T14:05:00-03:00'));
      expect(new Date(value.epochMs).toISOString()).to.equal('2021-06-01T17:05:00.000Z');
    });

    for (const [offset, minutes] of [
      ['+05:30', 330],
      ['+05:45', 345],
      ['-09:30', -570],
      ['+14:00', 840],
      ['-12:00', -720],
      ['+00:00', 0],
      ['-00:00', 0],
      ['+23:59', 23 * 60 + 59],
    ] as const) {
      it(`reads the offset ${offset} as ${minutes} minutes east`, () => {
        const text = `2021-06-01T14:05:00${offset}`;
        const value = parsed(text);
        expect(value.offsetMinutes).to.equal(minutes);
        expect(value.epochMs).to.equal(Date.UTC(2021, 5, 1, 14, 5) - minutes * 60_000);
        if (Math.abs(minutes) <= 14 * 60) expect(value.epochMs).to.equal(Date.parse(text));
      });
    }
  });

  describe('seconds and fractions', () => {
    it('accepts a time without seconds', () => {
      expect(parsed('2021-06-01T14:05Z').epochMs).to.equal(Date.parse('2021-06-01T14:05:00Z'));
      expect(parsed('2021-06-01T14:05+02:00').epochMs).to.equal(Date.parse('2021-06-01T14:05:00+02:00'));
    });

    for (const [fraction, ms] of [
      ['1', 100],
      ['12', 120],
      ['123', 123],
      ['1234', 123],
      ['12345', 123],
      ['123456', 123],
      ['1234567', 123],
      ['12345678', 123],
      ['123456789', 123],
      ['05', 50],
      ['000000001', 0],
    ] as const) {
      it(`reads the ${fraction.length}-digit fraction .${fraction} to ${ms} ms`, () => {
        const value = parsed(`2021-06-01T14:05:07.${fraction}+01:00`);
        expect(value.epochMs).to.equal(Date.parse('2021-06-01T13:05:07Z') + ms);
      });
    }

    it('agrees with Date.parse for a 3-digit fraction', () => {
      const text = '2021-06-01T14:05:07.250-03:00';
      expect(parsed(text).epochMs).to.equal(Date.parse(text));
    });

    it('refuses a 10-digit fraction and a fraction without seconds', () => {
      expect(faultOf('2021-06-01T14:05:07.1234567890Z')).to.equal('invalid-date-time');
      expect(faultOf('2021-06-01T14:05.5Z')).to.equal('invalid-date-time');
      expect(faultOf('2021-06-01T14:05:07.Z')).to.equal('invalid-date-time');
    });
  });

  describe('RFC 9557 suffixes', () => {
    it('reads a time-zone suffix as the zone, and takes the instant from the offset', () => {
      const value = parsed('2021-06-01T14:05:00-03:00[America/Argentina/Cordoba]');
      expect(value.zone).to.equal('America/Argentina/Cordoba');
      expect(value.critical).to.equal(false);
      expect(value.offsetMinutes).to.equal(-180);
      expect(value.epochMs).to.equal(Date.parse('2021-06-01T14:05:00-03:00'));
    });

    it('reads a critical suffix [!Zone]', () => {
      const value = parsed('2021-07-01T14:05:00+02:00[!Europe/Berlin]');
      expect(value.zone).to.equal('Europe/Berlin');
      expect(value.critical).to.equal(true);
      expect(value.epochMs).to.equal(Date.parse('2021-07-01T12:05:00Z'));
    });

    it('keeps the offset even when it contradicts the zone (the parser does not judge)', () => {
      // Berlin is +02:00 in July; the written +01:00 still fixes the instant.
      const value = parsed('2021-07-01T14:00:00+01:00[Europe/Berlin]');
      expect(value.epochMs).to.equal(Date.parse('2021-07-01T13:00:00Z'));
      expect(value.zone).to.equal('Europe/Berlin');
    });

    it('accepts extra tags after the zone, and tags alone', () => {
      const withZone = parsed('2021-06-01T14:05:00-03:00[America/Argentina/Cordoba][u-ca=gregory]');
      expect(withZone.zone).to.equal('America/Argentina/Cordoba');
      expect(withZone.epochMs).to.equal(Date.parse('2021-06-01T14:05:00-03:00'));

      const tagOnly = parsed('2021-06-01T14:05:00Z[u-ca=gregory]');
      expect(tagOnly.zone).to.equal(undefined);
      expect(tagOnly.critical).to.equal(false);

      const criticalTag = parsed('2021-06-01T14:05:00Z[Europe/London][!u-ca=gregory][foo=bar-baz]');
      expect(criticalTag.zone).to.equal('Europe/London');
      // `critical` is about the zone only.
      expect(criticalTag.critical).to.equal(false);
    });

    it('accepts zone names with +, - and _ (Etc/GMT+3, America/Port-au-Prince)', () => {
      expect(parsed('2021-06-01T14:05:00-03:00[Etc/GMT+3]').zone).to.equal('Etc/GMT+3');
      expect(parsed('2021-06-01T14:05:00-04:00[America/Port-au-Prince]').zone).to.equal('America/Port-au-Prince');
      expect(parsed('2021-06-01T14:05:00-04:00[America/Port_of_Spain]').zone).to.equal('America/Port_of_Spain');
    });

    it('refuses malformed suffixes', () => {
      expect(faultOf('2021-06-01T14:05:00Z[]')).to.equal('invalid-date-time');
      expect(faultOf('2021-06-01T14:05:00Z[Europe/Berlin')).to.equal('invalid-date-time');
      expect(faultOf('2021-06-01T14:05:00Z [Europe/Berlin]')).to.equal('invalid-date-time');
      // Only one time zone; a second bracket must be a key=value tag.
      expect(faultOf('2021-06-01T14:05:00Z[Europe/Berlin][Europe/Paris]')).to.equal('invalid-date-time');
      // A tag before the zone is out of order.
      expect(faultOf('2021-06-01T14:05:00Z[u-ca=gregory][Europe/Berlin]')).to.equal('invalid-date-time');
    });

    it('the 2025 Berlin overlap: the same wall clock at +02:00 and +01:00 is one hour apart', () => {
      const first = parsed('2025-10-26T02:30:00+02:00');
      const second = parsed('2025-10-26T02:30:00+01:00');
      expect(second.epochMs - first.epochMs).to.equal(3_600_000);
      expect(first.epochMs).to.equal(Date.parse('2025-10-26T00:30:00Z'));
      expect(second.epochMs).to.equal(Date.parse('2025-10-26T01:30:00Z'));
    });

    it('the overlap with a [Europe/Berlin] suffix: the suffix does not move either instant', () => {
      const first = parsed('2025-10-26T02:30:00+02:00[Europe/Berlin]');
      const second = parsed('2025-10-26T02:30:00+01:00[Europe/Berlin]');
      expect(first.epochMs).to.equal(Date.parse('2025-10-26T00:30:00Z'));
      expect(second.epochMs).to.equal(Date.parse('2025-10-26T01:30:00Z'));
      expect(second.epochMs - first.epochMs).to.equal(3_600_000);
    });
  });

  describe('faults', () => {
    for (const text of [
      '2021-06-01T14:05:00',
      '2021-06-01T14:05',
      '2021-06-01T14:05:00.123',
      '2021-06-01T14:05:00.123456789',
      '2021-06-01T14:05:00[Europe/Berlin]',
      '2021-06-01T14:05:00[!Europe/Berlin]',
    ]) {
      it(`${text} → missing-offset`, () => {
        expect(faultOf(text)).to.equal('missing-offset');
      });
    }

    for (const [text, what] of [
      ['20210601T140500Z', 'basic format'],
      ['20210601T140500-0300', 'basic format with offset'],
      ['2021-06-01T14:05:00-0300', 'basic-format offset'],
      ['2021-06-01T14:05:00-03', 'hour-only offset'],
      ['2021-W22-2T14:05:00Z', 'week date'],
      ['2021-152T14:05:00Z', 'ordinal date'],
      ['2021-06-01', 'date only'],
      ['14:05:00Z', 'time only'],
      ['2021-06-01 14:05:00Z', 'space instead of T'],
      ['2021-06-01t14:05:00z', 'lower-case t and z'],
      ['2021-6-1T14:05:00Z', 'unpadded month and day'],
      ['2021-06-01T14Z', 'hour only'],
      ['21-06-01T14:05:00Z', 'two-digit year'],
      ['+002021-06-01T14:05:00Z', 'expanded year'],
      ['next Tuesday at 2', 'free text'],
      ['Tue, 01 Jun 2021 14:05:00 GMT', 'RFC 2822'],
      ['', 'empty'],
      [' 2021-06-01T14:05:00Z', 'leading space'],
      ['2021-06-01T14:05:00Z ', 'trailing space'],
      ['2021-06-01T14:05:00Z\n', 'trailing newline'],
    ] as const) {
      it(`${JSON.stringify(text)} (${what}) → invalid-date-time`, () => {
        expect(faultOf(text)).to.equal('invalid-date-time');
      });
    }

    for (const [text, what] of [
      ['2021-02-30T14:05:00Z', 'February 30'],
      ['2021-02-29T14:05:00Z', 'February 29 in a common year'],
      ['1900-02-29T14:05:00Z', 'February 29 in 1900 (not a leap year)'],
      ['2021-04-31T14:05:00Z', 'April 31'],
      ['2021-13-01T14:05:00Z', 'month 13'],
      ['2021-00-10T14:05:00Z', 'month 0'],
      ['2021-06-00T14:05:00Z', 'day 0'],
      ['2021-06-32T14:05:00Z', 'day 32'],
      ['2021-06-01T25:00:00Z', 'hour 25'],
      ['2021-06-01T24:00:00Z', 'hour 24'],
      ['2021-06-01T14:60:00Z', 'minute 60'],
      ['2021-06-01T14:05:60Z', 'second 60'],
      ['2021-06-01T14:05:00+24:00', 'offset +24:00'],
      ['2021-06-01T14:05:00-24:00', 'offset -24:00'],
      ['2021-06-01T14:05:00+05:60', 'offset minute 60'],
      ['2021-06-01T14:05:00+99:99', 'offset 99:99'],
      ['2021-02-30T14:05:00-03:00[America/Argentina/Cordoba]', 'February 30 with a zone'],
    ] as const) {
      it(`${text} (${what}) → invalid-date`, () => {
        expect(faultOf(text)).to.equal('invalid-date');
      });
    }
  });

  describe('calendar', () => {
    it('accepts leap days: 2024-02-29 and 2000-02-29', () => {
      expect(parsed('2024-02-29T14:05:00Z').epochMs).to.equal(Date.parse('2024-02-29T14:05:00Z'));
      expect(parsed('2000-02-29T00:00:00+01:00').epochMs).to.equal(Date.parse('2000-02-29T00:00:00+01:00'));
    });

    it('accepts the last day of every month of 2021', () => {
      const lastDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
      lastDays.forEach((day, index) => {
        const text = `2021-${String(index + 1).padStart(2, '0')}-${day}T23:59:59Z`;
        expect(parsed(text).epochMs, text).to.equal(Date.parse(text));
      });
    });

    it('reads the year 0050 as 50 AD, not 1950', () => {
      const value = parsed('0050-06-01T14:05:00Z');
      expect(new Date(value.epochMs).getUTCFullYear()).to.equal(50);
      expect(value.epochMs).to.equal(Date.parse('0050-06-01T14:05:00Z'));
      expect(value.epochMs).not.to.equal(Date.parse('1950-06-01T14:05:00Z'));
    });

    it('refuses instants before year 1: there is no year 0 to write in a <time datetime>', () => {
      expect(parseDateTime('0000-06-01T12:00:00Z')).to.deep.equal({ok: false, fault: 'invalid-date'});
      expect(parseDateTime('0001-01-01T00:30:00+01:00'), 'year 0 in UTC').to.deep.equal({
        ok: false,
        fault: 'invalid-date',
      });
      expect(parsed('0001-01-01T00:00:00Z').epochMs).to.equal(Date.parse('0001-01-01T00:00:00Z'));
      expect(parsed('0001-01-01T00:30:00-01:00').epochMs).to.equal(Date.parse('0001-01-01T01:30:00Z'));
      // The instant decides, not the year written: this one is 00:30 UTC in year 1.
      expect(parsed('0000-12-31T23:30:00-01:00').epochMs).to.equal(Date.parse('0001-01-01T00:30:00Z'));
    });

    it('an offset that crosses midnight moves the UTC date', () => {
      const value = parsed('2021-12-31T23:30:00-05:00');
      expect(new Date(value.epochMs).toISOString()).to.equal('2022-01-01T04:30:00.000Z');
    });
  });
});
