/**
 * What a calendar needs to know of a session, read once from a checked session: the one
 * input of the .ics writer and of the calendar-site links. Pure: no DOM.
 */
import type {CheckedSession} from '../contract/read-session.js';
import type {Session, Text} from '../contract/session-schema.js';
import {pickText} from '../i18n/pick-text.js';
import type {LocaleChoice} from '../i18n/resolve-locale.js';
import {icsFileName} from './file-name.js';
import {eventUid} from './uid.js';

/** One session as a calendar event. Times are whole seconds; texts are in the card's language. */
export interface CalendarEvent {
  /** Stable across downloads of the same session (so re-importing updates, not duplicates). */
  uid: string;
  title: string;
  /** Epoch ms, a whole second: the session's start, rounded down. */
  startMs: number;
  /** Epoch ms, a whole second: the session's end, rounded up (so it stays after the start). */
  endMs: number;
  /** Plain text with \n line breaks: the summary, then the join link, then the session page. */
  description: string;
  location?: string;
  /** The session's own page (absolute safe href). */
  url?: string;
  /**
   * IANA name of the event's zone when it has one (not for a bare UTC offset), as this
   * browser's Intl names it (Chromium: `America/Cordoba` for `America/Argentina/Cordoba`,
   * both tzdata names): Google's `ctz`.
   */
  timeZone?: string;
  /** `<id or title slug>.ics`, safe as a file name. */
  fileName: string;
}

export interface CalendarEventOptions {
  /** The card's languages: texts are picked for `format`, then `ui`. */
  locale: LocaleChoice;
  /**
   * The lead-ins of the description's link lines, translated and punctuated as the language
   * writes them (`Join:`, French `Rejoindre :`); spaces around them are dropped, and one
   * space and the link follow.
   */
  labels: {join: string; sessionPage: string};
  /** The absolute URL the session was fetched from (`src`), if any: part of the UID. */
  sourceUrl?: string;
}

/**
 * The calendar event of `session`. Links come only from `session.hrefs`, the URLs that
 * passed the safe-link check. The location is the session's `location`, else (online) the
 * platform's name followed by its link.
 */
export function calendarEventOf(session: CheckedSession, options: CalendarEventOptions): CalendarEvent {
  const {data, hrefs} = session;
  const {locale, labels} = options;
  const textOf = (value: Text | undefined) =>
    value === undefined ? '' : pickText(value, [locale.format, locale.ui]).text.trim();
  const title = textOf(data.title);
  const pageHref = hrefs.get('url');
  const description = [
    textOf(data.summary).replace(/\r\n?/g, '\n'),
    linkLine(labels.join, hrefs.get('platform.url')),
    linkLine(labels.sessionPage, pageHref),
  ]
    .filter(Boolean)
    .join('\n\n');

  const event: CalendarEvent = {
    uid: eventUid(identityOf(session, options.sourceUrl)),
    title,
    startMs: Math.floor(session.start.epochMs / 1000) * 1000,
    endMs: Math.ceil(session.end.epochMs / 1000) * 1000,
    description,
    fileName: icsFileName(data.id, title),
  };
  const location = textOf(data.location) || platformLocation(data, hrefs.get('platform.url'));
  if (location) event.location = location;
  if (pageHref) event.url = pageHref;
  if (!session.eventZone.fixed) event.timeZone = session.eventZone.intlName;
  return event;
}

function linkLine(label: string, href: string | undefined): string {
  if (!href) return '';
  const lead = label.trim();
  return lead ? `${lead} ${href}` : href;
}

/** `Zoom https://zoom.us/j/1`: where an online session happens. */
function platformLocation(data: Session, href: string | undefined): string {
  const {platform} = data;
  if (platform === undefined) return '';
  const name = (typeof platform === 'string' ? platform : platform.name).trim();
  return [name, href].filter(Boolean).join(' ');
}

/**
 * What makes a session this session, whichever language the reader sees it in: its id
 * within the place it lives (its page, else the file it came from, else its title, given
 * in every language); without an id, its title, start and place. Times and wording may
 * change between downloads and the UID stays; a moved session without an id gets a new one.
 */
function identityOf(session: CheckedSession, sourceUrl: string | undefined): string[] {
  const {data} = session;
  const place = session.hrefs.get('url') ?? sourceUrl;
  const allTitles = JSON.stringify(data.title);
  const id = data.id?.trim();
  if (id) return ['id', id, place ?? allTitles];
  return ['title', allTitles, String(session.start.epochMs), place ?? ''];
}
