/**
 * `Intl.DateTimeFormat` objects are costly to create and immutable, so one per
 * (locale, zone, style) serves every card on the page.
 */
import {memoize} from '../shared/memoize.js';

const styles = {
  date: {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric'},
  shortDate: {weekday: 'short', day: 'numeric', month: 'short'},
  time: {hour: 'numeric', minute: '2-digit'},
  offset: {timeZoneName: 'shortOffset'},
  longOffset: {timeZoneName: 'longOffset'},
  zoneName: {timeZoneName: 'long'},
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type FormatStyle = keyof typeof styles;

export const dateTimeFormat = memoize(
  (locale: string, timeZone: string, style: FormatStyle): Intl.DateTimeFormat =>
    new Intl.DateTimeFormat(locale, {...(style === 'time' ? timeOptions(locale) : styles[style]), timeZone})
);

/**
 * Chromium writes `hour: 'numeric'` unpadded (`0:05`) even in locales whose own pattern
 * pads it (en-GB, fr, de, ru, zh: `00:05`), yet its ranges keep the locale's pattern
 * (`02:05–03:35`): a card would show `02:05–03:35` on one day and `22:35 – 0:05` across
 * midnight. Where the locale's range pads the hour, single times are padded too.
 */
// Probed once per locale, not once per (locale, zone): the pattern does not depend on the zone.
const timeOptions = memoize((locale: string): Intl.DateTimeFormatOptions => {
  const probe = new Intl.DateTimeFormat(locale, {...styles.time, timeZone: 'UTC'});
  const hour = probe.formatRangeToParts(2 * 3_600_000, 3 * 3_600_000).find((part) => part.type === 'hour');
  return hour?.value.length === 2 ? {...styles.time, hour: '2-digit'} : styles.time;
});

/** The time-zone name alone (`GMT+2`, `UTC−3`, `Argentina Standard Time`) at an instant. */
export function zoneNameAt(locale: string, timeZone: string, style: 'offset' | 'zoneName', epochMs: number): string {
  const name = timeZoneNameAt(locale, timeZone, style, epochMs);
  // Firefox writes an abbreviation for some short offsets (`BST` for en-GB in London)
  // where the label must carry the number: take the long offset (`GMT+01:00`) and shorten
  // it as the short form does (`GMT+1`). Any script's digits count (Arabic `غرينتش+١`).
  if (style !== 'offset' || /\p{Nd}/u.test(name)) return name;
  return timeZoneNameAt(locale, timeZone, 'longOffset', epochMs).replace(
    /([+\-\u2212])0?(\d{1,2}):(\d{2})$/,
    (_, sign: string, hours: string, minutes: string) => sign + hours + (minutes === '00' ? '' : `:${minutes}`)
  );
}

function timeZoneNameAt(locale: string, timeZone: string, style: FormatStyle, epochMs: number): string {
  const parts = dateTimeFormat(locale, timeZone, style).formatToParts(epochMs);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
