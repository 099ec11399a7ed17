// Do not modify this file by hand!
// Made by scripts/split-locale-modules.js from what lit-localize build writes.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  'warning.invalidFetchTimeout': str`fetch-timeout: «${0}» δεν είναι αριθμός χιλιοστών του δευτερολέπτου από 1 έως 2147483647· η κάρτα περιμένει ${1}.`,
  'warning.invalidHeadingLevel': str`heading-level: «${0}» δεν είναι ακέραιος από 1 έως 6· ο τίτλος είναι επικεφαλίδα επιπέδου ${1}.`,
  'warning.invalidLanguageTag': str`${0}: «${1}» δεν είναι ετικέτα γλώσσας BCP 47.`,
  'warning.invalidUrl': str`${0} δεν είναι έγκυρη διεύθυνση URL· εμφανίζεται χωρίς σύνδεσμο.`,
  'warning.languageNotLoaded': str`lang: η διεπαφή στη γλώσσα «${0}» δεν φορτώθηκε εγκαίρως· η κάρτα εμφανίζεται στη γλώσσα «${1}».`,
  'warning.offsetContradictsZone': str`${0}: η διαφορά ${1} δεν είναι η διαφορά της ζώνης ${2} εκείνη τη στιγμή (${3})· χρησιμοποιήθηκε η διαφορά που δόθηκε.`,
  'warning.remainingExceedsCapacity': `Το remaining είναι μεγαλύτερο από το capacity.`,
  'warning.severalEvents': str`Εδώ υπάρχουν ${0} Events: εμφανίζεται το πρώτο.`,
  'warning.timeZoneDisagrees': str`${0}: η ζώνη ${1} έχει εκείνη τη στιγμή διαφορά ${2}, όχι ${3}· οι ώρες διατηρούν τη διαφορά τους και δεν αναφέρουν ζώνη ώρας.`,
  'warning.unknownCalendar': str`calendar: «${0}» δεν είναι ένα από τα ics, google, outlook, office365, yahoo, none· παραλείπεται.`,
  'warning.unknownDisplayTimeZone': str`time-zone: «${0}» δεν είναι γνωστή ζώνη ώρας IANA· εμφανίζεται η ζώνη ώρας του αναγνώστη.`,
  'warning.unknownLanguage': str`${0}: «${1}» δεν είναι ετικέτα γλώσσας BCP 47· παραλείπεται.`,
  'warning.unknownStatus': str`${0}: «${1}» δεν είναι κατάσταση εκδήλωσης του schema.org· παραλείπεται.`,
  'warning.unsafeUrl': str`${0}: δεν επιτρέπονται σύνδεσμοι που αρχίζουν με ${1}· εμφανίζεται χωρίς σύνδεσμο.`,
  'warning.urlWithCredentials': str`${0}: δεν επιτρέπονται σύνδεσμοι με όνομα χρήστη ή κωδικό πρόσβασης· εμφανίζεται χωρίς σύνδεσμο.`,
};
