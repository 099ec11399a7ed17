// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout : « ${0} » n’est pas un nombre de millisecondes de 1 à 2147483647 ; la carte attend ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level : « ${0} » n’est pas un nombre entier de 1 à 6 ; le titre est un titre de niveau ${1}.`,
  'warning.invalidLanguageTag': str`${0} : « ${1} » n’est pas une étiquette de langue BCP 47.`,
  'warning.invalidUrl': str`${0} n’est pas une URL valide ; affiché sans lien.`,
  'warning.languageNotLoaded': str`lang : l’interface en « ${0} » n’a pas été chargée à temps ; la carte est affichée en « ${1} ».`,
  'warning.offsetContradictsZone': str`${0} : le décalage ${1} n’est pas celui de ${2} à cette date (${3}) ; c’est le décalage qui a été retenu.`,
  'warning.remainingExceedsCapacity': `remaining dépasse capacity.`,
  'warning.severalEvents': str`Il y a ${0} Events ici : le premier est affiché.`,
  'warning.timeZoneDisagrees': str`${0} : ${1} est à ${2} à ce moment-là, et non à ${3} ; les horaires gardent leur décalage et ne nomment aucun fuseau.`,
  'warning.unknownCalendar': str`calendar : « ${0} » n’est pas l’un de ics, google, outlook, office365, yahoo, none ; il est ignoré.`,
  'warning.unknownDisplayTimeZone': str`time-zone : « ${0} » n’est pas un fuseau horaire IANA connu ; c’est le fuseau du lecteur qui est affiché.`,
  'warning.unknownLanguage': str`${0} : « ${1} » n’est pas une étiquette de langue BCP 47 ; elle est ignorée.`,
  'warning.unknownStatus': str`${0} : « ${1} » n’est pas un statut d’événement schema.org ; il est ignoré.`,
  'warning.unsafeUrl': str`${0} : les liens commençant par ${1} ne sont pas autorisés ; affiché sans lien.`,
  'warning.urlWithCredentials': str`${0} : les liens avec un nom d’utilisateur ou un mot de passe ne sont pas autorisés ; affiché sans lien.`,
};
