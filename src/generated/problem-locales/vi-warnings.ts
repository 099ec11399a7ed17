// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: “${0}” không phải là số mili giây từ 1 đến 2147483647; thẻ sẽ chờ ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: “${0}” không phải là số nguyên từ 1 đến 6; tiêu đề được hiển thị là đề mục cấp ${1}.`,
  'warning.invalidLanguageTag': str`${0}: “${1}” không phải là thẻ ngôn ngữ BCP 47.`,
  'warning.invalidUrl': str`${0} không phải là URL hợp lệ; nội dung được hiển thị không kèm liên kết.`,
  'warning.languageNotLoaded': str`lang: giao diện bằng “${0}” không tải kịp; thẻ đang hiển thị bằng “${1}”.`,
  'warning.offsetContradictsZone': str`${0}: độ lệch ${1} không khớp với độ lệch của ${2} vào thời điểm đó (${3}); đã dùng độ lệch được ghi.`,
  'warning.remainingExceedsCapacity': `remaining lớn hơn capacity.`,
  'warning.severalEvents': str`Có ${0} Event ở đây: đang hiển thị Event đầu tiên.`,
  'warning.timeZoneDisagrees': str`${0}: vào thời điểm đó ${1} có độ lệch ${2}, không phải ${3}; thời gian giữ nguyên độ lệch và không ghi tên múi giờ.`,
  'warning.unknownCalendar': str`calendar: “${0}” không phải là một trong ics, google, outlook, office365, yahoo, none; đã bỏ qua.`,
  'warning.unknownDisplayTimeZone': str`time-zone: “${0}” không phải là múi giờ IANA hợp lệ; đang hiển thị múi giờ của người xem.`,
  'warning.unknownLanguage': str`${0}: “${1}” không phải là thẻ ngôn ngữ BCP 47; đã bỏ qua.`,
  'warning.unknownStatus': str`${0}: “${1}” không phải là trạng thái sự kiện schema.org; đã bỏ qua.`,
  'warning.unsafeUrl': str`${0}: không cho phép liên kết bắt đầu bằng ${1}; nội dung được hiển thị không kèm liên kết.`,
  'warning.urlWithCredentials': str`${0}: không cho phép liên kết chứa tên người dùng hoặc mật khẩu; nội dung được hiển thị không kèm liên kết.`,
};
