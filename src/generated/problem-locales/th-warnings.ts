// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: “${0}” ไม่ใช่จำนวนมิลลิวินาทีตั้งแต่ 1 ถึง 2147483647 การ์ดจึงรอ ${1}`,
  'warning.invalidHeadingLevel': str`heading-level: “${0}” ไม่ใช่จำนวนเต็มตั้งแต่ 1 ถึง 6 ชื่อเซสชันจึงเป็นหัวข้อระดับ ${1}`,
  'warning.invalidLanguageTag': str`${0}: “${1}” ไม่ใช่แท็กภาษาตาม BCP 47`,
  'warning.invalidUrl': str`${0} ไม่ใช่ URL ที่ถูกต้อง จึงแสดงโดยไม่มีลิงก์`,
  'warning.languageNotLoaded': str`lang: อินเทอร์เฟซภาษา “${0}” โหลดไม่ทันเวลา การ์ดจึงแสดงเป็นภาษา “${1}”`,
  'warning.offsetContradictsZone': str`${0}: ส่วนต่างเวลา ${1} ไม่ตรงกับส่วนต่างเวลาของ ${2} ณ เวลานั้น (${3}) จึงใช้ส่วนต่างเวลาที่ระบุไว้`,
  'warning.remainingExceedsCapacity': `remaining มากกว่า capacity`,
  'warning.severalEvents': str`พบ Event ${0} รายการในข้อมูลนี้: แสดงรายการแรก`,
  'warning.timeZoneDisagrees': str`${0}: ณ เวลานั้น ${1} มีส่วนต่างเวลาเป็น ${2} ไม่ใช่ ${3} จึงแสดงเวลาตามส่วนต่างเวลาที่ระบุโดยไม่ระบุเขตเวลา`,
  'warning.unknownCalendar': str`calendar: “${0}” ไม่ใช่ค่าใดค่าหนึ่งใน ics, google, outlook, office365, yahoo, none จึงข้ามค่านี้`,
  'warning.unknownDisplayTimeZone': str`time-zone: “${0}” ไม่ใช่เขตเวลา IANA ที่รู้จัก จึงแสดงตามเขตเวลาของผู้อ่านแทน`,
  'warning.unknownLanguage': str`${0}: “${1}” ไม่ใช่แท็กภาษาตาม BCP 47 จึงข้ามค่านี้`,
  'warning.unknownStatus': str`${0}: “${1}” ไม่ใช่สถานะกิจกรรมของ schema.org จึงข้ามค่านี้`,
  'warning.unsafeUrl': str`${0}: ไม่อนุญาตลิงก์ที่ขึ้นต้นด้วย ${1} จึงแสดงโดยไม่มีลิงก์`,
  'warning.urlWithCredentials': str`${0}: ไม่อนุญาตลิงก์ที่มีชื่อผู้ใช้หรือรหัสผ่าน จึงแสดงโดยไม่มีลิงก์`,
};
