/**
 * What can be wrong with a session, as data. The words for people are made from these
 * in the card's language by `i18n/describe-problem.ts`.
 */

/** Faults that stop the card from showing the session. */
export type ErrorCode =
  | 'malformed-json'
  | 'missing-field'
  | 'wrong-type'
  | 'invalid-value'
  | 'empty-value'
  | 'out-of-range'
  | 'missing-offset'
  | 'invalid-date-time'
  | 'invalid-date'
  | 'end-before-start'
  | 'unknown-time-zone'
  | 'zone-contradicts-offset'
  | 'fetch-failed'
  | 'network-error'
  | 'fetch-timeout'
  | 'unexpected-content-type'
  | 'response-too-large'
  | 'unreadable-value'
  | 'circular-value'
  | 'nested-too-deeply'
  // A schedule or schema.org Event the card imports (src/import/), before it is checked.
  | 'not-a-schedule'
  | 'empty-schedule'
  | 'session-not-chosen'
  | 'session-not-found'
  | 'invalid-duration'
  | 'missing-time'
  | 'no-event'
  | 'recurring-event'
  | 'missing-end';

/** Faults the card can show the session despite: the part at fault is dropped or noted. */
export type WarningCode =
  | 'unsafe-url'
  | 'invalid-url'
  | 'offset-contradicts-zone'
  | 'invalid-language-tag'
  | 'remaining-exceeds-capacity'
  | 'unknown-display-time-zone'
  | 'invalid-attribute'
  | 'unknown-calendar'
  // An interface language whose words did not arrive in time: the card speaks another.
  | 'language-not-loaded'
  // Raised while importing a schedule or a schema.org Event.
  | 'time-zone-disagrees'
  | 'several-events'
  | 'unknown-status'
  | 'unknown-language'
  | 'missing-offset';

export type ProblemCode = ErrorCode | WarningCode;

export interface Problem<Code extends ProblemCode = ProblemCode> {
  code: Code;
  /**
   * Where: a path in the session (`documents[3].url`), the name of the card's own attribute
   * at fault (`fetch-timeout`), or empty for the whole input.
   */
  path: string;
  /** Facts the message quotes: the line of a JSON fault, the expected type, the zone. */
  details?: Readonly<Record<string, string | number>>;
}

export type SessionError = Problem<ErrorCode>;
export type SessionWarning = Problem<WarningCode>;
