/**
 * Property-based tests (fast-check): thousands of random and mutated sessions must never
 * break the card. Each run starts from the seed session and damages it (fields removed,
 * wrong types, huge and empty strings, odd Unicode, nulls, deep nesting, hostile URLs,
 * awkward date-times), or edits the seed's JSON text character by character.
 *
 * Two levels: `readSession`/`readSessionJson` alone (thousands of cases), then the element
 * (a few hundred, one card reused): no exception, no unsafe `href`, and the card shows
 * either the session or the error.
 *
 * The seeds are fixed, so every run tries the same cases. To explore new ones, change
 * SEED_BASE; when a property fails, fast-check prints the seed and the shrunk
 * counterexample: save it in test/regressions/ (see REGRESSIONS below) and it is replayed
 * on every run from then on.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import '../src/session-card.js';
import type {SessionCard} from '../src/index.js';
import type {Session} from '../src/contract/session-schema.js';
import {readSession, readSessionJson, type SessionReading} from '../src/contract/read-session.js';
import {reportProblem} from '../src/i18n/describe-problem.js';
import {seedSession} from './support/seed.js';

/** Change to explore other cases; each property adds its own offset. */
const SEED_BASE = 20250330;

type Path = Array<string | number>;
type Input = {kind: 'value'; value: unknown} | {kind: 'json'; text: string};

// ---------------------------------------------------------------------------------------
// Hostile pieces

const loneSurrogate = fc.integer({min: 0xd800, max: 0xdfff}).map((unit) => String.fromCharCode(unit));
const oddPieces = fc.constantFrom(
  '\u0000', // NUL
  '\u0007',
  '\u001b',
  '\u007f',
  '\u200f', // RIGHT-TO-LEFT MARK
  '\u200e',
  '\u202e', // RIGHT-TO-LEFT OVERRIDE
  '\u2066', // LEFT-TO-RIGHT ISOLATE
  '\u0301', // combining acute
  '\u0489', // combining cyrillic millions sign
  'Z\u0351\u0352\u0357\u0358\u035b\u0363\u0364\u0365', // zalgo
  '\ufeff',
  '\u2028',
  '\u2029',
  '\ufffd',
  '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}',
  '\u{1d54f}',
  '\ufdfd',
  'ẞ',
  'İ',
  'ع',
  '中',
  '<',
  '>',
  '&',
  '&amp;',
  '"',
  "'",
  '`',
  '\\',
  '\t',
  '\n',
  '\r\n',
  ' ',
  '\u00a0'
);
const oddUnit = fc.oneof(oddPieces, loneSurrogate, fc.string({unit: 'binary', minLength: 1, maxLength: 1}));
const oddText = fc.string({unit: oddUnit, maxLength: 30});
const markup = fc.constantFrom(
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '"><svg onload="window.__pwned = 1">',
  '<a href="javascript:window.__pwned = 1">x</a>',
  '{{constructor.constructor("window.__pwned = 1")()}}',
  '${window.__pwned = 1}',
  '<!--',
  '</session-card>',
  '<style>*{display:none}</style>'
);
/** From a thousand to `max` repetitions of one piece: a huge string, without spaces or with. */
const hugeText = (max: number) =>
  fc
    .record({
      piece: fc.oneof(fc.constantFrom('x', 'é', 'word ', '\u0301', 'ع'), oddUnit),
      times: fc.integer({min: Math.min(1_000, max), max}),
    })
    .map(({piece, times}) => piece.repeat(times));

const languageTags = fc.constantFrom(
  'en',
  'fr',
  'es-AR',
  'zh-Hans',
  'ar',
  'x',
  'en_US',
  '',
  '123',
  'i-klingon',
  '__proto__',
  'constructor'
);
const texts = (max: number) =>
  fc.oneof(
    {weight: 4, arbitrary: oddText},
    {weight: 1, arbitrary: fc.constant('')},
    {weight: 2, arbitrary: markup},
    {weight: 1, arbitrary: hugeText(max)},
    {weight: 2, arbitrary: fc.dictionary(fc.oneof(languageTags, oddText), oddText, {maxKeys: 4})}
  );

