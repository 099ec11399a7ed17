/**
 * What an editor pasted: a frab/pretalx schedule (or one talk of it), a schema.org Event in
 * JSON-LD, a session in the card's own JSON, or the forum's plain text. Decided on the
 * top-level shape alone; the importer for that kind then says what is wrong in detail.
 */
export type InputKind = 'schedule' | 'schema-org' | 'session' | 'text';

export interface DetectedInput {
  kind: InputKind;
  /** The parsed JSON, when the input is JSON that parses. */
  value?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isJsonLd = (value: unknown) => isObject(value) && ('@context' in value || '@type' in value || '@graph' in value);

function kindOfJson(value: unknown): InputKind {
  if (Array.isArray(value)) return value.some(isJsonLd) ? 'schema-org' : 'session';
  if (!isObject(value)) return 'session';
  if (isJsonLd(value)) return 'schema-org';
  if (isObject(value.schedule) || Array.isArray(value.events)) return 'schedule';
  if (isObject(value.conference) && Array.isArray(value.conference.days)) return 'schedule';
  // One talk of a schedule: a session of the card's own has `start` and `end` instead.
  if ('guid' in value || ('date' in value && ('duration' in value || !('end' in value)))) return 'schedule';
  return 'session';
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
    return {kind: kindOfJson(value), value};
  } catch {
    return {kind: 'session'};
  }
}
