/**
 * sessionTimes for sessions that end in another year (issue 11): every date the card shows
 * is unambiguous. The end's date carries its year exactly when that differs from the
 * start's, in the zone and in the calendar shown; otherwise it stays short.
 */
import {expect} from '@open-wc/testing';
import {sessionTimes} from '../../src/time/session-times.js';
import {ianaZone, type TimeZoneRef} from '../../src/time/zones.js';

function zone(name: string): TimeZoneRef {
  const ref = ianaZone(name);
  if (!ref) throw new Error(`unknown zone ${name}`);
  return ref;
}

function times(start: string, end: string, shown: string, locale = 'en-GB', eventZone = shown) {
  return sessionTimes({
    startMs: Date.parse(start),
    endMs: Date.parse(end),
    eventZone: zone(eventZone),
    shownZone: zone(shown),
    locale,
    leadWithEventTime: false,
  });
}

/** The year in a locale's own calendar and digits, as Intl writes it alone. */
function yearOf(ms: number, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {timeZone, year: 'numeric'})
    .formatToParts(ms)
    .find((part) => ['year', 'relatedYear'].includes(part.type))!.value;
}

/** A number not inside a longer one: the Japanese era's year 3 is not in its 13. */
function standalone(digits: string): RegExp {
  return new RegExp(`(?<!\\p{Nd})${digits}(?!\\p{Nd})`, 'u');
}

describe('sessionTimes: an end in another year', () => {
  it('names the year of an end ten years after the start', () => {
    const {primary} = times('2021-06-01T14:05:00-03:00', '2031-06-01T15:35:00-03:00', 'America/Argentina/Cordoba');
    expect(primary.date).to.equal('Tue, 1 Jun 2021');
    expect(primary.endDate).to.equal('Sun, 1 Jun 2031');
  });

  it('names the year of an end just past New Year, in the zone shown', () => {
    // 23:00–01:00 in Madrid runs into 2025; in New York (17:00–19:00) it stays on one day.
    const start = '2024-12-31T23:00:00+01:00';
    const end = '2025-01-01T01:00:00+01:00';
    expect(times(start, end, 'Europe/Madrid').primary.endDate).to.equal('Wed, 1 Jan 2025');
    expect(times(start, end, 'America/New_York').primary.endDate).to.equal(undefined);
    // Shown from Madrid, the event's own line in Tokyo (07:00–09:00 on 1 Jan) ends the day it starts.
    const {primary, secondary} = times(start, end, 'Europe/Madrid', 'en-GB', 'Asia/Tokyo');
    expect(primary.endDate).to.equal('Wed, 1 Jan 2025');
    expect(secondary!.date).to.equal('Wed, 1 Jan 2025');
    expect(secondary!.endDate).to.equal(undefined);
  });

  it('keeps the end short within the same year', () => {
    const {primary} = times('2021-06-01T22:00:00+02:00', '2021-06-03T10:00:00+02:00', 'Europe/Madrid');
    expect(primary.endDate).to.equal('Thu 3 Jun');
    expect(primary.endDate).to.not.match(/2021/);
  });

  it('compares years on the event’s own line with its own start', () => {
    // Viewer in Tokyo: 1 Jan 2025, 07:00 – 2 Jan 2025; the event's line in Madrid starts on 31 Dec 2024.
    const {primary, secondary} = times(
      '2024-12-31T23:00:00+01:00',
      '2025-01-02T01:00:00+01:00',
      'Asia/Tokyo',
      'en-GB',
      'Europe/Madrid'
    );
    expect(primary.date).to.equal('Wed, 1 Jan 2025');
    expect(primary.endDate).to.equal('Thu 2 Jan');
    expect(secondary!.date).to.equal('Tue, 31 Dec 2024');
    expect(secondary!.endDate).to.equal('Thu, 2 Jan 2025');
  });

  for (const locale of ['en', 'de', 'fr', 'es', 'pt', 'ru', 'zh-Hans', 'ar', 'ja-JP-u-ca-japanese', 'th-TH']) {
    it(`writes the end's year as ${locale} writes years, only when it differs`, () => {
      const startMs = Date.parse('2021-06-01T14:05:00-03:00');
      const endMs = Date.parse('2031-06-01T15:35:00-03:00');
      const zoneName = 'America/Argentina/Cordoba';
      const {primary} = times('2021-06-01T14:05:00-03:00', '2031-06-01T15:35:00-03:00', zoneName, locale);
      expect(primary.endDate).to.match(standalone(yearOf(endMs, zoneName, locale)));
      expect(primary.endDate).to.not.match(standalone(yearOf(startMs, zoneName, locale)));
      const nextDay = times('2021-06-01T22:05:00-03:00', '2021-06-02T01:35:00-03:00', zoneName, locale).primary;
      expect(nextDay.endDate).to.exist;
      expect(nextDay.endDate).to.not.match(standalone(yearOf(startMs, zoneName, locale)));
    });
  }
});