const urls = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    '\tjava\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\u0000script:alert(1)',
    'javascript&#58;alert(1)',
    '&#x6A;avascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    'about:blank',
    'ftp://example.org/x',
    '//evil.example/x',
    '/path',
    '../x',
    '?q=1',
    '#',
    ' # ',
    '#top',
    '',
    '   ',
    'https://example.org/ok',
    'HTTPS://EXAMPLE.ORG/%00',
    'https://user:pass@example.org/',
    'mailto:someone@example.org',
    'http://[::1',
    'https://exa mple.org',
    '\\\\evil\\x',
    'https:'
  ),
  fc.webUrl(),
  oddText
);

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Mostly well-formed date-times, with every part now and then out of range or missing. */
const dateTimes = fc
  .record({
    year: fc.oneof(fc.integer({min: 2020, max: 2030}), fc.integer({min: 0, max: 9999})),
    month: fc.oneof({weight: 5, arbitrary: fc.integer({min: 1, max: 12})}, fc.integer({min: 0, max: 13})),
    day: fc.oneof({weight: 5, arbitrary: fc.integer({min: 1, max: 28})}, fc.integer({min: 0, max: 32})),
    hour: fc.oneof({weight: 5, arbitrary: fc.integer({min: 0, max: 23})}, fc.integer({min: 0, max: 25})),
    minute: fc.integer({min: 0, max: 60}),
    second: fc.option(fc.integer({min: 0, max: 60})),
    fraction: fc.option(fc.stringMatching(/^\d{1,10}$/)),
    offset: fc.oneof(
      {
        weight: 1,
        arbitrary: fc.constantFrom('Z', '', '+00:00', '-00:00', '+14:00', '-12:00', '+05:45', '+24:00', '+02:60'),
      },
      {
        weight: 3,
        arbitrary: fc
          .record({
            sign: fc.constantFrom('+', '-'),
            hours: fc.integer({min: 0, max: 14}),
            minutes: fc.constantFrom(0, 30, 45),
          })
          .map(({sign, hours, minutes}) => `${sign}${pad(hours, 2)}:${pad(minutes, 2)}`),
      }
    ),
    suffix: fc.option(
      fc.constantFrom(
        '[Europe/Berlin]',
        '[!Europe/Berlin]',
        '[America/Argentina/Cordoba]',
        '[Asia/Kathmandu]',
        '[!Pacific/Chatham]',
        '[Etc/GMT+3]',
        '[UTC]',
        '[europe/berlin]',
        '[Mars/Olympus_Mons]',
        '[u-ca=gregory]',
        '[Europe/Berlin][u-ca=gregory]',
        '[]',
        '[!]'
      )
    ),
  })
  .map(
    ({year, month, day, hour, minute, second, fraction, offset, suffix}) =>
      `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}` +
      (second === null ? '' : `:${pad(second, 2)}${fraction === null ? '' : `.${fraction}`}`) +
      offset +
      (suffix ?? '')
  );

const zoneNames = fc.constantFrom(
  'Europe/Berlin',
  'America/Argentina/Cordoba',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/St_Johns',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Calcutta',
  'UTC',
  'Etc/GMT+12',
  'EST5EDT',
  'europe/berlin',
  'Europe/Berlin ',
  'Mars/Olympus_Mons',
  '+05:30',
  ''
);

/** Arrays and objects nested hundreds or thousands deep. */
const deepNesting = fc.integer({min: 100, max: 5_000}).map((depth) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : {title: value};
  return value;
});

const numbers = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, -1, 1.5, 160, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, 1e308, 5e-324)
);

