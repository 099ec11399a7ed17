// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: «${0}» не є кількістю мілісекунд від 1 до 2147483647; використано типовий час очікування: ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: «${0}» не є цілим числом від 1 до 6; заголовок буде рівня ${1}.`,
  'warning.invalidLanguageTag': str`${0}: «${1}» не є мовним тегом BCP 47.`,
  'warning.invalidUrl': str`${0}: недійсна URL-адреса; показано без посилання.`,
  'warning.languageNotLoaded': str`lang: інтерфейс мовою «${0}» не завантажився вчасно; картку показано мовою «${1}».`,
  'warning.offsetContradictsZone': str`${0}: зміщення ${1} не збігається зі зміщенням пояса ${2} у цей момент (${3}); використано зміщення.`,
  'warning.remainingExceedsCapacity': `remaining більше за capacity.`,
  'warning.severalEvents': str`Тут кілька об’єктів Event (${0}): показано перший.`,
  'warning.timeZoneDisagrees': str`${0}: у цей час пояс ${1} має зміщення ${2}, а не ${3}; час зберігає своє зміщення й не називає пояса.`,
  'warning.unknownCalendar': str`calendar: «${0}» не є жодним зі значень ics, google, outlook, office365, yahoo, none; пропущено.`,
  'warning.unknownDisplayTimeZone': str`time-zone: «${0}» — невідомий часовий пояс IANA; показано часовий пояс читача.`,
  'warning.unknownLanguage': str`${0}: «${1}» не є мовним тегом BCP 47; пропущено.`,
  'warning.unknownStatus': str`${0}: «${1}» не є статусом події schema.org; пропущено.`,
  'warning.unsafeUrl': str`${0}: посилання, що починаються з ${1}, заборонені; показано без посилання.`,
  'warning.urlWithCredentials': str`${0}: посилання з іменем користувача або паролем заборонені; показано без посилання.`,
};
