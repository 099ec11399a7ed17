/**
 * Words for people, in the card's language, for each problem code. The card loads this
 * module only when it has a problem to describe (./problem-words.ts): a valid session never
 * pays for the words of every problem in eight languages. Their translations come with it.
 */
import {msg, str} from '@lit/localize';
import type {Problem} from '../contract/problems.js';
import {isolateQuoted} from './bidi.js';
import {formatDuration} from './durations.js';
import {activeUiLocale, addTranslations} from './localization.js';
import {plural} from './plural.js';
import * as ar from '../generated/problem-locales/ar.js';
import * as arWarnings from '../generated/problem-locales/ar-warnings.js';
import * as de from '../generated/problem-locales/de.js';
import * as deWarnings from '../generated/problem-locales/de-warnings.js';
import * as es from '../generated/problem-locales/es.js';
import * as esWarnings from '../generated/problem-locales/es-warnings.js';
import * as fr from '../generated/problem-locales/fr.js';
import * as frWarnings from '../generated/problem-locales/fr-warnings.js';
import * as pt from '../generated/problem-locales/pt.js';
import * as ptWarnings from '../generated/problem-locales/pt-warnings.js';
import * as ru from '../generated/problem-locales/ru.js';
import * as ruWarnings from '../generated/problem-locales/ru-warnings.js';
import * as zhHans from '../generated/problem-locales/zh-Hans.js';
import * as zhHansWarnings from '../generated/problem-locales/zh-Hans-warnings.js';

// The problem words of the built-in languages come with the describer: errors, then warnings.
addTranslations({ar, de, es, fr, pt, ru, 'zh-Hans': zhHans});
addTranslations({
  ar: arWarnings,
  de: deWarnings,
  es: esWarnings,
  fr: frWarnings,
  pt: ptWarnings,
  ru: ruWarnings,
  'zh-Hans': zhHansWarnings,
});

/** A problem as hosts receive it in `session-card-error` and `session-card-warning`. */
export interface ProblemReport {
  /** Stable kebab-case name for programs: `end-before-start`. */
  code: string;
  /**
   * Where: a path in the session (`documents[3].url`), the name of the card's own attribute
   * at fault (`fetch-timeout`), or empty for the whole input.
   */
  path: string;
  /**
   * What is wrong, in the card's language. Every value it quotes from the input (a field's
   * path, a zone name, a tag, a scheme…) sits between FSI (U+2068) and PDI (U+2069), so
   * that no bidi control or right-to-left text in it reorders the message's own words:
   * shown as it is, in an element of its own, it reads right.
   */
  message: string;
}

export function reportProblem(problem: Problem): ProblemReport {
  return {code: problem.code, path: problem.path, message: describeProblem(problem)};
}

function typeName(type: string): string {
  switch (type) {
    case 'string':
      return msg('text', {id: 'type.string'});
    case 'text':
      return msg('text, or a map of translations', {id: 'type.text'});
    case 'integer':
      return msg('a whole number', {id: 'type.integer'});
    case 'number':
      return msg('a number', {id: 'type.number'});
    case 'boolean':
      return msg('true or false', {id: 'type.boolean'});
    case 'object':
      return msg('an object', {id: 'type.object'});
    case 'array':
      return msg('a list', {id: 'type.array'});
    case 'null':
      return msg('null', {id: 'type.null'});
    case 'bigint':
      return msg('a BigInt', {id: 'type.bigint'});
    case 'function':
      return msg('a function', {id: 'type.function'});
    case 'symbol':
      return msg('a symbol', {id: 'type.symbol'});
    default:
      return msg('nothing', {id: 'type.undefined'});
  }
}

