/**
 * The forum's plain-text form of a session as a session: a line for the type, labelled
 * lines (`Title of the session 3.2.2: …`, `Date: 01/06/2021`, `Time: 14:05 - 15:35 (UTC-3) /
 * 19:05 - 20:35 (UTC+2)`, `Language: EN/FR/SPA`…), a summary and numbered sections with
 * their "(max. N words)" hints, and a list of documents as Markdown links.
 *
 * Not part of the CDN file: the configurator uses it.
 */
import {formatOffset, ianaZone, offsetAt, type TimeZoneRef} from '../time/zones.js';
import {finish, problem, quote, writeDateTime, type ImportProblem, type ImportResult} from './import-result.js';

export interface TextOptions {
  /**
   * How to read a date like `01/06/2021`: day first (1 June) or month first (6 January).
   * Without it, such a date is read day first, as the forum writes it, with a warning.
   */
  dateOrder?: 'day-first' | 'month-first';
}

type Field =
  | 'title'
  | 'type'
  | 'track'
  | 'labelledTrack'
  | 'organizers'
  | 'speakers'
  | 'date'
  | 'time'
  | 'timeZone'
  | 'platform'
  | 'location'
  | 'capacity'
  | 'registration'
  | 'languages'
  | 'summary'
  | 'url';

/** Labels, as the forum and its neighbours write them; the first that matches wins. */
const LABELS: Array<[RegExp, Field]> = [
  [/^(?:session\s+)?title(?:\s+of\s+(?:the\s+)?session)?(?:\s+(\d[\w.-]*))?$/i, 'title'],
  [/^(?:thematic\s+line|sub-?\s?theme|theme|axis)\b/i, 'labelledTrack'],
  [/^tracks?$/i, 'track'],
  [/^(?:session\s+)?(?:type|format)(?:\s+of\s+(?:the\s+)?session)?$/i, 'type'],
  [/^(?:organi[sz]ers?|organi[sz]ed\s+by|convenors?|hosts?)$/i, 'organizers'],
  [/^(?:speakers?|panell?ists?|presenters?)$/i, 'speakers'],
  [/^date$/i, 'date'],
  [/^(?:time|hours?|schedule)$/i, 'time'],
  [/^time\s*zone$/i, 'timeZone'],
  [/^platform$/i, 'platform'],
  [/^(?:location|venue|room|place)$/i, 'location'],
  [/^capacity(?:\s+of\s+(?:the\s+)?session)?$/i, 'capacity'],
  [/^registration(?:\s+(?:needed|required|link))?$/i, 'registration'],
  [/^languages?$/i, 'languages'],
  [/^(?:(?:short\s+)?summary|abstract)(?:\s+of\s+(?:the\s+)?session)?$/i, 'summary'],
  [/^(?:url|link|web\s*page)$/i, 'url'],
];

/** Language names and the abbreviations forums use for them, by BCP 47 tag. */
const LANGUAGES: Record<string, string> = {
  en: 'en eng english inglés ingles anglais',
  fr: 'fr fra fre french français francais francés frances',
  es: 'es sp spa esp spanish español espanol castellano espagnol',
  pt: 'pt por portuguese português portugues',
  ar: 'ar ara arabic árabe arabe',
  zh: 'zh chi zho cn chinese',
  ru: 'ru rus russian',
  de: 'de ger deu german deutsch',
  it: 'it ita italian italiano',
  ja: 'ja jp jpn japanese',
  ko: 'ko kor korean',
  hi: 'hi hin hindi',
  sw: 'sw swa swahili',
  tr: 'tr tur turkish',
  nl: 'nl dut nld dutch',
  pl: 'pl pol polish',
  ca: 'ca cat catalan català',
};
const LANGUAGE_BY_NAME = new Map(
  Object.entries(LANGUAGES).flatMap(([tag, names]) => names.split(' ').map((name) => [name, tag]))
);

/** Platforms' usual names, by how they are written when shouted or shortened. */
const PLATFORMS: Record<string, string> = {
  zoom: 'Zoom',
  teams: 'Microsoft Teams',
  msteams: 'Microsoft Teams',
  microsoftteams: 'Microsoft Teams',
  meet: 'Google Meet',
  googlemeet: 'Google Meet',
  webex: 'Webex',
  ciscowebex: 'Webex',
  youtube: 'YouTube',
  jitsi: 'Jitsi Meet',
  bigbluebutton: 'BigBlueButton',
  bbb: 'BigBlueButton',
};

