/**
 * @lit/localize has no plural syntax. The caller gives one message per CLDR plural
 * category (each its own `msg()` with an explicit id, so translators fill the
 * categories their language has) and this picks the one `Intl.PluralRules` names.
 */
import {memoize} from '../shared/memoize.js';

export type PluralMessages = Record<Intl.LDMLPluralRule, () => string>;

const pluralRules = memoize((locale: string) => new Intl.PluralRules(locale));

export function plural(locale: string, count: number, messages: PluralMessages): string {
  return messages[pluralRules(locale).select(count)]();
}
