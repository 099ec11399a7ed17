import {expect, fixture, html, oneEvent, nextFrame} from '@open-wc/testing';
import {
  SessionCard,
  type ProblemReport,
  type SessionCardErrorEvent,
  type SessionCardLoadEvent,
  type SessionCardWarningEvent,
} from '../src/index.js';
import '../src/session-card.js';
import type {Session} from '../src/contract/session-schema.js';
import {BEFORE_SEED, freezeDate} from './support/clock.js';
import {seedSession} from './support/seed.js';

/** The card's visible text, whitespace collapsed, without the isolates (FSI, PDI) around quoted values. */
function text(el: Element | ShadowRoot | null | undefined): string {
  return (el?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
const part = (el: SessionCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const parts = (el: SessionCard, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];

async function cardWith(session: unknown, attrs = html``): Promise<SessionCard> {
  const el = await fixture<SessionCard>(html`<session-card lang="en">${attrs}</session-card>`);
  el.session = session as Session;
  await el.updateComplete;
  return el;
}

describe('<session-card>', () => {
  describe('ways in', () => {
    it('takes a session object on the session property and fires session-card-load', async () => {
      const session = await seedSession();
      const el = await fixture<SessionCard>(html`<session-card lang="en"></session-card>`);
      const loaded = oneEvent<SessionCardLoadEvent>(document, 'session-card-load');
      el.session = session;
      const event = await loaded;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.session).to.equal(session);
      expect(text(part(el, 'title'))).to.equal(session.title);
    });

    it('keeps a session set before the element is defined', async () => {
      const session = await seedSession();
      const el = document.createElement('session-card-early') as SessionCard;
      el.setAttribute('lang', 'en');
      el.session = session;
      document.body.append(el);
      customElements.define('session-card-early', class extends SessionCard {});
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal(session.title);
      el.remove();
    });

    it('reads JSON from the session attribute', async () => {
      const session = await seedSession();
      const el = await fixture<SessionCard>(
        html`<session-card lang="en" session=${JSON.stringify(session)}></session-card>`
      );
      expect(text(part(el, 'title'))).to.equal(session.title);
    });

    it('reads an inline JSON script present when the element upgrades', async () => {
      const session = await seedSession();
      const container = document.createElement('div');
      const script = `<script type="application/json">${JSON.stringify(session)}</script>`;
      container.innerHTML = `<session-card-inline lang="en">${script}</session-card-inline>`;
      document.body.append(container);
      customElements.define('session-card-inline', class extends SessionCard {});
      const el = container.firstElementChild as SessionCard;
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal(session.title);
      container.remove();
    });

    it('reads an inline JSON script parsed after the element upgraded, and follows its edits', async () => {
      const session = await seedSession();
      const el = await fixture<SessionCard>(html`<session-card lang="en"></session-card>`);
      expect(text(part(el, 'status'))).to.contain('No session');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(session);
      const loaded = oneEvent(el, 'session-card-load');
      el.append(script);
      await loaded;
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal(session.title);

      script.textContent = JSON.stringify({...session, title: 'Edited in place'});
      await oneEvent(el, 'session-card-load');
      expect(text(part(el, 'title'))).to.equal('Edited in place');
    });

    it('renders a card pasted later with innerHTML', async () => {
      const session = await seedSession();
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const script = `<script type="application/json">${JSON.stringify(session)}</script>`;
      container.innerHTML = `<session-card lang="en">${script}</session-card>`;
      const el = container.querySelector('session-card')!;
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal(session.title);
    });

    it('prefers the property to the attribute, the attribute to src, src to the inline child', async () => {
      const session = await seedSession();
      const inline = JSON.stringify({...session, title: 'From inline'});
      const el = await fixture<SessionCard>(html`<session-card lang="en"
        src="/test-api/session?title=From%20src"
        session=${JSON.stringify({...session, title: 'From attribute'})}
      ><script type="application/json">${inline}</script></session-card>`);
      expect(text(part(el, 'title'))).to.equal('From attribute');
      el.session = {...session, title: 'From property'};
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('From property');
      el.session = undefined;
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('From attribute');
      const fromSrc = oneEvent(el, 'session-card-load');
      el.removeAttribute('session');
      await fromSrc;
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('From src');
      el.removeAttribute('src');
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('From inline');
    });
  });

  describe('what it shows', () => {
    it('shows every field of the seed session', async () => {
      const session = await seedSession();
      const el = await cardWith(session);
      const root = el.shadowRoot!;
      expect(root.querySelector('h2[part=title]'), 'a level 2 title by default').to.exist;
      expect(text(part(el, 'type'))).to.equal('Workshop');
      expect(text(part(el, 'id'))).to.equal('3.2.2');
      expect([...part(el, 'tracks')!.querySelectorAll('li')].map(text)).to.deep.equal(session.tracks);
      expect(text(part(el, 'time-primary'))).to.match(/Jun 1, 2021/);
      expect(parts(el, 'language').map((chip) => text(chip.querySelector('[aria-hidden]')))).to.deep.equal([
        'EN',
        'FR',
        'ES',
      ]);
      expect(text(part(el, 'attendance'))).to.equal('Online');
      expect(text(part(el, 'registration'))).to.equal('Registration required');
      const facts = text(part(el, 'facts'));
      expect(facts).to.contain('Zoom');
      expect(facts).to.contain('160 seats');
      expect(text(part(el, 'summary'))).to.contain('The devastating crisis');
      const sections = parts(el, 'section') as HTMLDetailsElement[];
      expect(sections.map((s) => text(s.querySelector('summary')))).to.deep.equal(['Conceptualization', 'Objectives']);
      expect(
        sections.every((s) => !s.open),
        'sections start collapsed'
      ).to.equal(true);
      expect(text(sections[0].querySelector('.section-body'))).to.contain('To face the current crisis');
      expect(text(part(el, 'organizers'))).to.equal('Organized by ILO, ADEC, FAMSI');
      const documents = part(el, 'documents')!;
      expect([...documents.querySelectorAll('li')].map(text)).to.deep.equal(session.documents!.map((d) => d.title));
      expect(documents.querySelector('a'), 'placeholder links (#) are text, not dead links').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('names each language for screen readers and on hover, the language own name marked with its lang', async () => {
      const el = await cardWith(await seedSession());
      const french = parts(el, 'language')[1] as HTMLElement;
      expect(french.title).to.equal('French · français');
      expect(text(french.querySelector('.visually-hidden'))).to.equal('French (français)');
      expect(french.querySelector('[lang="fr"]')!.textContent).to.equal('français');
    });

    it('uses heading-level for the title', async () => {
      const session = await seedSession();
      const el = await fixture<SessionCard>(
        html`<session-card lang="en" heading-level="2" .session=${session}></session-card>`
      );
      expect(el.shadowRoot!.querySelector('h2[part=title]')).to.exist;
      expect(el.shadowRoot!.querySelector('h3.subheading'), 'sub-headings one level below').to.exist;
    });

    it('shows seats left, speakers, location, a register link, linked documents and the session page', async () => {
      const session: Session = {
        ...(await seedSession()),
        attendance: undefined,
        location: 'Centro de Convenciones, Córdoba',
        remaining: 1,
        registration: {required: true, url: 'https://example.org/register'},
        speakers: [{name: 'Ana Pérez', affiliation: 'FAMSI', url: 'https://example.org/ana'}, {name: 'Li Wei'}],
        documents: [
          {title: 'Report', url: '/docs/report.pdf'},
          {title: 'Mail us', url: 'mailto:info@example.org'},
        ],
        url: 'https://example.org/sessions/3.2.2',
      };
      // Before the session, when its register link is on offer.
      const thaw = freezeDate(BEFORE_SEED);
      const el = await cardWith(session).finally(thaw);
      expect(text(part(el, 'attendance'))).to.equal('Hybrid: online and in person');
      const facts = text(part(el, 'facts'));
      expect(facts).to.contain('Centro de Convenciones, Córdoba');
      expect(facts).to.contain('1 seat left');
      expect((part(el, 'register') as HTMLAnchorElement).href).to.equal('https://example.org/register');
      expect(text(part(el, 'speakers'))).to.contain('Ana Pérez, FAMSI');
      expect(text(part(el, 'speakers'))).to.contain('Li Wei');
      const links = [...part(el, 'documents')!.querySelectorAll('a')].map((a) => a.href);
      expect(links).to.deep.equal([new URL('/docs/report.pdf', document.baseURI).href, 'mailto:info@example.org']);
      expect((part(el, 'session-link') as HTMLAnchorElement).href).to.equal('https://example.org/sessions/3.2.2');
      await expect(el).to.be.accessible();
    });

    it('says "12 seats left" and "Full" before the session', async () => {
      const thaw = freezeDate(BEFORE_SEED);
      try {
        const el = await cardWith({...(await seedSession()), remaining: 12});
        expect(text(part(el, 'facts'))).to.contain('12 seats left');
        el.session = {...(await seedSession()), remaining: 0};
        await el.updateComplete;
        expect(text(part(el, 'facts'))).to.contain('Full');
      } finally {
        thaw();
      }
    });

    it('picks the reader’s translation of a Text map and marks its language', async () => {
      const session: Session = {...(await seedSession()), title: {fr: 'Innovation sociale', en: 'Social innovation'}};
      const el = await cardWith(session);
      expect(text(part(el, 'title'))).to.equal('Social innovation');
      el.setAttribute('lang', 'ja');
      await el.updateComplete;
      await nextFrame();
      expect(text(part(el, 'title')), 'no match: the interface language (English)').to.equal('Social innovation');
      const onlyFrench = await cardWith({...session, title: {fr: 'Innovation sociale'}});
      expect(onlyFrench.shadowRoot!.querySelector('[part=title] [lang=fr]')!.textContent).to.equal(
        'Innovation sociale'
      );
    });

    it('renders HTML in text fields as literal text', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await cardWith({...(await seedSession()), title: payload, summary: payload, organizers: [payload]});
      expect(text(part(el, 'title'))).to.equal(payload);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
    });
  });

  describe('links', () => {
    it('drops unsafe links, shows the item as text and warns', async () => {
      const session: Session = {
        ...(await seedSession()),
        documents: [
          {title: 'Evil', url: 'javascript:alert(1)'},
          {title: 'Data', url: 'data:text/html,<b>x</b>'},
        ],
        registration: {required: true, url: ' JaVaScRiPt:alert(1)'},
      };
      const el = await fixture<SessionCard>(html`<session-card lang="en"></session-card>`);
      const warned = oneEvent<SessionCardWarningEvent>(el, 'session-card-warning');
      el.session = session;
      const {detail} = await warned;
      expect(detail.warnings.map((w: ProblemReport) => [w.code, w.path])).to.deep.equal([
        ['unsafe-url', 'registration.url'],
        ['unsafe-url', 'documents[0].url'],
        ['unsafe-url', 'documents[1].url'],
      ]);
      expect(detail.warnings[1].message).to.contain('javascript:');
      expect(text(part(el, 'documents'))).to.contain('Evil');
      expect(el.shadowRoot!.querySelectorAll('a[href]').length).to.equal(0);
      expect(part(el, 'register')).to.equal(null);
    });

    it('writes every href absolute, with an http, https or mailto scheme', async () => {
      const el = await cardWith({
        ...(await seedSession()),
        url: '../sessions/3.2.2',
        organizers: [{name: 'ILO', url: '//www.ilo.org/'}, 'ADEC'],
        platform: {name: 'Zoom', url: 'https://zoom.us/j/1'},
      });
      const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      // The session's page twice (its title, and "Session page"), the organizer, the platform.
      expect(hrefs).to.have.length(4);
      for (const href of hrefs) expect(href).to.match(/^(https?|mailto):/);
      expect(hrefs).to.include(new URL('../sessions/3.2.2', document.baseURI).href);
    });
  });

  describe('bad input', () => {
    async function errorsFor(setup: (el: SessionCard) => void) {
      const el = await fixture<SessionCard>(html`<session-card lang="en"></session-card>`);
      const failed = oneEvent<SessionCardErrorEvent>(el, 'session-card-error');
      setup(el);
      const {detail} = await failed;
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role=alert]');
      expect(alert, 'a visible error').to.exist;
      expect(text(alert)).to.contain('cannot be shown');
      return {el, errors: detail.errors, alertText: text(alert)};
    }

    it('malformed JSON in the attribute names the line', async () => {
      const {errors, alertText} = await errorsFor((el) =>
        el.setAttribute('session', '{\n  "title": "x",\n  "start": oops\n}')
      );
      expect(errors).to.deep.equal([{code: 'malformed-json', path: '', message: errors[0].message}]);
      expect(alertText).to.contain('malformed at line 3');
    });

    it('malformed JSON in the inline child', async () => {
      const {errors} = await errorsFor((el) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = '{"title": "x",}';
        el.append(script);
      });
      expect(errors[0].code).to.equal('malformed-json');
    });

    const cases: Array<[string, (s: Session) => unknown, string, string, RegExp]> = [
      ['a missing title', ({title: _t, ...rest}) => rest, 'missing-field', 'title', /title is missing/],
      [
        'an invalid date',
        (s) => ({...s, start: '2021-02-30T14:05:00-03:00'}),
        'invalid-date',
        'start',
        /start is not a real date/,
      ],
      [
        'a date without offset',
        (s) => ({...s, start: '2021-06-01T14:05:00'}),
        'missing-offset',
        'start',
        /start is not a date with a UTC offset/,
      ],
      [
        'end before start',
        (s) => ({...s, end: '2021-06-01T13:00:00-03:00'}),
        'end-before-start',
        'end',
        /end is before start/,
      ],
      [
        'a wrong type',
        (s) => ({...s, capacity: '160'}),
        'wrong-type',
        'capacity',
        /capacity should be a whole number, not text/,
      ],
      [
        'a wrong type deep inside',
        (s) => ({...s, documents: [{title: 'a'}, {title: 'b'}, {title: 'c'}, {title: 'd', url: 4}]}),
        'wrong-type',
        'documents[3].url',
        /documents\[3\]\.url should be text/,
      ],
      [
        'a bad attendance',
        (s) => ({...s, attendance: 'remote'}),
        'invalid-value',
        'attendance',
        /one of: online, in-person, hybrid/,
      ],
      [
        'an unknown time zone',
        (s) => ({...s, timeZone: 'Mars/Olympus_Mons'}),
        'unknown-time-zone',
        'timeZone',
        /Mars\/Olympus_Mons/,
      ],
      ['not an object', () => ['a list'], 'wrong-type', '', /the session should be an object/],
    ];
    for (const [name, mutate, code, path, message] of cases) {
      it(`reports ${name}`, async () => {
        const session = await seedSession();
        const {errors, alertText} = await errorsFor((el) => (el.session = mutate(session) as Session));
        expect(errors.map((e: ProblemReport) => [e.code, e.path])).to.deep.include([code, path]);
        expect(alertText).to.match(message);
      });
    }

    it('renders again when the session becomes valid', async () => {
      const session = await seedSession();
      const {el} = await errorsFor((el) => (el.session = {...session, end: session.start}));
      const loaded = oneEvent(el, 'session-card-load');
      el.session = session;
      await loaded;
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      expect(text(part(el, 'title'))).to.equal(session.title);
    });

    it('is accessible in its error state', async () => {
      const {el} = await errorsFor((el) => el.setAttribute('session', '{'));
      await expect(el).to.be.accessible();
    });
  });
});
