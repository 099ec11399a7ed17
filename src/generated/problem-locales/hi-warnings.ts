// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: “${0}” 1 से 2147483647 तक मिलीसेकंड की संख्या नहीं है; कार्ड ${1} तक प्रतीक्षा करता है।`,
  'warning.invalidHeadingLevel': str`heading-level: “${0}” 1 से 6 तक की पूर्ण संख्या नहीं है; शीर्षक को स्तर ${1} का हेडिंग बनाया गया है।`,
  'warning.invalidLanguageTag': str`${0}: “${1}” BCP 47 भाषा टैग नहीं है।`,
  'warning.invalidUrl': str`${0} मान्य URL नहीं है; बिना लिंक के दिखाया गया है।`,
  'warning.languageNotLoaded': str`lang: “${0}” में इंटरफ़ेस समय पर लोड नहीं हुआ; कार्ड “${1}” में दिखाया गया है।`,
  'warning.offsetContradictsZone': str`${0}: ऑफ़सेट ${1}, उस समय के ${2} के ऑफ़सेट (${3}) से मेल नहीं खाता; दिया गया ऑफ़सेट ही इस्तेमाल किया गया है।`,
  'warning.remainingExceedsCapacity': `remaining, capacity से अधिक है।`,
  'warning.severalEvents': str`यहाँ ${0} Events हैं: पहला दिखाया गया है।`,
  'warning.timeZoneDisagrees': str`${0}: उस समय ${1} का ऑफ़सेट ${2} है, ${3} नहीं; समय अपना ऑफ़सेट बनाए रखते हैं और किसी समय क्षेत्र का नाम नहीं दिखाते।`,
  'warning.unknownCalendar': str`calendar: “${0}” ics, google, outlook, office365, yahoo, none में से कोई नहीं है; इसे छोड़ दिया गया है।`,
  'warning.unknownDisplayTimeZone': str`time-zone: “${0}” कोई ज्ञात IANA समय क्षेत्र नहीं है; पाठक का अपना समय क्षेत्र दिखाया गया है।`,
  'warning.unknownLanguage': str`${0}: “${1}” BCP 47 भाषा टैग नहीं है; इसे छोड़ दिया गया है।`,
  'warning.unknownStatus': str`${0}: “${1}” schema.org की कोई कार्यक्रम-स्थिति नहीं है; इसे छोड़ दिया गया है।`,
  'warning.unsafeUrl': str`${0}: ${1} से शुरू होने वाले लिंक की अनुमति नहीं है; बिना लिंक के दिखाया गया है।`,
  'warning.urlWithCredentials': str`${0}: उपयोगकर्ता नाम या पासवर्ड वाले लिंक की अनुमति नहीं है; बिना लिंक के दिखाया गया है।`,
};
