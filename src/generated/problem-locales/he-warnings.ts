// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: "${0}" אינו מספר אלפיות שנייה בין 1 ל־2147483647; הכרטיס ימתין ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: "${0}" אינו מספר שלם בין 1 ל־6; הכותרת מוצגת ככותרת ברמה ${1}.`,
  'warning.invalidLanguageTag': str`${0}: "${1}" אינו תג שפה לפי BCP 47.`,
  'warning.invalidUrl': str`${0}: כתובת ה־URL אינה תקינה; מוצג ללא קישור.`,
  'warning.languageNotLoaded': str`lang: הממשק בשפה "${0}" לא נטען בזמן; הכרטיס מוצג בשפה "${1}".`,
  'warning.offsetContradictsZone': str`${0}: ההפרש ${1} אינו ההפרש של ${2} באותו מועד (${3}); נעשה שימוש בהפרש שצוין.`,
  'warning.remainingExceedsCapacity': `הערך remaining גדול מהערך capacity.`,
  'warning.severalEvents': str`יש כאן ${0} Events: מוצג הראשון שבהם.`,
  'warning.timeZoneDisagrees': str`${0}: ההפרש של ${1} באותו מועד הוא ${2}, ולא ${3}; השעות שומרות על ההפרש שלהן ואינן מציינות אזור זמן.`,
  'warning.unknownCalendar': str`calendar: "${0}" אינו אחד מהערכים ics, google, outlook, office365, yahoo, none; הוא הושמט.`,
  'warning.unknownDisplayTimeZone': str`time-zone: "${0}" אינו אזור זמן מוכר של IANA; מוצג אזור הזמן של הקורא.`,
  'warning.unknownLanguage': str`${0}: "${1}" אינו תג שפה לפי BCP 47; הוא הושמט.`,
  'warning.unknownStatus': str`${0}: "${1}" אינו סטטוס אירוע של schema.org; הוא הושמט.`,
  'warning.unsafeUrl': str`${0}: קישורים שתחילתם ${1} אינם מותרים; מוצג ללא קישור.`,
  'warning.urlWithCredentials': str`${0}: קישורים עם שם משתמש או סיסמה אינם מותרים; מוצג ללא קישור.`,
};
