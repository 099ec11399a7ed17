// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: “${0}”은(는) 1에서 2147483647 사이의 밀리초 값이 아닙니다. 카드는 ${1} 동안 기다립니다.`,
  'warning.invalidHeadingLevel': str`heading-level: “${0}”은(는) 1에서 6 사이의 정수가 아닙니다. 제목을 ${1}단계 제목으로 표시합니다.`,
  'warning.invalidLanguageTag': str`${0}: “${1}”은(는) BCP 47 언어 태그가 아닙니다.`,
  'warning.invalidUrl': str`${0}의 값이 올바른 URL이 아니므로 링크 없이 표시합니다.`,
  'warning.languageNotLoaded': str`lang: “${0}” 인터페이스를 제때 불러오지 못해 카드를 “${1}” 언어로 표시합니다.`,
  'warning.offsetContradictsZone': str`${0}: 오프셋 ${1}은(는) 해당 시점 ${2}의 오프셋(${3})과 다릅니다. 지정된 오프셋을 사용했습니다.`,
  'warning.remainingExceedsCapacity': `remaining이 capacity보다 큽니다.`,
  'warning.severalEvents': str`여기에 Event가 ${0}개 있습니다. 첫 번째 Event를 표시합니다.`,
  'warning.timeZoneDisagrees': str`${0}: 해당 시점 ${1}의 오프셋은 ${2}입니다(${3} 아님). 시간은 원래 오프셋을 유지하며 시간대 이름은 표시하지 않습니다.`,
  'warning.unknownCalendar': str`calendar: “${0}”은(는) ics, google, outlook, office365, yahoo, none 중 하나가 아니므로 제외합니다.`,
  'warning.unknownDisplayTimeZone': str`time-zone: “${0}”은(는) 알려진 IANA 시간대가 아닙니다. 사용자의 시간대로 표시합니다.`,
  'warning.unknownLanguage': str`${0}: “${1}”은(는) BCP 47 언어 태그가 아니므로 제외합니다.`,
  'warning.unknownStatus': str`${0}: “${1}”은(는) schema.org 이벤트 상태가 아니므로 제외합니다.`,
  'warning.unsafeUrl': str`${0}: ${1}(으)로 시작하는 링크는 허용되지 않으므로 링크 없이 표시합니다.`,
  'warning.urlWithCredentials': str`${0}: 사용자 이름이나 비밀번호가 포함된 링크는 허용되지 않으므로 링크 없이 표시합니다.`,
};
