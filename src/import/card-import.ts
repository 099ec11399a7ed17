/**
 * What the card does with a schedule or a schema.org Event it is given: import it, then
 * read the session as it reads its own. Loaded by the card only when its input is one of
 * those (a file beside the card): pages that give the card its own JSON never load it.
 */
import {readSession, type SessionReading} from '../contract/read-session.js';
import type {SessionError, SessionWarning} from '../contract/problems.js';
import {fromSchedule} from './from-schedule.js';
import {fromSchemaOrg} from './from-schema-org.js';
import type {ImportKind} from './import-kind.js';
import type {ImportProblem} from './import-result.js';

export interface CardImportOptions {
  /** The card's `session-id`: which talk of a schedule to show. */
  sessionId?: string;
  /** Where the input came from, or the page: relative URLs resolve against it. */
  baseUrl: string;
}

/**
 * The importers' problems in the card's format: code, path and details, from which the
 * card writes the message in its own language (the importers' messages are English).
 */
const asProblem = <P extends SessionError | SessionWarning>({code, path, details}: ImportProblem): P =>
  (details ? {code, path, details} : {code, path}) as P;

export function importForCard(value: unknown, kind: ImportKind, options: CardImportOptions): SessionReading {
  const {sessionId, baseUrl} = options;
  const result =
    kind === 'schedule' ? fromSchedule(value, {session: sessionId, baseUrl}) : fromSchemaOrg(value, {baseUrl});
  if ('errors' in result) return {errors: result.errors.map(asProblem<SessionError>), warnings: []};
  const reading = readSession(result.session, baseUrl);
  // The reader's own warnings on the session are among the importer's already.
  return {...reading, warnings: reading.session ? result.warnings.map(asProblem<SessionWarning>) : []};
}
