/**
 * Chooses which translation of a `Text` field to show.
 */
import type {Text} from '../contract/session-schema.js';
import {languageOf} from './resolve-locale.js';

export interface PickedText {
  text: string;
  /** The tag of the chosen entry, when the field was a map (plain strings carry none). */
  lang?: string;
}

/**
 * For each preference in turn (the language the reader asked for, then the card's
 * interface language): the exact tag, then the tag with subtags dropped (`fr-CA` → `fr`),
 * then any entry of the same language (`fr` → `fr-CA`). Else the first entry.
 */
export function pickText(text: Text, preferences: readonly string[]): PickedText {
  if (typeof text === 'string') return {text};
  // A blank translation is a gap, not a choice: pick among the filled ones when there are any.
  const filled = Object.entries(text).filter(([, value]) => value.trim());
  const entries = filled.length ? filled : Object.entries(text);
  const byLowerTag = new Map(entries.map(([tag, value]) => [tag.toLowerCase(), [tag, value] as const]));
  for (const preference of preferences) {
    const subtags = preference.toLowerCase().split('-');
    for (let length = subtags.length; length > 0; length--) {
      const entry = byLowerTag.get(subtags.slice(0, length).join('-'));
      if (entry) return {text: entry[1], lang: entry[0]};
    }
    const language = languageOf(preference);
    const sameLanguage = entries.find(([tag]) => languageOf(tag) === language);
    if (sameLanguage) return {text: sameLanguage[1], lang: sameLanguage[0]};
  }
  const [tag, value] = entries[0];
  return {text: value, lang: tag};
}
