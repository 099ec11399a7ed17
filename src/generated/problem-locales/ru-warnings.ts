// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: «${0}» — не число миллисекунд от 1 до 2147483647; карточка ждёт ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: «${0}» — не целое число от 1 до 6; заголовок будет уровня ${1}.`,
  'warning.invalidLanguageTag': str`${0}: «${1}» — не языковой тег BCP 47.`,
  'warning.invalidUrl': str`${0}: недопустимый URL; показано без ссылки.`,
  'warning.languageNotLoaded': str`lang: интерфейс на «${0}» не загрузился вовремя; карточка показана на «${1}».`,
  'warning.offsetContradictsZone': str`${0}: смещение ${1} не совпадает со смещением пояса ${2} в этот момент (${3}); использовано смещение.`,
  'warning.remainingExceedsCapacity': `remaining больше, чем capacity.`,
  'warning.severalEvents': str`Здесь несколько Event (${0}): показан первый.`,
  'warning.timeZoneDisagrees': str`${0}: в это время у ${1} смещение ${2}, а не ${3}; время сохраняет своё смещение и не называет часовой пояс.`,
  'warning.unknownCalendar': str`calendar: «${0}» — не входит в ics, google, outlook, office365, yahoo, none; пропущено.`,
  'warning.unknownDisplayTimeZone': str`time-zone: «${0}» — неизвестный часовой пояс IANA; показан часовой пояс читателя.`,
  'warning.unknownLanguage': str`${0}: «${1}» — не языковой тег BCP 47; он опущен.`,
  'warning.unknownStatus': str`${0}: «${1}» — не статус события schema.org; он опущен.`,
  'warning.unsafeUrl': str`${0}: ссылки, начинающиеся с ${1}, запрещены; показано без ссылки.`,
  'warning.urlWithCredentials': str`${0}: ссылки с именем пользователя или паролем не допускаются; показано без ссылки.`,
};
