/**
 * validateAgainstSchema: the small JSON Schema walker, on hand-made schemas and on the
 * session schema; and the checks that keep the contract one source of truth and the
 * validator free of `eval`.
 */
import {expect} from '@open-wc/testing';
import {
  jsonTypeOf,
  validateAgainstSchema,
  type SchemaNode,
  type SchemaViolation,
} from '../../src/contract/validate-schema.js';
import {DATE_TIME_PATTERN, sessionSchema} from '../../src/contract/session-schema.js';
import {describedSessionSchema, schemaDescriptions} from '../../src/contract/session-schema-docs.js';
import {seedSession} from '../support/seed.js';

const session = sessionSchema as unknown as SchemaNode;
const keywordsAndPaths = (violations: SchemaViolation[]) => violations.map(({keyword, path}) => ({keyword, path}));

describe('jsonTypeOf', () => {
  it('names every JSON type, telling integers from other numbers', () => {
    expect(jsonTypeOf(null)).to.equal('null');
    expect(jsonTypeOf([])).to.equal('array');
    expect(jsonTypeOf({})).to.equal('object');
    expect(jsonTypeOf('')).to.equal('string');
    expect(jsonTypeOf(false)).to.equal('boolean');
    expect(jsonTypeOf(3)).to.equal('integer');
    expect(jsonTypeOf(-0)).to.equal('integer');
    expect(jsonTypeOf(3.0)).to.equal('integer');
    expect(jsonTypeOf(3.5)).to.equal('number');
    expect(jsonTypeOf(NaN)).to.equal('number');
    expect(jsonTypeOf(Infinity)).to.equal('number');
  });

  it('names what JSON cannot carry as what it is, for the message to say', () => {
    expect(jsonTypeOf(undefined)).to.equal('undefined');
    expect(jsonTypeOf(() => 1)).to.equal('function');
    expect(jsonTypeOf(Symbol('s'))).to.equal('symbol');
    expect(jsonTypeOf(10n)).to.equal('bigint');
  });
});

