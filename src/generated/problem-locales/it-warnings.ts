// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: «${0}» non è un numero di millisecondi da 1 a 2147483647; la scheda attende ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: «${0}» non è un numero intero da 1 a 6; il titolo è un’intestazione di livello ${1}.`,
  'warning.invalidLanguageTag': str`${0}: «${1}» non è un codice di lingua BCP 47.`,
  'warning.invalidUrl': str`${0} non è un URL valido; viene mostrato senza link.`,
  'warning.languageNotLoaded': str`lang: l’interfaccia in «${0}» non si è caricata in tempo; la scheda viene mostrata in «${1}».`,
  'warning.offsetContradictsZone': str`${0}: lo scostamento ${1} non corrisponde a quello di ${2} in quel momento (${3}); è stato usato lo scostamento.`,
  'warning.remainingExceedsCapacity': `remaining è maggiore di capacity.`,
  'warning.severalEvents': str`Qui ci sono ${0} Events: viene mostrato il primo.`,
  'warning.timeZoneDisagrees': str`${0}: in quel momento ${1} è a ${2}, non a ${3}; gli orari mantengono il loro scostamento e non indicano alcun fuso orario.`,
  'warning.unknownCalendar': str`calendar: «${0}» non è uno tra ics, google, outlook, office365, yahoo, none; viene ignorato.`,
  'warning.unknownDisplayTimeZone': str`time-zone: «${0}» non è un fuso orario IANA noto; viene mostrato il fuso orario del lettore.`,
  'warning.unknownLanguage': str`${0}: «${1}» non è un codice di lingua BCP 47; viene ignorato.`,
  'warning.unknownStatus': str`${0}: «${1}» non è uno stato di evento di schema.org; viene ignorato.`,
  'warning.unsafeUrl': str`${0}: i link che iniziano con ${1} non sono consentiti; viene mostrato senza link.`,
  'warning.urlWithCredentials': str`${0}: i link con nome utente o password non sono consentiti; viene mostrato senza link.`,
};
