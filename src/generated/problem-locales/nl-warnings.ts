// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: “${0}” is geen aantal milliseconden van 1 tot en met 2147483647; de kaart wacht ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: “${0}” is geen geheel getal van 1 tot en met 6; de titel is een kop van niveau ${1}.`,
  'warning.invalidLanguageTag': str`${0}: “${1}” is geen BCP 47-taalcode.`,
  'warning.invalidUrl': str`${0} is geen geldige URL; wordt zonder link getoond.`,
  'warning.languageNotLoaded': str`lang: de interface in “${0}” is niet op tijd geladen; de kaart wordt getoond in “${1}”.`,
  'warning.offsetContradictsZone': str`${0}: de offset ${1} is op dat moment niet die van ${2} (${3}); de offset is gebruikt.`,
  'warning.remainingExceedsCapacity': `remaining is groter dan capacity.`,
  'warning.severalEvents': str`Hier staan ${0} Events: het eerste wordt getoond.`,
  'warning.timeZoneDisagrees': str`${0}: ${1} staat op dat moment op ${2}, niet op ${3}; de tijden behouden hun offset en noemen geen tijdzone.`,
  'warning.unknownCalendar': str`calendar: “${0}” is niet een van ics, google, outlook, office365, yahoo, none; deze wordt weggelaten.`,
  'warning.unknownDisplayTimeZone': str`time-zone: “${0}” is geen bekende IANA-tijdzone; de eigen tijdzone van de lezer wordt getoond.`,
  'warning.unknownLanguage': str`${0}: “${1}” is geen BCP 47-taalcode; deze wordt weggelaten.`,
  'warning.unknownStatus': str`${0}: “${1}” is geen evenementstatus van schema.org; deze wordt weggelaten.`,
  'warning.unsafeUrl': str`${0}: links die beginnen met ${1} zijn niet toegestaan; wordt zonder link getoond.`,
  'warning.urlWithCredentials': str`${0}: links met een gebruikersnaam of wachtwoord zijn niet toegestaan; wordt zonder link getoond.`,
};
