// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: „${0}“ není počet milisekund od 1 do 2147483647; použije se výchozí čas čekání: ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: „${0}“ není celé číslo od 1 do 6; název je nadpis úrovně ${1}.`,
  'warning.invalidLanguageTag': str`${0}: „${1}“ není jazykový kód BCP 47.`,
  'warning.invalidUrl': str`${0}: neplatná adresa URL; zobrazeno bez odkazu.`,
  'warning.languageNotLoaded': str`lang: rozhraní v jazyce „${0}“ se nenačetlo včas; karta se zobrazuje v jazyce „${1}“.`,
  'warning.offsetContradictsZone': str`${0}: posun ${1} neodpovídá posunu pásma ${2} v daném okamžiku (${3}); použil se posun.`,
  'warning.remainingExceedsCapacity': `remaining je větší než capacity.`,
  'warning.severalEvents': str`Je zde několik objektů Event (${0}): zobrazuje se první.`,
  'warning.timeZoneDisagrees': str`${0}: pásmo ${1} má v tu dobu posun ${2}, ne ${3}; časy si ponechávají svůj posun a neuvádějí pásmo.`,
  'warning.unknownCalendar': str`calendar: „${0}“ není žádná z hodnot ics, google, outlook, office365, yahoo, none; vynecháno.`,
  'warning.unknownDisplayTimeZone': str`time-zone: „${0}“ není známé časové pásmo IANA; zobrazuje se časové pásmo čtenáře.`,
  'warning.unknownLanguage': str`${0}: „${1}“ není jazykový kód BCP 47; vynecháno.`,
  'warning.unknownStatus': str`${0}: „${1}“ není stav události podle schema.org; vynecháno.`,
  'warning.unsafeUrl': str`${0}: odkazy začínající na ${1} nejsou povoleny; zobrazeno bez odkazu.`,
  'warning.urlWithCredentials': str`${0}: odkazy se jménem uživatele nebo heslem nejsou povoleny; zobrazeno bez odkazu.`,
};
