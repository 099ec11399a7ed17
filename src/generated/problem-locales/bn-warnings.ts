// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: “${0}” 1 থেকে 2147483647-এর মধ্যে মিলিসেকেন্ডের কোনো সংখ্যা নয়; কার্ডটি ${1} অপেক্ষা করে।`,
  'warning.invalidHeadingLevel': str`heading-level: “${0}” 1 থেকে 6-এর মধ্যে কোনো পূর্ণসংখ্যা নয়; শিরোনামটি লেভেল ${1}-এর হেডিং হিসেবে দেখানো হয়েছে।`,
  'warning.invalidLanguageTag': str`${0}: “${1}” কোনো BCP 47 ভাষা ট্যাগ নয়।`,
  'warning.invalidUrl': str`${0} কোনো বৈধ URL নয়; লিংক ছাড়াই দেখানো হয়েছে।`,
  'warning.languageNotLoaded': str`lang: “${0}” ভাষার ইন্টারফেস সময়মতো লোড হয়নি; কার্ডটি “${1}” ভাষায় দেখানো হয়েছে।`,
  'warning.offsetContradictsZone': str`${0}: অফসেট ${1} সেই সময়ে ${2}-এর অফসেটের (${3}) সঙ্গে মেলে না; দেওয়া অফসেটটিই ব্যবহার করা হয়েছে।`,
  'warning.remainingExceedsCapacity': `remaining, capacity-এর চেয়ে বেশি।`,
  'warning.severalEvents': str`এখানে ${0}টি Event আছে: প্রথমটি দেখানো হয়েছে।`,
  'warning.timeZoneDisagrees': str`${0}: সেই সময়ে ${1}-এর অফসেট ${2}, ${3} নয়; সময়গুলো নিজেদের অফসেট রাখে এবং কোনো সময় অঞ্চলের নাম দেখায় না।`,
  'warning.unknownCalendar': str`calendar: “${0}” ics, google, outlook, office365, yahoo, none-এর কোনোটি নয়; এটি বাদ দেওয়া হয়েছে।`,
  'warning.unknownDisplayTimeZone': str`time-zone: “${0}” কোনো পরিচিত IANA সময় অঞ্চল নয়; পাঠকের নিজের সময় অঞ্চল দেখানো হয়েছে।`,
  'warning.unknownLanguage': str`${0}: “${1}” কোনো BCP 47 ভাষা ট্যাগ নয়; এটি বাদ দেওয়া হয়েছে।`,
  'warning.unknownStatus': str`${0}: “${1}” schema.org-এর কোনো অনুষ্ঠানের অবস্থা নয়; এটি বাদ দেওয়া হয়েছে।`,
  'warning.unsafeUrl': str`${0}: ${1} দিয়ে শুরু হওয়া লিংক অনুমোদিত নয়; লিংক ছাড়াই দেখানো হয়েছে।`,
  'warning.urlWithCredentials': str`${0}: ব্যবহারকারীর নাম বা পাসওয়ার্ডসহ লিংক অনুমোদিত নয়; লিংক ছাড়াই দেখানো হয়েছে।`,
};
