/**
 * What a reader can do with the session: join it while it is on, register for it while
 * there are seats and time, add it to a calendar while it lies ahead. A session that has
 * ended, is cancelled or postponed offers none of these.
 */
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg} from '@lit/localize';
import {calendarEventOf} from '../calendar/calendar-event.js';
import {icsDataUrl, webCalendarUrl} from '../calendar/calendar-links.js';
import type {CalendarTarget} from '../contract/calendar-targets.js';
import type {CheckedSession} from '../contract/read-session.js';
import type {LocaleChoice} from '../i18n/resolve-locale.js';
import type {LiveStatus} from '../time/live-status.js';
import {termLabel} from './labels.js';

/** The calendar disclosure as the element holds it. */
export interface CalendarView {
  /** The calendars to offer, in order; none hides the button. */
  targets: readonly CalendarTarget[];
  open: boolean;
  toggle: () => void;
  choose: (target: CalendarTarget) => void;
  /** Where the session was fetched from, if it was: part of the calendar entry's identity (read on opening). */
  sourceUrl: () => string | undefined;
}

export interface ActionsContext {
  session: CheckedSession;
  locale: LocaleChoice;
  live: LiveStatus;
  calendar: CalendarView;
  /** The host put its own actions in the `actions` slot: shown with the card's. */
  hostActions: boolean;
}

export function actionsTemplate({session, locale, live, calendar, hostActions}: ActionsContext) {
  const joinHref = live.joinOpen ? session.hrefs.get('platform.url') : undefined;
  const registerHref = session.hrefs.get('registration.url');
  const canRegister =
    registerHref !== undefined &&
    live.actionable &&
    session.data.remaining !== 0 &&
    live.registration?.state !== 'closed';
  const offerCalendar = live.actionable && calendar.targets.length > 0;
  if (!joinHref && !canRegister && !offerCalendar && !hostActions) return nothing;
  return html`<div class="actions">
    ${joinHref ? html`<a part="join" class="join" href=${joinHref}>${msg('Join', {id: 'action.join'})}</a>` : nothing}
    ${
      canRegister
        ? html`<a part="register" class="register" href=${registerHref}>${msg('Register', {id: 'label.register'})}</a>`
        : nothing
    }
    ${offerCalendar ? calendarTemplate(session, locale, calendar) : nothing}
    <slot name="actions"></slot>
  </div>`;
}

const MENU_ID = 'calendar-menu';

function calendarTemplate(session: CheckedSession, locale: LocaleChoice, calendar: CalendarView) {
  return html`<div class="calendar">
    <button
      part="calendar"
      class="calendar-button"
      type="button"
      aria-expanded=${calendar.open ? 'true' : 'false'}
      aria-controls=${ifDefined(calendar.open ? MENU_ID : undefined)}
      @click=${calendar.toggle}
    >
      ${msg('Add to calendar', {id: 'action.addToCalendar'})}
    </button>
    ${calendar.open ? calendarMenuTemplate(session, locale, calendar) : nothing}
  </div>`;
}

/** Built only while open: a page of cards builds no calendar files until a reader asks for one. */
function calendarMenuTemplate(session: CheckedSession, locale: LocaleChoice, calendar: CalendarView) {
  const event = calendarEventOf(session, {
    locale,
    labels: {
      join: termLabel(msg('Join', {id: 'action.join'})),
      sessionPage: termLabel(msg('Session page', {id: 'label.sessionPage'})),
    },
    sourceUrl: calendar.sourceUrl(),
  });
  const nowMs = Date.now();
  return html`<ul part="calendar-menu" id=${MENU_ID} class="calendar-menu">
    ${calendar.targets.map((target) => {
      const file = target === 'ics';
      return html`<li>
        <a
          part="calendar-option"
          data-calendar=${target}
          href=${file ? icsDataUrl(event, {nowMs}) : webCalendarUrl(target, event)}
          download=${ifDefined(file ? event.fileName : undefined)}
          target=${ifDefined(file ? undefined : '_blank')}
          rel=${ifDefined(file ? undefined : 'noopener')}
          @click=${() => calendar.choose(target)}
          >${calendarName(target)}</a
        >
      </li>`;
    })}
  </ul>`;
}

/** Services go by their own names; the file is what its format is called in the reader's language. */
function calendarName(target: CalendarTarget): string {
  switch (target) {
    case 'ics':
      return msg('Calendar file (.ics)', {id: 'calendar.icsFile'});
    case 'google':
      return 'Google Calendar';
    case 'outlook':
      return 'Outlook.com';
    case 'office365':
      return 'Microsoft 365';
    case 'yahoo':
      return 'Yahoo Calendar';
  }
}
