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
    format = new Intl.DateTimeFormat(locale, {...styles[style], timeZone});
    cache.set(key, format);
  }
  return format;
}

/** The time-zone name alone (`GMT+2`, `UTC−3`, `Argentina Standard Time`) at an instant. */
export function zoneNameAt(locale: string, timeZone: string, style: 'offset' | 'zoneName', epochMs: number): string {
  const parts = dateTimeFormat(locale, timeZone, style).formatToParts(epochMs);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