export function describeProblem({code, path, details = {}}: Problem): string {
  const field = path ? isolateQuoted(path) : msg('the session', {id: 'path.root'});
  // Every value a message shows from the problem is isolated; `raw` is for those read as data (types, numbers).
  const raw = details as Record<string, string>;
  const d = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, isolateQuoted(value)]));
  switch (code) {
    case 'malformed-json':
      return msg(str`The JSON is malformed at line ${d.line}, column ${d.column}.`, {id: 'error.malformedJson'});
    case 'missing-field':
      return msg(str`${field} is missing.`, {id: 'error.missingField'});
    case 'wrong-type': {
      const expected = raw.expected.split('|').map(typeName).join(' / ');
      const actual = typeName(raw.actual);
      return msg(str`${field} should be ${expected}, not ${actual}.`, {id: 'error.wrongType'});
    }
    case 'invalid-value':
      return msg(str`${field} must be one of: ${d.allowed}.`, {id: 'error.invalidValue'});
    case 'empty-value':
      return msg(str`${field} is empty.`, {id: 'error.emptyValue'});
    case 'out-of-range':
      return msg(str`${field} must be zero or more.`, {id: 'error.outOfRange'});
    case 'missing-offset':
      return msg(str`${field} is not a date with a UTC offset: add Z or ±HH:MM, as in 2021-06-01T14:05:00-03:00.`, {
        id: 'error.missingOffset',
      });
    case 'invalid-date-time':
      return msg(str`${field} is not an ISO 8601 date-time like 2021-06-01T14:05:00-03:00.`, {
        id: 'error.invalidDateTime',
      });
    case 'invalid-date':
      return msg(str`${field} is not a real date or time.`, {id: 'error.invalidDate'});
    case 'end-before-start':
      return msg('end is before start: the session must end after it starts.', {id: 'error.endBeforeStart'});
    case 'unknown-time-zone':
      return msg(str`${field}: “${d.zone}” is not a known IANA time zone.`, {id: 'error.unknownTimeZone'});
    case 'zone-contradicts-offset':
      return msg(str`${field}: the offset ${d.offset} is not ${d.zone}'s offset at that time (${d.zoneOffset}).`, {
        id: 'error.zoneContradictsOffset',
      });
    case 'fetch-failed':
      return msg(str`The session could not be loaded: the server answered ${d.status}.`, {id: 'error.fetchFailed'});
    case 'network-error':
      return msg('The session could not be loaded: the network request failed.', {id: 'error.networkError'});
    case 'fetch-timeout': {
      const duration = formatDuration(activeUiLocale(), Number(raw.ms));
      return msg(str`The session could not be loaded: no answer after ${duration}.`, {id: 'error.fetchTimeout'});
    }
    case 'unexpected-content-type':
      return msg(str`The session file is not JSON: it was served as ${d.type}.`, {id: 'error.unexpectedContentType'});
    case 'response-too-large':
      return msg(str`The session file is too large: over ${d.limit}.`, {id: 'error.responseTooLarge'});
    case 'unsafe-url':
      if (raw.reason === 'credentials') {
        return msg(str`${field}: links with a user name or password are not allowed; shown without a link.`, {
          id: 'warning.urlWithCredentials',
        });
      }
      return msg(str`${field}: links starting with ${d.scheme} are not allowed; shown without a link.`, {
        id: 'warning.unsafeUrl',
      });
    case 'invalid-url':
      return msg(str`${field} is not a valid URL; shown without a link.`, {id: 'warning.invalidUrl'});
    case 'offset-contradicts-zone':
      return msg(
        // eslint-disable-next-line @stylistic/max-len -- one message, the text translators work from, on one line
        str`${field}: the offset ${d.offset} is not ${d.zone}'s offset at that time (${d.zoneOffset}); the offset was used.`,
        {id: 'warning.offsetContradictsZone'}
      );
    case 'invalid-language-tag':
      return msg(str`${field}: “${d.tag}” is not a BCP 47 language tag.`, {id: 'warning.invalidLanguageTag'});
    case 'remaining-exceeds-capacity':
      return msg('remaining is larger than capacity.', {id: 'warning.remainingExceedsCapacity'});
    case 'unknown-display-time-zone':
      return msg(str`time-zone: “${d.zone}” is not a known IANA time zone; the reader's own zone is shown.`, {
        id: 'warning.unknownDisplayTimeZone',
      });
    case 'unreadable-value':
      return msg(str`${field} could not be read: reading it from script threw an error.`, {
        id: 'error.unreadableValue',
      });
    case 'circular-value':
      return msg(str`${field} contains itself: a session cannot be circular.`, {id: 'error.circularValue'});
    case 'nested-too-deeply':
      return msg(str`${field} is nested more than ${d.limit} levels deep: no session is.`, {
        id: 'error.nestedTooDeeply',
      });
    case 'invalid-attribute':
      return describeInvalidAttribute(path, d.value, Number(raw.fallback));
    case 'unknown-calendar':
      return msg(
        str`calendar: “${d.value}” is not one of ics, google, outlook, office365, yahoo, none; it is left out.`,
        {id: 'warning.unknownCalendar'}
      );
    case 'language-not-loaded':
      return msg(
        str`lang: the interface in “${d.language}” did not load in time; the card is shown in “${d.fallback}”.`,
        {
          id: 'warning.languageNotLoaded',
        }
      );
    case 'not-a-schedule':
      return msg('This is not a frab or pretalx schedule: it has no conference days, events or talk with a date.', {
        id: 'error.notASchedule',
      });
    case 'empty-schedule':
      return msg('The schedule holds no sessions yet.', {id: 'error.emptySchedule'});
    case 'session-not-chosen': {
      const sessions = sessionCount(Number(raw.count));
      return msg(str`The schedule holds ${sessions}: choose one with session-id (its guid, code or id).`, {
        id: 'error.sessionNotChosen',
      });
    }
    case 'session-not-found': {
      const sessions = sessionCount(Number(raw.count));
      return msg(str`The schedule holds ${sessions}, none with the guid, code or id “${d.id}”: check session-id.`, {
        id: 'error.sessionNotFound',
      });
    }
    case 'invalid-duration':
      return msg(str`${field} is not a duration: write H:MM, a number of seconds, or PT1H30M.`, {
        id: 'error.invalidDuration',
      });
    case 'missing-time':
      return msg(str`${field} is a date without a time: add the time and its UTC offset.`, {id: 'error.missingTime'});
    case 'no-event':
      return msg('There is no schema.org Event here: its @type must be Event or a kind of Event.', {
        id: 'error.noEvent',
      });
    case 'recurring-event':
      return msg(str`${field}: a repeating Event has no single time to show: give the startDate of one occurrence.`, {
        id: 'error.recurringEvent',
      });
    case 'missing-end':
      return msg(str`${field} is missing: give an endDate with a UTC offset, or a duration.`, {id: 'error.missingEnd'});
    case 'time-zone-disagrees':
      return msg(
        // eslint-disable-next-line @stylistic/max-len -- one message, the text translators work from, on one line
        str`${field}: ${d.zone} is at ${d.zoneOffset} at that time, not ${d.offset}; the times keep their offset and name no zone.`,
        {id: 'warning.timeZoneDisagrees'}
      );
    case 'several-events':
      return msg(str`There are ${d.count} Events here: the first is shown.`, {id: 'warning.severalEvents'});
    case 'unknown-status':
      return msg(str`${field}: “${d.value}” is not a schema.org event status; it is left out.`, {
        id: 'warning.unknownStatus',
      });
    case 'unknown-language':
      return msg(str`${field}: “${d.value}” is not a BCP 47 language tag; it is left out.`, {
        id: 'warning.unknownLanguage',
      });
  }
}