const YES = /^(?:yes|y|true|required|needed|s[ií]|oui|sim|ja)\b/i;
const NO = /^(?:no|n|false|not\s+(?:required|needed)|non|não|nein)\b/i;
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
/** A heading's hint for authors: `(max. 250 words)`, `*(if applicable)*`. */
const HINT = /\s*[*_]*\(\s*[*_]*(?:max|maximum|máx|up to|approx|if applicable|optional)[^()]*\)[*_]*/gi;
/** `14:05 - 15:35 (UTC-3)`, `9.00–10.30 GMT+1`, `14h05 to 15h35 (America/Sao_Paulo)`. */
const TIME_RANGE = new RegExp(
  String.raw`(\d{1,2})[:.h](\d{2})\s*(?:-|–|—|to|until)\s*(\d{1,2})[:.h](\d{2})\s*(?:h\s*)?` +
    // the zone: in brackets, or a bare UTC/GMT offset
    String.raw`(?:\(([^)]*)\)|((?:UTC|GMT)\s*(?:[+\-−]\s*\d{1,2}(?::?\d{2})?)?))?`,
  'gi'
);

const trimPeriod = (text: string) => text.replace(/(?<!\.)\.$/, '').trim();
const splitNames = (text: string) =>
  text
    .split(/\s*[,;]\s*/)
    .map(trimPeriod)
    .filter(Boolean);
const headingText = (text: string) =>
  text
    .replace(HINT, '')
    .replace(/\s+of\s+(?:the\s+)?session\s*$/i, '')
    .replace(/:$/, '')
    .trim();

interface Block {
  kind: 'summary' | 'section' | 'documents';
  heading: string;
  lines: string[];
}

