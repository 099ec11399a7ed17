/**
 * The card under strain: sessions at the size limits, pages that move, replace and remove
 * it, every URL field hostile at once, and clocks that jump (daylight-saving gaps and
 * overlaps, half- and quarter-hour zones, the date line). Every wall-clock time shown is
 * checked against an independent `Intl.DateTimeFormat` computation, not luxon.
 *
 * Covered elsewhere, so not repeated here: `src` statuses, content types, size cap,
 * time-out, an unreachable server and aborts (session-card-src.test.ts); the midnight
 * cases and the time-zone attribute (time-zones.test.ts).
 */
import {aTimeout, expect, fixture, html, nextFrame, oneEvent} from '@open-wc/testing';
import '../src/session-card.js';
import {SessionCard, type ProblemReport, type SessionCardWarningEvent} from '../src/index.js';
import type {Session} from '../src/contract/session-schema.js';
import {BEFORE_SEED, freezeDate} from './support/clock.js';
import {seedSession} from './support/seed.js';
import {GLOBAL_DATE_TIME, offsetMinutes, viewFrom, wallClock} from './support/zones.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: SessionCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

async function card(session: unknown, lang = 'en'): Promise<SessionCard> {
  const el = await fixture<SessionCard>(html`<session-card lang=${lang}></session-card>`);
  el.session = session as Session;
  await el.updateComplete;
  return el;
}

/** A card subclass under its own tag that counts its renders, to see what reaches it. */
class CountingCard extends SessionCard {
  renders = 0;
  protected override render() {
    this.renders++;
    return super.render();
  }
}
customElements.define('session-card-counting', CountingCard);

/** A frame until observers and Lit's update have run. */
async function settle(el: SessionCard): Promise<void> {
  await nextFrame();
  await el.updateComplete;
}