/** "36 sessions", with the plural the language needs. */
function sessionCount(count: number): string {
  const n = new Intl.NumberFormat(activeUiLocale()).format(count);
  return plural(activeUiLocale(), count, {
    zero: () => msg(str`${n} sessions`, {id: 'error.sessionCount.zero'}),
    one: () => msg(str`${n} session`, {id: 'error.sessionCount.one'}),
    two: () => msg(str`${n} sessions`, {id: 'error.sessionCount.two'}),
    few: () => msg(str`${n} sessions`, {id: 'error.sessionCount.few'}),
    many: () => msg(str`${n} sessions`, {id: 'error.sessionCount.many'}),
    other: () => msg(str`${n} sessions`, {id: 'error.sessionCount.other'}),
  });
}

function describeInvalidAttribute(attribute: string, value: string, fallback: number): string {
  if (attribute === 'heading-level') {
    return msg(
      str`heading-level: “${value}” is not a whole number from 1 to 6; the title is a level ${fallback} heading.`,
      {
        id: 'warning.invalidHeadingLevel',
      }
    );
  }
  const duration = formatDuration(activeUiLocale(), fallback);
  return msg(
    str`fetch-timeout: “${value}” is not a number of milliseconds from 1 to 2147483647; the card waits ${duration}.`,
    {id: 'warning.invalidFetchTimeout'}
  );
}
