// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: «${0}» عددی بر حسب میلی‌ثانیه از 1 تا 2147483647 نیست؛ کارت ${1} منتظر می‌ماند.`,
  'warning.invalidHeadingLevel': str`heading-level: «${0}» عدد صحیحی از 1 تا 6 نیست؛ عنوان به‌صورت سرعنوان سطح ${1} نمایش داده می‌شود.`,
  'warning.invalidLanguageTag': str`${0}: «${1}» برچسب زبان BCP 47 نیست.`,
  'warning.invalidUrl': str`${0} نشانی URL معتبری نیست؛ بدون پیوند نمایش داده شد.`,
  'warning.languageNotLoaded': str`lang: رابط کاربری به زبان «${0}» به‌موقع بارگذاری نشد؛ کارت به زبان «${1}» نمایش داده می‌شود.`,
  'warning.offsetContradictsZone': str`${0}: اختلاف ساعت ${1} با اختلاف ساعت ${2} در آن زمان (${3}) یکی نیست؛ همان اختلاف ساعتِ داده‌شده به کار رفت.`,
  'warning.remainingExceedsCapacity': `مقدار remaining از capacity بیشتر است.`,
  'warning.severalEvents': str`اینجا ${0} Event وجود دارد: اولی نمایش داده می‌شود.`,
  'warning.timeZoneDisagrees': str`${0}: اختلاف ساعت ${1} در آن زمان ${2} است، نه ${3}؛ ساعت‌ها اختلاف خود را حفظ می‌کنند و نام هیچ منطقهٔ زمانی‌ای را نمی‌آورند.`,
  'warning.unknownCalendar': str`calendar: «${0}» هیچ‌یک از ics، google، outlook، office365، yahoo، none نیست؛ کنار گذاشته شد.`,
  'warning.unknownDisplayTimeZone': str`time-zone: «${0}» منطقهٔ زمانی شناخته‌شده‌ای در IANA نیست؛ منطقهٔ زمانی خودِ خواننده نمایش داده می‌شود.`,
  'warning.unknownLanguage': str`${0}: «${1}» برچسب زبان BCP 47 نیست؛ کنار گذاشته شد.`,
  'warning.unknownStatus': str`${0}: «${1}» وضعیت رویداد در schema.org نیست؛ کنار گذاشته شد.`,
  'warning.unsafeUrl': str`${0}: پیوندهایی که با ${1} شروع می‌شوند مجاز نیستند؛ بدون پیوند نمایش داده شد.`,
  'warning.urlWithCredentials': str`${0}: پیوندهای دارای نام کاربری یا گذرواژه مجاز نیستند؛ بدون پیوند نمایش داده شد.`,
};