describe('validateAgainstSchema', () => {
  describe('type', () => {
    it('accepts a matching type and reports a mismatch with expected and actual', () => {
      expect(validateAgainstSchema({type: 'string'}, 'x')).to.deep.equal([]);
      expect(validateAgainstSchema({type: 'string'}, 5)).to.deep.equal([
        {keyword: 'type', path: '', definition: undefined, expected: ['string'], actual: 'integer'},
      ]);
    });

    it('number accepts integers; integer refuses fractions', () => {
      expect(validateAgainstSchema({type: 'number'}, 3)).to.deep.equal([]);
      expect(validateAgainstSchema({type: 'number'}, 3.5)).to.deep.equal([]);
      expect(validateAgainstSchema({type: 'integer'}, 3)).to.deep.equal([]);
      expect(keywordsAndPaths(validateAgainstSchema({type: 'integer'}, 3.5))).to.deep.equal([
        {keyword: 'type', path: ''},
      ]);
    });

    it('tells null, arrays and objects apart', () => {
      expect(validateAgainstSchema({type: 'object'}, null)[0].actual).to.equal('null');
      expect(validateAgainstSchema({type: 'object'}, [])[0].actual).to.equal('array');
      expect(validateAgainstSchema({type: 'array'}, {})[0].actual).to.equal('object');
      expect(validateAgainstSchema({type: 'null'}, null)).to.deep.equal([]);
      expect(validateAgainstSchema({type: 'boolean'}, 'true')[0].actual).to.equal('string');
    });

    it('an empty schema accepts anything', () => {
      for (const value of [null, 1, 'x', [], {}, true]) expect(validateAgainstSchema({}, value)).to.deep.equal([]);
    });
  });

  describe('objects', () => {
    const schema: SchemaNode = {
      type: 'object',
      required: ['name', 'age'],
      properties: {
        name: {type: 'string'},
        age: {type: 'integer', minimum: 0},
        tags: {type: 'array', items: {type: 'string'}},
      },
    };

    it('reports each missing required property at its own path', () => {
      expect(validateAgainstSchema(schema, {})).to.deep.equal([
        {keyword: 'required', path: 'name', actual: 'undefined'},
        {keyword: 'required', path: 'age', actual: 'undefined'},
      ]);
    });

    it('undefined counts as absent; null is present and checked', () => {
      expect(keywordsAndPaths(validateAgainstSchema(schema, {name: undefined, age: 1}))).to.deep.equal([
        {keyword: 'required', path: 'name'},
      ]);
      expect(validateAgainstSchema(schema, {name: null, age: 1})).to.deep.equal([
        {keyword: 'type', path: 'name', definition: undefined, expected: ['string'], actual: 'null'},
      ]);
    });

    it('ignores unknown properties when there is no additionalProperties', () => {
      expect(validateAgainstSchema(schema, {name: 'a', age: 1, extra: {deep: null}})).to.deep.equal([]);
    });

    it('checks unknown properties against additionalProperties', () => {
      const map: SchemaNode = {type: 'object', additionalProperties: {type: 'string'}};
      expect(validateAgainstSchema(map, {en: 'a', fr: 'b'})).to.deep.equal([]);
      expect(keywordsAndPaths(validateAgainstSchema(map, {en: 'a', fr: 2}))).to.deep.equal([
        {keyword: 'type', path: 'fr'},
      ]);
    });

    it('minProperties', () => {
      const map: SchemaNode = {type: 'object', minProperties: 1};
      expect(keywordsAndPaths(validateAgainstSchema(map, {}))).to.deep.equal([{keyword: 'minProperties', path: ''}]);
      expect(validateAgainstSchema(map, {a: 1})).to.deep.equal([]);
    });

    it('collects every violation, not just the first', () => {
      expect(keywordsAndPaths(validateAgainstSchema(schema, {age: -1, tags: ['a', 2, 'c', false]}))).to.deep.equal([
        {keyword: 'required', path: 'name'},
        {keyword: 'minimum', path: 'age'},
        {keyword: 'type', path: 'tags[1]'},
        {keyword: 'type', path: 'tags[3]'},
      ]);
    });

    it('property names that collide with Object.prototype members are not schema lookups', () => {
      const value: unknown = JSON.parse(
        '{"name": "a", "age": 1, "constructor": 5, "toString": [], "__proto__": {"name": 1}}'
      );
      expect(validateAgainstSchema(schema, value)).to.deep.equal([]);
    });
  });

  describe('paths', () => {
    const nested: SchemaNode = {
      type: 'object',
      properties: {
        documents: {type: 'array', items: {type: 'object', properties: {url: {type: 'string'}}}},
        map: {type: 'object', additionalProperties: {type: 'string'}},
      },
    };

    it('writes a.b for properties and a[0] for items', () => {
      const value = {documents: [{url: 'a'}, {url: 'b'}, {url: 'c'}, {url: 4}]};
      expect(keywordsAndPaths(validateAgainstSchema(nested, value))).to.deep.equal([
        {keyword: 'type', path: 'documents[3].url'},
      ]);
    });

    it('quotes keys that are not identifiers', () => {
      const value = {map: {'zh-Hans': 1, 'a b': 2, '1x': 3, ok_$1: 4}};
      expect(validateAgainstSchema(nested, value).map((v) => v.path)).to.deep.equal([
        'map["zh-Hans"]',
        'map["a b"]',
        'map["1x"]',
        'map.ok_$1',
      ]);
    });

    it('items of arrays of arrays', () => {
      const matrix: SchemaNode = {type: 'array', items: {type: 'array', items: {type: 'integer'}}};
      expect(validateAgainstSchema(matrix, [[1], [2, 'x']]).map((v) => v.path)).to.deep.equal(['[1][1]']);
    });
  });

  describe('strings, numbers, enums', () => {
    it('minLength counts characters', () => {
      expect(keywordsAndPaths(validateAgainstSchema({type: 'string', minLength: 1}, ''))).to.deep.equal([
        {keyword: 'minLength', path: ''},
      ]);
      expect(validateAgainstSchema({type: 'string', minLength: 1}, 'a')).to.deep.equal([]);
    });

    it('pattern', () => {
      const digits: SchemaNode = {type: 'string', pattern: '^\\d+$'};
      expect(validateAgainstSchema(digits, '123')).to.deep.equal([]);
      expect(keywordsAndPaths(validateAgainstSchema(digits, '12a'))).to.deep.equal([{keyword: 'pattern', path: ''}]);
      // The same pattern again (served from the cache) still answers per value.
      expect(validateAgainstSchema(digits, '456')).to.deep.equal([]);
      expect(validateAgainstSchema(digits, 'x')).to.have.length(1);
    });

    it('the date-time pattern of the contract', () => {
      const dateTime: SchemaNode = {type: 'string', pattern: DATE_TIME_PATTERN};
      expect(validateAgainstSchema(dateTime, '2021-06-01T14:05:00-03:00[America/Argentina/Cordoba]')).to.deep.equal([]);
      expect(keywordsAndPaths(validateAgainstSchema(dateTime, '2021-06-01T14:05:00'))).to.deep.equal([
        {keyword: 'pattern', path: ''},
      ]);
    });

    it('minimum is inclusive', () => {
      const count: SchemaNode = {type: 'integer', minimum: 0};
      expect(validateAgainstSchema(count, 0)).to.deep.equal([]);
      expect(keywordsAndPaths(validateAgainstSchema(count, -1))).to.deep.equal([{keyword: 'minimum', path: ''}]);
    });

    it('enum reports the allowed values', () => {
      const mode: SchemaNode = {enum: ['online', 'in-person']};
      expect(validateAgainstSchema(mode, 'online')).to.deep.equal([]);
      expect(validateAgainstSchema(mode, 'Online')).to.deep.equal([
        {keyword: 'enum', path: '', definition: undefined, actual: 'string', allowed: ['online', 'in-person']},
      ]);
    });
  });

  describe('anyOf and $ref', () => {
    const root: SchemaNode = {
      type: 'object',
      properties: {
        text: {$ref: '#/$defs/Text'},
        link: {anyOf: [{type: 'string', minLength: 1}, {$ref: '#/$defs/Named'}]},
      },
      $defs: {
        Text: {anyOf: [{type: 'string'}, {type: 'object', minProperties: 1, additionalProperties: {type: 'string'}}]},
        Named: {type: 'object', required: ['name'], properties: {name: {type: 'string', minLength: 1}}},
      },
    };

    it('passes when any branch passes', () => {
      expect(validateAgainstSchema(root, {text: 'a', link: 'x'})).to.deep.equal([]);
      expect(validateAgainstSchema(root, {text: {en: 'a'}, link: {name: 'n'}})).to.deep.equal([]);
    });

    it('when no branch fits the type: one type violation listing every accepted type, named by its definition', () => {
      expect(validateAgainstSchema(root, {text: 5})).to.deep.equal([
        {keyword: 'type', path: 'text', definition: 'Text', expected: ['string', 'object'], actual: 'integer'},
      ]);
    });

    it('when one branch fits the type: that branch’s deeper problem', () => {
      expect(keywordsAndPaths(validateAgainstSchema(root, {text: {}}))).to.deep.equal([
        {keyword: 'minProperties', path: 'text'},
      ]);
      expect(keywordsAndPaths(validateAgainstSchema(root, {text: {en: 1}}))).to.deep.equal([
        {keyword: 'type', path: 'text.en'},
      ]);
      expect(keywordsAndPaths(validateAgainstSchema(root, {link: ''}))).to.deep.equal([
        {keyword: 'minLength', path: 'link'},
      ]);
      expect(keywordsAndPaths(validateAgainstSchema(root, {link: {}}))).to.deep.equal([
        {keyword: 'required', path: 'link.name'},
      ]);
      expect(keywordsAndPaths(validateAgainstSchema(root, {link: {name: ''}}))).to.deep.equal([
        {keyword: 'minLength', path: 'link.name'},
      ]);
    });

    it('a $ref to a missing definition throws (a schema bug, not a data fault)', () => {
      expect(() => validateAgainstSchema({$ref: '#/$defs/Nowhere'}, 1)).to.throw(/unresolved \$ref/);
    });
  });

  describe('the session schema', () => {
    it('the seed conforms', async () => {
      expect(validateAgainstSchema(session, await seedSession())).to.deep.equal([]);
    });

    it('a minimal session conforms', () => {
      expect(
        validateAgainstSchema(session, {title: 't', start: '2021-06-01T14:05Z', end: '2021-06-01T15:05Z'})
      ).to.deep.equal([]);
    });

    it('a fault deep inside is found with its path', async () => {
      const seed: Record<string, unknown> = await seedSession();
      seed.speakers = [{name: 'A'}, {name: 'B', affiliation: {en: 'X', fr: null}}];
      expect(keywordsAndPaths(validateAgainstSchema(session, seed))).to.deep.equal([
        {keyword: 'type', path: 'speakers[1].affiliation.fr'},
      ]);
    });
  });
});

