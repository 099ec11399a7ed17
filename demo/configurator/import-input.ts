/**
 * From what an editor pasted to the session JSON they go on to edit, with every problem the
 * importer found in the input. The card's reader checks that JSON again at each edit, so the
 * problems it raises on the produced session are left to it and not listed twice.
 */
import {readSession} from '../../src/contract/read-session.js';
import {fromSchedule, listScheduleSessions} from '../../src/import/from-schedule.js';
import {fromSchemaOrg} from '../../src/import/from-schema-org.js';
import {fromText} from '../../src/import/from-text.js';
import type {ImportProblem, ImportResult} from '../../src/import/import-result.js';
import {detectInput, type InputKind} from './input-kind.js';

export interface ImportOptions {
  /** Where the input came from (its URL), else the page: relative URLs resolve against it. */
  baseUrl: string;
  /** For a schedule: the talk to import, by the id `listScheduleSessions` gives. */
  talk?: string;
  /** For the forum's text: how its dates like 01/06/2021 are written. */
  dateOrder?: 'day-first' | 'month-first';
}

export type TalkListing = ReturnType<typeof listScheduleSessions>[number];

export interface ImportOutcome {
  kind: InputKind;
  /** The talks of a schedule, for the picker; empty for other kinds. */
  talks: TalkListing[];
  /** The session JSON to edit, when the input gave one. */
  json?: string;
  /** What stops the import, with paths into the input. */
  errors: ImportProblem[];
  /** What the importer dropped or assumed. */
  warnings: ImportProblem[];
}

const sameProblem = (a: {code: string; path: string}, b: {code: string; path: string}) =>
  a.code === b.code && a.path === b.path;

/** The importer's result as an outcome: the session as JSON text, its own warnings only. */
function outcome(kind: InputKind, result: ImportResult, baseUrl: string, talks: TalkListing[] = []): ImportOutcome {
  if ('errors' in result) return {kind, talks, errors: result.errors, warnings: []};
  const readersOwn = readSession(result.session, baseUrl).warnings;
  return {
    kind,
    talks,
    json: JSON.stringify(result.session, null, 2),
    errors: [],
    warnings: result.warnings.filter((warning) => !readersOwn.some((own) => sameProblem(own, warning))),
  };
}

/** The input imported by the importer for its kind; undefined for a blank input. */
export function importInput(input: string, options: ImportOptions): ImportOutcome | undefined {
  const detected = detectInput(input);
  if (!detected) return undefined;
  const {baseUrl} = options;
  switch (detected.kind) {
    case 'text':
      return outcome('text', fromText(input, {dateOrder: options.dateOrder}), baseUrl);
    case 'schema-org':
      return outcome('schema-org', fromSchemaOrg(detected.value, {baseUrl}), baseUrl);
    case 'schedule': {
      const talks = listScheduleSessions(detected.value);
      // Several talks and none picked yet: the picker asks, which is no problem of the input.
      if (options.talk === undefined && talks.length > 1) return {kind: 'schedule', talks, errors: [], warnings: []};
      return outcome('schedule', fromSchedule(detected.value, {session: options.talk, baseUrl}), baseUrl, talks);
    }
    case 'session':
      // The card's own format, kept as written: the reader checks it like any edit.
      return {kind: 'session', talks: [], json: input, errors: [], warnings: []};
  }
}