/** The forum's plain-text form as a session, checked by the card's reader. */
export function fromText(text: string, options: TextOptions = {}): ImportResult {
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const values = new Map<Field, {label: string; value: string; line: number; code?: string}>();
  const tracks: string[] = [];
  const blocks: Block[] = [];
  let block: Block | undefined;
  let type: string | undefined;
  let nextSection = 1;
  let blankBefore = true;

  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.trim();
      const lineNumber = index + 1;
      const wasBlank = blankBefore;
      blankBefore = line === '';
      if (!line) {
        block?.lines.push('');
        return;
      }
      // `1. Conceptualization of the session *(max. 1000 words)*`: the next number, after a blank line.
      const numbered = /^(\d+)[.)]\s+(.+)$/.exec(line);
      if (numbered && Number(numbered[1]) === nextSection && wasBlank && line.length <= 120) {
        nextSection++;
        const heading = headingText(numbered[2]);
        block = {
          kind: /document|reference|resource|reading|bibliograph/i.test(heading) ? 'documents' : 'section',
          heading,
          lines: [],
        };
        blocks.push(block);
        return;
      }
      const labelled = /^([^:]{1,80}?)\s*:\s*(.*)$/.exec(line);
      const label =
        labelled &&
        labelled[1]
          .replace(HINT, '')
          .replace(/^[*_]+|[*_]+$/g, '')
          .trim();
      const known = label ? LABELS.find(([pattern]) => pattern.test(label)) : undefined;
      if (labelled && label && (known || !block)) {
        const value = labelled[2].trim();
        const field = known?.[1];
        if (field === 'labelledTrack') {
          if (value) tracks.push(`${label}: ${trimPeriod(value)}`);
        } else if (field === 'track') {
          tracks.push(...splitNames(value));
        } else if (!value && (field === 'summary' || !field)) {
          // `Short summary of the session (max. 250 words):` and its paragraphs below.
          block = {kind: field ? 'summary' : 'section', heading: headingText(label), lines: []};
          blocks.push(block);
        } else if (field) {
          values.set(field, {label, value, line: lineNumber, code: known[0].exec(label)?.[1]});
          block = undefined;
        } else {
          warnings.push(
            problem(
              'unknown-label',
              label,
              `Line ${lineNumber}: ${quote(label)} is no field the card knows; the line was left out.`,
              {line: lineNumber}
            )
          );
        }
        return;
      }
      if (block) block.lines.push(line);
      else if (type === undefined && values.size === 0) type = line;
      else {
        warnings.push(
          problem(
            'unknown-line',
            `line ${lineNumber}`,
            `Line ${lineNumber} has no label the card knows; it was left out.`,
            {
              line: lineNumber,
            }
          )
        );
      }
    });

  const get = (field: Field) => values.get(field)?.value || undefined;
  const title = values.get('title');
  const times = readTimes(values.get('date'), values.get('time'), values.get('timeZone'), options, errors, warnings);

  const body = (lines: string[]) =>
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  const summary = blocks.find((b) => b.kind === 'summary');
  const documents = blocks
    .filter((b) => b.kind === 'documents')
    .flatMap((b) => b.lines)
    .flatMap((line) => {
      const item = line.replace(/^(?:[-*+•]|\d+[.)])\s+/, '');
      const link = /^\[([^\]]+)\]\(\s*([^)\s]*)\s*\)/.exec(item);
      const title = trimPeriod(link ? link[1] : item);
      // `(#)` is the forum's "no link yet": the document is named, without a link.
      const url = link ? link[2] : /^https?:\/\/\S+$/.test(item) ? item : undefined;
      return title ? [{title, url: url && url !== '#' ? url : undefined}] : [];
    });
  if (errors.length > 0 || !times) return {errors};

  const capacity = values.get('capacity');
  const capacityCount = capacity && /\d+/.exec(capacity.value.replace(/[\s,.](?=\d{3}\b)/g, ''))?.[0];
  if (capacity && !capacityCount) {
    warnings.push(
      problem(
        'invalid-capacity',
        capacity.label,
        `${quote(capacity.value)} is not a number of seats; it was left out.`,
        {
          line: capacity.line,
        }
      )
    );
  }

  const platform = platformOf(get('platform'));
  const location = get('location');
  return finish(
    {
      title: title && trimPeriod(title.value),
      id: title?.code,
      type: get('type') ?? type,
      tracks,
      start: writeDateTime(times.start, times.offset),
      end: writeDateTime(times.end, times.offset),
      timeZone: times.zone,
      attendance: platform && location ? 'hybrid' : platform ? 'online' : location && 'in-person',
      platform,
      location,
      capacity: capacityCount ? Number(capacityCount) : undefined,
      registration: registrationOf(values.get('registration'), warnings),
      languages: languagesOf(values.get('languages'), warnings),
      organizers: splitNames(get('organizers') ?? ''),
      speakers: splitNames(get('speakers') ?? '').map((speaker) => {
        const [, name, affiliation] = /^(.*?)\s*(?:\(([^)]*)\))?$/.exec(speaker)!;
        return {name, affiliation: affiliation || undefined};
      }),
      summary: get('summary') ?? (summary && body(summary.lines)),
      sections: blocks
        .filter((b) => b.kind === 'section')
        .flatMap(({heading, lines}) => (body(lines) ? [{heading, body: body(lines)}] : [])),
      documents,
      url: get('url'),
    },
    warnings
  );
}

function platformOf(value: string | undefined): string | {name: string; url: string} | undefined {
  if (!value) return undefined;
  const url = /https?:\/\/[^\s)>\]]+/.exec(value)?.[0];
  const written = value
    .replace(url ?? '', '')
    .replace(/[()<>[\]]/g, '')
    .trim();
  const name = PLATFORMS[written.toLowerCase().replace(/\s+/g, '')] ?? written;
  if (!url) return name;
  return {name: name || url, url};
}

function registrationOf(
  entry: {label: string; value: string; line: number} | undefined,
  warnings: ImportProblem[]
): {required: boolean; url?: string} | undefined {
  if (!entry) return undefined;
  const url = /https?:\/\/\S+/.exec(entry.value)?.[0];
  if (NO.test(entry.value)) return {required: false, url};
  if (YES.test(entry.value) || url) return {required: true, url};
  warnings.push(
    problem(
      'invalid-registration',
      entry.label,
      `${quote(entry.value)} says neither yes nor no, nor gives a link; registration was left out.`,
      {line: entry.line}
    )
  );
  return undefined;
}

