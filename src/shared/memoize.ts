/**
 * One page may hold a thousand cards, and they ask for the same few `Intl` objects, zones
 * and patterns over and over: building those is what costs, so each is built once per
 * page. Only for pure answers that cannot change while the page lives.
 */
type Key = string | number;

export interface MemoOptions {
  /**
   * The most answers to keep, for keys without a natural bound (instants): a full memo
   * starts again empty. Unbounded by default: locales, zones and styles are few.
   */
  limit?: number;
}

/**
 * `compute`, remembering its answer for each list of arguments (joined with NUL, which
 * no locale tag, zone name or pattern holds). Answers may be `undefined` or `null`.
 */
export function memoize<Args extends readonly Key[], Value>(
  compute: (...args: Args) => Value,
  {limit = Infinity}: MemoOptions = {}
): (...args: Args) => Value {
  const answers = new Map<Key, Value>();
  return (...args: Args): Value => {
    const key = args.length === 1 ? args[0] : args.join('\u0000');
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as Value;
    if (answers.size >= limit) answers.clear();
    const value = compute(...args);
    answers.set(key, value);
    return value;
  };
}
