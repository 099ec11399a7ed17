/**
 * Which interface language a card speaks, and which locale formats its dates, from the
 * language the reader asked for. Pure: the element gathers the request.
 */

export interface LocaleChoice {
  /** One of the supported interface locales (`en`, `fr`, `zh-Hans`, …). */
  ui: string;
  /**
   * The locale for dates, numbers and names: the requested tag when it is a variant of
   * the interface language (`es-AR` → Argentine Spanish dates), else the interface locale.
   */
  format: string;
}

/**
 * @param requested The card's own `lang`, else its nearest ancestor's, else the
 *   document's; when none is set, the browser's languages in order.
 * @param supported The interface locales, source locale first.
 */
export function resolveLocale(requested: readonly string[], supported: readonly string[]): LocaleChoice {
  const fallback = supported[0];
  for (const tag of requested) {
    const language = languageOf(tag);
    if (!language) continue;
    const ui =
      supported.find((locale) => locale.toLowerCase() === tag.toLowerCase()) ??
      supported.find((locale) => languageOf(locale) === language);
    if (ui) return {ui, format: canonical(tag) ?? ui};
  }
  return {ui: fallback, format: fallback};
}

/** The language subtag (`pt` of `pt-BR`), or undefined for a tag that is not BCP 47. */
export function languageOf(tag: string): string | undefined {
  if (!languages.has(tag)) {
    let language: string | undefined;
    try {
      language = new Intl.Locale(tag).language;
    } catch {
      language = undefined;
    }
    languages.set(tag, language);
  }
  return languages.get(tag);
}
// Cards ask for the same few tags over and over; Intl.Locale is not free.
const languages = new Map<string, string | undefined>();

// Every card resolves its locale on every render: remember the canonical forms.
const canonicalTags = new Map<string, string | undefined>();
function canonical(tag: string): string | undefined {
  if (!canonicalTags.has(tag)) {
    let canonicalTag: string | undefined;
    try {
      canonicalTag = Intl.getCanonicalLocales(tag)[0];
    } catch {
      canonicalTag = undefined;
    }
    canonicalTags.set(tag, canonicalTag);
  }
  return canonicalTags.get(tag);
}
