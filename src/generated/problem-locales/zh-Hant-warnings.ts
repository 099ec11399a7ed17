// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout：「${0}」不是 1 到 2147483647 之間的毫秒數；卡片將等待 ${1}。`,
  'warning.invalidHeadingLevel': str`heading-level：「${0}」不是 1 到 6 之間的整數；標題改用第 ${1} 級標題。`,
  'warning.invalidLanguageTag': str`${0}：「${1}」不是 BCP 47 語言標籤。`,
  'warning.invalidUrl': str`${0} 不是有效的網址；已顯示為不含連結的文字。`,
  'warning.languageNotLoaded': str`lang：「${0}」介面未能及時載入；卡片改以「${1}」顯示。`,
  'warning.offsetContradictsZone': str`${0}：偏移量 ${1} 與 ${2} 在該時間點的偏移量（${3}）不符；已採用所提供的偏移量。`,
  'warning.remainingExceedsCapacity': `remaining 大於 capacity。`,
  'warning.severalEvents': str`這裡有 ${0} 個 Event：顯示第一個。`,
  'warning.timeZoneDisagrees': str`${0}：${1} 在該時間點的偏移量是 ${2}，而不是 ${3}；時間保留原本的偏移量，不標示時區。`,
  'warning.unknownCalendar': str`calendar：「${0}」不是 ics、google、outlook、office365、yahoo、none 其中之一；已略過。`,
  'warning.unknownDisplayTimeZone': str`time-zone：「${0}」不是已知的 IANA 時區；改為顯示讀者所在的時區。`,
  'warning.unknownLanguage': str`${0}：「${1}」不是 BCP 47 語言標籤；已略過。`,
  'warning.unknownStatus': str`${0}：「${1}」不是 schema.org 的活動狀態；已略過。`,
  'warning.unsafeUrl': str`${0}：不允許以 ${1} 開頭的連結；已顯示為不含連結的文字。`,
  'warning.urlWithCredentials': str`${0}：不允許含有使用者名稱或密碼的連結；已顯示為不含連結的文字。`,
};
