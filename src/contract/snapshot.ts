/**
 * A session set from script is read exactly once, into plain own data, before anything
 * checks it: what the validator checks is then what the card renders. Read as
 * `JSON.stringify` would read it: own enumerable string-keyed fields only (inherited ones
 * are not the session's), each getter run once and its value kept. Whatever cannot be
 * read (a getter or a `Proxy` trap that throws, a revoked `Proxy`, a value that contains
 * itself, nesting past any session's shape) is a problem at its path, never an exception.
 */
import type {SessionError} from './problems.js';
import {childPath} from './validate-schema.js';

export type Snapshot = {ok: true; value: unknown} | {ok: false; error: SessionError};

/** Far deeper than any session (its deepest field is four levels down), far below any stack limit. */
export const MAX_DEPTH = 64;

/** Unwinds the copy from the first field that cannot be read; caught in `snapshot`. */
class Unreadable extends Error {
  constructor(readonly problem: SessionError) {
    super(problem.code);
  }
}

export function snapshot(value: unknown): Snapshot {
  try {
    return {ok: true, value: copy(value, '', new Set())};
  } catch (failure) {
    if (failure instanceof Unreadable) return {ok: false, error: failure.problem};
    throw failure;
  }
}

function copy(value: unknown, path: string, ancestors: Set<object>): unknown {
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
  if (typeof value !== 'object' || value === null) return value;
  if (ancestors.has(value)) throw new Unreadable({code: 'circular-value', path});
  if (ancestors.size >= MAX_DEPTH) throw new Unreadable({code: 'nested-too-deeply', path, details: {limit: MAX_DEPTH}});
  ancestors.add(value);
  try {
    // Array.isArray throws for a revoked Proxy.
    const isArray = read(() => Array.isArray(value), path);
    return isArray ? copyArray(value as unknown[], path, ancestors) : copyObject(value, path, ancestors);
  } finally {
    ancestors.delete(value);
  }
}

function copyArray(array: unknown[], path: string, ancestors: Set<object>): unknown[] {
  const length = read(() => array.length, path);
  const result: unknown[] = [];
  // Every index, holes too: a hole is an undefined item, which the validator reports.
  for (let index = 0; index < length; index++) {
    const itemPath = childPath(path, index);
    result.push(
      copy(
        read(() => array[index], itemPath),
        itemPath,
        ancestors
      )
    );
  }
  return result;
}

function copyObject(object: object, path: string, ancestors: Set<object>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of read(() => Object.keys(object), path)) {
    const keyPath = childPath(path, key);
    const field = copy(
      read(() => (object as Record<string, unknown>)[key], keyPath),
      keyPath,
      ancestors
    );
    // Defined, not assigned: a field named `__proto__` (JSON.parse makes those) stays a field.
    Object.defineProperty(result, key, {value: field, enumerable: true, writable: true, configurable: true});
  }
  return result;
}

/** Runs one read of script-given data (a getter, a Proxy trap), turning a throw into a problem at `path`. */
function read<T>(reader: () => T, path: string): T {
  try {
    return reader();
  } catch {
    throw new Unreadable({code: 'unreadable-value', path});
  }
}
