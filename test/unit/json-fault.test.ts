/**
 * locateJsonFault: where JSON text stops being JSON, as the author's editor counts it
 * (lines from 1, columns from 1, in UTF-16 code units as editors and engines do). It must
 * be right at any depth: JSON.parse in Chromium and Firefox parses without recursion, so
 * deep input reaches the scanner.
 */
import {expect} from '@open-wc/testing';
import {locateJsonFault as faultAt} from '../../src/contract/json-fault.js';

/** The position Firefox's JSON.parse reports in its message, where it gives one. */
function engineSays(text: string): {line: number; column: number} | undefined {
  try {
    JSON.parse(text);
  } catch (error) {
    const match = /line (\d+) column (\d+)/.exec((error as Error).message);
    return match ? {line: Number(match[1]), column: Number(match[2])} : undefined;
  }
  throw new Error(`${text} parsed`);
}

describe('locateJsonFault', () => {
  describe('finds the fault', () => {
    const cases: Array<[text: string, line: number, column: number]> = [
      ['', 1, 1],
      ['{', 1, 2],
      ['{"a": 1,}', 1, 9],
      ['{"a" 1}', 1, 6],
      ['[1, 2', 1, 6],
      ['[1 2]', 1, 4],
      ['{\n  "a": tru\n}', 2, 11],
      ['{\n  "a": "b\n"}', 2, 10],
      ['"\\x"', 1, 3],
      ['"\\u12G4"', 1, 6],
      ['01', 1, 2],
      ['-', 1, 1],
      ['{"a": 1} x', 1, 10],
      ["{'a': 1}", 1, 2],
      ['[1,\n 2,\n]', 3, 1],
      ['\ufeff{}', 1, 1],
    ];
    for (const [text, line, column] of cases) {
      it(`${JSON.stringify(text)} at line ${line}, column ${column}`, () => {
        expect(faultAt(text)).to.deep.equal({line, column});
      });
    }
  });

  describe('at any depth (an explicit stack, not recursion)', () => {
    const depth = 100_000;

    it(`${depth} unclosed [ → the end of the text`, () => {
      expect(faultAt('['.repeat(depth))).to.deep.equal({line: 1, column: depth + 1});
    });

    it(`${depth} [ then x → the x`, () => {
      expect(faultAt(`${'['.repeat(depth)}x`)).to.deep.equal({line: 1, column: depth + 1});
    });

    it(`${depth} nested objects with a trailing comma at the bottom → that comma`, () => {
      const text = `${'{"a":'.repeat(depth)}1,${'}'.repeat(depth)}`;
      expect(faultAt(text)).to.deep.equal({line: 1, column: 5 * depth + 3});
    });

    it(`${depth} closed [ with one ] too many → the extra ]`, () => {
      const text = `${'['.repeat(depth)}${']'.repeat(depth + 1)}`;
      expect(faultAt(text)).to.deep.equal({line: 1, column: 2 * depth + 1});
    });

    it('mixed arrays and objects, a fault deep on a later line', () => {
      const text = `${'[{"k":'.repeat(depth / 10)}\n[1,,2]`;
      expect(faultAt(text)).to.deep.equal({line: 2, column: 4});
    });

    it('agrees with the engine where it reports a position (Firefox does)', () => {
      for (const text of ['['.repeat(depth), `${'['.repeat(depth)}x`, `${'{"a":'.repeat(depth)}1,}`]) {
        const said = engineSays(text);
        if (said) expect(faultAt(text)).to.deep.equal(said);
      }
    });
  });

  it('finds no fault in text that is JSON', () => {
    for (const text of [
      '{}',
      ' [1, {"a": [true, false, null]}, "x\\u00e9"] ',
      '-0.5e+3',
      `${'['.repeat(1e5)}${']'.repeat(1e5)}`,
    ]) {
      expect(faultAt(text), text.slice(0, 20)).to.equal(undefined);
    }
  });

  describe('the JSON grammar, against JSON.parse', () => {
    const samples = [
      '{"a": [1, 2.5e-3, -0, true, false, null, "\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9"]}',
      '  {"a" : { "b" : [ ] , "c" : { } } }  ',
      '[1.]',
      '[.5]',
      '[1e]',
      '[+1]',
      '[0x10]',
      '[NaN]',
      '["\t"]',
      '[1,]',
      '{"a":1,,"b":2}',
      '{"a"}',
      '[truee]',
      '[nul]',
      '"\\u00e9\\ud83d\\ude00"',
      '\u00a0[]',
      '[]\u2028',
    ];
    for (const text of samples) {
      it(`${JSON.stringify(text)}: a fault exactly when JSON.parse throws`, () => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(faultAt(text) === undefined).to.equal(parses);
      });
    }
  });
});
