// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: ”${0}” är inte ett antal millisekunder från 1 till 2147483647; kortet väntar ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: ”${0}” är inte ett heltal från 1 till 6; titeln blir en rubrik på nivå ${1}.`,
  'warning.invalidLanguageTag': str`${0}: ”${1}” är ingen språkkod enligt BCP 47.`,
  'warning.invalidUrl': str`${0} är ingen giltig URL; visas utan länk.`,
  'warning.languageNotLoaded': str`lang: gränssnittet på ”${0}” lästes inte in i tid; kortet visas på ”${1}”.`,
  'warning.offsetContradictsZone': str`${0}: förskjutningen ${1} stämmer inte med förskjutningen för ${2} vid den tidpunkten (${3}); förskjutningen användes.`,
  'warning.remainingExceedsCapacity': `remaining är större än capacity.`,
  'warning.severalEvents': str`Här finns ${0} Events: det första visas.`,
  'warning.timeZoneDisagrees': str`${0}: ${1} ligger på ${2} vid den tidpunkten, inte på ${3}; tiderna behåller sin förskjutning och anger ingen tidszon.`,
  'warning.unknownCalendar': str`calendar: ”${0}” är inte något av ics, google, outlook, office365, yahoo, none; det utelämnas.`,
  'warning.unknownDisplayTimeZone': str`time-zone: ”${0}” är inte en känd IANA-tidszon; läsarens egen tidszon visas.`,
  'warning.unknownLanguage': str`${0}: ”${1}” är ingen språkkod enligt BCP 47; den utelämnas.`,
  'warning.unknownStatus': str`${0}: ”${1}” är ingen evenemangsstatus från schema.org; den utelämnas.`,
  'warning.unsafeUrl': str`${0}: länkar som börjar med ${1} är inte tillåtna; visas utan länk.`,
  'warning.urlWithCredentials': str`${0}: länkar med användarnamn eller lösenord är inte tillåtna; visas utan länk.`,
};
