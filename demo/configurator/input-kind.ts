/**
 * What an editor pasted: a frab/pretalx schedule (or one talk of it), a schema.org Event in
 * JSON-LD, a session in the card's own JSON, or the forum's plain text. JSON is told apart
 * by the card's own rule (`importKindOf`), so the configurator reads an input as the card
 * given the same JSON would; the importer for that kind then says what is wrong in detail.
 */
import {importKindOf} from '../../src/import/import-kind.js';

export type InputKind = 'schedule' | 'schema-org' | 'session' | 'text';

export interface DetectedInput {
  kind: InputKind;
  /** The parsed JSON, when the input is JSON that parses. */
  value?: unknown;
}

/**
 * The kind of the input, or undefined when it is blank. Text that starts like JSON but does
 * not parse counts as a session, so that the card's reader points at the line and column.
 */
export function detectInput(input: string): DetectedInput | undefined {
  const text = (input.startsWith('\ufeff') ? input.slice(1) : input).trim();
  if (!text) return undefined;
  if (!/^[[{]/.test(text)) return {kind: 'text'};
  try {
    const value: unknown = JSON.parse(text);
    return {kind: importKindOf(value) ?? 'session', value};
  } catch {
    return {kind: 'session'};
  }
}