describe('<session-card> at the size limits', function () {
  this.timeout(30_000);

  it('renders a session of about 1 MB given as JSON in the session attribute, shortening nothing', async () => {
    const session = await seedSession();
    const paragraph = 'Localization is necessary to align actions with problems. '.repeat(40).trim();
    session.summary = Array.from({length: 450}, (_, i) => `${i + 1}. ${paragraph}`).join('\n\n');
    const json = JSON.stringify(session);
    expect(json.length).to.be.within(1_000_000, 1_200_000);

    const el = await fixture<SessionCard>(html`<session-card lang="en"></session-card>`);
    const loaded = oneEvent(el, 'session-card-load');
    el.setAttribute('session', json);
    await loaded;
    expect(text(part(el, 'title'))).to.equal(session.title);
    const paragraphs = [...part(el, 'summary')!.querySelectorAll('p')];
    expect(paragraphs).to.have.length(450);
    expect(text(paragraphs[449])).to.equal(`450. ${paragraph}`);
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  });

  it('renders 1,000 documents, each linked', async () => {
    const session = await seedSession();
    session.documents = Array.from({length: 1_000}, (_, i) => ({
      title: `Document ${i + 1}`,
      url: `https://example.org/doc/${i + 1}`,
    }));
    const el = await card(session);
    const items = [...part(el, 'documents')!.querySelectorAll('li')];
    expect(items).to.have.length(1_000);
    expect(text(items[999])).to.equal('Document 1000');
    expect(items[999].querySelector('a')!.getAttribute('href')).to.equal('https://example.org/doc/1000');
  });

  it('renders a 10,000-character title in full', async () => {
    const session = await seedSession();
    session.title = 'Social innovation and local development '.repeat(250).slice(0, 10_000);
    const el = await card(session);
    expect(part(el, 'title')!.textContent).to.equal(session.title);
    expect(part(el, 'title')!.textContent).to.have.length(10_000);
  });

  describe('a 300-character word wraps inside a 280 px card', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(8).slice(0, 300);

    /** No part of the card reaches past its frame. */
    function expectNoOverflow(el: SessionCard): void {
      const base = part(el, 'base') as HTMLElement;
      expect(el.getBoundingClientRect().width).to.equal(280);
      expect(base.scrollWidth, 'the card scrolls sideways').to.be.at.most(base.clientWidth);
      const frame = base.getBoundingClientRect();
      for (const element of base.querySelectorAll<HTMLElement>('*')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || getComputedStyle(element).position === 'absolute') continue;
        expect(box.left, `<${element.localName} class="${element.className}"> starts outside`).to.be.at.least(
          frame.left - 0.5
        );
        expect(box.right, `<${element.localName} class="${element.className}"> ends outside`).to.be.at.most(
          frame.right + 0.5
        );
      }
    }

    async function narrowCard(session: unknown, lang: string): Promise<SessionCard> {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 280px"><session-card lang=${lang}></session-card></div>`
      );
      const el = wrapper.querySelector('session-card')!;
      el.session = session as Session;
      await el.updateComplete;
      return el;
    }

    for (const lang of ['en', 'ar']) {
      it(`in every text field (${lang})`, async () => {
        const session: Session = {
          ...(await seedSession()),
          title: word,
          type: word,
          id: word,
          tracks: [word, word],
          location: word,
          platform: {name: word, url: `https://example.org/${word}`},
          organizers: [word, {name: word, url: 'https://example.org/'}],
          speakers: [{name: word, affiliation: word, url: 'https://example.org/'}],
          summary: `${word}\n\n${word}`,
          sections: [{heading: word, body: word}],
          documents: [{title: word, url: `https://example.org/${word}`}],
          languages: ['en', 'fr'],
          remaining: 12,
          url: 'https://example.org/',
        };
        const el = await narrowCard(session, lang);
        expect(text(part(el, 'title'))).to.equal(word);
        // Opened sections must wrap too.
        for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
        expectNoOverflow(el);
      });
    }

    // Australia/Eucla's label ("Australian Central Western Standard Time, GMT+8:45") is
    // longer than a 280 px card; the others grow once the end's offset is named too.
    it('in the longest zone labels: a long zone name, and offsets before and after a clock change', async () => {
      await viewFrom('Asia/Kathmandu');
      try {
        for (const timeZone of ['Australia/Eucla', 'Europe/Berlin', 'America/St_Johns', 'Australia/Lord_Howe']) {
          // March to May 2025: all but Eucla change their clocks in between.
          const session = {
            ...(await seedSession()),
            start: '2025-03-01T10:00:00Z',
            end: '2025-05-01T10:00:00Z',
            timeZone,
          };
          const el = await narrowCard(session, 'en');
          expect(text(el.shadowRoot!.querySelector('[part~=time-secondary] .zone')), timeZone).to.contain(', GMT');
          expectNoOverflow(el);
        }
      } finally {
        await viewFrom('UTC');
      }
    });

    it('in an error message quoting the long value', async () => {
      const el = await narrowCard({...(await seedSession()), timeZone: word}, 'en');
      expect(text(el.shadowRoot!.querySelector('[role=alert]'))).to.contain(word);
      expectNoOverflow(el);
    });
  });
});

