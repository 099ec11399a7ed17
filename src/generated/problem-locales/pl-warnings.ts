// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: „${0}” nie jest liczbą milisekund od 1 do 2147483647; użyto domyślnego czasu oczekiwania: ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: „${0}” nie jest liczbą całkowitą od 1 do 6; tytuł jest nagłówkiem poziomu ${1}.`,
  'warning.invalidLanguageTag': str`${0}: „${1}” nie jest znacznikiem języka BCP 47.`,
  'warning.invalidUrl': str`${0}: nieprawidłowy adres URL; pokazano bez linku.`,
  'warning.languageNotLoaded': str`lang: interfejs w języku „${0}” nie wczytał się na czas; karta jest pokazana w języku „${1}”.`,
  'warning.offsetContradictsZone': str`${0}: przesunięcie ${1} nie odpowiada przesunięciu strefy ${2} w tym momencie (${3}); użyto przesunięcia.`,
  'warning.remainingExceedsCapacity': `remaining jest większe niż capacity.`,
  'warning.severalEvents': str`Jest tu kilka obiektów Event (${0}): pokazano pierwszy.`,
  'warning.timeZoneDisagrees': str`${0}: strefa ${1} ma w tym momencie przesunięcie ${2}, a nie ${3}; godziny zachowują swoje przesunięcie i nie podają strefy.`,
  'warning.unknownCalendar': str`calendar: „${0}” nie jest żadną z wartości ics, google, outlook, office365, yahoo, none; pominięto.`,
  'warning.unknownDisplayTimeZone': str`time-zone: „${0}” nie jest znaną strefą czasową IANA; pokazano strefę czasową czytelnika.`,
  'warning.unknownLanguage': str`${0}: „${1}” nie jest znacznikiem języka BCP 47; pominięto.`,
  'warning.unknownStatus': str`${0}: „${1}” nie jest statusem wydarzenia schema.org; pominięto.`,
  'warning.unsafeUrl': str`${0}: linki zaczynające się od ${1} są niedozwolone; pokazano bez linku.`,
  'warning.urlWithCredentials': str`${0}: linki z nazwą użytkownika lub hasłem są niedozwolone; pokazano bez linku.`,
};
