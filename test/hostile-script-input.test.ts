/**
 * What a host's script can hand the card that JSON cannot carry (getters, prototypes,
 * Proxies, BigInts), and attribute values out of range: each is a visible error or a
 * warning with an event, never an exception or a card that reads one thing and shows another.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {cardEvent} from './support/events.js';
import type {ProblemReport, SessionCard} from '../src/index.js';
import '../src/session-card.js';
import {seedSession} from './support/seed.js';

const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const alertOf = (el: SessionCard) => el.shadowRoot!.querySelector('[role=alert]');

/** Sets `session` and returns the error event's problems; fails on an uncaught error or rejection. */
async function errorsFor(session: unknown): Promise<ProblemReport[]> {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const el = await fixture<SessionCard>(html`<session-card lang="en"></session-card>`);
    const failed = cardEvent(el, 'session-card-error');
    el.session = session as Record<string, unknown>;
    const {detail} = await failed;
    await el.updateComplete;
    expect(alertOf(el), 'the card shows the error').to.exist;
    expect(text(alertOf(el))).to.contain(detail.errors[0].message);
    return detail.errors;
  } finally {
    await new Promise((resolve) => setTimeout(resolve));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  }
}

describe('hostile input from script', () => {
  it('a field given only through the prototype is missing, not shown unchecked', async () => {
    const {title, ...rest} = await seedSession();
    const session = Object.create({title: {not: 'a text map', length: 3}}) as Record<string, unknown>;
    Object.assign(session, rest);
    const errors = await errorsFor(session);
    expect(errors.map((e) => `${e.code} ${e.path}`)).to.deep.equal(['missing-field title']);
    void title;
  });

  it('a getter is read once: it cannot pass as 160 and render as "160"', async () => {
    const session = await seedSession();
    let reads = 0;
    Object.defineProperty(session, 'capacity', {
      enumerable: true,
      get: () => (++reads === 1 ? 160 : '160; <b>injected</b>'),
    });
    const el = await fixture<SessionCard>(html`<session-card lang="en"></session-card>`);
    const loaded = cardEvent(el, 'session-card-load');
    el.session = session;
    await loaded;
    el.requestUpdate();
    await el.updateComplete;
    expect(reads).to.equal(1);
    expect(text(el.shadowRoot!.querySelector('[part~="facts"]'))).to.contain('160 seats');
    expect(text(el.shadowRoot!.querySelector('[part~="facts"]'))).to.not.contain('injected');
  });

  it('a getter that throws is an error naming the field', async () => {
    const session = await seedSession();
    Object.defineProperty(session, 'summary', {
      enumerable: true,
      get() {
        throw new Error('no summary for you');
      },
    });
    const errors = await errorsFor(session);
    expect(errors.map((e) => `${e.code} ${e.path}`)).to.deep.equal(['unreadable-value summary']);
    expect(errors[0].message).to.equal('\u2068summary\u2069 could not be read: reading it from script threw an error.');
  });

  it('a revoked Proxy is an error', async () => {
    const {proxy, revoke} = Proxy.revocable(await seedSession(), {});
    revoke();
    const errors = await errorsFor(proxy);
    expect(errors[0].code).to.equal('unreadable-value');
  });

  it('a circular session is an error at the field that comes back', async () => {
    const session = (await seedSession()) as Record<string, unknown>;
    session.organizers = [session];
    const errors = await errorsFor(session);
    expect(errors.map((e) => `${e.code} ${e.path}`)).to.deep.equal(['circular-value organizers[0]']);
  });

  it('a BigInt is named as what it is', async () => {
    const session = (await seedSession()) as Record<string, unknown>;
    session.capacity = 10n;
    const errors = await errorsFor(session);
    expect(errors[0].message).to.equal('\u2068capacity\u2069 should be a whole number, not a BigInt.');
  });

  it('-0 seats is 0 seats', async () => {
    const session = await seedSession();
    session.capacity = -0;
    const el = await fixture<SessionCard>(html`<session-card lang="en" .session=${session}></session-card>`);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part~="facts"]'))).to.contain('0 seats');
    expect(text(el.shadowRoot!.querySelector('[part~="facts"]'))).to.not.contain('-0');
  });

  it('-0 from JSON text is 0 seats too', async () => {
    const session = await seedSession();
    const json = JSON.stringify(session).replace(/"capacity":\d+/, '"capacity":-0');
    const el = await fixture<SessionCard>(html`<session-card lang="en" session=${json}></session-card>`);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part~="facts"]'))).to.contain('0 seats');
    expect(text(el.shadowRoot!.querySelector('[part~="facts"]'))).to.not.contain('-0');
  });
});

describe('attributes out of range', () => {
  async function warningsFor(attribute: string, value: string) {
    const el = await fixture<SessionCard>(html`<session-card lang="en"></session-card>`);
    el.setAttribute(attribute, value);
    const warned = cardEvent(el, 'session-card-warning');
    el.session = await seedSession();
    const {detail} = await warned;
    await el.updateComplete;
    return {el, warnings: detail.warnings};
  }

  for (const [value, expected] of [
    ['1e12', 'fetch-timeout: “1e12” is not a number of milliseconds from 1 to 2147483647; the card waits 15 seconds.'],
    ['abc', 'fetch-timeout: “abc” is not a number of milliseconds from 1 to 2147483647; the card waits 15 seconds.'],
    ['-5', 'fetch-timeout: “-5” is not a number of milliseconds from 1 to 2147483647; the card waits 15 seconds.'],
  ] as const) {
    it(`fetch-timeout="${value}" is ignored with a warning that quotes it`, async () => {
      const {warnings} = await warningsFor('fetch-timeout', value);
      expect(warnings.map((w) => [w.code, w.path, w.message])).to.deep.equal([
        // The message quotes the value between FSI and PDI (bidi isolation).
        ['invalid-attribute', 'fetch-timeout', expected.replace(value, `\u2068${value}\u2069`)],
      ]);
    });
  }

  for (const value of ['0', '7', '2.5', 'x']) {
    it(`heading-level="${value}" falls back to level 2 with a warning`, async () => {
      const {el, warnings} = await warningsFor('heading-level', value);
      expect(warnings.map((w) => w.message)).to.deep.equal([
        `heading-level: “\u2068${value}\u2069” is not a whole number from 1 to 6; the title is a level 2 heading.`,
      ]);
      expect(el.shadowRoot!.querySelector('h2[part="title"]')).to.exist;
    });
  }

  it('a short fetch-timeout says its true duration when it runs out', async () => {
    const el = await fixture<SessionCard>(
      html`<session-card lang="en" fetch-timeout="400" src="/test-api/never"></session-card>`
    );
    const {detail} = await cardEvent(el, 'session-card-error');
    expect(detail.errors[0].message).to.equal('The session could not be loaded: no answer after 400 milliseconds.');
    await el.updateComplete;
    expect(text(alertOf(el))).to.contain('no answer after 400 milliseconds.');
  });

  it('a fetch-timeout of 1500 waits a second and a half, and says so', async () => {
    const el = await fixture<SessionCard>(
      html`<session-card lang="en" fetch-timeout="1500" src="/test-api/never"></session-card>`
    );
    const started = performance.now();
    const {detail} = await cardEvent(el, 'session-card-error');
    expect(performance.now() - started).to.be.greaterThan(1400);
    expect(detail.errors[0].message).to.equal(
      'The session could not be loaded: no answer after 1 second, 500 milliseconds.'
    );
  });
});