describe('<session-card> on pages that misbehave', function () {
  this.timeout(20_000);

  describe('moved between documents', () => {
    let frame: HTMLIFrameElement;
    beforeEach(async () => {
      frame = document.createElement('iframe');
      frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      document.body.append(frame);
      await loaded;
    });
    afterEach(() => frame.remove());

    it('keeps rendering, styled, after moving into a same-origin iframe and back', async () => {
      const session = await seedSession();
      const el = await card(session);
      const otherDocument = frame.contentDocument!;

      otherDocument.body.append(otherDocument.adoptNode(el));
      await settle(el);
      expect(el.ownerDocument).to.equal(otherDocument);
      expect(text(part(el, 'title'))).to.equal(session.title);
      expect(otherDocument.defaultView!.getComputedStyle(el).display, 'its styles still apply').to.equal('block');
      expect(otherDocument.defaultView!.getComputedStyle(part(el, 'base')!).borderTopStyle).to.equal('solid');

      // It still follows its inputs there.
      const loaded = oneEvent(el, 'session-card-load');
      el.session = {...session, title: 'Changed in the frame'};
      await loaded;
      expect(text(part(el, 'title'))).to.equal('Changed in the frame');

      document.body.append(el);
      await settle(el);
      expect(el.ownerDocument).to.equal(document);
      expect(text(part(el, 'title'))).to.equal('Changed in the frame');
      el.session = {...session, title: 'Back home'};
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Back home');
      expect(getComputedStyle(part(el, 'base')!).borderTopStyle).to.equal('solid');
      el.remove();
    });

    it('speaks the language of the place it is moved to', async () => {
      const el = await fixture<SessionCard>(html`<div lang="en"><session-card></session-card></div>`).then((wrapper) =>
        wrapper.querySelector('session-card')!
      );
      el.session = {...(await seedSession()), capacity: 160};
      await el.updateComplete;
      expect(text(part(el, 'facts'))).to.contain('160 seats');

      const german = frame.contentDocument!;
      german.documentElement.lang = 'de';
      german.body.append(el);
      await settle(el);
      expect(text(part(el, 'facts')), 'in the German frame').to.contain('160 Plätze');

      // The frame's own lang changes are heard there, not the main document's.
      german.documentElement.lang = 'fr';
      await settle(el);
      expect(text(part(el, 'facts')), 'after the frame turned French').to.contain('160 places');
      const mainLang = document.documentElement.lang;
      document.documentElement.lang = 'es';
      await settle(el);
      document.documentElement.lang = mainLang;
      expect(text(part(el, 'facts')), 'the main document’s lang is not the frame’s').to.contain('160 places');
      el.remove();
    });
  });

  it('re-inserted: shows what it was given while detached, and announces it once', async () => {
    const session = await seedSession();
    const el = await card(session);
    const parent = el.parentElement!;
    const loads: string[] = [];
    el.addEventListener('session-card-load', (event) => loads.push(event.detail.session.title as string));

    el.remove();
    el.session = {...session, title: 'Set while detached'};
    parent.append(el);
    await settle(el);
    expect(text(part(el, 'title'))).to.equal('Set while detached');
    for (let i = 0; i < 5; i++) {
      el.remove();
      parent.append(el);
    }
    await settle(el);
    expect(loads, 'moving alone announces nothing new').to.deep.equal(['Set while detached']);
  });

  it('session replaced 1,000 times in a loop: the last one wins, rendered and announced once', async () => {
    const seed = await seedSession();
    const el = await fixture<CountingCard>(html`<session-card-counting lang="en"></session-card-counting>`);
    const events: string[] = [];
    el.addEventListener('session-card-load', (event) => events.push(`load ${event.detail.session.title as string}`));
    el.addEventListener('session-card-error', () => events.push('error'));
    const rendersBefore = el.renders;

    for (let i = 1; i <= 1_000; i++) {
      // Every other one is invalid: none of them may show or be announced.
      el.session = i % 2 ? {...seed, end: seed.start} : {...seed, title: `Version ${i}`};
    }
    await el.updateComplete;
    await aTimeout(50);
    expect(text(part(el, 'title'))).to.equal('Version 1000');
    expect(events).to.deep.equal(['load Version 1000']);
    expect(el.renders - rendersBefore).to.equal(1);
  });

  describe('releases what it holds when removed', () => {
    const htmlLang = document.documentElement.getAttribute('lang');
    afterEach(() => {
      if (htmlLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', htmlLang);
    });

    it('stops listening to lang changes on the page', async () => {
      const el = await fixture<CountingCard>(html`<session-card-counting></session-card-counting>`);
      el.session = await seedSession();
      await el.updateComplete;

      // Connected, a change of <html lang> reaches it ...
      let renders = el.renders;
      document.documentElement.lang = 'fr';
      await settle(el);
      expect(el.renders, 'connected: re-rendered in the new language').to.equal(renders + 1);
      expect(el.shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang')).to.equal('fr');

      // ... removed, nothing does.
      el.remove();
      renders = el.renders;
      document.documentElement.lang = 'es';
      document.documentElement.lang = 'de';
      await aTimeout(20);
      expect(el.renders, 'removed: not rendered').to.equal(renders);
      expect(el.isUpdatePending).to.equal(false);
    });

    it('stops watching its children', async () => {
      const session = await seedSession();
      const el = await fixture<CountingCard>(html`<session-card-counting lang="en"></session-card-counting>`);
      const inline = (title: string) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify({...session, title});
        return script;
      };
      // Connected, a new inline child is read ...
      el.append(inline('First child'));
      await settle(el);
      expect(text(part(el, 'title'))).to.equal('First child');

      // ... removed, children come and go unseen ...
      const parent = el.parentElement!;
      el.remove();
      const renders = el.renders;
      el.replaceChildren(inline('Added while removed'));
      await aTimeout(20);
      expect(el.renders).to.equal(renders);
      expect(el.isUpdatePending).to.equal(false);

      // ... and are read when it is back.
      parent.append(el);
      await settle(el);
      expect(text(part(el, 'title'))).to.equal('Added while removed');
    });

    it('aborts its request and clears its time-out timer; re-inserted, it fetches again', async () => {
      const timers = new Map<number, number>();
      const cleared = new Set<number>();
      const originalSet = setTimeout;
      const originalClear = clearTimeout;
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
        const id = originalSet(handler, delay, ...rest);
        timers.set(id, delay ?? 0);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id !== undefined) cleared.add(id);
        originalClear(id);
      }) as typeof window.clearTimeout;
      try {
        const el = await fixture<SessionCard>(
          html`<session-card lang="en" fetch-timeout="7777" src="/test-api/never"></session-card>`
        );
        const fetchTimer = [...timers].find(([, delay]) => delay === 7777)?.[0];
        expect(fetchTimer, 'the fetch time-out timer').to.not.equal(undefined);
        const parent = el.parentElement!;
        el.remove();
        await aTimeout(20);
        expect(cleared.has(fetchTimer!), 'the timer was cleared').to.equal(true);

        // Back in the page, it asks again (a server that now answers).
        el.src = '/test-api/session?title=Fetched%20again';
        const loaded = oneEvent(el, 'session-card-load');
        parent.append(el);
        await loaded;
        await el.updateComplete;
        expect(text(part(el, 'title'))).to.equal('Fetched again');
      } finally {
        window.setTimeout = originalSet;
        window.clearTimeout = originalClear;
      }
    });

    it('re-inserted while the same src was in flight, fetches it again', async () => {
      const el = await fixture<SessionCard>(
        html`<session-card lang="en" src="/test-api/session?delay=300&amp;title=Same%20src"></session-card>`
      );
      const parent = el.parentElement!;
      el.remove();
      const loaded = oneEvent(el, 'session-card-load');
      parent.append(el);
      await loaded;
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Same src');
    });
  });
});

