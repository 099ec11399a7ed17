// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout：「${0}」は1から2147483647までのミリ秒数ではありません。カードは${1}待機します。`,
  'warning.invalidHeadingLevel': str`heading-level：「${0}」は1から6までの整数ではありません。タイトルはレベル${1}の見出しになります。`,
  'warning.invalidLanguageTag': str`${0}：「${1}」はBCP 47の言語タグではありません。`,
  'warning.invalidUrl': str`${0}は有効なURLではありません。リンクなしで表示しています。`,
  'warning.languageNotLoaded': str`lang：「${0}」のインターフェースが時間内に読み込まれなかったため、カードを「${1}」で表示しています。`,
  'warning.offsetContradictsZone': str`${0}：オフセット${1}は、その時点での${2}のオフセット（${3}）と一致しません。指定されたオフセットを使用しました。`,
  'warning.remainingExceedsCapacity': `remainingがcapacityを超えています。`,
  'warning.severalEvents': str`ここには${0}件のEventがあります：最初のものを表示しています。`,
  'warning.timeZoneDisagrees': str`${0}：その時点での${1}のオフセットは${2}で、${3}ではありません。時刻は元のオフセットのまま表示し、タイムゾーン名は示しません。`,
  'warning.unknownCalendar': str`calendar：「${0}」はics、google、outlook、office365、yahoo、noneのいずれでもないため、無視されます。`,
  'warning.unknownDisplayTimeZone': str`time-zone：「${0}」は既知のIANAタイムゾーンではありません。閲覧者のタイムゾーンで表示しています。`,
  'warning.unknownLanguage': str`${0}：「${1}」はBCP 47の言語タグではないため、無視されます。`,
  'warning.unknownStatus': str`${0}：「${1}」はschema.orgのイベントステータスではないため、無視されます。`,
  'warning.unsafeUrl': str`${0}：${1}で始まるリンクは使用できません。リンクなしで表示しています。`,
  'warning.urlWithCredentials': str`${0}：ユーザー名やパスワードを含むリンクは使用できません。リンクなしで表示しています。`,
};
