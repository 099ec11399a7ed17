/**
 * The benchmark's floor: `<vanilla-session-card>`, a hand-written custom element that
 * renders the same markup as `<session-card>` for a valid session (eyebrow, title heading,
 * times with `<time datetime>` in the shown and the event zone, language chips, facts,
 * summary, sections, documents, speakers, organizers), formatted with `Intl` only and no
 * library. It does the same work, not less: every formatter is shared by all cards (one
 * per locale, zone and style), one constructed stylesheet (the card's own CSS, handed to
 * it as text) is adopted by every shadow root, the language comes from the nearest `lang`,
 * and the viewer's zone is read once per batch of renders, as the card does (the browser's
 * zone can change between renders). What it leaves out, and the card pays for: validation
 * of every field against the JSON Schema, error and warning reporting, `src` fetching,
 * inline JSON, and interface strings in eight locales (this one knows English and French).
 *
 * API, as the card's: `el.session = {…}`, `lang` and `time-zone` attributes. Re-renders
 * are batched in a microtask, like Lit's; `el.updateComplete` resolves after one.
 */

// The card's own CSS, as text: the harness (bench/lib/page-driver.js) reads it from the
// built card in a page of its own and sets it before this file loads, so that this card
// neither runs the card's code nor keeps a copy of its CSS that could fall behind.
const CSS = globalThis.SESSION_CARD_STYLESHEET;
if (typeof CSS !== 'string')
  throw new Error(
    "vanilla-card.js: set globalThis.SESSION_CARD_STYLESHEET to the card's stylesheet text first (bench/run.js does)"
  );
const sheet = new CSSStyleSheet();
sheet.replaceSync(CSS);

/** Interface strings: the card's English, and French. */
const STRINGS = {
  en: {
    tracks: 'Tracks',
    yourTime: 'your time',
    eventTime: 'event time',
    endsOn: (d) => `ends ${d}`,
    term: (term) => `${term}:`,
    parenthetical: (text) => `(${text})`,
    online: 'Online',
    inPerson: 'In person',
    hybrid: 'Hybrid: online and in person',
    registrationRequired: 'Registration required',
    registrationNotRequired: 'No registration needed',
    platform: 'Platform',
    location: 'Location',
    capacity: 'Capacity',
    availability: 'Availability',
    badges: 'Languages and attendance',
    register: 'Register',
    documents: 'Documents',
    speakers: 'Speakers',
    organizedBy: 'Organized by',
    sessionPage: 'Session page',
    full: 'Full',
    seats: {one: (n) => `${n} seat`, other: (n) => `${n} seats`},
    seatsLeft: {one: (n) => `${n} seat left`, other: (n) => `${n} seats left`},
    startsIn: (when) => `Starts ${when}`,
    liveEndsIn: (when) => `Live now · ends ${when}`,
    ended: 'Ended',
    addToCalendar: 'Add to calendar',
  },
  fr: {
    tracks: 'Axes thématiques',
    yourTime: 'votre heure',
    eventTime: 'heure de l’événement',
    endsOn: (d) => `se termine le ${d}`,
    term: (term) => `${term}\u00a0:`,
    parenthetical: (text) => `(${text})`,
    online: 'En ligne',
    inPerson: 'En présentiel',
    hybrid: 'Hybride : en ligne et en présentiel',
    registrationRequired: 'Inscription obligatoire',
    registrationNotRequired: 'Sans inscription',
    platform: 'Plateforme',
    location: 'Lieu',
    capacity: 'Capacité',
    availability: 'Disponibilité',
    badges: 'Langues et mode de participation',
    register: 'S’inscrire',
    documents: 'Documents',
    speakers: 'Intervenants',
    organizedBy: 'Organisé par',
    sessionPage: 'Page de la session',
    full: 'Complet',
    seats: {one: (n) => `${n} place`, other: (n) => `${n} places`},
    seatsLeft: {one: (n) => `${n} place restante`, other: (n) => `${n} places restantes`},
    startsIn: (when) => `Commence ${when}`,
    liveEndsIn: (when) => `En direct · se termine ${when}`,
    ended: 'Terminée',
    addToCalendar: 'Ajouter à l’agenda',
  },
};

