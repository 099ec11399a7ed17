// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: „${0}” nem 1 és 2147483647 közötti ezredmásodperc-érték; a kártya várakozási ideje ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: „${0}” nem 1 és 6 közötti egész szám; a cím ${1}. szintű címsorként jelenik meg.`,
  'warning.invalidLanguageTag': str`${0}: „${1}” nem BCP 47 szerinti nyelvi címke.`,
  'warning.invalidUrl': str`${0} nem érvényes URL; hivatkozás nélkül jelenik meg.`,
  'warning.languageNotLoaded': str`lang: a felület „${0}” nyelvű változata nem töltődött be időben; a kártya „${1}” nyelven jelenik meg.`,
  'warning.offsetContradictsZone': str`${0}: a megadott eltolás (${1}) nem egyezik ${2} akkori eltolásával (${3}); a kártya a megadott eltolást használja.`,
  'warning.remainingExceedsCapacity': `A remaining értéke nagyobb, mint a capacity értéke.`,
  'warning.severalEvents': str`Itt ${0} Event található: az első jelenik meg.`,
  'warning.timeZoneDisagrees': str`${0}: ${1} eltolása ekkor ${2}, nem ${3}; az időpontok megtartják az eltolásukat, és nem neveznek meg időzónát.`,
  'warning.unknownCalendar': str`calendar: „${0}” nem szerepel a következők között: ics, google, outlook, office365, yahoo, none; kimarad.`,
  'warning.unknownDisplayTimeZone': str`time-zone: „${0}” nem ismert IANA-időzóna; az olvasó saját időzónája jelenik meg.`,
  'warning.unknownLanguage': str`${0}: „${1}” nem BCP 47 szerinti nyelvi címke; kimarad.`,
  'warning.unknownStatus': str`${0}: „${1}” nem schema.org szerinti eseményállapot; kimarad.`,
  'warning.unsafeUrl': str`${0}: ${1} kezdetű hivatkozás nem engedélyezett; hivatkozás nélkül jelenik meg.`,
  'warning.urlWithCredentials': str`${0}: felhasználónevet vagy jelszót tartalmazó hivatkozás nem engedélyezett; hivatkozás nélkül jelenik meg.`,
};
