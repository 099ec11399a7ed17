/**
 * The side-effect-free entry: the class and the types, without defining any tag.
 */
export {SessionCard} from './session-card-element.js';
export {
  SessionCardLoadEvent,
  SessionCardErrorEvent,
  SessionCardWarningEvent,
  SessionCardCalendarEvent,
  type ProblemReport,
} from './events.js';
export {CALENDAR_TARGETS, type CalendarTarget} from './contract/calendar-targets.js';
export {sessionSchema} from './contract/session-schema.js';
export type {
  Session,
  Text,
  NamedLink,
  Attendance,
  EventStatus,
  Speaker,
  Section,
  SessionDocument,
} from './contract/session-schema.js';
export type {ErrorCode, WarningCode, ProblemCode} from './contract/problems.js';
