/**
 * @lit/localize has no plural syntax. The caller gives one message per CLDR plural
 * category (each its own `msg()` with an explicit id, so translators fill the
 * categories their language has) and this picks the one `Intl.PluralRules` names.
 */
export type PluralMessages = Record<Intl.LDMLPluralRule, () => string>;

const rules = new Map<string, Intl.PluralRules>();

export function plural(locale: string, count: number, messages: PluralMessages): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return messages[rule.select(count)]();
}