/** A value of any kind for any field: the right kind now and then, more often not. */
const anyFieldValue = (hugeMax: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    {weight: 6, arbitrary: texts(hugeMax)},
    {weight: 3, arbitrary: urls},
    {weight: 3, arbitrary: dateTimes},
    {weight: 2, arbitrary: zoneNames},
    {weight: 2, arbitrary: numbers},
    {weight: 1, arbitrary: fc.boolean()},
    {weight: 2, arbitrary: fc.constantFrom(null, undefined, [], {}, [null], {name: ''}, {name: 'x', url: null})},
    {weight: 2, arbitrary: fc.array(texts(100), {maxLength: 5})},
    {weight: 1, arbitrary: deepNesting},
    {weight: 2, arbitrary: fc.jsonValue({maxDepth: 3})}
  );

// ---------------------------------------------------------------------------------------
// Mutating the seed

/** Every field the contract knows, including ones the seed leaves out. */
const CONTRACT_PATHS: Path[] = [
  ['title'],
  ['title', 'fr'],
  ['start'],
  ['end'],
  ['timeZone'],
  ['id'],
  ['type'],
  ['tracks'],
  ['tracks', 0],
  ['attendance'],
  ['platform'],
  ['platform', 'name'],
  ['platform', 'url'],
  ['location'],
  ['capacity'],
  ['remaining'],
  ['registration'],
  ['registration', 'required'],
  ['registration', 'url'],
  ['languages'],
  ['languages', 1],
  ['organizers'],
  ['organizers', 0],
  ['organizers', 0, 'name'],
  ['organizers', 0, 'url'],
  ['organizers', 3],
  ['speakers'],
  ['speakers', 0, 'name'],
  ['speakers', 0, 'affiliation'],
  ['speakers', 0, 'url'],
  ['speakers', 1],
  ['summary'],
  ['sections'],
  ['sections', 0, 'heading'],
  ['sections', 1, 'body'],
  ['sections', 2],
  ['documents'],
  ['documents', 0, 'title'],
  ['documents', 0, 'url'],
  ['documents', 1, 'url'],
  ['documents', 2],
  ['url'],
  ['$schema'],
  ['__proto__'],
  ['constructor'],
  ['toString'],
  ['unknown field'],
];

type Mutation =
  | {op: 'remove'; pick: number}
  | {op: 'replace'; pick: number; value: unknown}
  | {op: 'set'; path: Path; value: unknown};

const mutations = (hugeMax: number): fc.Arbitrary<Mutation[]> =>
  fc.array(
    fc.oneof(
      fc.record({op: fc.constant('remove' as const), pick: fc.nat()}),
      fc.record({op: fc.constant('replace' as const), pick: fc.nat(), value: anyFieldValue(hugeMax)}),
      fc.record({
        op: fc.constant('set' as const),
        path: fc.constantFrom(...CONTRACT_PATHS),
        value: anyFieldValue(hugeMax),
      })
    ),
    {minLength: 1, maxLength: 6}
  );

/** The paths of every value in the tree (not into deep nesting: 6 levels are plenty). */
function pathsIn(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length > 6 || typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(value)) {
    // An array may carry named keys too (a step set `documents[0].title` on an array).
    const path = [...prefix, Array.isArray(value) && /^\d+$/.test(key) ? Number(key) : key];
    out.push(path);
    pathsIn((value as Record<string, unknown>)[key], path, out);
  }
  return out;
}

function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  let parent: Record<string | number, unknown> = root;
  path.slice(0, -1).forEach((key, index) => {
    let child = parent[key];
    if (typeof child !== 'object' || child === null) {
      child = typeof path[index + 1] === 'number' ? [] : {};
      // defineProperty, not assignment: a key named __proto__ becomes a field, as JSON.parse makes it.
      Object.defineProperty(parent, key, {value: child, enumerable: true, writable: true, configurable: true});
    }
    parent = child as Record<string | number, unknown>;
  });
  Object.defineProperty(parent, path[path.length - 1], {value, enumerable: true, writable: true, configurable: true});
}

function removeAt(root: Record<string, unknown>, path: Path): void {
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = path[path.length - 1];
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete (parent as Record<string | number, unknown>)[last];
}

