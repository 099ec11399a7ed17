/**
 * `Intl.DateTimeFormat` objects are costly to create and immutable, so one per
 * (locale, zone, style) serves every card on the page.
 */

const styles = {
  date: {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric'},
  shortDate: {weekday: 'short', day: 'numeric', month: 'short'},
  time: {hour: 'numeric', minute: '2-digit'},
  offset: {timeZoneName: 'shortOffset'},
  zoneName: {timeZoneName: 'long'},
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type FormatStyle = keyof typeof styles;

const cache = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, timeZone: string, style: FormatStyle): Intl.DateTimeFormat {
  const key = `${locale}\u0000${timeZone}\u0000${style}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {...(style === 'time' ? timeOptions(locale) : styles[style]), timeZone});
    cache.set(key, format);
  }
  return format;
}

/**
 * Chromium writes `hour: 'numeric'` unpadded (`0:05`) even in locales whose own pattern
 * pads it (en-GB, fr, de, ru, zh: `00:05`), yet its ranges keep the locale's pattern
 * (`02:05–03:35`): a card would show `02:05–03:35` on one day and `22:35 – 0:05` across
 * midnight. Where the locale's range pads the hour, single times are padded too.
 */
function timeOptions(locale: string): Intl.DateTimeFormatOptions {
  let options = timeOptionsByLocale.get(locale);
  if (!options) {
    // Probed once per locale, not once per (locale, zone): the pattern does not depend on the zone.
    const probe = new Intl.DateTimeFormat(locale, {...styles.time, timeZone: 'UTC'});
    const hour = probe.formatRangeToParts(2 * 3_600_000, 3 * 3_600_000).find((part) => part.type === 'hour');
    options = hour?.value.length === 2 ? {...styles.time, hour: '2-digit'} : styles.time;
    timeOptionsByLocale.set(locale, options);
  }
  return options;
}
const timeOptionsByLocale = new Map<string, Intl.DateTimeFormatOptions>();

/** The time-zone name alone (`GMT+2`, `UTC−3`, `Argentina Standard Time`) at an instant. */
export function zoneNameAt(locale: string, timeZone: string, style: 'offset' | 'zoneName', epochMs: number): string {
  const parts = dateTimeFormat(locale, timeZone, style).formatToParts(epochMs);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