// ---- Locale: the nearest `lang`, else the browser's languages; cached per tag. ----

const localeChoices = new Map();
function localeFor(tags) {
  const key = tags.join(',');
  let choice = localeChoices.get(key);
  if (!choice) {
    choice = {ui: 'en', format: 'en'};
    for (const tag of tags) {
      let locale;
      try {
        locale = new Intl.Locale(tag);
      } catch {
        continue;
      }
      if (locale.language in STRINGS) {
        choice = {ui: locale.language, format: locale.toString()};
        break;
      }
    }
    localeChoices.set(key, choice);
  }
  return choice;
}

const languageOfTag = new Map();
function languageOf(tag) {
  let language = languageOfTag.get(tag);
  if (language === undefined) {
    try {
      language = new Intl.Locale(tag).language;
    } catch {
      language = null;
    }
    languageOfTag.set(tag, language);
  }
  return language;
}

/**
 * Session text kept inside its isolate, as the card does: a PDI (U+2069) that closes no
 * isolate of its own is dropped, and one is added for each isolate the text leaves open.
 */
const ISOLATE_CONTROLS = /[\u2066-\u2069]/;
function balanceIsolates(text) {
  if (!ISOLATE_CONTROLS.test(text)) return text;
  let open = 0;
  let balanced = '';
  for (const char of text) {
    if (char === '\u2069') {
      if (open === 0) continue;
      open--;
    } else if (char >= '\u2066' && char <= '\u2068') {
      open++;
    }
    balanced += char;
  }
  return balanced + '\u2069'.repeat(open);
}

/** A text field: a string, or a map of translations (the card's order of preference). */
function pickText(value, preferences) {
  if (typeof value === 'string') return {text: value};
  const filled = Object.entries(value).filter(([, text]) => text.trim());
  const entries = filled.length ? filled : Object.entries(value);
  for (const preference of preferences) {
    const subtags = preference.toLowerCase().split('-');
    for (let length = subtags.length; length > 0; length--) {
      const wanted = subtags.slice(0, length).join('-');
      const exact = entries.find(([tag]) => tag.toLowerCase() === wanted);
      if (exact) return {text: exact[1], lang: exact[0]};
    }
    const language = languageOf(preference);
    const same = entries.find(([tag]) => languageOf(tag) === language);
    if (same) return {text: same[1], lang: same[0]};
  }
  return {text: entries[0][1], lang: entries[0][0]};
}

// ---- Time: shared Intl formatters, one per (locale, zone, style). ----