/**
 * A copy as deep as steps reach (pathsIn goes 7 levels down; deep nesting below is shared),
 * keeping holes, undefined, NaN and -0 as they are.
 */
function copyIn(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth > 8) return value;
  const copy: object = Array.isArray(value) ? new Array(value.length) : {};
  for (const key of Object.keys(value)) {
    const item = copyIn((value as Record<string, unknown>)[key], depth + 1);
    Object.defineProperty(copy, key, {value: item, enumerable: true, writable: true, configurable: true});
  }
  return copy;
}

/**
 * The seed after `steps`. Values are copied in: a generated value (a constant `[]`, or one
 * fast-check replays while shrinking) must not be changed by a later step or case.
 */
function mutate(seed: Session, steps: Mutation[]): Record<string, unknown> {
  const session = structuredClone(seed) as Record<string, unknown>;
  for (const step of steps) {
    if (step.op === 'set') {
      setAt(session, step.path, copyIn(step.value));
      continue;
    }
    const paths = pathsIn(session);
    if (paths.length === 0) continue;
    const path = paths[step.pick % paths.length];
    if (step.op === 'remove') removeAt(session, path);
    else setAt(session, path, copyIn(step.value));
  }
  return session;
}

/** Paths where any text is valid: hostile text the card must show as text, not run or parse. */
const TEXT_PATHS: Path[] = [
  ['title'],
  ['type'],
  ['location'],
  ['summary'],
  ['tracks', 0],
  ['tracks', 2],
  ['sections', 0, 'heading'],
  ['sections', 1, 'body'],
  ['documents', 0, 'title'],
  ['documents', 2, 'title'],
];
const URL_PATHS: Path[] = [['url'], ['registration', 'url'], ['documents', 0, 'url'], ['documents', 1, 'url']];
const NAMED_LINK_PATHS: Path[] = [['platform'], ['organizers', 0], ['organizers', 3], ['speakers', 0], ['speakers', 1]];
const nonEmpty = (text: string) => text || '\u200f';
/** Any instant from year 1 to 9998, written with any offset and, now and then, a non-critical zone. */
const validTimes = fc
  .record({
    // 0001-01-02 to 9998-12-31, so that no offset writes a year outside 0000–9999.
    startMs: fc.integer({min: -62_135_596_800_000 + 86_400_000, max: Date.UTC(9998, 11, 31)}),
    durationMs: fc.oneof(fc.integer({min: 1, max: 3_600_000}), fc.integer({min: 1, max: 40 * 86_400_000})),
    startOffset: fc.integer({min: -14 * 60, max: 14 * 60}),
    endOffset: fc.integer({min: -14 * 60, max: 14 * 60}),
    zone: fc.option(
      fc.constantFrom('[Europe/Berlin]', '[America/St_Johns]', '[Pacific/Chatham]', '[UTC]', '[u-ca=gregory]')
    ),
  })
  .map(({startMs, durationMs, startOffset, endOffset, zone}) => ({
    start: writeDateTime(startMs, startOffset) + (zone ?? ''),
    end: writeDateTime(startMs + durationMs, endOffset) + (zone ?? ''),
  }));

