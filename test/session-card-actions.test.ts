/**
 * What a reader can do with the session, on the real element: the status line and the
 * actions (Join, Register, Add to calendar) as the clock crosses each milestone, the
 * organizer's status, a full session, the calendar disclosure (keyboard, clicks, the
 * `calendar` attribute, the links it builds, right to left, axe), one timer for a page of a
 * thousand cards, and a hidden page that catches up when shown.
 *
 * The clock suites fake Date, setTimeout and clearTimeout (sinon), and make their cards by
 * hand: open-wc's `fixture` and axe want real timers. The calendar suite fakes only Date
 * (freezeDate), so that fixture, sendKeys and axe run as they do for a reader.
 */
import {aTimeout, expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import type {SessionCard, SessionCardCalendarEvent, SessionCardWarningEvent} from '../src/index.js';
import '../src/session-card.js';
import type {Session} from '../src/contract/session-schema.js';
import {LIVE_STATES} from '../src/time/live-status.js';
import {BEFORE_SEED, freezeDate} from './support/clock.js';
import {seedSession} from './support/seed.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** The seed session's start and end (2021-06-01T17:05Z → 18:35Z). */
const START = Date.parse('2021-06-01T14:05:00-03:00');
const END = Date.parse('2021-06-01T15:35:00-03:00');
const JOIN_URL = 'https://zoom.example/j/322';
const REGISTER_URL = 'https://example.org/register/3.2.2';
const ALL_CALENDARS = ['ics', 'google', 'outlook', 'office365', 'yahoo'];

/** Visible text, whitespace collapsed, without the isolates (FSI, PDI) around quoted values. */
function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
const part = <T extends HTMLElement = HTMLElement>(el: SessionCard, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const parts = <T extends HTMLElement = HTMLElement>(el: SessionCard, name: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`),
];
/**
 * An element as a short string (`<a part="calendar-option" data-calendar="ics">`), or null.
 * Assertions compare these, never nodes: a failing assertion whose value is a DOM node
 * stalls @web/test-runner (the run never reports, and times out after 120 s).
 */
function tag(node: Element | null | undefined): string | null {
  if (!node) return null;
  const attributes = ['id', 'part', 'data-calendar']
    .filter((name) => node.hasAttribute(name))
    .map((name) => ` ${name}="${node.getAttribute(name)}"`);
  return `<${node.localName}${attributes.join('')}>`;
}
/** The LiveStates the card matches with `:state()`. */
const statesOf = (el: Element) => LIVE_STATES.filter((state) => el.matches(`:state(${state})`));
const calendarsOffered = (el: SessionCard) =>
  parts<HTMLAnchorElement>(el, 'calendar-option').map((option) => option.dataset.calendar);

/** The seed with every action possible: a join link, a register link. */
async function actionableSeed(changes: Partial<Session> = {}): Promise<Session> {
  return {
    ...(await seedSession()),
    platform: {name: 'Zoom', url: JOIN_URL},
    registration: {required: true, url: REGISTER_URL},
    ...changes,
  };
}

/** What the card offers, in a form an assertion can show whole. */
function actionsOf(el: SessionCard) {
  return {
    join: part<HTMLAnchorElement>(el, 'join')?.href,
    register: part<HTMLAnchorElement>(el, 'register')?.href,
    calendar: part(el, 'calendar') !== null,
  };
}

/**
 * Cards made by hand under fake timers (open-wc's fixture is not needed, and its cleanup
 * would run after the real timers are back): each is removed in afterEach, before the clock
 * is restored, so the page clock lets go of its fake timer.
 */
function handMadeCards() {
  const made: Element[] = [];
  return {
    async card(session: Session, attrs: Record<string, string> = {}): Promise<SessionCard> {
      const el = document.createElement('session-card');
      el.setAttribute('lang', 'en');
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      el.session = session;
      document.body.append(el);
      made.push(el);
      await el.updateComplete;
      return el;
    },
    track(element: Element) {
      made.push(element);
    },
    removeAll() {
      for (const element of made.splice(0)) element.remove();
    },
  };
}

describe('<session-card> status and actions as the clock moves', () => {
  let clock: sinon.SinonFakeTimers;
  const cards = handMadeCards();

  afterEach(() => {
    cards.removeAll();
    clock.restore();
  });

  it('opens Join at start − 15 min, is live at the start, and offers nothing once ended, by itself', async () => {
    clock = sinon.useFakeTimers({now: START - 20 * MIN, toFake: ['Date', 'setTimeout', 'clearTimeout']});
    const el = await cards.card(await actionableSeed());
    // Nothing below asks the card to update: only the clock moves.
    const status = () => text(part(el, 'live-status'));

    expect(status()).to.equal('Starts in 20 minutes');
    expect(statesOf(el)).to.deep.equal(['upcoming']);
    expect(actionsOf(el)).to.deep.equal({join: undefined, register: REGISTER_URL, calendar: true});

    // One millisecond before the join window.
    await clock.tickAsync(5 * MIN - 1);
    await el.updateComplete;
    expect(Date.now()).to.equal(START - 15 * MIN - 1);
    expect(status()).to.equal('Starts in 16 minutes');
    expect(statesOf(el)).to.deep.equal(['upcoming']);
    expect(tag(part(el, 'join'))).to.equal(null);

    // The join window opens.
    await clock.tickAsync(1);
    await el.updateComplete;
    expect(status()).to.equal('Starts in 15 minutes');
    expect(statesOf(el)).to.deep.equal(['soon']);
    expect(el.matches(':state(soon)')).to.equal(true);
    expect(actionsOf(el)).to.deep.equal({join: JOIN_URL, register: REGISTER_URL, calendar: true});

    // One millisecond before the start, then the start.
    await clock.tickAsync(15 * MIN - 1);
    await el.updateComplete;
    expect(status()).to.equal('Starts in 1 minute');
    expect(statesOf(el)).to.deep.equal(['soon']);
    await clock.tickAsync(1);
    await el.updateComplete;
    expect(status()).to.equal('Live now · ends in 1 hour');
    expect(statesOf(el)).to.deep.equal(['live']);
    expect(actionsOf(el).join).to.equal(JOIN_URL);

    // One millisecond before the end, then the end.
    await clock.tickAsync(END - START - 1);
    await el.updateComplete;
    expect(status()).to.equal('Live now · ends in 1 minute');
    expect(actionsOf(el).join).to.equal(JOIN_URL);
    await clock.tickAsync(1);
    await el.updateComplete;
    expect(status()).to.equal('Ended');
    expect(statesOf(el)).to.deep.equal(['ended']);
    expect(el.matches(':state(ended)')).to.equal(true);
    expect(actionsOf(el)).to.deep.equal({join: undefined, register: undefined, calendar: false});
    expect(clock.countTimers(), 'nothing left to wake an ended card for').to.equal(0);
  });

  it('closes registration at registration.closes: the deadline line and the register link follow', async () => {
    const closes = '2021-05-31T23:59:00-03:00';
    const closesMs = Date.parse(closes);
    clock = sinon.useFakeTimers({now: closesMs - 2 * DAY - HOUR, toFake: ['Date', 'setTimeout', 'clearTimeout']});
    const el = await cards.card(await actionableSeed({registration: {required: true, url: REGISTER_URL, closes}}));
    const deadline = () => text(part(el, 'registration-deadline'));

    expect(deadline()).to.equal('Registration closes in 2 days');
    expect(part<HTMLAnchorElement>(el, 'register')?.href).to.equal(REGISTER_URL);

    await clock.tickAsync(2 * DAY + HOUR - 1);
    await el.updateComplete;
    expect(Date.now()).to.equal(closesMs - 1);
    expect(deadline()).to.equal('Registration closes in 1 minute');
    expect(part<HTMLAnchorElement>(el, 'register')?.href).to.equal(REGISTER_URL);

    await clock.tickAsync(1);
    await el.updateComplete;
    expect(deadline()).to.equal('Registration closed');
    expect(tag(part(el, 'register'))).to.equal(null);
    // Only registration closed: the session still lies ahead, and can still go in a calendar.
    expect(statesOf(el)).to.deep.equal(['upcoming']);
    expect(tag(part(el, 'calendar'))).to.not.equal(null);
  });
});

describe('<session-card> organizer status', () => {
  let clock: sinon.SinonFakeTimers;
  const cards = handMadeCards();

  beforeEach(() => {
    // Inside the join window, where every action would otherwise be on offer.
    clock = sinon.useFakeTimers({now: START - 10 * MIN, toFake: ['Date', 'setTimeout', 'clearTimeout']});
  });
  afterEach(() => {
    cards.removeAll();
    clock.restore();
  });

  for (const [status, said] of [
    ['cancelled', 'Cancelled'],
    ['postponed', 'Postponed'],
  ] as const) {
    it(`says "${said}" for ${status}, matches :state(${status}), and offers nothing, even when joinable`, async () => {
      const el = await cards.card(await actionableSeed({status}));
      expect(text(part(el, 'live-status'))).to.equal(said);
      expect(statesOf(el)).to.deep.equal([status]);
      expect(actionsOf(el)).to.deep.equal({join: undefined, register: undefined, calendar: false});
      expect(clock.countTimers(), 'it will not change by itself').to.equal(0);
    });
  }

  for (const [status, notice] of [
    ['rescheduled', 'Rescheduled'],
    ['moved-online', 'Moved online'],
  ] as const) {
    it(`says "${notice}", then the usual line, and offers every action, for ${status}`, async () => {
      const el = await cards.card(await actionableSeed({status}));
      expect(text(part(el, 'live-status'))).to.equal(`${notice} · Starts in 10 minutes`);
      expect(statesOf(el)).to.deep.equal(['soon']);
      expect(actionsOf(el)).to.deep.equal({join: JOIN_URL, register: REGISTER_URL, calendar: true});
    });
  }

  it('says "Full" for remaining: 0 and offers no register link, even before the start', async () => {
    clock.setSystemTime(Date.parse(BEFORE_SEED));
    const open = await cards.card(await actionableSeed({remaining: 12}));
    expect(part<HTMLAnchorElement>(open, 'register')?.href, 'with seats left').to.equal(REGISTER_URL);

    const full = await cards.card(await actionableSeed({remaining: 0}));
    expect(text(part(full, 'facts'))).to.contain('Full');
    expect(statesOf(full)).to.deep.equal(['upcoming']);
    expect(tag(part(full, 'register'))).to.equal(null);
    expect(tag(part(full, 'calendar')), 'a full session can still go in a calendar').to.not.equal(null);
  });
});

describe('<session-card> Add to calendar', () => {
  let thaw: () => void;

  beforeEach(() => {
    thaw = freezeDate(BEFORE_SEED);
  });
  afterEach(() => thaw());

  async function calendarCard(attrs: Record<string, string> = {}, lang = 'en'): Promise<SessionCard> {
    const el = document.createElement('session-card');
    el.setAttribute('lang', lang);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.session = await seedSession();
    return fixture<SessionCard>(el);
  }

  async function open(el: SessionCard): Promise<HTMLElement> {
    part(el, 'calendar')!.click();
    await el.updateComplete;
    const menu = part(el, 'calendar-menu');
    expect(tag(menu), 'the list opens').to.not.equal(null);
    return menu!;
  }

  /** Clicks `target` without leaving the page (no download, no new tab): the card hears the click all the same. */
  function clickWithoutNavigating(target: HTMLElement): void {
    const stay = (event: Event) => event.preventDefault();
    window.addEventListener('click', stay);
    try {
      target.click();
    } finally {
      window.removeEventListener('click', stay);
    }
  }

  it('lets go of an open list once the session offers no calendar, and a later session starts closed', async () => {
    const el = await calendarCard();
    await open(el);
    const seed = await seedSession();
    el.session = {...seed, status: 'cancelled'};
    await el.updateComplete;
    expect(tag(part(el, 'calendar')), 'no calendar for a cancelled session').to.equal(null);
    el.session = seed;
    await el.updateComplete;
    expect(part(el, 'calendar')!.getAttribute('aria-expanded')).to.equal('false');
    expect(tag(part(el, 'calendar-menu'))).to.equal(null);
  });

  it('starts closed, with the list not even built', async () => {
    const el = await calendarCard();
    const button = part(el, 'calendar')!;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(tag(el.shadowRoot!.querySelector('[part~="calendar-menu"], [part~="calendar-option"]'))).to.equal(null);
  });

  it('works by keyboard: Tab, Enter opens, Tab to the first option, Escape closes onto the button', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <session-card lang="en" .session=${await seedSession()}></session-card>
    </div>`);
    const el = page.querySelector('session-card')!;
    await el.updateComplete;
    const button = part(el, 'calendar')!;

    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({press: 'Tab'});
    expect(tag(el.shadowRoot!.activeElement), 'Tab reaches the button').to.equal(tag(button));

    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const menu = part(el, 'calendar-menu')!;
    expect(button.getAttribute('aria-controls')).to.equal(menu.id);
    expect(calendarsOffered(el)).to.deep.equal(ALL_CALENDARS);

    await sendKeys({press: 'Tab'});
    expect(tag(el.shadowRoot!.activeElement), 'Tab reaches the first option').to.equal(
      '<a part="calendar-option" data-calendar="ics">'
    );

    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(tag(part(el, 'calendar-menu'))).to.equal(null);
    expect(tag(el.shadowRoot!.activeElement), 'focus is back on the button').to.equal(tag(button));
  });

  it('closes with Escape in a card inside another component’s shadow root', async () => {
    // There, document.activeElement is the outer component, not the card, while focus is in the card.
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('session-card');
    el.setAttribute('lang', 'en');
    el.session = await seedSession();
    outer.attachShadow({mode: 'open'}).append(el);
    await el.updateComplete;
    const button = part(el, 'calendar')!;
    button.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');

    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(tag(part(el, 'calendar-menu')), 'Escape closes it').to.equal(null);
    expect(tag(el.shadowRoot!.activeElement)).to.equal(tag(button));
  });

  it('closes on a click outside, on the page or on another control, and not on a click inside the list', async () => {
    const el = await calendarCard();
    const button = part(el, 'calendar')!;
    const menu = await open(el);
    menu.click();
    menu.querySelector('li')!.click();
    await el.updateComplete;
    expect(tag(part(el, 'calendar-menu')), 'a click inside keeps it open').to.not.equal(null);
    expect(button.getAttribute('aria-expanded')).to.equal('true');

    document.body.click();
    await el.updateComplete;
    expect(tag(part(el, 'calendar-menu')), 'a click on the page closes it').to.equal(null);
    expect(button.getAttribute('aria-expanded')).to.equal('false');

    await open(el);
    const other = document.createElement('button');
    other.id = 'elsewhere';
    other.textContent = 'elsewhere';
    el.after(other);
    try {
      other.focus();
      other.click();
      await el.updateComplete;
      expect(tag(part(el, 'calendar-menu')), 'a click on another control closes it').to.equal(null);
      expect(tag(document.activeElement), 'and leaves focus there').to.equal('<button id="elsewhere">');
    } finally {
      other.remove();
    }
  });

  it('offers the calendars the calendar attribute names, in its order; none for "none"', async () => {
    const two = await calendarCard({calendar: 'ics google'});
    await open(two);
    expect(calendarsOffered(two)).to.deep.equal(['ics', 'google']);

    const reversed = await calendarCard({calendar: 'yahoo ics'});
    await open(reversed);
    expect(calendarsOffered(reversed)).to.deep.equal(['yahoo', 'ics']);

    const none = await calendarCard({calendar: 'none'});
    expect(tag(part(none, 'calendar'))).to.equal(null);
    expect(tag(part(none, 'title')), 'the card is shown all the same').to.not.equal(null);
  });

  it('warns of an unknown calendar name, and offers the others', async () => {
    const warned = oneEvent<SessionCardWarningEvent>(document, 'session-card-warning');
    const el = await calendarCard({calendar: 'google gogle ics'});
    const {detail} = await warned;
    expect(detail.warnings.map((warning) => warning.code)).to.deep.equal(['unknown-calendar']);
    expect(detail.warnings[0].path).to.equal('calendar');
    await open(el);
    expect(calendarsOffered(el)).to.deep.equal(['google', 'ics']);
  });

  it('fires session-card-calendar with the option chosen, then closes onto the button', async () => {
    const el = await calendarCard();
    const button = part(el, 'calendar')!;
    for (const target of ALL_CALENDARS) {
      await open(el);
      const chosen = oneEvent<SessionCardCalendarEvent>(document, 'session-card-calendar');
      clickWithoutNavigating(el.shadowRoot!.querySelector(`[part~="calendar-option"][data-calendar="${target}"]`)!);
      const event = await chosen;
      expect(event.detail.target).to.equal(target);
      expect(event.bubbles && event.composed).to.equal(true);
      // The list stays for the click's own default action (following the link), then closes.
      expect(part(el, 'calendar-menu'), 'still open while the link is followed').to.exist;
      await aTimeout(0);
      await el.updateComplete;
      expect(tag(part(el, 'calendar-menu')), `closed after choosing ${target}`).to.equal(null);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(tag(el.shadowRoot!.activeElement)).to.equal(tag(button));
    }
  });

  it('links an .ics file named after the session id, with the event in UTC', async () => {
    const el = await calendarCard();
    await open(el);
    const ics = el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-calendar="ics"]')!;
    expect(ics.getAttribute('download')).to.equal('3.2.2.ics');
    expect(ics.href.startsWith('data:text/calendar')).to.equal(true);
    const file = await (await fetch(ics.href)).text();
    expect(file).to.contain('BEGIN:VCALENDAR');
    expect(file).to.contain('DTSTART:20210601T170500Z');
    expect(file).to.contain('DTEND:20210601T183500Z');
  });

  it('links Google Calendar with the session’s times in UTC', async () => {
    const el = await calendarCard();
    await open(el);
    const google = el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-calendar="google"]')!;
    const url = new URL(google.href);
    expect(url.hostname).to.equal('calendar.google.com');
    expect(url.searchParams.get('dates')).to.equal('20210601T170500Z/20210601T183500Z');
    expect(google.hasAttribute('download')).to.equal(false);
  });

  it('hangs the list from the end edge of the joining block, mirrored in Arabic, inside the card', async () => {
    const edges = async (lang: string) => {
      const el = await calendarCard({}, lang);
      const menu = (await open(el)).getBoundingClientRect();
      const joining = part(el, 'joining')!.getBoundingClientRect();
      const card = part(el, 'base')!.getBoundingClientRect();
      expect(part(el, 'base')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(menu.left, 'inside the card').to.be.at.least(card.left - 0.5);
      expect(menu.right, 'inside the card').to.be.at.most(card.right + 0.5);
      // Narrower than the block: its two edges tell the sides apart.
      expect(menu.width, 'the list is narrower than the block').to.be.lessThan(joining.width - 1);
      return {menu, joining};
    };
    const en = await edges('en');
    expect(en.menu.right, 'inline end is the right edge').to.be.closeTo(en.joining.right, 1);

    const ar = await edges('ar');
    expect(ar.menu.left, 'inline end is the left edge').to.be.closeTo(ar.joining.left, 1);
    expect(document.documentElement.getAttribute('dir')).to.not.equal('rtl');
    expect(getComputedStyle(document.documentElement).direction).to.equal('ltr');
    expect(getComputedStyle(document.body).direction).to.equal('ltr');
  });

  for (const lang of ['en', 'ar']) {
    it(`is accessible with the list open (${lang})`, async () => {
      const el = await calendarCard({}, lang);
      await open(el);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<session-card> one clock for the page', () => {
  let clock: sinon.SinonFakeTimers;
  const cards = handMadeCards();

  afterEach(() => {
    cards.removeAll();
    clock.restore();
  });

  it('keeps at most one timer for a thousand upcoming cards, and none once they are gone', async () => {
    // The fake clock comes first: every timer it counts is one the cards made.
    const now = START - 30 * DAY;
    clock = sinon.useFakeTimers({now, toFake: ['Date', 'setTimeout', 'clearTimeout']});
    const page = document.createElement('div');
    cards.track(page);
    // Starts from 1 h 7 min ahead to about 40 days ahead, in a shuffled order.
    const startOf = (i: number) => now + HOUR + ((i * 7919) % 1000) * 57 * MIN + 7 * MIN;
    const all = Array.from({length: 1000}, (_, i) => {
      const el = document.createElement('session-card');
      el.setAttribute('lang', 'en');
      const startMs = startOf(i);
      el.session = {
        title: `Session ${i}`,
        start: new Date(startMs).toISOString(),
        end: new Date(startMs + HOUR).toISOString(),
      };
      return el;
    });
    page.append(...all);
    document.body.append(page);
    await Promise.all(all.map((el) => el.updateComplete));

    expect(
      all.every((el) => text(part(el, 'live-status')).startsWith('Starts in')),
      'all rendered'
    ).to.equal(true);
    expect(all.every((el) => el.matches(':state(upcoming)'))).to.equal(true);
    expect(clock.countTimers()).to.be.at.most(1);
    expect(clock.countTimers(), 'upcoming cards need a wake-up').to.equal(1);

    // The first to change is the one starting soonest (card 0, in 1 h 7 min): "in 1 hour"
    // turns "in 60 minutes" 7 min 1 ms from now, on the one timer.
    const first = all[0];
    expect(text(part(first, 'live-status'))).to.equal('Starts in 1 hour');
    await clock.tickAsync(7 * MIN + 1);
    await first.updateComplete;
    expect(text(part(first, 'live-status'))).to.equal('Starts in 60 minutes');
    expect(clock.countTimers()).to.equal(1);

    page.remove();
    expect(clock.countTimers(), 'removed cards leave no timer').to.equal(0);
  });
});

describe('<session-card> on a hidden page', () => {
  let clock: sinon.SinonFakeTimers;
  const cards = handMadeCards();

  afterEach(() => {
    cards.removeAll();
    clock.restore();
  });

  /**
   * The document's visibility, overridden on the document itself. Hiding the page for real
   * takes the runner opening a second page and bringing it to the front, and it has no
   * command for that (see page-clock.test.ts); the page clock reads only visibilityState
   * and the visibilitychange event, which is what this fakes.
   */
  function setVisibility(state: DocumentVisibilityState): void {
    Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => state});
    document.dispatchEvent(new Event('visibilitychange'));
  }

  it('sets no timer and changes nothing while hidden, and catches up at once when shown', async () => {
    clock = sinon.useFakeTimers({now: START - 20 * MIN, toFake: ['Date', 'setTimeout', 'clearTimeout']});
    const el = await cards.card(await actionableSeed());
    expect(text(part(el, 'live-status'))).to.equal('Starts in 20 minutes');
    expect(clock.countTimers()).to.equal(1);
    try {
      setVisibility('hidden');
      expect(clock.countTimers(), 'no timer while hidden').to.equal(0);
      // Past the join window and the start.
      await clock.tickAsync(25 * MIN);
      await el.updateComplete;
      expect(text(part(el, 'live-status'))).to.equal('Starts in 20 minutes');
      expect(statesOf(el)).to.deep.equal(['upcoming']);
      expect(tag(part(el, 'join'))).to.equal(null);

      setVisibility('visible');
      await el.updateComplete;
      expect(text(part(el, 'live-status'))).to.equal('Live now · ends in 1 hour');
      expect(statesOf(el)).to.deep.equal(['live']);
      expect(part<HTMLAnchorElement>(el, 'join')?.href).to.equal(JOIN_URL);
      expect(clock.countTimers(), 'ticking again').to.equal(1);
    } finally {
      // Back to the document's own getter (on Document.prototype).
      delete (document as {visibilityState?: DocumentVisibilityState}).visibilityState;
    }
  });
});
