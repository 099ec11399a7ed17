/**
 * The card seen by readers in other time zones: the browser's own zone is emulated
 * (puppeteer's `emulateTimezone`: DevTools in Chromium, WebDriver BiDi in Firefox), not
 * set through the `time-zone` attribute, and every wall-clock time shown is checked
 * against an independent `Intl` computation.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {ProblemReport, SessionCard, SessionCardWarningEvent} from '../src/index.js';
import '../src/session-card.js';
import type {Session} from '../src/contract/session-schema.js';
import {seedSession} from './support/seed.js';
import {GLOBAL_DATE_TIME, offsetSuffix, viewFrom, wallClock} from './support/zones.js';

/** Where the seed session takes place. */
const EVENT_ZONE = 'America/Argentina/Cordoba';
const SEED_START = Date.parse('2021-06-01T14:05:00-03:00');
const SEED_END = Date.parse('2021-06-01T15:35:00-03:00');

/** Visible text, whitespace (thin and narrow no-break spaces too) collapsed. */
function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

interface ShownTime {
  text: string;
  datetime: string;
}

/** One line of the `when` block, taken apart. */
interface TimeLine {
  element: HTMLElement;
  /** A second line on the same date as the first leaves its date out. */
  date?: ShownTime;
  start: ShownTime;
  end: ShownTime;
  range: string;
  zone: string;
  endsLater?: string;
  role: string;
}

function shown(time: Element): ShownTime {
  return {text: text(time), datetime: time.getAttribute('datetime') ?? ''};
}

function line(el: SessionCard, prominence: 'primary' | 'secondary'): TimeLine | null {
  const element = el.shadowRoot!.querySelector<HTMLElement>(`[part~="time-${prominence}"]`);
  if (!element) return null;
  const date = element.querySelector('time.date');
  const range = element.querySelector('.range');
  const ends = [...(range?.querySelectorAll('time') ?? [])];
  expect(ends, `the ${prominence} line's start and end`).to.have.length(2);
  const endsLater = element.querySelector('.ends-later');
  return {
    element,
    date: date ? shown(date) : undefined,
    start: shown(ends[0]),
    end: shown(ends[1]),
    range: text(range),
    zone: text(element.querySelector('.zone')),
    endsLater: endsLater ? text(endsLater) : undefined,
    role: text(element.querySelector('.role')),
  };
}

function primaryLine(el: SessionCard): TimeLine {
  const found = line(el, 'primary');
  expect(found, 'the primary time line').to.not.equal(null);
  return found!;
}

function secondaryLine(el: SessionCard): TimeLine {
  const found = line(el, 'secondary');
  expect(found, 'the secondary time line').to.not.equal(null);
  return found!;
}