describe('one source of truth, no eval', () => {
  it('session.schema.json deep-equals sessionSchema with its descriptions', async () => {
    const response = await fetch('/session.schema.json');
    expect(response.ok).to.equal(true);
    const published = (await response.json()) as Record<string, unknown>;
    expect(published).to.deep.equal(describedSessionSchema());
    // Without its descriptions it is the schema the card validates with, exactly.
    const withoutDescriptions = JSON.parse(JSON.stringify(published), (key, value: unknown) =>
      key === 'description' ? undefined : value
    ) as unknown;
    expect(withoutDescriptions).to.deep.equal(sessionSchema);
    // And the other way: sessionSchema has nothing JSON would drop (functions, undefined).
    expect(JSON.parse(JSON.stringify(sessionSchema))).to.deep.equal(sessionSchema);
  });

  it('describes every field of the session, and nothing the schema lacks', () => {
    const described = new Set(Object.keys(schemaDescriptions));
    const fields = Object.keys(sessionSchema.properties).map((name) => `/properties/${name}`);
    expect(
      fields.filter((pointer) => !described.has(pointer)),
      'fields without a description'
    ).to.deep.equal([]);
    expect(() => describedSessionSchema()).not.to.throw();
  });

  it('the validator source contains no new Function, eval or string timers', async () => {
    const response = await fetch('/src/contract/validate-schema.ts');
    expect(response.ok).to.equal(true);
    const source = await response.text();
    expect(source).to.include('export function validateAgainstSchema');
    expect(source).not.to.match(/new\s+Function\b/);
    expect(source).not.to.match(/\bFunction\s*\(/);
    expect(source).not.to.match(/\beval\s*\(/);
    expect(source).not.to.match(/set(Timeout|Interval)\s*\(\s*['"`]/);
  });

  it('validates under a Content-Security-Policy without unsafe-eval', async () => {
    const nonce = 'validator-csp-test';
    const frame = document.createElement('iframe');
    type Result = {evalBlocked: boolean; seedViolations: number; faultPaths: string[]};
    const result = new Promise<Result>((resolve, reject) => {
      // The frame posts its result, or {error} if it threw.
      const onMessage = (event: MessageEvent<Result | {error: string}>) => {
        if (event.source !== frame.contentWindow) return;
        window.removeEventListener('message', onMessage);
        if ('error' in event.data) reject(new Error(event.data.error));
        else resolve(event.data);
      };
      window.addEventListener('message', onMessage);
    });
    frame.srcdoc = `<!doctype html>
      <meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-${nonce}'">
      <script type="module" nonce="${nonce}">
        try {
          let evalBlocked = false;
          try { new Function('return 1')(); } catch { evalBlocked = true; }
          const {validateAgainstSchema} = await import('/src/contract/validate-schema.ts');
          const {sessionSchema} = await import('/src/contract/session-schema.ts');
          const seed = await (await fetch('/demo/sessions/3.2.2.json')).json();
          const seedViolations = validateAgainstSchema(sessionSchema, seed).length;
          const fault = {title: 1, start: '2021-06-01T14:05:00'};
          const faultPaths = validateAgainstSchema(sessionSchema, fault).map((v) => v.path);
          parent.postMessage({evalBlocked, seedViolations, faultPaths}, '*');
        } catch (error) {
          parent.postMessage({error: String(error)}, '*');
        }
      </script>`;
    document.body.append(frame);
    try {
      const {evalBlocked, seedViolations, faultPaths} = await result;
      // The policy really is in force: otherwise this test proves nothing.
      expect(evalBlocked).to.equal(true);
      expect(seedViolations).to.equal(0);
      expect(faultPaths).to.deep.equal(['end', 'title', 'start']);
    } finally {
      frame.remove();
    }
  });
});
