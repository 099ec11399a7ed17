// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: “${0}” não é um número de milissegundos de 1 a 2147483647; o cartão espera ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: “${0}” não é um número inteiro de 1 a 6; o título é um cabeçalho de nível ${1}.`,
  'warning.invalidLanguageTag': str`${0}: “${1}” não é uma etiqueta de idioma BCP 47.`,
  'warning.invalidUrl': str`${0} não é uma URL válida; exibido sem link.`,
  'warning.languageNotLoaded': str`lang: a interface em “${0}” não carregou a tempo; o cartão é exibido em “${1}”.`,
  'warning.offsetContradictsZone': str`${0}: o deslocamento ${1} não é o de ${2} nesse momento (${3}); foi usado o deslocamento.`,
  'warning.remainingExceedsCapacity': `remaining é maior que capacity.`,
  'warning.severalEvents': str`Há ${0} Events aqui: o primeiro é exibido.`,
  'warning.timeZoneDisagrees': str`${0}: ${1} está em ${2} nesse momento, não em ${3}; os horários mantêm o deslocamento e não indicam fuso.`,
  'warning.unknownCalendar': str`calendar: “${0}” não é um de ics, google, outlook, office365, yahoo, none; é omitido.`,
  'warning.unknownDisplayTimeZone': str`time-zone: “${0}” não é um fuso horário IANA conhecido; é exibido o fuso horário do leitor.`,
  'warning.unknownLanguage': str`${0}: “${1}” não é uma etiqueta de idioma BCP 47; foi omitida.`,
  'warning.unknownStatus': str`${0}: “${1}” não é um status de evento do schema.org; foi omitido.`,
  'warning.unsafeUrl': str`${0}: links que começam com ${1} não são permitidos; exibido sem link.`,
  'warning.urlWithCredentials': str`${0}: links com nome de usuário ou senha não são permitidos; exibido sem link.`,
};
