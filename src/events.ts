/**
 * The card's events: typed, bubbling and composed, so a host can listen on any ancestor.
 */
import type {CalendarTarget} from './contract/calendar-targets.js';
import type {Session} from './contract/session-schema.js';
import type {ProblemReport} from './i18n/describe-problem.js';

export type {ProblemReport};

const init = {bubbles: true, composed: true} as const;

/** A valid session is on screen. */
export class SessionCardLoadEvent extends CustomEvent<{session: Session}> {
  constructor(detail: {session: Session}) {
    super('session-card-load', {...init, detail});
  }
}

/** The session cannot be shown; the card says why. */
export class SessionCardErrorEvent extends CustomEvent<{errors: ProblemReport[]}> {
  constructor(detail: {errors: ProblemReport[]}) {
    super('session-card-error', {...init, detail});
  }
}

/** The session is shown, but something in it was dropped or is doubtful. */
export class SessionCardWarningEvent extends CustomEvent<{warnings: ProblemReport[]}> {
  constructor(detail: {warnings: ProblemReport[]}) {
    super('session-card-warning', {...init, detail});
  }
}

/** The reader chose a calendar to add the session to: `detail.target` is `ics`, `google`, … */
export class SessionCardCalendarEvent extends CustomEvent<{target: CalendarTarget}> {
  constructor(detail: {target: CalendarTarget}) {
    super('session-card-calendar', {...init, detail});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'session-card-load': SessionCardLoadEvent;
    'session-card-error': SessionCardErrorEvent;
    'session-card-warning': SessionCardWarningEvent;
    'session-card-calendar': SessionCardCalendarEvent;
  }
}
