// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: «${0}» no es un número de milisegundos del 1 al 2147483647; la tarjeta espera ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: «${0}» no es un número entero del 1 al 6; el título es un encabezado de nivel ${1}.`,
  'warning.invalidLanguageTag': str`${0}: «${1}» no es una etiqueta de idioma BCP 47.`,
  'warning.invalidUrl': str`${0} no es una URL válida; se muestra sin enlace.`,
  'warning.languageNotLoaded': str`lang: la interfaz en «${0}» no se cargó a tiempo; la tarjeta se muestra en «${1}».`,
  'warning.offsetContradictsZone': str`${0}: el desfase ${1} no es el de ${2} en ese momento (${3}); se ha usado el desfase.`,
  'warning.remainingExceedsCapacity': `remaining es mayor que capacity.`,
  'warning.severalEvents': str`Aquí hay ${0} Events: se muestra el primero.`,
  'warning.timeZoneDisagrees': str`${0}: ${1} está en ${2} en ese momento, no en ${3}; las horas conservan su desfase y no nombran ninguna zona.`,
  'warning.unknownCalendar': str`calendar: «${0}» no es uno de ics, google, outlook, office365, yahoo, none; se omite.`,
  'warning.unknownDisplayTimeZone': str`time-zone: «${0}» no es una zona horaria IANA conocida; se muestra la zona horaria del lector.`,
  'warning.unknownLanguage': str`${0}: «${1}» no es una etiqueta de idioma BCP 47; se omite.`,
  'warning.unknownStatus': str`${0}: «${1}» no es un estado de evento de schema.org; se omite.`,
  'warning.unsafeUrl': str`${0}: no se permiten enlaces que empiecen por ${1}; se muestra sin enlace.`,
  'warning.urlWithCredentials': str`${0}: no se permiten enlaces con nombre de usuario o contraseña; se muestra sin enlace.`,
};