describe('<session-card>: every URL field hostile at once', () => {
  const variants = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \t\njavascript:alert(1)',
    'java\tscr\nipt:alert(1)',
    '\u0001\u0008javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    ' VBScript:msgbox(1)',
  ];
  const urlPaths = [
    'url',
    'registration.url',
    'platform.url',
    'organizers[0].url',
    'organizers[1].url',
    'speakers[0].url',
    'speakers[1].url',
    'documents[0].url',
    'documents[1].url',
  ];

  async function sessionWithUrls(url: (index: number) => string): Promise<Session> {
    let i = 0;
    const next = () => url(i++);
    return {
      ...(await seedSession()),
      url: next(),
      registration: {required: true, url: next()},
      platform: {name: 'Zoom', url: next()},
      organizers: [
        {name: 'ILO', url: next()},
        {name: 'ADEC', url: next()},
      ],
      speakers: [
        {name: 'Ana Pérez', url: next()},
        {name: 'Li Wei', url: next()},
      ],
      documents: [
        {title: 'Report', url: next()},
        {title: 'Slides', url: next()},
      ],
    };
  }

  async function expectAllDropped(session: Session): Promise<void> {
    const el = await fixture<SessionCard>(html`<session-card lang="en"></session-card>`);
    const warned = oneEvent<SessionCardWarningEvent>(el, 'session-card-warning');
    el.session = session;
    const {detail} = await warned;
    await el.updateComplete;
    const anchors = [...el.shadowRoot!.querySelectorAll('a, [href]')];
    expect(
      anchors.map((a) => a.getAttribute('href')),
      'no link at all'
    ).to.deep.equal([]);
    const unsafe = detail.warnings.filter((w: ProblemReport) => w.code === 'unsafe-url');
    expect(unsafe.map((w: ProblemReport) => w.path).sort()).to.deep.equal([...urlPaths].sort());
    for (const warning of unsafe) expect(warning.message).to.contain(warning.path);
    // The items are still there, as text.
    for (const name of ['Zoom', 'ILO', 'ADEC', 'Ana Pérez', 'Li Wei', 'Report', 'Slides']) {
      expect(text(el.shadowRoot!.querySelector('[part~=base]'))).to.contain(name);
    }
    expect(part(el, 'register')).to.equal(null);
    expect(part(el, 'session-link')).to.equal(null);
  }

  for (const variant of variants) {
    it(`${JSON.stringify(variant)} in every field: no link, a warning for each path`, async () => {
      await expectAllDropped(await sessionWithUrls(() => variant));
    });
  }

  it('a different trick in each field', async () => {
    await expectAllDropped(await sessionWithUrls((index) => variants[index % variants.length]));
  });

  it('safe URLs in the same fields all become absolute http(s) or mailto links', async () => {
    const safe = [
      'https://example.org/s',
      '/register',
      '//example.org/zoom',
      '../ilo',
      'mailto:adec@example.org',
      '?speaker=ana',
      'HTTP://EXAMPLE.ORG/li',
      'docs/report.pdf',
      'https://example.org/slides#p2',
    ];
    // Before the session, when its register link is on offer.
    const thaw = freezeDate(BEFORE_SEED);
    const el = await card(await sessionWithUrls((index) => safe[index])).finally(thaw);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    // One link per URL field, and the session's page once more: its title links there.
    expect(hrefs).to.have.length(urlPaths.length + 1);
    for (const href of hrefs) {
      expect(href).to.match(/^(https?:\/\/|mailto:)/);
      expect(new URL(href).href).to.equal(href);
    }
    expect(hrefs).to.include.members(safe.map((url) => new URL(url, document.baseURI).href));
  });
});

