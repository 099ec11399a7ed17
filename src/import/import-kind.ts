/**
 * What kind of published data a parsed JSON value is, so that the card imports a schedule
 * or a schema.org Event before it checks it: cheap tests on the top-level keys only (the
 * importers themselves load only when one of them says yes).
 */
export type ImportKind = 'schedule' | 'schema-org';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isJsonLd = (value: unknown) => isObject(value) && ('@context' in value || '@type' in value || '@graph' in value);

/**
 * `schedule` for a frab or pretalx schedule.json (`{schedule: …}`, or its `conference`
 * with `days`) or one talk of it (a `guid`, or a `date` with a `duration`: a session of
 * our own has `start` and `end` instead); `schema-org` for JSON-LD, alone or in a list;
 * undefined for anything else, which the card reads as its own session format.
 */
export function importKindOf(value: unknown): ImportKind | undefined {
  if (Array.isArray(value)) return value.length > 0 && value.every(isJsonLd) ? 'schema-org' : undefined;
  if (!isObject(value)) return undefined;
  if (isJsonLd(value)) return 'schema-org';
  if (isObject(value.schedule) || isObject(value.conference)) return 'schedule';
  if ('guid' in value || ('date' in value && 'duration' in value)) return 'schedule';
  return undefined;
}
