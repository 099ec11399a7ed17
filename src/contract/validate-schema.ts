/**
 * Checks a value against the subset of JSON Schema that `session-schema.ts` uses, by
 * walking the schema. It compiles nothing, so it runs under a Content-Security-Policy
 * without 'unsafe-eval' (unlike Ajv or non-jitless zod), and it is small.
 */
import {memoize} from '../shared/memoize.js';

/** The JSON Schema keywords this validator understands. */
export interface SchemaNode {
  readonly type?: JsonType;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly additionalProperties?: SchemaNode;
  readonly minProperties?: number;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly SchemaNode[];
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
}

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';
/** What a value is: a JSON type, or what only script can give (`undefined`, `bigint`, …). */
export type ActualType = JsonType | 'undefined' | 'bigint' | 'function' | 'symbol';

/** One place where the value breaks the schema. */
export interface SchemaViolation {
  /** The keyword that failed: `type`, `required`, `enum`, `pattern`, `minimum`, … */
  keyword: 'type' | 'required' | 'enum' | 'pattern' | 'minimum' | 'minLength' | 'minProperties';
  /** Where, as `documents[3].url`; the empty string is the whole value. */
  path: string;
  /** The `$defs` entry being checked, when there is one (`DateTime`, `Text`). */
  definition?: string;
  /** For `type`: the types that would have been accepted (or `Text` for a `$defs` union). */
  expected?: string[];
  /** The JSON type the value has. */
  actual: ActualType;
  /** For `enum`: the allowed values. */
  allowed?: readonly unknown[];
}

export function jsonTypeOf(value: unknown): ActualType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  // `undefined`, `bigint`, `function`, `symbol`: nothing JSON can carry, but a value set
  // from script can; named, so that a message says what was given ("not a BigInt").
  return type;
}

function matchesType(value: unknown, type: JsonType): boolean {
  const actual = jsonTypeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** The path of a field or item below `path`: `documents[3].url`, `title["x y"]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

// Patterns are compiled once per page, not per card.
const compiled = memoize((pattern: string) => new RegExp(pattern));

/** Returns every violation of `schema` by `value` (an empty list when it conforms). */
export function validateAgainstSchema(root: SchemaNode, value: unknown): SchemaViolation[] {
  const violations: SchemaViolation[] = [];
  check(root, root, value, '', undefined, violations);
  return violations;
}

function check(
  root: SchemaNode,
  node: SchemaNode,
  value: unknown,
  path: string,
  definition: string | undefined,
  out: SchemaViolation[]
): void {
  if (node.$ref) {
    const name = node.$ref.replace('#/$defs/', '');
    const target = root.$defs?.[name];
    if (!target) throw new Error(`session schema: unresolved $ref ${node.$ref}`);
    check(root, target, value, path, name, out);
    return;
  }
  const actual = jsonTypeOf(value);
  if (node.anyOf) {
    checkAnyOf(root, node.anyOf, value, path, definition, out);
    return;
  }
  if (node.enum && !node.enum.includes(value)) {
    out.push({keyword: 'enum', path, definition, actual, allowed: node.enum});
    return;
  }
  if (node.type && !matchesType(value, node.type)) {
    out.push({keyword: 'type', path, definition, expected: [node.type], actual});
    return;
  }
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.length < node.minLength) {
      out.push({keyword: 'minLength', path, definition, actual});
    } else if (node.pattern && !compiled(node.pattern).test(value)) {
      out.push({keyword: 'pattern', path, definition, actual});
    }
  } else if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) {
      out.push({keyword: 'minimum', path, definition, actual});
    }
  } else if (Array.isArray(value)) {
    if (node.items) {
      // Every index, not forEach: a hole in a sparse array set from script is an
      // undefined item (an error), not an item to skip and then trip over when rendering.
      for (let index = 0; index < value.length; index++) {
        check(root, node.items, value[index], childPath(path, index), undefined, out);
      }
    }
  } else if (actual === 'object') {
    checkObject(root, node, value as Record<string, unknown>, path, definition, out);
  }
}

function checkObject(
  root: SchemaNode,
  node: SchemaNode,
  object: Record<string, unknown>,
  path: string,
  definition: string | undefined,
  out: SchemaViolation[]
): void {
  const keys = Object.keys(object);
  if (node.minProperties !== undefined && keys.length < node.minProperties) {
    out.push({keyword: 'minProperties', path, definition, actual: 'object'});
  }
  for (const name of node.required ?? []) {
    if (object[name] === undefined) {
      out.push({keyword: 'required', path: childPath(path, name), actual: 'undefined'});
    }
  }
  for (const key of keys) {
    const propertySchema = node.properties?.[key] ?? node.additionalProperties;
    // Unknown fields are ignored. `undefined` (which JSON cannot carry, but a property
    // set from script can) counts as absent; `null` is checked, and is a wrong type.
    if (propertySchema && object[key] !== undefined) {
      check(root, propertySchema, object[key], childPath(path, key), undefined, out);
    }
  }
}

function checkAnyOf(
  root: SchemaNode,
  branches: readonly SchemaNode[],
  value: unknown,
  path: string,
  definition: string | undefined,
  out: SchemaViolation[]
): void {
  const failures: SchemaViolation[][] = [];
  for (const branch of branches) {
    const violations: SchemaViolation[] = [];
    check(root, branch, value, path, definition, violations);
    if (violations.length === 0) return;
    failures.push(violations);
  }
  // Report the branch whose type fitted (its deeper problem is the useful one); when
  // none fitted, one type violation listing every accepted type.
  const fitted = failures.filter((violations) => !violations.some((v) => v.keyword === 'type' && v.path === path));
  if (fitted.length === 1) {
    out.push(...fitted[0]);
    return;
  }
  const expected = failures.flatMap((violations) =>
    violations.filter((v) => v.keyword === 'type' && v.path === path).flatMap((v) => v.expected!)
  );
  out.push({
    keyword: 'type',
    path,
    definition,
    expected: [...new Set(expected)],
    actual: jsonTypeOf(value),
  });
}