// ---------------------------------------------------------------------------------------
// Clocks

/** One line of the times block, as shown. */
interface ShownLine {
  role: 'viewer' | 'event';
  start: {text: string; instant: number; datetime: string};
  end: {text: string; instant: number; datetime: string};
  date?: string;
  zone: string;
  endsLater?: string;
  text: string;
}

function shownLines(el: SessionCard): ShownLine[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="time-primary"], [part~="time-secondary"]')].map(
    (line) => {
      const [start, end] = [...line.querySelectorAll('.range time')].map((time) => ({
        text: text(time),
        datetime: time.getAttribute('datetime')!,
        instant: Date.parse(time.getAttribute('datetime')!),
      }));
      const endsLater = line.querySelector('.ends-later');
      return {
        role: text(line.querySelector('.role')) === '(your time)' ? 'viewer' : 'event',
        start,
        end,
        // ICU writes `Tue 1 Jun 2021` or `Tue, 1 Jun 2021` depending on its version: commas are dropped.
        date: line.querySelector('time.date') ? text(line.querySelector('time.date')).replace(/,/g, '') : undefined,
        zone: text(line.querySelector('.zone')).replace(/\u2212/g, '-'),
        endsLater: endsLater ? text(endsLater).replace(/,/g, '') : undefined,
        text: text(line),
      };
    }
  );
}

/** The instant a contract date-time names, read by Date.parse after dropping the [Zone] suffix. */
const instantOf = (dateTime: string) => Date.parse(dateTime.replace(/\[.*$/, ''));

/** `GMT+5:45`, `GMT-2:30`, `GMT+14`, `GMT`: how Intl's shortOffset names the offset, worked out by hand. */
function gmtLabel(timeZone: string, epochMs: number): string {
  const minutes = offsetMinutes(timeZone, epochMs);
  if (minutes === 0) return 'GMT';
  const abs = Math.abs(minutes);
  const sign = minutes < 0 ? '-' : '+';
  const mm = abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : '';
  return `GMT${sign}${Math.floor(abs / 60)}${mm}`;
}

/**
 * The line shows `startMs` to `endMs` as they read in `timeZone`: each 24-hour time equal
 * to Intl's own reading, each `<time datetime>` a valid string naming that instant.
 */
function expectLine(line: ShownLine, timeZone: string, startMs: number, endMs: number): void {
  expect(line.start.instant, `start ${line.start.datetime}`).to.equal(startMs);
  expect(line.end.instant, `end ${line.end.datetime}`).to.equal(endMs);
  expect(line.start.datetime).to.match(GLOBAL_DATE_TIME);
  expect(line.end.datetime).to.match(GLOBAL_DATE_TIME);
  expect(line.start.text, `start in ${timeZone}`).to.equal(wallClock(startMs, timeZone));
  expect(line.end.text, `end in ${timeZone}`).to.equal(wallClock(endMs, timeZone));
  expect(line.start.datetime.slice(11, 16)).to.equal(wallClock(startMs, timeZone));
  expect(line.end.datetime.slice(11, 16)).to.equal(wallClock(endMs, timeZone));
}

const dayIn = (timeZone: string, epochMs: number, year = true) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(year ? {year: 'numeric'} : {}),
  })
    .format(epochMs)
    .replace(/,/g, '');

