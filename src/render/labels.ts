/**
 * Interface words that depend on data: counts with plurals, attendance, language names.
 */
import {msg, str} from '@lit/localize';
import type {Attendance} from '../contract/session-schema.js';
import {plural} from '../i18n/plural.js';
import {memoize} from '../shared/memoize.js';

const numberFormat = memoize((locale: string) => new Intl.NumberFormat(locale));
export function formatNumber(locale: string, value: number): string {
  return numberFormat(locale).format(value);
}

/** A term as it leads its value: "Platform:", "Plateforme :". */
export function termLabel(term: string): string {
  return msg(str`${term}:`, {id: 'label.term'});
}

export function seatsLabel(locale: string, count: number): string {
  const n = formatNumber(locale, count);
  return plural(locale, count, {
    zero: () => msg(str`${n} seats`, {id: 'seats.zero'}),
    one: () => msg(str`${n} seat`, {id: 'seats.one'}),
    two: () => msg(str`${n} seats`, {id: 'seats.two'}),
    few: () => msg(str`${n} seats`, {id: 'seats.few'}),
    many: () => msg(str`${n} seats`, {id: 'seats.many'}),
    other: () => msg(str`${n} seats`, {id: 'seats.other'}),
  });
}

export function seatsLeftLabel(locale: string, count: number): string {
  if (count === 0) return msg('Full', {id: 'seats.full'});
  const n = formatNumber(locale, count);
  return plural(locale, count, {
    zero: () => msg(str`${n} seats left`, {id: 'seatsLeft.zero'}),
    one: () => msg(str`${n} seat left`, {id: 'seatsLeft.one'}),
    two: () => msg(str`${n} seats left`, {id: 'seatsLeft.two'}),
    few: () => msg(str`${n} seats left`, {id: 'seatsLeft.few'}),
    many: () => msg(str`${n} seats left`, {id: 'seatsLeft.many'}),
    other: () => msg(str`${n} seats left`, {id: 'seatsLeft.other'}),
  });
}

export function attendanceLabel(attendance: Attendance): string {
  switch (attendance) {
    case 'online':
      return msg('Online', {id: 'attendance.online'});
    case 'in-person':
      return msg('In person', {id: 'attendance.inPerson'});
    case 'hybrid':
      return msg('Hybrid: online and in person', {id: 'attendance.hybrid'});
  }
}

const languageNames = memoize((locale: string): Intl.DisplayNames | null => {
  try {
    return new Intl.DisplayNames([locale], {type: 'language'});
  } catch {
    return null;
  }
});
/** The name of a language in `locale` (`Spanish`, `espagnol`), or undefined when Intl has none. */
export function languageName(locale: string, tag: string): string | undefined {
  try {
    const name = languageNames(locale)?.of(tag);
    return name && name !== tag ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The short badge text: `EN`, `PT-BR`. */
export function languageBadge(tag: string): string {
  const [language, ...rest] = tag.split('-');
  const region = rest.find((subtag) => /^([A-Za-z]{2}|\d{3})$/.test(subtag));
  return (region ? `${language}-${region}` : language).toUpperCase();
}

const listFormat = memoize((locale: string) => new Intl.ListFormat(locale, {type: 'conjunction', style: 'narrow'}));
/**
 * Joins items as the locale lists names (`ILO, ADEC, FAMSI`; `ILO、ADEC、FAMSI`;
 * `ILO, ADEC und FAMSI`), keeping each item's own markup (a link, say) in place. A
 * conjunction list, not a `unit` one: Chinese joins units with nothing, Russian with spaces.
 */
export function listParts<T>(locale: string, labels: string[], items: T[]): Array<T | string> {
  let next = 0;
  return listFormat(locale)
    .formatToParts(labels)
    .map((part) => (part.type === 'element' ? items[next++] : part.value));
}