function languagesOf(
  entry: {label: string; value: string; line: number} | undefined,
  warnings: ImportProblem[]
): string[] {
  if (!entry) return [];
  const tags = entry.value
    .split(/\s*(?:[/,;&+|]|\s(?:and|y|et|e|und)\s)\s*/i)
    .filter(Boolean)
    .flatMap((word) => {
      const tag = LANGUAGE_BY_NAME.get(word.toLowerCase());
      if (tag) return [tag];
      warnings.push(
        problem(
          'unknown-language',
          entry.label,
          `${quote(word)} is no language the importer knows; it was left out. ` +
            'Add its BCP 47 tag (e.g. pt-BR) to languages.',
          {line: entry.line, value: word}
        )
      );
      return [];
    });
  return [...new Set(tags)];
}

interface Times {
  start: number;
  end: number;
  /** The offset to write them at: the first zone's. */
  offset: number;
  zone?: string;
}

/** A Date and a Time line as two instants; every zone on the Time line must name the same ones. */
function readTimes(
  date: {label: string; value: string; line: number} | undefined,
  time: {label: string; value: string; line: number} | undefined,
  zoneEntry: {label: string; value: string; line: number} | undefined,
  options: TextOptions,
  errors: ImportProblem[],
  warnings: ImportProblem[]
): Times | undefined {
  const fail = (code: string, path: string, message: string, details?: Record<string, string | number>) => {
    errors.push(problem(code, path, message, details));
    return undefined;
  };
  if (!date) return fail('missing-field', 'Date', 'There is no Date line: add one, as in “Date: 2021-06-01”.');
  if (!time) {
    return fail('missing-field', 'Time', 'There is no Time line: add one, as in “Time: 14:05 - 15:35 (UTC-3)”.');
  }
  const day = readDate(date.value, options, (message) => fail('invalid-date', date.label, message), warnings, date);
  if (!day) return undefined;

  const ranges = [...time.value.matchAll(TIME_RANGE)];
  if (ranges.length === 0) {
    return fail(
      'invalid-time',
      time.label,
      `${quote(time.value)} is not a time range with its UTC offset: write it as “14:05 - 15:35 (UTC-3)”.`
    );
  }
  const named = zoneEntry?.value;
  const readings: Array<{start: number; end: number; offset: number; zone?: TimeZoneRef; name: string; text: string}> =
    [];
  for (const range of ranges) {
    const [text, h1, m1, h2, m2] = range;
    const zoneText = (range[5] ?? range[6] ?? named ?? '').trim();
    // `UTC-3`, `GMT+05:30`, `UTC` (and any words after it: `UTC-3, Buenos Aires`).
    const utc = /^(?:UTC|GMT)\s*(?:([+\-−])\s*(\d{1,2})(?::?(\d{2}))?)?(?![\d:])/i.exec(zoneText);
    const zone = utc ? undefined : ianaZone(zoneText);
    if (!utc && !zone) {
      return zoneText
        ? fail(
            'unknown-time-zone',
            time.label,
            `${quote(zoneText)} is neither a UTC offset (UTC-3) nor an IANA time zone (America/Argentina/Cordoba): ` +
              'write one of them after the times.',
            {zone: zoneText}
          )
        : fail(
            'missing-offset',
            time.label,
            `${quote(text.trim())} gives no UTC offset, so it names no instant: add it, as in “14:05 - 15:35 (UTC-3)”.`
          );
    }
    const fixed = utc ? (utc[1] === '+' ? 1 : -1) * (Number(utc[2] ?? 0) * 60 + Number(utc[3] ?? 0)) : 0;
    // Wall-clock minutes of the day as UTC milliseconds, then shifted by the zone's offset there.
    const wall = (h: string, m: string) => Date.UTC(day.year, day.month - 1, day.day, Number(h), Number(m));
    const instant = (wallMs: number) =>
      zone ? wallMs - offsetAt(zone, wallMs - offsetAt(zone, wallMs) * 60_000) * 60_000 : wallMs - fixed * 60_000;
    if (Number(h1) > 23 || Number(h2) > 24 || Number(m1) > 59 || Number(m2) > 59) {
      return fail('invalid-time', time.label, `${quote(text.trim())} is not a time of day: correct it.`);
    }
    const start = instant(wall(h1, m1));
    let end = instant(wall(h2, m2));
    if (end <= start) end += 24 * 3_600_000; // past midnight
    const offset = zone ? offsetAt(zone, start) : fixed;
    readings.push({start, end, offset, zone: zone ?? undefined, name: zoneText, text: text.trim()});
  }
  const [first, ...others] = readings;
  // The date is the first zone's: in another the same instant may fall on the day before or after.
  const clock = (ms: number, offset: number) => new Date(ms + offset * 60_000).toISOString().slice(11, 16);
  for (const other of others) {
    const offset = other.zone ? offsetAt(other.zone, first.start) : other.offset;
    if (
      clock(first.start, offset) !== clock(other.start, offset) ||
      clock(first.end, offset) !== clock(other.end, offset)
    ) {
      return fail(
        'zones-disagree',
        time.label,
        `${quote(first.text)} and ${quote(other.text)} are not the same times: ` +
          `${clock(first.start, first.offset)} at ${formatOffset(first.offset)} is ` +
          `${clock(first.start, offset)} at ${formatOffset(offset)}. Correct one of them.`
      );
    }
  }

  // The zone as written: Intl's canonical name may be an older alias (America/Cordoba).
  let zone = readings.find((r) => r.zone)?.name;
  if (!zone && named) {
    const known = ianaZone(named);
    const zoneOffset = known && offsetAt(known, first.start);
    if (known && zoneOffset === first.offset && offsetAt(known, first.end) === first.offset) {
      zone = named;
    } else {
      warnings.push(
        known
          ? problem(
              'time-zone-disagrees',
              zoneEntry.label,
              `${quote(named)} is at ${formatOffset(zoneOffset!)} then, but the Time line says ` +
                `${formatOffset(first.offset)}; the times keep the offset and the session names no zone. Correct one.`
            )
          : problem(
              'unknown-time-zone',
              zoneEntry.label,
              `${quote(named)} is not a known IANA time zone; the session names none. ` +
                'Write one like America/Argentina/Cordoba.'
            )
      );
    }
  }
  if (!zone) {
    warnings.push(
      problem(
        'no-time-zone',
        time.label,
        `UTC offsets name the instants but no time zone: the session keeps ${formatOffset(first.offset)} and names ` +
          'no place. Add timeZone (the IANA zone, e.g. America/Argentina/Cordoba) to show where it takes place.',
        {offset: formatOffset(first.offset), line: time.line}
      )
    );
  }
  return {start: first.start, end: first.end, offset: first.offset, zone};
}

