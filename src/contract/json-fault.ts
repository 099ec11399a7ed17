/**
 * Where JSON text stops being JSON, as a line and column for the author. Engines'
 * `JSON.parse` messages differ (V8 often quotes the text and gives no position), so
 * when parsing has failed this scans the text itself (RFC 8259 grammar, no values built).
 * It keeps its open arrays and objects on a stack of its own, not the call stack: JSON.parse
 * in Chromium and Firefox nests without limit, so a fault may lie 100,000 levels down.
 */

export interface JsonFaultPosition {
  line: number;
  column: number;
}

/** Where the first character that cannot continue JSON is (lines and columns from 1), or undefined for JSON. */
export function locateJsonFault(text: string): JsonFaultPosition | undefined {
  const offset = faultOffset(text);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split('\n');
  return {line: before.length, column: before[before.length - 1].length + 1};
}

class Fault extends Error {
  constructor(readonly offset: number) {
    super('not JSON');
  }
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const HEX_DIGIT = /[0-9a-fA-F]/;

function faultOffset(text: string): number | undefined {
  let i = 0;
  /** The open containers, innermost last: `]` for an array, `}` for an object. */
  const open: string[] = [];
  const fail = (): never => {
    throw new Fault(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) fail();
      i++;
    }
  };
  const string = () => {
    if (text[i] !== '"') fail();
    i++;
    for (;;) {
      if (i >= text.length) fail();
      const char = text[i];
      if (char === '"') {
        i++;
        return;
      }
      if (char < ' ') fail();
      if (char === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!HEX_DIGIT.test(text[i + k] ?? '')) {
              i += k;
              fail();
            }
          }
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
        else fail();
      } else i++;
    }
  };
  const number = () => {
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) fail();
    i = NUMBER.lastIndex;
  };
  /** An object's next key and its colon, leaving `i` where the value starts. */
  const key = () => {
    space();
    string();
    space();
    if (text[i] !== ':') fail();
    i++;
  };

  try {
    // Each turn reads one value; a `[` or `{` opens a container instead, whose first value
    // (or immediate close) comes next. After a value, the separators and closes that follow it.
    for (;;) {
      space();
      const char = text[i];
      let opened = false;
      if (char === '[' || char === '{') {
        i++;
        open.push(char === '[' ? ']' : '}');
        space();
        if (text[i] === open[open.length - 1]) {
          i++;
          open.pop();
        } else {
          if (char === '{') key();
          opened = true;
        }
      } else if (char === '"') string();
      else if (char === 't') literal('true');
      else if (char === 'f') literal('false');
      else if (char === 'n') literal('null');
      else number();
      if (opened) continue;
      // A value is complete: close what it completes, until a comma asks for another value.
      let another = false;
      while (open.length > 0 && !another) {
        space();
        const close = open[open.length - 1];
        if (text[i] === ',') {
          i++;
          if (close === '}') key();
          another = true;
        } else if (text[i] === close) {
          i++;
          open.pop();
        } else fail();
      }
      if (!another) break;
    }
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof Fault) return error.offset;
    throw error;
  }
}
