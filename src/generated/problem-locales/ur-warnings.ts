// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: “${0}” 1 سے 2147483647 تک ملی سیکنڈز کی تعداد نہیں ہے؛ کارڈ ${1} انتظار کرتا ہے۔`,
  'warning.invalidHeadingLevel': str`heading-level: “${0}” 1 سے 6 تک کا مکمل عدد نہیں ہے؛ عنوان کو سطح ${1} کی سرخی بنایا گیا ہے۔`,
  'warning.invalidLanguageTag': str`${0}: “${1}” BCP 47 زبان ٹیگ نہیں ہے۔`,
  'warning.invalidUrl': str`${0} درست URL نہیں ہے؛ بغیر لنک کے دکھایا گیا ہے۔`,
  'warning.languageNotLoaded': str`lang: “${0}” میں انٹرفیس وقت پر لوڈ نہیں ہوا؛ کارڈ “${1}” میں دکھایا گیا ہے۔`,
  'warning.offsetContradictsZone': str`${0}: آفسیٹ ${1} اس وقت ${2} کے آفسیٹ (${3}) سے مطابقت نہیں رکھتا؛ دیا گیا آفسیٹ ہی استعمال کیا گیا ہے۔`,
  'warning.remainingExceedsCapacity': `remaining، capacity سے زیادہ ہے۔`,
  'warning.severalEvents': str`یہاں ${0} Events ہیں: پہلا دکھایا گیا ہے۔`,
  'warning.timeZoneDisagrees': str`${0}: اس وقت ${1} کا آفسیٹ ${2} ہے، ${3} نہیں؛ اوقات اپنا آفسیٹ برقرار رکھتے ہیں اور کسی ٹائم زون کا نام نہیں لیتے۔`,
  'warning.unknownCalendar': str`calendar: “${0}” ics، google، outlook، office365، yahoo، none میں سے کوئی نہیں ہے؛ اسے چھوڑ دیا گیا ہے۔`,
  'warning.unknownDisplayTimeZone': str`time-zone: “${0}” کوئی معلوم IANA ٹائم زون نہیں ہے؛ قاری کا اپنا ٹائم زون دکھایا گیا ہے۔`,
  'warning.unknownLanguage': str`${0}: “${1}” BCP 47 زبان ٹیگ نہیں ہے؛ اسے چھوڑ دیا گیا ہے۔`,
  'warning.unknownStatus': str`${0}: “${1}” schema.org کی تقریب کی حالتوں میں سے نہیں ہے؛ اسے چھوڑ دیا گیا ہے۔`,
  'warning.unsafeUrl': str`${0}: ${1} سے شروع ہونے والے لنکس کی اجازت نہیں ہے؛ بغیر لنک کے دکھایا گیا ہے۔`,
  'warning.urlWithCredentials': str`${0}: صارف نام یا پاس ورڈ والے لنکس کی اجازت نہیں ہے؛ بغیر لنک کے دکھایا گیا ہے۔`,
};
