// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout：“${0}”不是 1 到 2147483647 之间的毫秒数；卡片等待 ${1}。`,
  'warning.invalidHeadingLevel': str`heading-level：“${0}”不是 1 到 6 之间的整数；标题使用 ${1} 级标题。`,
  'warning.invalidLanguageTag': str`${0}：“${1}”不是 BCP 47 语言标签。`,
  'warning.invalidUrl': str`${0} 不是有效的 URL；已显示为无链接文本。`,
  'warning.languageNotLoaded': str`lang：“${0}”界面未能及时加载；卡片以“${1}”显示。`,
  'warning.offsetContradictsZone': str`${0}：偏移量 ${1} 与 ${2} 在该时刻的偏移量（${3}）不符；已采用所给的偏移量。`,
  'warning.remainingExceedsCapacity': `remaining 大于 capacity。`,
  'warning.severalEvents': str`这里有 ${0} 个 Event：显示第一个。`,
  'warning.timeZoneDisagrees': str`${0}：${1} 在那时的偏移量是 ${2}，而不是 ${3}；时间保留其偏移量，不指明时区。`,
  'warning.unknownCalendar': str`calendar：“${0}”不是 ics、google、outlook、office365、yahoo、none 之一；已略去。`,
  'warning.unknownDisplayTimeZone': str`time-zone：“${0}”不是已知的 IANA 时区；显示的是读者所在的时区。`,
  'warning.unknownLanguage': str`${0}：“${1}”不是 BCP 47 语言标签；已略去。`,
  'warning.unknownStatus': str`${0}：“${1}”不是 schema.org 的活动状态；已略去。`,
  'warning.unsafeUrl': str`${0}：不允许以 ${1} 开头的链接；已显示为无链接文本。`,
  'warning.urlWithCredentials': str`${0}：不允许包含用户名或密码的链接；已显示为无链接文本。`,
};
