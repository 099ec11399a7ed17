// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: “${0}” si idadi ya milisekunde kuanzia 1 hadi 2147483647; kadi inasubiri ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: “${0}” si nambari kamili kuanzia 1 hadi 6; kichwa ni kichwa cha kiwango cha ${1}.`,
  'warning.invalidLanguageTag': str`${0}: “${1}” si lebo ya lugha ya BCP 47.`,
  'warning.invalidUrl': str`${0} si URL halali; imeonyeshwa bila kiungo.`,
  'warning.languageNotLoaded': str`lang: kiolesura cha “${0}” hakikupakiwa kwa wakati; kadi inaonyeshwa kwa “${1}”.`,
  'warning.offsetContradictsZone': str`${0}: tofauti ya saa ${1} si tofauti ya saa ya ${2} wakati huo (${3}); tofauti ya saa iliyotolewa ndiyo imetumika.`,
  'warning.remainingExceedsCapacity': `remaining ni kubwa kuliko capacity.`,
  'warning.severalEvents': str`Kuna Events ${0} hapa: ya kwanza ndiyo inayoonyeshwa.`,
  'warning.timeZoneDisagrees': str`${0}: wakati huo ${1} iko kwenye ${2}, si ${3}; saa zinabaki na tofauti yao ya saa na hazitaji ukanda wowote wa saa.`,
  'warning.unknownCalendar': str`calendar: “${0}” si mojawapo ya ics, google, outlook, office365, yahoo, none; imeachwa.`,
  'warning.unknownDisplayTimeZone': str`time-zone: “${0}” si ukanda wa saa wa IANA unaojulikana; ukanda wa saa wa msomaji ndio unaoonyeshwa.`,
  'warning.unknownLanguage': str`${0}: “${1}” si lebo ya lugha ya BCP 47; imeachwa.`,
  'warning.unknownStatus': str`${0}: “${1}” si hali ya tukio ya schema.org; imeachwa.`,
  'warning.unsafeUrl': str`${0}: viungo vinavyoanza na ${1} haviruhusiwi; imeonyeshwa bila kiungo.`,
  'warning.urlWithCredentials': str`${0}: viungo vyenye jina la mtumiaji au nenosiri haviruhusiwi; imeonyeshwa bila kiungo.`,
};
