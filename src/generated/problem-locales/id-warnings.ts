// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: “${0}” bukan jumlah milidetik dari 1 sampai 2147483647; kartu menunggu ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: “${0}” bukan bilangan bulat dari 1 sampai 6; judul ditampilkan sebagai judul tingkat ${1}.`,
  'warning.invalidLanguageTag': str`${0}: “${1}” bukan tag bahasa BCP 47.`,
  'warning.invalidUrl': str`${0} bukan URL yang valid; ditampilkan tanpa tautan.`,
  'warning.languageNotLoaded': str`lang: antarmuka dalam bahasa “${0}” tidak termuat tepat waktu; kartu ditampilkan dalam “${1}”.`,
  'warning.offsetContradictsZone': str`${0}: selisih ${1} tidak sesuai dengan selisih ${2} pada waktu itu (${3}); selisih yang tertulis tetap digunakan.`,
  'warning.remainingExceedsCapacity': `remaining lebih besar daripada capacity.`,
  'warning.severalEvents': str`Ada ${0} Event di sini: yang pertama ditampilkan.`,
  'warning.timeZoneDisagrees': str`${0}: pada waktu itu ${1} berada di ${2}, bukan ${3}; waktu tetap memakai selisihnya sendiri tanpa menyebut zona waktu.`,
  'warning.unknownCalendar': str`calendar: “${0}” bukan salah satu dari ics, google, outlook, office365, yahoo, none; diabaikan.`,
  'warning.unknownDisplayTimeZone': str`time-zone: “${0}” bukan zona waktu IANA yang dikenal; yang ditampilkan adalah zona waktu pembaca.`,
  'warning.unknownLanguage': str`${0}: “${1}” bukan tag bahasa BCP 47; diabaikan.`,
  'warning.unknownStatus': str`${0}: “${1}” bukan status acara schema.org; diabaikan.`,
  'warning.unsafeUrl': str`${0}: tautan yang diawali ${1} tidak diizinkan; ditampilkan tanpa tautan.`,
  'warning.urlWithCredentials': str`${0}: tautan dengan nama pengguna atau kata sandi tidak diizinkan; ditampilkan tanpa tautan.`,
};