function readDate(
  text: string,
  options: TextOptions,
  fail: (message: string) => undefined,
  warnings: ImportProblem[],
  entry: {label: string; line: number}
): {year: number; month: number; day: number} | undefined {
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  const dayMonth = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text);
  const monthDay = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (iso) {
    [year, month, day] = iso.slice(1).map(Number);
  } else if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    year = Number(numeric[3]);
    const monthFirst = options.dateOrder ? options.dateOrder === 'month-first' : a <= 12 && b > 12;
    [month, day] = monthFirst ? [a, b] : [b, a];
    if (!options.dateOrder && a <= 12 && b <= 12 && a !== b) {
      const read = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const name = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      warnings.push(
        problem(
          'date-order-assumed',
          entry.label,
          `${quote(text)} could be day first or month first; it was read day first, as ${name}. ` +
            `Write it as ${read}, or say which order the text uses (dateOrder).`,
          {value: text, read, line: entry.line}
        )
      );
    }
  } else if (dayMonth && monthIndex(dayMonth[2])) {
    [year, month, day] = [Number(dayMonth[3]), monthIndex(dayMonth[2]), Number(dayMonth[1])];
  } else if (monthDay && monthIndex(monthDay[1])) {
    [year, month, day] = [Number(monthDay[3]), monthIndex(monthDay[1]), Number(monthDay[2])];
  } else {
    return fail(`${quote(text)} is not a date: write it as 2021-06-01.`);
  }
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return fail(`${quote(text)} is not a real date: write it as 2021-06-01.`);
  }
  return {year, month, day};
}