/** `Tue 1 Jun 2021` as Intl writes it in en-GB for that zone (ICU may add a comma). */
function dateIn(timeZone: string, epochMs: number): string {
  return new Intl.DateTimeFormat('en-GB', {timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric'})
    .format(epochMs)
    .replace(/\s+/g, ' ');
}

/**
 * The line shows the session from `startMs` to `endMs` in `timeZone`: 24-hour times
 * (an en-GB card) equal to an independent Intl computation, and `<time datetime>`
 * values naming those instants in that zone's offset, with the same wall clock.
 */
function expectWallClock(found: TimeLine, timeZone: string, startMs = SEED_START, endMs = SEED_END): void {
  expect(found.start.text, 'start').to.equal(wallClock(startMs, timeZone));
  expect(found.end.text, 'end').to.equal(wallClock(endMs, timeZone));
  if (found.date) expect(found.date.text, 'date').to.equal(dateIn(timeZone, startMs));
  for (const [time, ms] of [
    [found.date, startMs],
    [found.start, startMs],
    [found.end, endMs],
  ] as const) {
    if (!time) continue;
    expect(time.datetime).to.match(GLOBAL_DATE_TIME);
    expect(Date.parse(time.datetime), time.datetime).to.equal(ms);
    const suffix = offsetSuffix(timeZone, ms);
    expect(
      time.datetime.endsWith(suffix) || (suffix === '+00:00' && time.datetime.endsWith('Z')),
      time.datetime
    ).to.equal(true);
    expect(time.datetime.slice(11, 16), time.datetime).to.equal(wallClock(ms, timeZone));
  }
}

async function card(session: Session | Promise<Session>, lang = 'en-GB'): Promise<SessionCard> {
  const el = await fixture<SessionCard>(html`<session-card lang=${lang}></session-card>`);
  el.session = await session;
  await el.updateComplete;
  return el;
}

/** The seed session moved to other instants, written at the event's offset (-03:00). */
async function seedAt(start: string, end: string): Promise<Session> {
  return {...(await seedSession()), start, end};
}

describe('<session-card> seen from other time zones', () => {
  afterEach(async () => {
    await viewFrom('UTC');
  });

  describe('an online session leads with the reader’s time', () => {
    it('from Madrid: Tue 1 Jun, 19:05–20:35 GMT+2, then the event’s 14:05–15:35 Argentina time', async () => {
      await viewFrom('Europe/Madrid');
      const el = await card(seedSession());

      const primary = primaryLine(el);
      expect(primary.date?.text).to.match(/^Tue,? 1 Jun 2021$/);
      expect([primary.start.text, primary.end.text]).to.deep.equal(['19:05', '20:35']);
      expectWallClock(primary, 'Europe/Madrid');
      expect(primary.zone).to.equal('GMT+2');
      expect(primary.role).to.equal('(your time)');
      expect(primary.endsLater).to.equal(undefined);

      const secondary = secondaryLine(el);
      expect([secondary.start.text, secondary.end.text]).to.deep.equal(['14:05', '15:35']);
      expectWallClock(secondary, EVENT_ZONE);
      expect(secondary.zone).to.contain('Argentina Standard Time');
      expect(secondary.zone).to.match(/GMT[-\u2212]3\b/);
      expect(secondary.role).to.equal('(event time)');
      expect(secondary.endsLater).to.equal(undefined);
    });

    it('from Madrid in English (12-hour clock): 7:05 – 8:35 PM, and it is accessible', async () => {
      await viewFrom('Europe/Madrid');
      const el = await card(seedSession(), 'en');

      const primary = primaryLine(el);
      expect(primary.date?.text).to.equal('Tue, Jun 1, 2021');
      expect(primary.range).to.equal('7:05 – 8:35 PM');
      expect(primary.zone).to.equal('GMT+2');
      // The 12-hour labels stand for the same instants: their datetime carries the wall clock.
      expect(primary.start.datetime.slice(11, 16)).to.equal(wallClock(SEED_START, 'Europe/Madrid'));
      expect(primary.end.datetime.slice(11, 16)).to.equal(wallClock(SEED_END, 'Europe/Madrid'));

      const secondary = secondaryLine(el);
      expect(secondary.range).to.equal('2:05 – 3:35 PM');
      expect(secondary.zone).to.match(/^Argentina Standard Time, GMT[-\u2212]3$/);
      expect(secondary.start.datetime.slice(11, 16)).to.equal(wallClock(SEED_START, EVENT_ZONE));

      await expect(el).to.be.accessible();
    });

    it('from Tokyo: the next day, Wed 2 Jun, 02:05–03:35 GMT+9', async () => {
      await viewFrom('Asia/Tokyo');
      const el = await card(seedSession());

      const primary = primaryLine(el);
      expect(primary.date?.text).to.match(/^Wed,? 2 Jun 2021$/);
      expect([primary.start.text, primary.end.text]).to.deep.equal(['02:05', '03:35']);
      expectWallClock(primary, 'Asia/Tokyo');
      expect(primary.zone).to.equal('GMT+9');
      // Starts and ends on the same (later) day: nothing ends on another day.
      expect(primary.endsLater).to.equal(undefined);

      // The event's own date differs from the reader's, so its line names it.
      const secondary = secondaryLine(el);
      expect(secondary.date?.text).to.match(/^Tue,? 1 Jun 2021$/);
      expectWallClock(secondary, EVENT_ZONE);
    });

    it('from Buenos Aires: the event’s own offset, so no second line', async () => {
      await viewFrom('America/Argentina/Buenos_Aires');
      const el = await card(seedSession());

      const primary = primaryLine(el);
      expect([primary.start.text, primary.end.text]).to.deep.equal(['14:05', '15:35']);
      expectWallClock(primary, 'America/Argentina/Buenos_Aires');
      expect(primary.zone).to.match(/^GMT[-\u2212]3$/);
      expect(el.shadowRoot!.querySelector('[part~="time-secondary"]')).to.equal(null);
    });

    it('from Kolkata: 22:35 to 00:05, ending on Wed 2 Jun, GMT+5:30', async () => {
      await viewFrom('Asia/Kolkata');
      const el = await card(seedSession());

      const primary = primaryLine(el);
      expect(primary.date?.text).to.match(/^Tue,? 1 Jun 2021$/);
      expect([primary.start.text, primary.end.text]).to.deep.equal(['22:35', '00:05']);
      expectWallClock(primary, 'Asia/Kolkata');
      expect(primary.zone).to.equal('GMT+5:30');
      expect(primary.endsLater).to.match(/^ends Wed,? 2 Jun$/);

      // The event itself stays within one day where it happens.
      const secondary = secondaryLine(el);
      expectWallClock(secondary, EVENT_ZONE);
      expect(secondary.endsLater).to.equal(undefined);
    });

    it('from Los Angeles: Tue 1 Jun, 10:05–11:35 GMT-7', async () => {
      await viewFrom('America/Los_Angeles');
      const el = await card(seedSession());

      const primary = primaryLine(el);
      expect(primary.date?.text).to.match(/^Tue,? 1 Jun 2021$/);
      expect([primary.start.text, primary.end.text]).to.deep.equal(['10:05', '11:35']);
      expectWallClock(primary, 'America/Los_Angeles');
      expect(primary.zone).to.match(/^GMT[-\u2212]7$/);
      expect(primary.endsLater).to.equal(undefined);
      expectWallClock(secondaryLine(el), EVENT_ZONE);
    });
  });

  describe('the time-zone attribute', () => {
    it('overrides the browser’s zone: Madrid reader, Tokyo times', async () => {
      await viewFrom('Europe/Madrid');
      const el = await fixture<SessionCard>(html`<session-card lang="en-GB" time-zone="Asia/Tokyo"></session-card>`);
      let warned = false;
      el.addEventListener('session-card-warning', () => (warned = true));
      el.session = await seedSession();
      await el.updateComplete;

      const primary = primaryLine(el);
      expect([primary.start.text, primary.end.text]).to.deep.equal(['02:05', '03:35']);
      expect(primary.date?.text).to.match(/^Wed,? 2 Jun 2021$/);
      expectWallClock(primary, 'Asia/Tokyo');
      expect(primary.zone).to.equal('GMT+9');
      expect(warned, 'a valid zone is not worth a warning').to.equal(false);

      // Removing the attribute goes back to the reader's own zone.
      el.removeAttribute('time-zone');
      await el.updateComplete;
      expectWallClock(primaryLine(el), 'Europe/Madrid');
      expect(primaryLine(el).zone).to.equal('GMT+2');
    });

    it('falls back to the browser’s zone when it names no known zone, and warns', async () => {
      await viewFrom('Europe/Madrid');
      const el = await fixture<SessionCard>(
        html`<session-card lang="en-GB" time-zone="Mars/Olympus_Mons"></session-card>`
      );
      const warning = oneEvent<SessionCardWarningEvent>(el, 'session-card-warning');
      el.session = await seedSession();
      const {detail} = await warning;
      const report = detail.warnings.find((w: ProblemReport) => w.code === 'unknown-display-time-zone');
      expect(report, JSON.stringify(detail.warnings)).to.exist;
      expect(report!.message).to.contain('Mars/Olympus_Mons');
      await el.updateComplete;

      const primary = primaryLine(el);
      expect([primary.start.text, primary.end.text]).to.deep.equal(['19:05', '20:35']);
      expectWallClock(primary, 'Europe/Madrid');
      expect(primary.zone).to.equal('GMT+2');
    });
  });

  describe('an in-person session', () => {
    it('leads with the event’s local time, the reader’s second', async () => {
      await viewFrom('Europe/Madrid');
      const session = await seedSession();
      delete session.platform;
      delete session.attendance;
      session.location = 'Universidad Nacional de Córdoba';
      const el = await card(session);

      const primary = primaryLine(el);
      expect(primary.role).to.equal('(event time)');
      expect([primary.start.text, primary.end.text]).to.deep.equal(['14:05', '15:35']);
      expectWallClock(primary, EVENT_ZONE);
      expect(primary.zone).to.contain('Argentina Standard Time');

      const secondary = secondaryLine(el);
      expect(secondary.role).to.equal('(your time)');
      expect([secondary.start.text, secondary.end.text]).to.deep.equal(['19:05', '20:35']);
      expectWallClock(secondary, 'Europe/Madrid');
      expect(secondary.zone).to.equal('GMT+2');
    });
  });

  describe('midnight', () => {
    it('a session ending at the reader’s midnight exactly does not end on another day', async () => {
      await viewFrom('Europe/Madrid');
      const start = '2021-06-01T16:30:00-03:00';
      const end = '2021-06-01T19:00:00-03:00';
      const el = await card(seedAt(start, end));

      const primary = primaryLine(el);
      expect([primary.start.text, primary.end.text]).to.deep.equal(['21:30', '00:00']);
      expectWallClock(primary, 'Europe/Madrid', Date.parse(start), Date.parse(end));
      expect(primary.endsLater).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('.ends-later')).to.equal(null);
    });

    it('one minute later, it does end on the next day', async () => {
      await viewFrom('Europe/Madrid');
      const start = '2021-06-01T16:30:00-03:00';
      const end = '2021-06-01T19:01:00-03:00';
      const el = await card(seedAt(start, end));

      const primary = primaryLine(el);
      expectWallClock(primary, 'Europe/Madrid', Date.parse(start), Date.parse(end));
      expect(primary.end.text).to.equal('00:01');
      expect(primary.endsLater).to.match(/^ends Wed,? 2 Jun$/);
    });

    it('a session ending at the event’s midnight exactly does not end on another day there', async () => {
      await viewFrom('Europe/Madrid');
      const start = '2021-06-01T22:30:00-03:00';
      const end = '2021-06-02T00:00:00-03:00';
      const el = await card(seedAt(start, end));

      const primary = primaryLine(el);
      expect([primary.start.text, primary.end.text]).to.deep.equal(['03:30', '05:00']);
      expect(primary.date?.text).to.match(/^Wed,? 2 Jun 2021$/);
      expectWallClock(primary, 'Europe/Madrid', Date.parse(start), Date.parse(end));

      const secondary = secondaryLine(el);
      expect([secondary.start.text, secondary.end.text]).to.deep.equal(['22:30', '00:00']);
      expectWallClock(secondary, EVENT_ZONE, Date.parse(start), Date.parse(end));
      expect(secondary.endsLater).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('.ends-later')).to.equal(null);
    });
  });

  describe('<time datetime>', () => {
    for (const zone of [
      'Europe/Madrid',
      'Asia/Tokyo',
      'America/Argentina/Buenos_Aires',
      'Asia/Kolkata',
      'America/Los_Angeles',
    ]) {
      it(`is a valid global date-time naming the start or the end, from ${zone}`, async () => {
        await viewFrom(zone);
        for (const lang of ['en', 'en-GB']) {
          const el = await card(seedSession(), lang);
          const times = [...el.shadowRoot!.querySelectorAll('time')];
          expect(times.length, lang).to.be.at.least(3);
          for (const time of times) {
            const datetime = time.getAttribute('datetime') ?? '';
            expect(datetime, `${lang}: ${time.outerHTML}`).to.match(GLOBAL_DATE_TIME);
            expect([SEED_START, SEED_END], `${lang}: ${datetime}`).to.include(Date.parse(datetime));
          }
          // Each line: the date and the first time are the start, the second the end.
          for (const found of [line(el, 'primary'), line(el, 'secondary')]) {
            if (!found) continue;
            if (found.date) expect(Date.parse(found.date.datetime)).to.equal(SEED_START);
            expect(Date.parse(found.start.datetime)).to.equal(SEED_START);
            expect(Date.parse(found.end.datetime)).to.equal(SEED_END);
          }
        }
      });
    }
  });
});
