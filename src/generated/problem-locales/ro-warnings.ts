// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: „${0}” nu este un număr de milisecunde de la 1 la 2147483647; cardul așteaptă ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: „${0}” nu este un număr întreg de la 1 la 6; titlul devine un titlu de nivelul ${1}.`,
  'warning.invalidLanguageTag': str`${0}: „${1}” nu este un cod de limbă BCP 47.`,
  'warning.invalidUrl': str`${0} nu este un URL valid; se afișează fără link.`,
  'warning.languageNotLoaded': str`lang: interfața în „${0}” nu s-a încărcat la timp; cardul se afișează în „${1}”.`,
  'warning.offsetContradictsZone': str`${0}: decalajul ${1} nu este cel al fusului orar ${2} la acel moment (${3}); s-a folosit decalajul.`,
  'warning.remainingExceedsCapacity': `remaining este mai mare decât capacity.`,
  'warning.severalEvents': str`Aici există mai multe Events (${0}): se afișează primul.`,
  'warning.timeZoneDisagrees': str`${0}: la acel moment ${1} are decalajul ${2}, nu ${3}; orele își păstrează decalajul și nu indică niciun fus orar.`,
  'warning.unknownCalendar': str`calendar: „${0}” nu este una dintre valorile ics, google, outlook, office365, yahoo, none; se omite.`,
  'warning.unknownDisplayTimeZone': str`time-zone: „${0}” nu este un fus orar IANA cunoscut; se afișează fusul orar al cititorului.`,
  'warning.unknownLanguage': str`${0}: „${1}” nu este un cod de limbă BCP 47; se omite.`,
  'warning.unknownStatus': str`${0}: „${1}” nu este o stare de eveniment schema.org; se omite.`,
  'warning.unsafeUrl': str`${0}: linkurile care încep cu ${1} nu sunt permise; se afișează fără link.`,
  'warning.urlWithCredentials': str`${0}: linkurile cu nume de utilizator sau parolă nu sunt permise; se afișează fără link.`,
};