function writeDateTime(epochMs: number, offsetMinutes: number): string {
  const wall = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, -1);
  const abs = Math.abs(offsetMinutes);
  return `${wall}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

/** The seed with hostile content only where it is allowed: most of these remain valid sessions. */
const hostileButValid = (hugeMax: number): fc.Arbitrary<Mutation[]> =>
  fc
    .array(
      fc.oneof(
        fc.record({op: fc.constant('set' as const), path: fc.constantFrom(...TEXT_PATHS), value: texts(hugeMax)}),
        fc.record({op: fc.constant('set' as const), path: fc.constantFrom(...URL_PATHS), value: urls}),
        fc.record({
          op: fc.constant('set' as const),
          path: fc.constantFrom(...NAMED_LINK_PATHS),
          value: fc.record(
            {name: oddText.map(nonEmpty), url: urls, affiliation: texts(1_000)},
            {requiredKeys: ['name']}
          ),
        }),
        fc.record({
          op: fc.constant('set' as const),
          path: fc.constant<Path>(['languages', 1]),
          value: oddText.map(nonEmpty),
        }),
        fc.record({
          op: fc.constant('set' as const),
          path: fc.constant<Path>(['timeZone']),
          value: fc.constantFrom('Asia/Kathmandu', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'),
        }),
        validTimes.map(({start, end}): Mutation[] => [
          {op: 'set', path: ['start'], value: start},
          {op: 'set', path: ['end'], value: end},
        ])
      ),
      {minLength: 1, maxLength: 12}
    )
    .map((steps) => steps.flat());

/** A session built from nothing: any of the contract's fields, each with any value. */
const sessionsFromScratch = (hugeMax: number) =>
  fc.dictionary(
    fc.oneof(
      {weight: 5, arbitrary: fc.constantFrom(...new Set(CONTRACT_PATHS.map(([key]) => String(key))))},
      {weight: 1, arbitrary: oddText}
    ),
    anyFieldValue(hugeMax),
    {maxKeys: 12}
  );

/** Anything at all set on the `session` property from script. */
const anythingAtAll = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withTypedArray: true,
  withSparseArray: true,
  withDate: true,
  withBigInt: true,
  maxDepth: 4,
});

type JsonEdit =
  | {op: 'insert' | 'replace'; at: number; text: string}
  | {op: 'delete'; at: number; length: number}
  | {op: 'truncate'; at: number};
const jsonEdits = fc.array(
  fc.oneof(
    fc.record({
      op: fc.constantFrom('insert' as const, 'replace' as const),
      at: fc.nat(),
      text: fc.oneof(
        fc.constantFrom(
          '"',
          ',',
          '{',
          '}',
          '[',
          ']',
          ':',
          '\\',
          '\\u',
          '\\ud800',
          '\n',
          '\u0000',
          'null',
          'true',
          '-',
          '0',
          '1e999',
          '.',
          ' ',
          '/*',
          '\u2028',
          '\ufeff'
        ),
        oddText
      ),
    }),
    fc.record({op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({min: 1, max: 40})}),
    fc.record({op: fc.constant('truncate' as const), at: fc.nat()})
  ),
  {minLength: 1, maxLength: 5}
);

function editJson(text: string, edits: JsonEdit[]): string {
  for (const edit of edits) {
    const at = edit.at % (text.length + 1);
    if (edit.op === 'insert') text = text.slice(0, at) + edit.text + text.slice(at);
    else if (edit.op === 'replace') text = text.slice(0, at) + edit.text + text.slice(at + edit.text.length);
    else if (edit.op === 'delete') text = text.slice(0, at) + text.slice(at + edit.length);
    else text = text.slice(0, at);
  }
  return text;
}

// ---------------------------------------------------------------------------------------
// What must hold

/** Counts the cases every property ran, for the line printed at the end. */
const casesRun = {pure: 0, element: 0};
/** How many readings were a session and how many errors: both must be common for the properties to bite. */
const outcomes = {sessions: 0, errors: 0};
const shownOutcomes = {sessions: 0, errors: 0};

const KEBAB_CASE = /^[a-z]+(?:-[a-z]+)*$/;
/** `''`, `title`, `documents[3].url`, `title["fr-CA"]`: what validate-schema.ts writes. */
const PATH =
  /^(?:(?:[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])(?:\.[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])*)?$/s;
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

function fail(message: string): never {
  throw new Error(message);
}

/** The href is absolute (parses with no base, unchanged) and has an allowed scheme. */
function checkHref(href: string | null, where: string): void {
  if (href === null) return fail(`${where}: an href attribute with no value`);
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return fail(`${where}: href ${JSON.stringify(href)} is not absolute`);
  }
  if (!ALLOWED_SCHEMES.has(url.protocol)) fail(`${where}: href ${JSON.stringify(href)} has scheme ${url.protocol}`);
  if (url.href !== href) fail(`${where}: href ${JSON.stringify(href)} is not in its absolute form (${url.href})`);
}

/** What readSession and readSessionJson must always return. */
function checkReading(reading: SessionReading): void {
  if (!Array.isArray(reading.errors) || !Array.isArray(reading.warnings)) fail('errors and warnings must be lists');
  if (reading.session && reading.errors.length > 0) fail('a session and errors at once');
  if (!reading.session && reading.errors.length === 0) fail('neither a session nor an error');
  for (const problem of [...reading.errors, ...reading.warnings]) {
    const shown = JSON.stringify(problem);
    if (!KEBAB_CASE.test(problem.code)) fail(`code not kebab-case: ${shown}`);
    if (typeof problem.path !== 'string' || !PATH.test(problem.path)) fail(`bad path: ${shown}`);
    // The words the card shows: a missing detail would read "undefined".
    const {message} = reportProblem(problem);
    if (typeof message !== 'string' || !message.trim()) fail(`no message for ${shown}`);
    if (message.includes('undefined') && !shown.includes('undefined'))
      fail(`message "${message}" lacks a detail of ${shown}`);
  }
  const {session} = reading;
  outcomes[session ? 'sessions' : 'errors']++;
  if (session) {
    const {start, end} = session;
    if (!Number.isFinite(start.epochMs) || !Number.isFinite(end.epochMs) || !(start.epochMs < end.epochMs)) {
      fail(`instants out of order: ${start.epochMs} → ${end.epochMs}`);
    }
    for (const [path, href] of session.hrefs) checkHref(href, path);
  }
}

// ---------------------------------------------------------------------------------------
// The card

/** Elements and attributes text from a session must never become. */
const FORBIDDEN_ELEMENTS =
  'script, iframe, img, object, embed, svg, math, style, link, base, meta, form, frame, video, audio';

const uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

interface CardHarness {
  el: SessionCard;
  events: string[];
  previous?: Input;
}

/**
 * One card for every case of a describe block, kept in the document (open-wc's fixtures are
 * removed after each test, and a card out of the document announces nothing).
 */
async function newHarness(): Promise<CardHarness> {
  const el = document.createElement('session-card');
  el.lang = 'en';
  document.body.append(el);
  await el.updateComplete;
  const harness: CardHarness = {el, events: []};
  for (const type of ['session-card-load', 'session-card-error'] as const) {
    el.addEventListener(type, () => harness.events.push(type));
  }
  return harness;
}

/** Gives the card `input` and checks what it shows. */
async function showOnCard(harness: CardHarness, input: Input): Promise<void> {
  const {el} = harness;
  harness.events.length = 0;
  uncaught.length = 0;
  if (input.kind === 'value') {
    el.removeAttribute('session');
    el.session = input.value as Session;
  } else {
    el.session = undefined;
    el.setAttribute('session', input.text);
  }
  await el.updateComplete;
  const {previous} = harness;
  const sameAsBefore =
    input.kind === 'value'
      ? previous?.kind === 'value' && Object.is(previous.value, input.value)
      : previous?.kind === 'json' && previous.text === input.text;
  harness.previous = input;
  casesRun.element++;

  if (uncaught.length) fail(`uncaught: ${uncaught.map(String).join('; ')}`);
  const root = el.shadowRoot!;
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) fail(`<${element.localName} ${attribute.name}> in the card`);
    }
  }
  const forbidden = root.querySelector(FORBIDDEN_ELEMENTS);
  if (forbidden) fail(`<${forbidden.localName}> in the card`);
  if ((window as {__pwned?: unknown}).__pwned !== undefined) fail('a script from the data ran');
  for (const linked of root.querySelectorAll('[href], [src], [action], [formaction]')) {
    if (!linked.hasAttribute('href') || linked.localName !== 'a') fail(`<${linked.localName}> with a URL attribute`);
    checkHref(linked.getAttribute('href'), `<a> ${JSON.stringify(linked.textContent?.slice(0, 60))}`);
  }

  if (input.kind === 'value' && (input.value === undefined || input.value === null)) {
    if (!root.querySelector('[role=status]')) fail('no session: the card should say so');
    return;
  }
  const expected =
    input.kind === 'value' ? readSession(input.value, document.baseURI) : readSessionJson(input.text, document.baseURI);
  const title = root.querySelector('[part~=title]');
  const alert = root.querySelector('[role=alert]');
  shownOutcomes[expected.session ? 'sessions' : 'errors']++;
  if (expected.session) {
    if (!title || alert) fail('a valid session: the title, and no error, should be shown');
    const data = expected.session.data;
    if (typeof data.title === 'string' && title.textContent !== data.title) fail('the title is not shown as given');
    // Every <time datetime> names the start or the end.
    for (const time of root.querySelectorAll('time')) {
      const instant = Date.parse(time.getAttribute('datetime') ?? '');
      if (instant !== expected.session.start.epochMs && instant !== expected.session.end.epochMs) {
        fail(`<time datetime="${time.getAttribute('datetime')}"> is neither the start nor the end`);
      }
    }
  } else {
    if (!alert || title) fail('an invalid session: the error, and no title, should be shown');
    if (alert.querySelectorAll('li').length !== expected.errors.length) fail('one line per error');
    if (!alert.textContent?.includes('cannot be shown')) fail('the error says the session cannot be shown');
  }
  if (!sameAsBefore) {
    const wanted = expected.session ? 'session-card-load' : 'session-card-error';
    if (harness.events.join() !== wanted) fail(`events [${harness.events.join()}] instead of [${wanted}]`);
  }
}

// ---------------------------------------------------------------------------------------
// Regressions: counterexamples fast-check found, replayed on every run.

/**
 * Files in test/regressions/, each one counterexample: `found` (which property, which
 * seed, what failed), `cause` (and the fix), and the input as fast-check shrank it, in one
 * of three forms: `steps` (Mutation[] applied to the seed session), `json` (the text for
 * the session attribute) or `value` (the session object).
 */
const REGRESSIONS = ['sparse-array-from-script', 'offset-with-seconds'];

interface Regression {
  found: string;
  cause: string;
  steps?: Mutation[];
  json?: string;
  value?: unknown;
}

async function regressionInput(name: string, seed: Session): Promise<Input> {
  const response = await fetch(`/test/regressions/${name}.json`);
  expect(response.ok, `test/regressions/${name}.json`).to.equal(true);
  const regression = (await response.json()) as Regression;
  expect(regression.found, `${name}: what failed`).to.be.a('string');
  if (regression.steps) return {kind: 'value', value: mutate(seed, regression.steps)};
  if (regression.json !== undefined) return {kind: 'json', text: regression.json};
  return {kind: 'value', value: regression.value};
}

// ---------------------------------------------------------------------------------------

describe('property-based: hostile sessions', function () {
  this.timeout(60_000);
  let seed: Session;
  let seedJson: string;

  before(async () => {
    seed = await seedSession();
    seedJson = JSON.stringify(seed, null, 2);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.log(
      `property-based cases this run: ${casesRun.pure + casesRun.element} ` +
        `(${casesRun.pure} read: ${outcomes.sessions} sessions, ${outcomes.errors} errors; ` +
        `${casesRun.element} rendered: ${shownOutcomes.sessions} sessions, ${shownOutcomes.errors} errors; ` +
        `fixed seeds from ${SEED_BASE})`
    );
  });

  describe('reading never throws, and returns a session or errors with codes and paths', () => {
    const check = (value: unknown) => {
      casesRun.pure++;
      checkReading(readSession(value, document.baseURI));
    };

    it('the seed, mutated: fields removed, replaced, added (2,000 cases)', () => {
      fc.assert(
        fc.property(mutations(300_000), (steps) => check(mutate(seed, steps))),
        {seed: SEED_BASE + 1, numRuns: 2_000, includeErrorInReport: true}
      );
    });

    it('the seed with hostile text, links, names and instants where they are allowed (1,000 cases)', () => {
      fc.assert(
        fc.property(hostileButValid(300_000), (steps) => check(mutate(seed, steps))),
        {seed: SEED_BASE + 5, numRuns: 1_000, includeErrorInReport: true}
      );
    });

    it('sessions made from nothing, any value in any field (1,000 cases)', () => {
      fc.assert(fc.property(sessionsFromScratch(50_000), check), {
        seed: SEED_BASE + 2,
        numRuns: 1_000,
        includeErrorInReport: true,
      });
    });

    it('anything at all from script: Maps, Dates, boxed values, bigints, sparse arrays (500 cases)', () => {
      fc.assert(fc.property(anythingAtAll, check), {seed: SEED_BASE + 3, numRuns: 500, includeErrorInReport: true});
    });

    it('the seed’s JSON text, with characters inserted, deleted, replaced (1,500 cases)', () => {
      fc.assert(
        fc.property(jsonEdits, (edits) => {
          casesRun.pure++;
          checkReading(readSessionJson(editJson(seedJson, edits), document.baseURI));
        }),
        {seed: SEED_BASE + 4, numRuns: 1_500, includeErrorInReport: true}
      );
    });

    it('JSON text nested thousands deep, valid and cut short', () => {
      for (const depth of [1_000, 10_000, 100_000]) {
        const deep = '['.repeat(depth) + ']'.repeat(depth);
        for (const text of [
          deep,
          deep.slice(0, depth + 10),
          `{"title": ${deep}, "start": 1}`,
          `{"title": ${deep.slice(0, depth)}`,
        ]) {
          casesRun.pure++;
          checkReading(readSessionJson(text, document.baseURI));
        }
      }
    });
  });

  describe('the card never breaks, links only to http(s) and mailto, and shows the session or the error', () => {
    let harness: CardHarness;
    before(async () => {
      harness = await newHarness();
    });
    after(() => harness.el.remove());

    it('the seed, mutated (250 cases)', async () => {
      await fc.assert(
        fc.asyncProperty(mutations(20_000), (steps) =>
          showOnCard(harness, {kind: 'value', value: mutate(seed, steps)})
        ),
        {seed: SEED_BASE + 11, numRuns: 250, includeErrorInReport: true}
      );
    });

    it('the seed with hostile content where it is allowed (200 cases)', async () => {
      await fc.assert(
        fc.asyncProperty(hostileButValid(20_000), (steps) =>
          showOnCard(harness, {kind: 'value', value: mutate(seed, steps)})
        ),
        {seed: SEED_BASE + 14, numRuns: 200, includeErrorInReport: true}
      );
    });

    it('the seed’s JSON text, edited, in the session attribute (150 cases)', async () => {
      await fc.assert(
        fc.asyncProperty(jsonEdits, (edits) => showOnCard(harness, {kind: 'json', text: editJson(seedJson, edits)})),
        {seed: SEED_BASE + 12, numRuns: 150, includeErrorInReport: true}
      );
    });

    it('sessions made from nothing, and anything at all (100 cases)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(sessionsFromScratch(20_000), anythingAtAll), (value) =>
          showOnCard(harness, {kind: 'value', value})
        ),
        {seed: SEED_BASE + 13, numRuns: 100, includeErrorInReport: true}
      );
    });

    it('still shows the seed itself afterwards', async () => {
      await showOnCard(harness, {kind: 'value', value: await seedSession()});
      expect(harness.el.shadowRoot!.querySelector('[part~=title]')!.textContent).to.equal(seed.title);
    });
  });

  describe('regressions found by these properties', () => {
    for (const name of REGRESSIONS) {
      it(name, async () => {
        const input = await regressionInput(name, seed);
        checkReading(
          input.kind === 'json'
            ? readSessionJson(input.text, document.baseURI)
            : readSession(input.value, document.baseURI)
        );
        const harness = await newHarness();
        await showOnCard(harness, input);
        harness.el.remove();
      });
    }
  });
});
