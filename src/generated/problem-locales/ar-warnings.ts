// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: «${0}» ليس عددًا من أجزاء الثانية بين 1 و2147483647؛ تنتظر البطاقة ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: «${0}» ليس عددًا صحيحًا من 1 إلى 6؛ العنوان من المستوى ${1}.`,
  'warning.invalidLanguageTag': str`${0}: «${1}» ليس وسم لغة وفق BCP 47.`,
  'warning.invalidUrl': str`${0}: عنوان URL غير صالح؛ عُرض دون رابط.`,
  'warning.languageNotLoaded': str`lang: لم تُحمَّل الواجهة بلغة «${0}» في الوقت المحدد؛ تُعرض البطاقة بلغة «${1}».`,
  'warning.offsetContradictsZone': str`${0}: فرق التوقيت ${1} لا يطابق فرق توقيت ${2} في ذلك الوقت (${3})؛ اعتُمد فرق التوقيت المذكور.`,
  'warning.remainingExceedsCapacity': `remaining أكبر من capacity.`,
  'warning.severalEvents': str`يوجد هنا ${0} من Events: يُعرض أولها.`,
  'warning.timeZoneDisagrees': str`${0}: فرق توقيت ${1} في ذلك الوقت هو ${2} لا ${3}؛ تحتفظ الأوقات بفرق توقيتها ولا تسمّي منطقة زمنية.`,
  'warning.unknownCalendar': str`calendar: «${0}» ليس من ics، google، outlook، office365، yahoo، none؛ لذا أُسقط.`,
  'warning.unknownDisplayTimeZone': str`time-zone: «${0}» ليست منطقة زمنية معروفة في IANA؛ يُعرض التوقيت المحلي للقارئ.`,
  'warning.unknownLanguage': str`${0}: «${1}» ليس وسم لغة وفق BCP 47؛ أُهمل.`,
  'warning.unknownStatus': str`${0}: «${1}» ليست حالة فعالية في schema.org؛ أُهملت.`,
  'warning.unsafeUrl': str`${0}: الروابط التي تبدأ بـ ${1} غير مسموح بها؛ عُرض دون رابط.`,
  'warning.urlWithCredentials': str`${0}: لا يُسمح بالروابط التي تتضمن اسم مستخدم أو كلمة مرور؛ يُعرض دون رابط.`,
};
