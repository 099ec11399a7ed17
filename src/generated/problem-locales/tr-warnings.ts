// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: “${0}” 1 ile 2147483647 arasında bir milisaniye sayısı değil; kart ${1} bekliyor.`,
  'warning.invalidHeadingLevel': str`heading-level: “${0}” 1 ile 6 arasında bir tam sayı değil; başlık düzeyi olarak ${1} kullanılıyor.`,
  'warning.invalidLanguageTag': str`${0}: “${1}” bir BCP 47 dil etiketi değil.`,
  'warning.invalidUrl': str`${0} geçerli bir URL değil; bağlantısız gösteriliyor.`,
  'warning.languageNotLoaded': str`lang: “${0}” dilindeki arayüz zamanında yüklenemedi; kart “${1}” dilinde gösteriliyor.`,
  'warning.offsetContradictsZone': str`${0}: ${1} farkı, o anda ${2} saat diliminin farkıyla (${3}) uyuşmuyor; verilen fark kullanıldı.`,
  'warning.remainingExceedsCapacity': `remaining değeri capacity değerinden büyük.`,
  'warning.severalEvents': str`Burada ${0} Event var: ilki gösteriliyor.`,
  'warning.timeZoneDisagrees': str`${0}: o anda ${1} saat diliminin farkı ${2}, ${3} değil; saatler kendi farklarını korur ve saat dilimi adı gösterilmez.`,
  'warning.unknownCalendar': str`calendar: “${0}”, ics, google, outlook, office365, yahoo, none değerlerinden biri değil; atlandı.`,
  'warning.unknownDisplayTimeZone': str`time-zone: “${0}” bilinen bir IANA saat dilimi değil; okuyucunun kendi saat dilimi gösteriliyor.`,
  'warning.unknownLanguage': str`${0}: “${1}” bir BCP 47 dil etiketi değil; atlandı.`,
  'warning.unknownStatus': str`${0}: “${1}” bir schema.org etkinlik durumu değil; atlandı.`,
  'warning.unsafeUrl': str`${0}: ${1} ile başlayan bağlantılara izin verilmez; bağlantısız gösteriliyor.`,
  'warning.urlWithCredentials': str`${0}: kullanıcı adı ya da parola içeren bağlantılara izin verilmez; bağlantısız gösteriliyor.`,
};
