// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: „${0}“ ist keine Anzahl Millisekunden von 1 bis 2147483647; die Karte wartet ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: „${0}“ ist keine ganze Zahl von 1 bis 6; der Titel ist eine Überschrift der Ebene ${1}.`,
  'warning.invalidLanguageTag': str`${0}: „${1}“ ist kein Sprachcode nach BCP 47.`,
  'warning.invalidUrl': str`${0} ist keine gültige URL; ohne Link angezeigt.`,
  'warning.languageNotLoaded': str`lang: Die Oberfläche auf „${0}“ wurde nicht rechtzeitig geladen; die Karte wird auf „${1}“ angezeigt.`,
  'warning.offsetContradictsZone': str`${0}: Der UTC-Offset ${1} entspricht zu diesem Zeitpunkt nicht dem von ${2} (${3}); der Offset wurde verwendet.`,
  'warning.remainingExceedsCapacity': `remaining ist größer als capacity.`,
  'warning.severalEvents': str`Hier sind ${0} Events: Das erste wird angezeigt.`,
  'warning.timeZoneDisagrees': str`${0}: ${1} liegt zu dieser Zeit bei ${2}, nicht bei ${3}; die Zeiten behalten ihren Offset und nennen keine Zeitzone.`,
  'warning.unknownCalendar': str`calendar: „${0}“ ist keiner von ics, google, outlook, office365, yahoo, none; er wird ausgelassen.`,
  'warning.unknownDisplayTimeZone': str`time-zone: „${0}“ ist keine bekannte IANA-Zeitzone; angezeigt wird die Zeitzone des Lesers.`,
  'warning.unknownLanguage': str`${0}: „${1}“ ist kein Sprachcode nach BCP 47; er wird weggelassen.`,
  'warning.unknownStatus': str`${0}: „${1}“ ist kein Event-Status von schema.org; er wird weggelassen.`,
  'warning.unsafeUrl': str`${0}: Links, die mit ${1} beginnen, sind nicht erlaubt; ohne Link angezeigt.`,
  'warning.urlWithCredentials': str`${0}: Links mit Benutzername oder Passwort sind nicht erlaubt; ohne Link angezeigt.`,
};
