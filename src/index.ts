/**
 * The side-effect-free entry: the class and the types, without defining any tag.
 */
export {SessionCard} from './session-card-element.js';
export {SessionCardLoadEvent, SessionCardErrorEvent, SessionCardWarningEvent, type ProblemReport} from './events.js';
export {sessionSchema} from './contract/session-schema.js';
export type {
  Session,
  Text,
  NamedLink,
  Attendance,
  Speaker,
  Section,
  SessionDocument,
} from './contract/session-schema.js';
export type {ErrorCode, WarningCode, ProblemCode} from './contract/problems.js';
