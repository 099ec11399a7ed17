/**
 * Which interface language a card speaks, and which locale formats its dates, from the
 * language the reader asked for. Pure: the element gathers the request.
 */
import {memoize} from '../shared/memoize.js';

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
    // The exact tag; else the same language in the same script (zh-TW and zh-HK are written
    // in Traditional characters: zh-Hant; zh-CN in Simplified: zh-Hans); else the language.
    const ui =
      supported.find((locale) => locale.toLowerCase() === tag.toLowerCase()) ??
      supported.find((locale) => languageOf(locale) === language && scriptOf(locale) === scriptOf(tag)) ??
      supported.find((locale) => languageOf(locale) === language);
    if (ui) return {ui, format: canonical(tag) ?? ui};
  }
  return {ui: fallback, format: fallback};
}

/**
 * The language subtag (`pt` of `pt-BR`), or undefined for a tag that is not BCP 47.
 * Remembered: cards ask for the same few tags over and over, and Intl.Locale is not free.
 */
export const languageOf = memoize((tag: string): string | undefined => {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return undefined;
  }
});

/** The script a tag is written in, explicit or likely (`zh-TW` → `Hant`), or undefined. */
const scriptOf = memoize((tag: string): string | undefined => {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
});

// Every card resolves its locale on every render: remember the canonical forms.
const canonical = memoize((tag: string): string | undefined => {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
});