const STYLES = {
  date: {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric'},
  shortDate: {weekday: 'short', day: 'numeric', month: 'short'},
  time: {hour: 'numeric', minute: '2-digit'},
  offset: {timeZoneName: 'shortOffset'},
  zoneName: {timeZoneName: 'long'},
  wall: {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  },
};
const formats = new Map();
function format(locale, timeZone, style) {
  const key = `${locale}\u0000${timeZone}\u0000${style}`;
  let dtf = formats.get(key);
  if (!dtf) {
    dtf = new Intl.DateTimeFormat(locale, {...(style === 'time' ? timeOptions(locale) : STYLES[style]), timeZone});
    formats.set(key, dtf);
  }
  return dtf;
}

/** Pads single times where the locale's ranges pad the hour, as the card does. */
function timeOptions(locale) {
  const probe = new Intl.DateTimeFormat(locale, {...STYLES.time, timeZone: 'UTC'});
  const hour = probe.formatRangeToParts(2 * 3_600_000, 3 * 3_600_000).find((part) => part.type === 'hour');
  return hour?.value.length === 2 ? {...STYLES.time, hour: '2-digit'} : STYLES.time;
}

const validZones = new Map();
function knownZone(name) {
  let canonical = validZones.get(name);
  if (canonical === undefined) {
    try {
      canonical = new Intl.DateTimeFormat('en', {timeZone: name}).resolvedOptions().timeZone;
    } catch {
      canonical = null;
    }
    validZones.set(name, canonical);
  }
  return canonical;
}

let viewerZoneName;
/** Read once per batch of renders (until the microtasks queued so far have run), as the card does. */
function viewerZone() {
  if (viewerZoneName === undefined) {
    viewerZoneName = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    queueMicrotask(() => (viewerZoneName = undefined));
  }
  return knownZone(viewerZoneName) ?? 'UTC';
}

/** Wall-clock fields and offset (minutes east of UTC) of an instant in a zone. */
function wallClock(timeZone, epochMs) {
  const fields = {};
  for (const {type, value} of format('en-US', timeZone, 'wall').formatToParts(epochMs)) fields[type] = Number(value);
  const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  fields.offset = Math.round((asUtc - (epochMs - (((epochMs % 1000) + 1000) % 1000))) / 60_000);
  return fields;
}

const two = (n) => String(n).padStart(2, '0');
function isoWithOffset(wall) {
  const abs = Math.abs(wall.offset);
  const offset = `${wall.offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
  const date = `${String(wall.year).padStart(4, '0')}-${two(wall.month)}-${two(wall.day)}`;
  return `${date}T${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}${offset}`;
}
const sameDay = (a, b) => a.year === b.year && a.month === b.month && a.day === b.day;

function zonedTimes(role, startMs, endMs, zone, walls, locale) {
  const [start, end, endLess1] = walls;
  const time = format(locale, zone.name, 'time');
  let range;
  if (sameDay(start, end)) {
    const merged = [];
    for (const {source, value} of time.formatRangeToParts(startMs, endMs)) {
      const last = merged[merged.length - 1];
      if (last && last.source === source) last.value += value;
      else merged.push({source, value});
    }
    if (merged.some((p) => p.source === 'startRange') && merged.some((p) => p.source === 'endRange')) range = merged;
  }
  return {
    role,
    startIso: isoWithOffset(start),
    endIso: isoWithOffset(end),
    date: format(locale, zone.name, 'date').format(startMs),
    startTime: time.format(startMs),
    endTime: time.format(endMs),
    range,
    endDate: sameDay(start, endLess1) ? undefined : endDate(locale, zone, startMs, endMs),
    zoneLabel: zoneLabel(role, zone, locale, startMs),
  };
}

/** The end's date, with its year where that is not the start's (in the calendar shown). */
function endDate(locale, zone, startMs, endMs) {
  const full = format(locale, zone.name, 'date');
  const year = (ms) =>
    full
      .formatToParts(ms)
      .filter((part) => YEAR_PARTS.has(part.type))
      .map((part) => part.value)
      .join(' ');
  return year(startMs) === year(endMs) ? format(locale, zone.name, 'shortDate').format(endMs) : full.format(endMs);
}
const YEAR_PARTS = new Set(['era', 'year', 'relatedYear', 'yearName']);

function zoneNameAt(locale, zone, style, epochMs) {
  return (
    format(locale, zone, style)
      .formatToParts(epochMs)
      .find((p) => p.type === 'timeZoneName')?.value ?? zone
  );
}

function zoneLabel(role, zone, locale, epochMs) {
  const offset = zoneNameAt(locale, zone.name, 'offset', epochMs);
  if (role === 'viewer' || zone.fixed) return offset;
  const name = zoneNameAt(locale, zone.name, 'zoneName', epochMs);
  return name === offset || /^(GMT|UTC)/.test(name) ? offset : `${name}, ${offset}`;
}

function sessionTimes(session, shownZone, locale) {
  const {startMs, endMs, eventZone} = session;
  const wallsIn = (zone) => [
    wallClock(zone.name, startMs),
    wallClock(zone.name, endMs),
    wallClock(zone.name, endMs - 1),
  ];
  const shownWalls = wallsIn(shownZone);
  const eventWalls = shownZone.name === eventZone.name ? shownWalls : wallsIn(eventZone);
  const viewer = zonedTimes('viewer', startMs, endMs, shownZone, shownWalls, locale);
  if (shownWalls[0].offset === eventWalls[0].offset && shownWalls[1].offset === eventWalls[1].offset)
    return {primary: viewer};
  const event = zonedTimes('event', startMs, endMs, eventZone, eventWalls, locale);
  return session.attendance === 'in-person' ? {primary: event, secondary: viewer} : {primary: viewer, secondary: event};
}

// ---- Reading the session: what the card needs to render it. ----

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})(?:\[!?([^\]=]+)\])?$/;
function parseInstant(text) {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const offset =
    m[8] === 'Z' ? 0 : (m[8][0] === '-' ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4, 6)));
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const wall = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
    ms
  );
  return {epochMs: wall - offset * 60_000, offset, zone: m[9]};
}

function fixedZone(offsetMinutes) {
  if (offsetMinutes === 0) return {name: 'UTC', fixed: true};
  if (offsetMinutes % 60 === 0)
    return {name: `Etc/GMT${offsetMinutes > 0 ? '-' : '+'}${Math.abs(offsetMinutes / 60)}`, fixed: true};
  const abs = Math.abs(offsetMinutes);
  return {name: `${offsetMinutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`, fixed: true};
}

function safeHref(raw) {
  // eslint-disable-next-line no-control-regex -- matching C0 controls is the point: the URL parser strips them
  if (raw === undefined || /^[\u0000-\u0020]*#?[\u0000-\u0020]*$/.test(raw)) return undefined;
  try {
    const url = new URL(raw, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function readSession(data) {
  const start = parseInstant(data.start);
  const end = parseInstant(data.end);
  if (!start || !end || end.epochMs <= start.epochMs || (!data.title && data.title !== '')) return undefined;
  const zoneName = (data.timeZone && knownZone(data.timeZone)) || (start.zone && knownZone(start.zone));
  const eventZone = zoneName ? {name: zoneName, fixed: false} : fixedZone(start.offset);
  const attendance =
    data.attendance ??
    (data.platform && data.location ? 'hybrid' : data.platform ? 'online' : data.location ? 'in-person' : undefined);
  const urlOf = (item) => (typeof item === 'object' && item ? safeHref(item.url) : undefined);
  return {
    data,
    startMs: start.epochMs,
    endMs: end.epochMs,
    eventZone,
    attendance,
    hrefs: {
      url: safeHref(data.url),
      registration: safeHref(data.registration?.url),
      platform: urlOf(data.platform),
      organizers: (data.organizers ?? []).map(urlOf),
      speakers: (data.speakers ?? []).map(urlOf),
      documents: (data.documents ?? []).map(urlOf),
    },
  };
}

// ---- Labels: shared number, plural, list and language-name formatters. ----

function cached(map, key, create) {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}
const numberFormats = new Map();
const pluralRules = new Map();
const listFormats = new Map();
const displayNames = new Map();

function countLabel(locale, strings, messages, count) {
  const n = cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(count);
  const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  return (messages[category] ?? messages.other)(n);
}

function languageName(locale, tag) {
  const names = cached(displayNames, locale, () => {
    try {
      return new Intl.DisplayNames([locale], {type: 'language'});
    } catch {
      return null;
    }
  });
  try {
    const name = names?.of(tag);
    return name && name !== tag ? name : undefined;
  } catch {
    return undefined;
  }
}

function languageBadge(tag) {
  const [language, ...rest] = tag.split('-');
  const region = rest.find((subtag) => /^([A-Za-z]{2}|\d{3})$/.test(subtag));
  return (region ? `${language}-${region}` : language).toUpperCase();
}

// ---- Markup. ----

function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined) element.setAttribute(name, value);
  }
  appendAll(element, children);
  return element;
}
function appendAll(parent, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) appendAll(parent, child);
    else parent.append(child);
  }
}
/** Inline session text in an isolate of its own: its link with dir="auto", else a `<bdi>`. */
const isolated = (label, href, lang) =>
  href ? h('a', {href, lang, dir: 'auto'}, balanceIsolates(label)) : h('bdi', {lang}, balanceIsolates(label));
const nameOf = (item) => (typeof item === 'string' ? item : item.name);

const SOON_MS = 15 * 60_000;
const relativeFormats = new Map();

/** "in 3 days": minutes (rounded up) under an hour, hours under 48, days beyond, as the card counts. */
function inTime(locale, remainingMs) {
  const format = cached(relativeFormats, locale, () => new Intl.RelativeTimeFormat(locale, {numeric: 'always'}));
  if (remainingMs < 3_600_000) return format.format(Math.max(1, Math.ceil(remainingMs / 60_000)), 'minute');
  if (remainingMs < 48 * 3_600_000) return format.format(Math.floor(remainingMs / 3_600_000), 'hour');
  return format.format(Math.floor(remainingMs / 86_400_000), 'day');
}

/** The state and the status line now; the card also has a page clock to move it on, which a bench run never needs. */
function liveStatus(session, locale, t) {
  const now = Date.now();
  const {startMs, endMs} = session;
  if (now >= endMs) return {state: 'ended', line: t.ended, actionable: false};
  if (now >= startMs) return {state: 'live', line: t.liveEndsIn(inTime(locale, endMs - now)), actionable: true};
  const state = now >= startMs - SOON_MS ? 'soon' : 'upcoming';
  return {state, line: t.startsIn(inTime(locale, startMs - now)), actionable: true};
}

function render(session, locale, shownZone, headingLevel) {
  const {data, hrefs} = session;
  const t = STRINGS[locale.ui];
  const preferences = [locale.format, locale.ui];
  const localText = (value) => {
    const picked = pickText(value, preferences);
    const lang = picked.lang && picked.lang.toLowerCase() !== locale.format.toLowerCase() ? picked.lang : undefined;
    return {text: balanceIsolates(picked.text), lang};
  };
  const text = (value) => {
    const {text, lang} = localText(value);
    return lang ? h('span', {lang}, text) : text;
  };
  const isolatedText = (value) => {
    const {text, lang} = localText(value);
    return isolated(text, undefined, lang);
  };
  const paragraphs = (value) => {
    const {text, lang} = localText(value);
    return text
      .split(/\n\s*\n/)
      .filter((p) => p.trim())
      .map((p) => h('p', {lang, dir: 'auto'}, p.trim()));
  };
  const level = Math.min(Math.max(Math.round(headingLevel) || 2, 1), 6);
  const subheading = (label) => h(`h${Math.min(level + 1, 6)}`, {class: 'subheading'}, label);

  const times = sessionTimes(session, shownZone, locale.format);
  const timeLine = (z, prominence, showDate) => {
    const start = (label) => h('time', {datetime: z.startIso}, label);
    const end = (label) => h('time', {datetime: z.endIso}, label);
    return h(
      'p',
      {part: `time-${prominence}`, class: `time ${prominence}`},
      showDate && [
        h('time', {class: 'date', datetime: z.startIso}, z.date),
        h('span', {class: 'separator', 'aria-hidden': 'true'}, ' · '),
      ],
      h(
        'span',
        {class: 'range'},
        z.range
          ? z.range.map(({source, value}) =>
              source === 'startRange' ? start(value) : source === 'endRange' ? end(value) : value
            )
          : [start(z.startTime), ' – ', end(z.endTime)]
      ),
      ' ',
      h('span', {class: 'zone'}, z.zoneLabel),
      ' ',
      z.endDate && [
        h('span', {class: 'separator', 'aria-hidden': 'true'}, '· '),
        h('span', {class: 'ends-later'}, t.endsOn(z.endDate)),
        ' ',
      ],
      h('span', {class: 'role'}, t.parenthetical(z.role === 'viewer' ? t.yourTime : t.eventTime))
    );
  };

  const chip = (tag) => {
    const name = languageName(locale.format, tag);
    const ownName = languageName(tag, tag);
    const showOwn = ownName !== undefined && ownName !== name;
    const shownTag = balanceIsolates(tag);
    return h(
      'li',
      {
        part: 'badge language',
        class: 'chip language',
        title: [name ?? shownTag, showOwn ? ownName : undefined].filter(Boolean).join(' · '),
      },
      h('span', {'aria-hidden': 'true', dir: 'auto'}, languageBadge(shownTag)),
      ' ',
      h('span', {class: 'visually-hidden'}, name ?? shownTag, showOwn && [' (', h('span', {lang: tag}, ownName), ')'])
    );
  };
  const fact = (term, description) => h('div', {class: 'fact'}, h('dt', {}, t.term(term)), h('dd', {}, description));
  const organizerList = () => {
    const names = data.organizers.map(nameOf);
    const list = cached(
      listFormats,
      locale.format,
      () => new Intl.ListFormat(locale.format, {type: 'conjunction', style: 'narrow'})
    );
    let next = 0;
    return list
      .formatToParts(names)
      .map((part) => (part.type === 'element' ? isolated(names[next], hrefs.organizers[next++]) : part.value));
  };

  const live = liveStatus(session, locale.format, t);
  const calendarButton = h(
    'button',
    {part: 'calendar', class: 'calendar-button', type: 'button', 'aria-expanded': 'false'},
    t.addToCalendar
  );
  // The card's button opens its list; this one only listens, as the card's does.
  calendarButton.addEventListener('click', () => {});

  return h(
    'article',
    {part: 'base', class: `card ${live.state}`, lang: locale.format, dir: locale.ui === 'ar' ? 'rtl' : 'ltr'},
    (data.type !== undefined || data.id !== undefined || data.tracks?.length) &&
      h(
        'div',
        {part: 'eyebrow', class: 'eyebrow'},
        (data.type !== undefined || data.id !== undefined) &&
          h(
            'p',
            {class: 'kind'},
            data.type !== undefined && h('span', {part: 'type', class: 'type', dir: 'auto'}, text(data.type)),
            ' ',
            data.id !== undefined && h('span', {part: 'id', class: 'id'}, h('bdi', {}, balanceIsolates(data.id)))
          ),
        data.tracks?.length &&
          h(
            'ol',
            {part: 'tracks', class: 'tracks', dir: 'auto', 'aria-label': t.tracks},
            data.tracks.map((track) => h('li', {}, h('bdi', {}, text(track))))
          )
      ),
    h(`h${level}`, {part: 'title', class: 'title', dir: 'auto'}, text(data.title)),
    h(
      'div',
      {part: 'when', class: 'when'},
      h('p', {part: 'live-status', class: `live-status ${live.state}`}, live.line),
      timeLine(times.primary, 'primary', true),
      times.secondary && timeLine(times.secondary, 'secondary', times.secondary.date !== times.primary.date)
    ),
    h(
      'div',
      {part: 'joining', class: 'joining'},
      h(
        'ul',
        {part: 'badges', class: 'chips', 'aria-label': t.badges},
        (data.languages ?? []).map(chip),
        session.attendance &&
          h(
            'li',
            {part: 'badge attendance', class: 'chip'},
            t[session.attendance === 'in-person' ? 'inPerson' : session.attendance]
          ),
        data.registration &&
          h(
            'li',
            {part: 'badge registration', class: 'chip'},
            data.registration.required ? t.registrationRequired : t.registrationNotRequired
          )
      ),
      h(
        'dl',
        {part: 'facts', class: 'facts'},
        data.platform !== undefined && fact(t.platform, isolated(nameOf(data.platform), hrefs.platform)),
        data.location !== undefined && fact(t.location, isolatedText(data.location)),
        data.capacity !== undefined && fact(t.capacity, countLabel(locale.format, t, t.seats, data.capacity)),
        data.remaining !== undefined &&
          fact(
            t.availability,
            data.remaining === 0 ? t.full : countLabel(locale.format, t, t.seatsLeft, data.remaining)
          )
      ),
      live.actionable &&
        h(
          'div',
          {class: 'actions'},
          hrefs.registration &&
            data.remaining !== 0 &&
            h('a', {part: 'register', class: 'register', href: hrefs.registration}, t.register),
          h('div', {class: 'calendar'}, calendarButton),
          // The host's own actions, as session-card offers them.
          h('slot', {name: 'actions'})
        )
    ),
    data.summary !== undefined && h('div', {part: 'summary', class: 'summary'}, paragraphs(data.summary)),
    data.sections?.length &&
      h(
        'div',
        {part: 'sections', class: 'sections'},
        data.sections.map((section) =>
          h(
            'details',
            {part: 'section'},
            h('summary', {part: 'section-heading', dir: 'auto'}, text(section.heading)),
            h('div', {class: 'section-body'}, paragraphs(section.body))
          )
        )
      ),
    data.documents?.length &&
      h(
        'section',
        {part: 'documents', class: 'documents'},
        subheading(t.documents),
        h(
          'ul',
          {},
          data.documents.map((document, i) => {
            const title = text(document.title);
            return h('li', {dir: 'auto'}, hrefs.documents[i] ? h('a', {href: hrefs.documents[i]}, title) : title);
          })
        )
      ),
    data.speakers?.length &&
      h(
        'section',
        {part: 'speakers', class: 'speakers'},
        subheading(t.speakers),
        h(
          'ul',
          {},
          data.speakers.map((speaker, i) =>
            h(
              'li',
              {},
              isolated(speaker.name, hrefs.speakers[i]),
              speaker.affiliation !== undefined &&
                h('span', {class: 'affiliation'}, ', ', isolatedText(speaker.affiliation))
            )
          )
        )
      ),
    data.organizers?.length &&
      h('p', {part: 'organizers', class: 'organizers'}, `${t.organizedBy} `, h('span', {}, organizerList())),
    hrefs.url && h('p', {class: 'more'}, h('a', {part: 'session-link', href: hrefs.url}, t.sessionPage))
  );
}

export class VanillaSessionCard extends HTMLElement {
  static observedAttributes = ['lang', 'time-zone', 'heading-level'];
  #session;
  #reading;
  #pending;

  constructor() {
    super();
    this.attachShadow({mode: 'open'}).adoptedStyleSheets = [sheet];
  }

  get session() {
    return this.#session;
  }
  set session(value) {
    this.#session = value;
    this.#reading = undefined;
    this.#schedule();
  }

  /** Resolves after the pending render, if any. */
  get updateComplete() {
    return this.#pending ?? Promise.resolve(true);
  }

  connectedCallback() {
    this.#schedule();
  }

  attributeChangedCallback() {
    this.#schedule();
  }

  #schedule() {
    if (this.#pending || !this.isConnected) return;
    this.#pending = Promise.resolve().then(() => {
      this.#pending = undefined;
      this.#render();
      return true;
    });
  }

  #render() {
    if (this.#session === undefined) return;
    this.#reading ??= readSession(this.#session);
    if (!this.#reading) {
      this.shadowRoot.replaceChildren(
        h('div', {part: 'base error', class: 'card error', role: 'alert'}, 'This session cannot be shown.')
      );
      return;
    }
    const requested = this.closest('[lang]')?.getAttribute('lang');
    const locale = localeFor(requested ? [requested] : navigator.languages);
    const zoneAttribute = this.getAttribute('time-zone');
    const shownZone = {name: (zoneAttribute && knownZone(zoneAttribute)) || viewerZone(), fixed: false};
    this.shadowRoot.replaceChildren(
      render(this.#reading, locale, shownZone, Number(this.getAttribute('heading-level') ?? 2))
    );
  }
}

if (!customElements.get('vanilla-session-card')) customElements.define('vanilla-session-card', VanillaSessionCard);