/** The seed, moved to `start`–`end`; the seed's timeZone is replaced (or dropped). */
async function sessionAt(start: string, end: string, timeZone?: string): Promise<Session> {
  const {timeZone: _seedZone, ...seed} = await seedSession();
  return {...seed, start, end, ...(timeZone ? {timeZone} : {})};
}

/** An en-GB card (24-hour times) with the session; collects its warnings and errors. */
async function clockCard(session: Session) {
  const el = await fixture<SessionCard>(html`<session-card lang="en-GB"></session-card>`);
  const warnings: ProblemReport[] = [];
  const errors: ProblemReport[] = [];
  el.addEventListener('session-card-warning', (event) => warnings.push(...event.detail.warnings));
  el.addEventListener('session-card-error', (event) => errors.push(...event.detail.errors));
  el.session = session;
  await el.updateComplete;
  return {el, warnings, errors, lines: shownLines(el)};
}

describe('<session-card> across time zones and daylight-saving changes', function () {
  this.timeout(20_000);
  afterEach(async () => {
    await viewFrom('UTC');
  });

  describe('a wall time in the spring-forward gap (Berlin, 2025-03-30 02:00–03:00 does not exist)', () => {
    const start = '2025-03-30T02:30:00+01:00[Europe/Berlin]';
    const end = '2025-03-30T04:00:00+02:00[Europe/Berlin]';

    it('the offset fixes the instant: 03:30 in Berlin, with a warning that names the contradiction', async () => {
      await viewFrom('Europe/Berlin');
      const {lines, warnings, errors} = await clockCard(await sessionAt(start, end));
      expect(errors).to.deep.equal([]);
      expect(lines).to.have.length(1);
      expectLine(lines[0], 'Europe/Berlin', instantOf(start), instantOf(end));
      expect([lines[0].start.text, lines[0].end.text]).to.deep.equal(['03:30', '04:00']);
      expect(instantOf(start)).to.equal(Date.UTC(2025, 2, 30, 1, 30));
      expect(warnings.map((w) => [w.code, w.path])).to.deep.equal([['offset-contradicts-zone', 'start']]);
      expect(warnings[0].message).to.contain('+01:00').and.to.contain('Europe/Berlin').and.to.contain('+02:00');
    });

    it('seen from New York: 21:30–23:00 the day before', async () => {
      await viewFrom('America/New_York');
      const {lines} = await clockCard(await sessionAt(start, end));
      const viewer = lines.find((line) => line.role === 'viewer')!;
      expectLine(viewer, 'America/New_York', instantOf(start), instantOf(end));
      expect(viewer.date).to.equal(dayIn('America/New_York', instantOf(start)));
      expectLine(
        lines.find((line) => line.role === 'event')!,
        'Europe/Berlin',
        instantOf(start),
        instantOf(end)
      );
    });
  });

  describe('a wall time in the fall-back overlap (Berlin, 2025-10-26 02:00–03:00 happens twice)', () => {
    const first = '2025-10-26T02:30:00+02:00[Europe/Berlin]';
    const second = '2025-10-26T02:30:00+01:00[Europe/Berlin]';

    it('02:30+02:00 and 02:30+01:00 are an hour apart, and a card shows them so', async () => {
      expect(instantOf(second) - instantOf(first)).to.equal(3_600_000);
      await viewFrom('UTC');
      const {lines, warnings, errors} = await clockCard(await sessionAt(first, second));
      expect(errors).to.deep.equal([]);
      expect(warnings, 'both offsets are Berlin’s').to.deep.equal([]);
      const [viewer, event] = lines;
      expectLine(viewer, 'UTC', instantOf(first), instantOf(second));
      expect([viewer.start.text, viewer.end.text]).to.deep.equal(['00:30', '01:30']);
      expectLine(event, 'Europe/Berlin', instantOf(first), instantOf(second));
    });

    it('seen from Berlin, both ends read 02:30, and the line names both offsets', async () => {
      await viewFrom('Europe/Berlin');
      const {lines} = await clockCard(await sessionAt(first, second));
      expect(lines).to.have.length(1);
      expectLine(lines[0], 'Europe/Berlin', instantOf(first), instantOf(second));
      expect([lines[0].start.text, lines[0].end.text]).to.deep.equal(['02:30', '02:30']);
      expect(lines[0].start.datetime).to.equal('2025-10-26T02:30:00+02:00');
      expect(lines[0].end.datetime).to.equal('2025-10-26T02:30:00+01:00');
      // "02:30 – 02:30 GMT+2" alone would read as no time at all: the end's offset is shown too.
      expect(lines[0].zone).to.contain('GMT+2').and.to.contain('GMT+1');
    });

    it('two sessions at 02:30, one per offset, are shown an hour apart from New York', async () => {
      await viewFrom('America/New_York');
      const earlier = await clockCard(await sessionAt(first, '2025-10-26T02:45:00+02:00[Europe/Berlin]'));
      const later = await clockCard(await sessionAt(second, '2025-10-26T02:45:00+01:00[Europe/Berlin]'));
      const [a, b] = [earlier, later].map(({lines}) => lines.find((line) => line.role === 'viewer')!);
      expectLine(a, 'America/New_York', instantOf(first), instantOf('2025-10-26T02:45:00+02:00'));
      expectLine(b, 'America/New_York', instantOf(second), instantOf('2025-10-26T02:45:00+01:00'));
      expect([a.start.text, b.start.text]).to.deep.equal(['20:30', '21:30']);
    });
  });

  it('a session spanning the viewer’s fall-back but not the event’s: 01:30 EDT – 02:30 EST, two hours', async () => {
    await viewFrom('America/New_York');
    const start = '2025-11-02T14:30:00+09:00[Asia/Tokyo]';
    const end = '2025-11-02T16:30:00+09:00[Asia/Tokyo]';
    const {lines, warnings} = await clockCard(await sessionAt(start, end));
    expect(warnings).to.deep.equal([]);
    const viewer = lines.find((line) => line.role === 'viewer')!;
    expectLine(viewer, 'America/New_York', instantOf(start), instantOf(end));
    expect([viewer.start.text, viewer.end.text]).to.deep.equal(['01:30', '02:30']);
    // One hour on the clock, two in fact: the line must not claim one offset for both ends.
    expect(viewer.zone).to.contain('GMT-4').and.to.contain('GMT-5');
    const event = lines.find((line) => line.role === 'event')!;
    expectLine(event, 'Asia/Tokyo', instantOf(start), instantOf(end));
    expect([event.start.text, event.end.text]).to.deep.equal(['14:30', '16:30']);
    expect(event.zone).to.contain('GMT+9').and.not.to.contain('GMT-');
  });

  describe('viewers at half- and quarter-hour offsets and across the date line', () => {
    // The seed: 17:05–18:35 UTC, 1 June 2021.
    const seedStart = Date.parse('2021-06-01T14:05:00-03:00');
    const seedEnd = Date.parse('2021-06-01T15:35:00-03:00');
    const viewers: Array<[string, string, string]> = [
      ['Asia/Kathmandu', 'GMT+5:45', '22:50'],
      ['Pacific/Chatham', 'GMT+12:45', '05:50'],
      ['America/St_Johns', 'GMT-2:30', '14:35'],
      ['Pacific/Kiritimati', 'GMT+14', '07:05'],
      ['Pacific/Pago_Pago', 'GMT-11', '06:05'],
    ];
    for (const [zone, label, startText] of viewers) {
      it(`${zone}: ${startText}, ${label}`, async () => {
        await viewFrom(zone);
        const {lines} = await clockCard(await seedSession());
        const [viewer, event] = lines;
        expect(viewer.role).to.equal('viewer');
        expectLine(viewer, zone, seedStart, seedEnd);
        expect(viewer.start.text).to.equal(startText);
        expect(viewer.zone).to.equal(gmtLabel(zone, seedStart));
        expect(viewer.zone).to.equal(label);
        expect(viewer.date).to.equal(dayIn(zone, seedStart));
        const crossesMidnight = dayIn(zone, seedStart) !== dayIn(zone, seedEnd - 1);
        expect(viewer.endsLater).to.equal(crossesMidnight ? `ends ${dayIn(zone, seedEnd, false)}` : undefined);
        expectLine(event, 'America/Argentina/Cordoba', seedStart, seedEnd);
      });
    }
  });

  it('a session longer than a day names the day it ends on, in each zone', async () => {
    await viewFrom('Asia/Tokyo');
    const start = '2025-06-01T09:00:00+02:00[Europe/Berlin]';
    const end = '2025-06-03T18:30:00+02:00[Europe/Berlin]';
    const {lines} = await clockCard(await sessionAt(start, end, 'Europe/Berlin'));
    const viewer = lines.find((line) => line.role === 'viewer')!;
    expectLine(viewer, 'Asia/Tokyo', instantOf(start), instantOf(end));
    expect(viewer.date).to.equal(dayIn('Asia/Tokyo', instantOf(start)));
    expect(viewer.endsLater).to.equal(`ends ${dayIn('Asia/Tokyo', instantOf(end), false)}`);
    expect(viewer.endsLater).to.equal('ends Wed 4 Jun');
    const event = lines.find((line) => line.role === 'event')!;
    expectLine(event, 'Europe/Berlin', instantOf(start), instantOf(end));
    expect(event.endsLater).to.equal('ends Tue 3 Jun');
  });

  it('an offset contradicting its [Zone]: the offset fixes the instant, with a warning', async () => {
    await viewFrom('Europe/Berlin');
    const start = '2025-07-10T14:00:00+05:00[Europe/Berlin]';
    const end = '2025-07-10T15:00:00+05:00[Europe/Berlin]';
    const {lines, warnings, errors} = await clockCard(await sessionAt(start, end));
    expect(errors).to.deep.equal([]);
    expect(lines).to.have.length(1);
    expectLine(lines[0], 'Europe/Berlin', instantOf(start), instantOf(end));
    expect([lines[0].start.text, lines[0].end.text]).to.deep.equal(['11:00', '12:00']);
    expect(warnings.map((w) => [w.code, w.path])).to.deep.equal([
      ['offset-contradicts-zone', 'start'],
      ['offset-contradicts-zone', 'end'],
    ]);
  });

  it('a critical [!Europe/Berlin] the offset contradicts: a visible error, zone-contradicts-offset', async () => {
    await viewFrom('Europe/Berlin');
    const {el, errors, lines} = await clockCard(
      await sessionAt('2025-07-10T14:00:00+05:00[!Europe/Berlin]', '2025-07-10T15:00:00+02:00[!Europe/Berlin]')
    );
    expect(lines).to.deep.equal([]);
    expect(errors.map((e) => [e.code, e.path])).to.deep.equal([['zone-contradicts-offset', 'start']]);
    const alert = text(el.shadowRoot!.querySelector('[role=alert]'));
    expect(alert).to.contain('cannot be shown').and.to.contain('+05:00').and.to.contain('Europe/Berlin');
  });

  it('an unknown zone in a [Zone] suffix: a visible error naming it', async () => {
    const {el, errors} = await clockCard(
      await sessionAt('2025-07-10T14:00:00+02:00[Mars/Olympus_Mons]', '2025-07-10T15:00:00+02:00')
    );
    expect(errors.map((e) => [e.code, e.path])).to.deep.equal([['unknown-time-zone', 'start']]);
    expect(text(el.shadowRoot!.querySelector('[role=alert]'))).to.contain('Mars/Olympus_Mons');
  });
});
