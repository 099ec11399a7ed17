/**
 * The card's interface in its eight languages: every interface text translated, dates in
 * the card's language, right to left for Arabic, one language per card, live `lang`
 * changes, region tags and fallbacks, plural categories, Text maps and error messages.
 * Times are shown for a fixed `time-zone` (Europe/Madrid), so both the reader's and the
 * event's lines appear whatever the browser's own zone.
 */
import {expect, fixture, fixtureSync, html} from '@open-wc/testing';
import type {SessionCard} from '../src/index.js';
import '../src/session-card.js';
import type {Session} from '../src/contract/session-schema.js';
import {BEFORE_SEED, freezeDate} from './support/clock.js';
import {seedSession} from './support/seed.js';

/** The eight built into the card's file, then the twenty-two it loads on demand. */
// prettier-ignore
const LANGUAGES = [
  'en', 'fr', 'es', 'pt', 'de', 'ar', 'zh-Hans', 'ru',
  'ja', 'ko', 'it', 'nl', 'pl', 'tr', 'uk', 'vi', 'id', 'th', 'hi', 'bn', 'sw', 'fa', 'he', 'ur', 'cs', 'sv', 'ro',
  'el', 'hu', 'zh-Hant',
] as const;
/** Written right to left, as the locale data says (Intl.Locale's text info). */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);
type Language = (typeof LANGUAGES)[number];

const SHOWN_ZONE = 'Europe/Madrid';
const SEED_START = Date.parse('2021-06-01T14:05:00-03:00');

/**
 * Words a translation rightly spells as English does: French writes "Documents" and
 * "Page de la session", German, Dutch and Hungarian "Online", Romanian "calendar". Any
 * other English word left is untranslated.
 */
const SAME_AS_ENGLISH: Partial<Record<Language, string[]>> = {
  fr: ['documents', 'page', 'session', 'minutes'],
  pt: ['online'],
  de: ['online', 'live'],
  nl: ['online', 'live', 'platform'],
  hu: ['online', 'platform'],
  ro: ['calendar'],
};
/** Names no language translates: the calendar file's format. */
const NAMES = ['ics'];

/**
 * Visible text, whitespace (no-break and narrow no-break spaces too) collapsed, without the
 * isolates (FSI, PDI) around values quoted in messages.
 */
