/**
 * readSessionJson: JSON text from any of the three ways in (the `session` attribute, an
 * inline script, a `src` body) is read by one rule: one leading byte-order mark is
 * dropped, as a UTF-8 decoder drops it; anything else is the JSON's own.
 */
import {expect} from '@open-wc/testing';
import {readSessionJson} from '../../src/contract/read-session.js';
import {MAX_DEPTH} from '../../src/contract/snapshot.js';
import {seedSession} from '../support/seed.js';

const BASE = 'https://conf.example/sessions/3.2.2.json';
const BOM = '\ufeff';

describe('readSessionJson', () => {
  describe('a byte-order mark', () => {
    it('one, before the JSON: dropped, the session reads as without it', async () => {
      const text = JSON.stringify(await seedSession());
      const reading = readSessionJson(BOM + text, BASE);
      expect(reading.errors).to.deep.equal([]);
      expect(reading.session!.data).to.deep.equal(readSessionJson(text, BASE).session!.data);
    });

    it('one, before JSON that is malformed: the position counts from after it', () => {
      expect(readSessionJson(`${BOM}{"title": "x",}`, BASE).errors).to.deep.equal([
        {code: 'malformed-json', path: '', details: {line: 1, column: 15}},
      ]);
    });

    it('two: only one is dropped, the second is malformed JSON at 1:1', () => {
      expect(readSessionJson(`${BOM}${BOM}{}`, BASE).errors).to.deep.equal([
        {code: 'malformed-json', path: '', details: {line: 1, column: 1}},
      ]);
    });

    it('after whitespace, or elsewhere: not a byte-order mark, so not JSON', () => {
      expect(readSessionJson(` ${BOM}{}`, BASE).errors).to.deep.equal([
        {code: 'malformed-json', path: '', details: {line: 1, column: 2}},
      ]);
      expect(readSessionJson(`{}${BOM}`, BASE).errors).to.deep.equal([
        {code: 'malformed-json', path: '', details: {line: 1, column: 3}},
      ]);
    });

    it('inside a string: kept, it is the author’s text', async () => {
      const session = {...(await seedSession()), title: `${BOM}Title`};
      expect(readSessionJson(JSON.stringify(session), BASE).session!.data.title).to.equal(`${BOM}Title`);
    });
  });

  describe('deep nesting', () => {
    const depth = 100_000;

    it(`${depth} unclosed [ → malformed-json at the end, where the JSON stops`, () => {
      expect(readSessionJson('['.repeat(depth), BASE).errors).to.deep.equal([
        {code: 'malformed-json', path: '', details: {line: 1, column: depth + 1}},
      ]);
    });

    it(`${depth} [ then a stray character → malformed-json at that character`, () => {
      expect(readSessionJson(`${'['.repeat(depth)}}`, BASE).errors).to.deep.equal([
        {code: 'malformed-json', path: '', details: {line: 1, column: depth + 1}},
      ]);
    });

    it(`${depth} well-formed levels → nested-too-deeply (JSON, but no session)`, () => {
      const {errors} = readSessionJson(`${'['.repeat(depth)}${']'.repeat(depth)}`, BASE);
      expect(errors.map(({code, details}) => ({code, details}))).to.deep.equal([
        {code: 'nested-too-deeply', details: {limit: MAX_DEPTH}},
      ]);
    });

    it('JSON that an engine’s JSON.parse gives up on for its depth → nested-too-deeply, not a false position', () => {
      const parse = JSON.parse;
      JSON.parse = () => {
        throw new RangeError('Maximum call stack size exceeded');
      };
      try {
        const {errors} = readSessionJson(`${'['.repeat(depth)}${']'.repeat(depth)}`, BASE);
        expect(errors).to.deep.equal([{code: 'nested-too-deeply', path: '', details: {limit: MAX_DEPTH}}]);
      } finally {
        JSON.parse = parse;
      }
    });
  });
});
