/**
 * Where a session can be added to a calendar: an .ics file, or a calendar site's "new
 * event" form filled in through its URL. Pure: strings in, URLs out.
 */
import type {CalendarTarget} from '../contract/calendar-targets.js';
import type {CalendarEvent} from './calendar-event.js';
import {writeIcs} from './ics.js';
import {utcBasic, utcExtended} from './utc-time.js';

/** The calendars reached through a site's new-event form (the list of all is the `calendar` attribute's). */
export type WebCalendarTarget = Exclude<CalendarTarget, 'ics'>;

/**
 * The URL of `target`'s new-event form, filled in with `event`. None of these sites has a
 * field for the session's page, so it goes only in the description, where it already is.
 * Times are UTC; Google is also told the event's zone (`ctz`), to show it there.
 */
export function webCalendarUrl(target: WebCalendarTarget, event: CalendarEvent): string {
  switch (target) {
    case 'google':
      return formUrl('https://calendar.google.com/calendar/render?action=TEMPLATE', {
        text: event.title,
        dates: `${utcBasic(event.startMs)}/${utcBasic(event.endMs)}`,
        details: event.description,
        location: event.location,
        ctz: event.timeZone,
      });
    case 'outlook':
    case 'office365':
      return formUrl(`https://${OUTLOOK_HOSTS[target]}/calendar/0/action/compose?rru=addevent`, {
        subject: event.title,
        startdt: utcExtended(event.startMs),
        enddt: utcExtended(event.endMs),
        body: event.description,
        location: event.location,
      });
    case 'yahoo':
      return formUrl('https://calendar.yahoo.com/?v=60', {
        title: event.title,
        st: utcBasic(event.startMs),
        et: utcBasic(event.endMs),
        desc: event.description,
        in_loc: event.location,
      });
  }
}

/** The .ics file of `event` as a `data:` URL, for a download link. */
export function icsDataUrl(event: CalendarEvent, options: {nowMs: number}): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(writeIcs(event, options))}`;
}

const OUTLOOK_HOSTS = {outlook: 'outlook.live.com', office365: 'outlook.office.com'} as const;

/** `base` with each non-empty field added to its query. */
function formUrl(base: string, fields: Record<string, string | undefined>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(fields)) {
    if (value) url.searchParams.append(name, value);
  }
  // URLSearchParams writes a space as `+` (and a `+` as `%2B`); Outlook's compose form has
  // shown such `+` literally. `%20` means a space to every reader.
  url.search = url.search.replace(/\+/g, '%20');
  return url.href;
}