function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
const part = (el: SessionCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The seed session with every optional interface element present: a link, speakers, seats left. */
async function fullSeed(): Promise<Session> {
  return {
    ...(await seedSession()),
    url: 'https://example.org/sessions/3.2.2',
    registration: {required: true, url: 'https://example.org/register/3.2.2', closes: '2021-05-31T23:59:00-03:00'},
    platform: {name: 'Zoom', url: 'https://zoom.example/j/322'},
    speakers: [{name: 'Ana Pérez', affiliation: 'ILO'}],
    remaining: 12,
  };
}

async function card(
  session: unknown,
  lang: string | undefined,
  attrs: Record<string, string> = {}
): Promise<SessionCard> {
  const el = document.createElement('session-card');
  if (lang !== undefined) el.setAttribute('lang', lang);
  el.setAttribute('time-zone', SHOWN_ZONE);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.session = session as Session;
  return fixture<SessionCard>(el);
}

/** The full seed card as a reader sees it at `now`, with its calendar list open. */
async function cardAt(now: number, session: Session, lang: string): Promise<SessionCard> {
  const thaw = freezeDate(now);
  try {
    const el = await card(session, lang);
    part(el, 'calendar')?.click();
    await el.updateComplete;
    return el;
  } finally {
    thaw();
  }
}

const MINUTE = 60_000;
const SEED_END = Date.parse('2021-06-01T15:35:00-03:00');

/** The status line and the actions' words at each moment of the seed session, and for each organizer status. */
async function statusTexts(lang: string): Promise<Record<string, string>> {
  const seed = await fullSeed();
  const texts: Record<string, string> = {};
  const moments: Array<[string, number, Session]> = [
    ['upcoming', SEED_START - 3 * 24 * 60 * MINUTE, seed],
    ['soon', SEED_START - 10 * MINUTE, seed],
    ['live', SEED_START + 20 * MINUTE, seed],
    ['ended', SEED_END + MINUTE, seed],
    ['cancelled', SEED_START - 3 * 24 * 60 * MINUTE, {...seed, status: 'cancelled'}],
    ['postponed', SEED_START - 3 * 24 * 60 * MINUTE, {...seed, status: 'postponed'}],
    ['rescheduled', SEED_START - 3 * 24 * 60 * MINUTE, {...seed, status: 'rescheduled'}],
    ['moved online', SEED_START - 3 * 24 * 60 * MINUTE, {...seed, status: 'moved-online'}],
  ];
  for (const [name, now, session] of moments) {
    const el = await cardAt(now, session, lang);
    texts[name] = text(part(el, 'live-status'));
    if (name === 'soon') texts.join = text(part(el, 'join'));
    if (name === 'soon') texts['registration closed'] = text(part(el, 'registration-deadline'));
  }
  return texts;
}

/** The label a parent element gives in its own text nodes, without its children's text. */
function ownText(element: Element | null): string {
  return [...(element?.childNodes ?? [])]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every piece of interface the valid card shows or names, by slot (the session's own
 * content, such as its title, platform or organizer names, is left out).
 */
function interfaceTexts(el: SessionCard): Record<string, string> {
  const root = el.shadowRoot!;
  const all = (selector: string) => [...root.querySelectorAll(selector)];
  const facts = all('.fact');
  const texts: Record<string, string> = {
    'badges label': part(el, 'badges')?.getAttribute('aria-label') ?? '',
    'tracks label': part(el, 'tracks')?.getAttribute('aria-label') ?? '',
    attendance: text(part(el, 'attendance')),
    registration: text(part(el, 'registration')),
    register: text(part(el, 'register')),
    'session page': text(part(el, 'session-link')),
    'live status': text(part(el, 'live-status')),
    'registration deadline': text(part(el, 'registration-deadline')),
    'add to calendar': text(part(el, 'calendar')),
    'calendar file': text(part(el, 'calendar-option')),
    'organized by': ownText(part(el, 'organizers')),
    'your time': text(part(el, 'time-primary')?.querySelector('.role')),
    'event time': text(part(el, 'time-secondary')?.querySelector('.role')),
    documents: text(root.querySelector('[part~="documents"] .subheading')),
    speakers: text(root.querySelector('[part~="speakers"] .subheading')),
  };
  facts.forEach((fact, index) => {
    texts[`term ${index}`] = text(fact.querySelector('dt'));
  });
  // Platform (Zoom) is content; capacity and seats left are interface.
  texts.capacity = text(facts[1]?.querySelector('dd'));
  texts['seats left'] = text(facts[2]?.querySelector('dd'));
  all('[part~="language"]').forEach((chip, index) => {
    // The language's name in the interface language (its own name may follow).
    texts[`language ${index}`] = (chip.getAttribute('title') ?? '').split(' · ')[0];
  });
  return texts;
}

/** The month of the seed's start as `lang` writes it inside a date (`juin`, `июн.`, `6月`). */
function monthInDate(lang: string): string {
  const format = new Intl.DateTimeFormat(lang, {day: 'numeric', month: 'short', year: 'numeric', timeZone: SHOWN_ZONE});
  return format.formatToParts(SEED_START).find((p) => p.type === 'month')!.value;
}

const english: {
  texts?: Record<string, string>;
  status?: Record<string, string>;
  error?: string;
  errorMessage?: string;
} = {};

/** No English word left in `texts` (but those the language shares with English), each shown. */
function expectTranslated(texts: Record<string, string>, englishTexts: Record<string, string>, lang: Language) {
  const allowed = new Set([...(SAME_AS_ENGLISH[lang] ?? []), ...NAMES]);
  const words = (value: string) => (value.match(/\p{L}{3,}/gu) ?? []).map((word) => word.toLowerCase());
  const englishWords = new Set(Object.values(englishTexts).flatMap(words));
  for (const [slot, value] of Object.entries(texts)) {
    expect(value, `${slot} is shown`).to.not.equal('');
    const leftover = words(value).filter((word) => englishWords.has(word) && !allowed.has(word));
    expect(leftover, `English words in ${slot}: “${value}”`).to.deep.equal([]);
    if (!words(value).every((word) => allowed.has(word))) {
      expect(value, `${slot} is translated`).to.not.equal(englishTexts[slot]);
    }
  }
}

describe('the interface in thirty languages', () => {
  before(async () => {
    const el = await cardAt(Date.parse(BEFORE_SEED), await fullSeed(), 'en');
    english.texts = interfaceTexts(el);
    english.status = await statusTexts('en');
    const broken = await card({...(await seedSession()), title: undefined}, 'en');
    english.error = text(broken.shadowRoot!.querySelector('.error-title'));
    english.errorMessage = text(broken.shadowRoot!.querySelector('[part~="error"] li'));
  });

  it('reads every English interface text of the full seed card (the baseline is complete)', () => {
    for (const [slot, value] of Object.entries(english.texts!)) expect(value, slot).to.not.equal('');
    expect(english.texts!.registration).to.equal('Registration required');
    expect(english.texts!['live status']).to.equal('Starts in 2 days');
    expect(english.texts!['registration deadline']).to.equal('Registration closes in 38 hours');
    expect(english.texts!['calendar file']).to.equal('Calendar file (.ics)');
    expect(english.status).to.deep.equal({
      upcoming: 'Starts in 3 days',
      soon: 'Starts in 10 minutes',
      join: 'Join',
      'registration closed': 'Registration closed',
      live: 'Live now · ends in 1 hour',
      ended: 'Ended',
      cancelled: 'Cancelled',
      postponed: 'Postponed',
      rescheduled: 'Rescheduled · Starts in 3 days',
      'moved online': 'Moved online · Starts in 3 days',
    });
    expect(english.texts!['organized by']).to.equal('Organized by');
    expect(english.texts!['your time']).to.equal('(your time)');
    expect(english.texts!['event time']).to.equal('(event time)');
    expect(english.error).to.equal('This session cannot be shown.');
    expect(english.errorMessage).to.equal('title is missing.');
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      if (lang !== 'en')
        it('leaves no English interface text or word', async () => {
          const el = await cardAt(Date.parse(BEFORE_SEED), await fullSeed(), lang);
          expectTranslated(interfaceTexts(el), english.texts!, lang);
        });

      if (lang !== 'en')
        it('says whether the session is on, and offers to join, in its language', async () => {
          expectTranslated(await statusTexts(lang), english.status!, lang);
        });

      it('writes dates in its language', async () => {
        const el = await card(await seedSession(), lang);
        const date = text(part(el, 'time-primary')?.querySelector('time.date'));
        expect(date).to.contain(monthInDate(lang));
        // Indonesian and Swahili abbreviate Juni as Jun: only where the language does not.
        if (lang !== 'en' && monthInDate(lang) !== 'Jun') {
          expect(date).to.not.match(/\bJun\b/);
          expect(date).to.not.match(/\bTue\b/);
        }
      });

      it(`sets dir="${RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr'}" and lang="${lang}" on the frame`, async () => {
        const el = await card(await seedSession(), lang);
        const base = part(el, 'base')!;
        expect(base.getAttribute('dir')).to.equal(RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr');
        expect(base.getAttribute('lang')).to.equal(lang);
      });

      it('says what is wrong in its language', async () => {
        const el = await card({...(await seedSession()), title: undefined}, lang);
        const title = text(el.shadowRoot!.querySelector('.error-title'));
        const message = text(el.shadowRoot!.querySelector('[part~="error"] li'));
        expect(message, 'names the field').to.contain('title');
        if (lang !== 'en') {
          expect(title).to.not.equal(english.error);
          expect(message).to.not.equal(english.errorMessage);
          expect(message).to.not.match(/\bmissing\b/);
        }
      });

      it('is accessible, with every action on offer and the calendar list open', async () => {
        const el = await cardAt(Date.parse(BEFORE_SEED), await fullSeed(), lang);
        expect(part(el, 'calendar-menu')).to.exist;
        await expect(el).to.be.accessible();
      });
    });
  }
});

describe('one language per card', () => {
  it('lets two cards on one page speak their own languages', async () => {
    const session = await seedSession();
    // fixtureSync: `fixture` waits an animation frame for a plain element, see `settled`.
    const page = fixtureSync<HTMLElement>(html`<div>
      <session-card lang="fr" .session=${session}></session-card>
      <session-card lang="de" .session=${session}></session-card>
    </div>`);
    const [fr, de] = [...page.querySelectorAll('session-card')] as SessionCard[];
    await Promise.all([fr.updateComplete, de.updateComplete]);
    expect(text(part(fr, 'registration'))).to.equal('Inscription obligatoire');
    expect(text(part(de, 'registration'))).to.equal('Anmeldung erforderlich');
    // Rendering one card again does not leak its language into the other.
    fr.headingLevel = 2;
    await fr.updateComplete;
    expect(text(part(de, 'registration'))).to.equal('Anmeldung erforderlich');
    expect(text(part(fr, 'registration'))).to.equal('Inscription obligatoire');
  });

  it('follows the nearest ancestor with lang, across a shadow root', async () => {
    const host = fixtureSync<HTMLElement>(html`<div lang="es"><div></div></div>`);
    const shadow = host.firstElementChild!.attachShadow({mode: 'open'});
    const el = document.createElement('session-card');
    el.session = await seedSession();
    shadow.append(el);
    await el.updateComplete;
    expect(text(part(el, 'registration'))).to.equal('Inscripción obligatoria');
  });
});

describe('live lang changes', () => {
  /**
   * The lang observer (a MutationObserver) notifies in a microtask: let it run, then let
   * the card render. Not `nextFrame()`: a page in a background tab (the runner runs two
   * files at once) may get no animation frames.
   */
  async function settled(el: SessionCard): Promise<void> {
    await Promise.resolve();
    await el.updateComplete;
  }

  it('re-renders when the card’s own lang changes', async () => {
    const el = await card(await seedSession(), 'en');
    el.setAttribute('lang', 'fr');
    await settled(el);
    expect(text(part(el, 'registration'))).to.equal('Inscription obligatoire');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('fr');
    el.setAttribute('lang', 'ar');
    await settled(el);
    expect(text(part(el, 'registration'))).to.equal('التسجيل إلزامي');
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
  });

  it('re-renders when an ancestor’s lang changes', async () => {
    const session = await seedSession();
    const wrapper = fixtureSync<HTMLElement>(
      html`<section lang="de"><div><session-card .session=${session}></session-card></div></section>`
    );
    const el = wrapper.querySelector('session-card') as SessionCard;
    await el.updateComplete;
    expect(text(part(el, 'registration'))).to.equal('Anmeldung erforderlich');
    wrapper.setAttribute('lang', 'ru');
    await settled(el);
    expect(text(part(el, 'registration'))).to.equal('Нужна регистрация');
  });

  it('re-renders when <html lang> changes', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    try {
      root.setAttribute('lang', 'pt');
      const el = await card(await seedSession(), undefined);
      expect(text(part(el, 'registration'))).to.equal('Inscrição obrigatória');
      root.setAttribute('lang', 'zh-Hans');
      await settled(el);
      expect(text(part(el, 'registration'))).to.equal('需报名');
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });
});

describe('region tags and fallbacks', () => {
  it('speaks Spanish for es-AR, with Argentine formatting', async () => {
    const session = {...(await seedSession()), capacity: 1600};
    const [es, esAR] = [await card(session, 'es'), await card(session, 'es-AR')];
    expect(text(part(esAR, 'registration'))).to.equal('Inscripción obligatoria');
    expect(part(esAR, 'base')!.getAttribute('lang')).to.equal('es-AR');
    // Argentina writes a 12-hour clock and groups thousands; Spain neither here.
    const range = (el: SessionCard) => text(part(el, 'time-primary')!.querySelector('.range'));
    expect(range(esAR)).to.match(/^7:05\s?–\s?8:35 p\.\s?m\.$/);
    expect(range(es)).to.match(/^19:05\s?–\s?20:35$/);
    expect(text(esAR.shadowRoot!.querySelectorAll('.fact dd')[1])).to.equal('1.600 plazas');
    expect(text(es.shadowRoot!.querySelectorAll('.fact dd')[1])).to.equal('1600 plazas');
  });

  it('speaks Portuguese for pt-BR', async () => {
    const el = await card(await seedSession(), 'pt-BR');
    expect(text(part(el, 'registration'))).to.equal('Inscrição obrigatória');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('pt-BR');
  });

  for (const tag of ['zh-Hans-CN', 'zh-CN', 'zh']) {
    it(`speaks Chinese for ${tag}`, async () => {
      const el = await card(await seedSession(), tag);
      expect(text(part(el, 'registration'))).to.equal('需报名');
      expect(text(part(el, 'time-primary')?.querySelector('time.date'))).to.contain('6月');
    });
  }

  it('formats zh-TW times as Taiwan does: 晚上 shared by both ends, outside their <time>s', async () => {
    // Around them, the interface is Traditional Chinese.
    const el = await card(await seedSession(), 'zh-TW');
    expect(text(part(el, 'registration'))).to.equal('需報名');
    const range = part(el, 'time-primary')!.querySelector('.range')!;
    expect(text(range)).to.equal('晚上7:05至8:35');
    const times = [...range.querySelectorAll('time')];
    expect(times.map((time) => text(time))).to.deep.equal(['7:05', '8:35']);
    expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal([
      '2021-06-01T19:05:00+02:00',
      '2021-06-01T20:35:00+02:00',
    ]);
  });

  it('falls back to English for an unsupported language (fi)', async () => {
    const el = await card(await seedSession(), 'fi');
    expect(text(part(el, 'registration'))).to.equal('Registration required');
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
  });
});

describe('plural forms', () => {
  // Before the session: seats left are shown only while a reader can still take one.
  let thaw: () => void;
  beforeEach(() => (thaw = freezeDate(BEFORE_SEED)));
  afterEach(() => thaw());

  async function seatsLeft(lang: string, remaining: number): Promise<string> {
    const el = await card({...(await seedSession()), capacity: 200, remaining}, lang);
    return text(el.shadowRoot!.querySelectorAll('.fact dd')[2]);
  }

  it('writes Russian one, few and many', async () => {
    expect(await seatsLeft('ru', 1)).to.equal('Осталось 1 место');
    expect(await seatsLeft('ru', 2)).to.equal('Осталось 2 места');
    expect(await seatsLeft('ru', 5)).to.equal('Осталось 5 мест');
    expect(await seatsLeft('ru', 21)).to.equal('Осталось 21 место');
    expect(await seatsLeft('ru', 0)).to.equal('Мест нет');
  });

  it('writes Arabic one, two, few, many and other', async () => {
    const n = (count: number) => new Intl.NumberFormat('ar').format(count);
    expect(await seatsLeft('ar', 1)).to.equal(`${n(1)} مقعد متبقٍ`);
    expect(await seatsLeft('ar', 2)).to.equal(`${n(2)} مقعدان متبقيان`);
    expect(await seatsLeft('ar', 3)).to.equal(`${n(3)} مقاعد متبقية`);
    expect(await seatsLeft('ar', 11)).to.equal(`${n(11)} مقعدًا متبقيًا`);
    expect(await seatsLeft('ar', 100)).to.equal(`${n(100)} مقعد متبقٍ`);
  });

  it('writes English one and other', async () => {
    expect(await seatsLeft('en', 1)).to.equal('1 seat left');
    expect(await seatsLeft('en', 2)).to.equal('2 seats left');
  });
});

describe('Text maps', () => {
  const title = {en: 'Social innovation', fr: 'Innovation sociale', es: 'Innovación social'};

  it('picks the language of a regional tag (fr-CA → fr) and marks it with its lang', async () => {
    const el = await card({...(await seedSession()), title}, 'fr-CA');
    const heading = part(el, 'title')!;
    expect(text(heading)).to.equal('Innovation sociale');
    expect(heading.querySelector('[lang]')?.getAttribute('lang')).to.equal('fr');
  });

  it('adds no lang when the entry is in the card’s own language', async () => {
    const el = await card({...(await seedSession()), title}, 'es');
    const heading = part(el, 'title')!;
    expect(text(heading)).to.equal('Innovación social');
    expect(heading.querySelector('[lang]')).to.equal(null);
  });

  it('falls back to the first entry, marked with its lang, when none matches', async () => {
    const el = await card({...(await seedSession()), title: {es: 'Innovación social', fr: 'Innovation sociale'}}, 'de');
    const heading = part(el, 'title')!;
    expect(text(heading)).to.equal('Innovación social');
    expect(heading.querySelector('[lang]')?.getAttribute('lang')).to.equal('es');
    await expect(el).to.be.accessible();
  });
});

describe('error messages', () => {
  it('tells a French reader that the title is missing, in French', async () => {
    const el = await card({...(await seedSession()), title: undefined}, 'fr');
    expect(text(el.shadowRoot!.querySelector('.error-title'))).to.equal('Impossible d’afficher cette session.');
    expect(text(el.shadowRoot!.querySelector('[part~="error"] li'))).to.equal('Il manque le champ title.');
    await expect(el).to.be.accessible();
  });

  it('keeps field names, JSON literals and the example date-time untranslated', async () => {
    const el = await card({...(await seedSession()), start: '2021-06-01T14:05:00'}, 'de');
    const message = text(el.shadowRoot!.querySelector('[part~="error"] li'));
    expect(message).to.equal(
      'start ist kein Datum mit UTC-Offset: Z oder ±HH:MM ergänzen, wie in 2021-06-01T14:05:00-03:00.'
    );
  });
});

describe('mixed scripts and lists', () => {
  it('lays out English session text left to right inside an Arabic card', async () => {
    const el = await card(await seedSession(), 'ar');
    const root = el.shadowRoot!;
    const direction = (selector: string) => getComputedStyle(root.querySelector(selector)!).direction;
    expect(direction('[part~="base"]')).to.equal('rtl');
    expect(direction('[part~="attendance"]'), 'interface chip').to.equal('rtl');
    for (const selector of [
      '[part~="title"]',
      '[part~="tracks"]',
      '[part~="tracks"] li > bdi',
      '[part~="summary"] p',
      '[part~="section-heading"]',
      '[part~="documents"] li',
    ]) {
      expect(direction(selector), selector).to.equal('ltr');
    }
  });

  it('lays out Arabic session text right to left inside an English card', async () => {
    const el = await card({...(await seedSession()), title: {ar: 'الابتكار الاجتماعي والتنمية المحلية'}}, 'en');
    const title = part(el, 'title')!;
    expect(getComputedStyle(title).direction).to.equal('rtl');
    expect(title.querySelector('[lang]')?.getAttribute('lang')).to.equal('ar');
  });

  for (const lang of LANGUAGES) {
    it(`separates the organizers as ${lang} lists names`, async () => {
      const el = await card(await seedSession(), lang);
      const names = text(part(el, 'organizers')!.querySelector('span'));
      const separators = names.split(/ILO|ADEC|FAMSI/).slice(1, -1);
      expect(separators, `“${names}”`).to.have.length(2);
      // Thai separates with a space alone: the list is as Intl (CLDR) writes it, whatever it uses.
      expect(names).to.equal(
        text(
          document.createTextNode(
            new Intl.ListFormat(lang, {type: 'conjunction', style: 'narrow'}).format(['ILO', 'ADEC', 'FAMSI'])
          )
        )
      );
      if (lang !== 'th') {
        for (const separator of separators) expect(separator.trim(), `a separator in “${names}”`).to.not.equal('');
      }
    });
  }
});

describe('punctuation in the interface language', () => {
  /** The seed's card, shown from Madrid so that it has a second line in Córdoba's time. */
  async function punctuation(lang: Language) {
    const el = await card(await seedSession(), lang);
    const secondary = part(el, 'time-secondary')!;
    return {
      // Raw text: text() would fold French's no-break space into a plain one.
      term: el.shadowRoot!.querySelector('.fact dt')!.textContent.trim(),
      role: text(secondary.querySelector('.role')),
      zone: text(secondary.querySelector('.zone')),
    };
  }

  const expected: Partial<Record<Language, {term: RegExp; role: RegExp; zone: RegExp}>> = {
    en: {term: /^Platform:$/, role: /^\(event time\)$/, zone: /^\S.*\S, (GMT|UTC)[-\u2212]3$/},
    fr: {term: /^Plateforme\u00a0:$/, role: /^\(.+\)$/, zone: /^\S.*\S, (GMT|UTC)[-\u2212]3$/},
    ar: {term: /^\S.*:$/, role: /^\(.+\)$/, zone: /،/},
    'zh-Hans': {term: /^\S+：$/, role: /^（.+）$/, zone: /，/},
  };
  for (const [lang, want] of Object.entries(expected) as [Language, {term: RegExp; role: RegExp; zone: RegExp}][]) {
    it(`writes ${lang} colons, parentheses and commas`, async () => {
      const got = await punctuation(lang);
      expect(got.term, 'term').to.match(want.term);
      expect(got.role, 'role').to.match(want.role);
      expect(got.zone, 'zone label').to.match(want.zone);
      // Each mark once: no CSS or template adds another.
      expect(got.term.match(/[:：]/g), got.term).to.have.length(1);
    });
  }
});
