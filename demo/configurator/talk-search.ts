/**
 * The talks of a schedule that match what the editor typed in the picker's search field:
 * every word of it, in the title, the id or the start, without regard to case or accents.
 */
import type {TalkListing} from './import-input.js';

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

export function matchingTalks(talks: readonly TalkListing[], query: string): TalkListing[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  return talks.filter((talk) => {
    const haystack = folded(`${talk.title} ${talk.id} ${talk.start}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** How a talk reads in the picker: `2019-08-21 11:00 · Opening`. */
export const talkLabel = ({title, start}: TalkListing) =>
  `${start.slice(0, 16).replace('T', ' ')} · ${title || '(no title)'}`;
