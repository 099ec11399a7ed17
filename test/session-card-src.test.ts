/**
 * The `src` way in, against a real local server (test/support/test-api-middleware.js).
 */
import {expect, fixture, html, oneEvent, aTimeout} from '@open-wc/testing';
import '../src/session-card.js';
import type {SessionCard, SessionCardErrorEvent} from '../src/index.js';

// Visible text: whitespace collapsed, the isolates (FSI, PDI) around values quoted in messages left out.
const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const title = (el: SessionCard) => text(el.shadowRoot!.querySelector('[part=title]'));

/** Watches the page's real fetch calls (they still go to the server) to see their signals. */
function watchFetches() {
  const original = fetch;
  const signals: Array<{url: string; signal: AbortSignal}> = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    signals.push({url: input instanceof Request ? input.url : String(input), signal: init!.signal!});
    return original(input, init);
  };
  return {signals, restore: () => (window.fetch = original)};
}

describe('<session-card src>', () => {
  it('fetches the session, showing a loading state until it arrives', async () => {
    const el = await fixture<SessionCard>(
      html`<session-card lang="en" src="/test-api/session?delay=300"></session-card>`
    );
    const status = el.shadowRoot!.querySelector('[part~=status]')!;
    expect(text(status)).to.equal('Loading session…');
    expect(status.getAttribute('aria-busy')).to.equal('true');
    await oneEvent(el, 'session-card-load');
    await el.updateComplete;
    expect(title(el)).to.contain('Social innovation');
    await expect(el).to.be.accessible();
  });

  it('resolves relative links against the JSON file, not the page', async () => {
    const el = await fixture<SessionCard>(
      html`<session-card lang="en" src="/test/fixtures/nested/relative-links.json"></session-card>`
    );
    await oneEvent(el, 'session-card-load');
    await el.updateComplete;
    const href = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=documents] a')!.getAttribute('href');
    expect(href).to.equal(new URL('/test/fixtures/nested/docs/report.pdf', location.href).href);
  });

  it('lets a newer src win: the older request is aborted and never shown', async () => {
    const fetches = watchFetches();
    try {
      const el = await fixture<SessionCard>(
        html`<session-card lang="en" src="/test-api/session?delay=400&amp;title=Old"></session-card>`
      );
      el.src = '/test-api/session?title=New';
      await oneEvent(el, 'session-card-load');
      await el.updateComplete;
      expect(title(el)).to.equal('New');
      expect(fetches.signals[0].signal.aborted, 'the old request was aborted').to.equal(true);
      await aTimeout(500);
      expect(title(el)).to.equal('New');
    } finally {
      fetches.restore();
    }
  });

  it('aborts the request when the element is removed', async () => {
    const fetches = watchFetches();
    try {
      const el = await fixture<SessionCard>(html`<session-card lang="en" src="/test-api/never"></session-card>`);
      expect(fetches.signals).to.have.length(1);
      el.remove();
      expect(fetches.signals[0].signal.aborted).to.equal(true);
    } finally {
      fetches.restore();
    }
  });

  const failures: Array<[string, string, string, RegExp]> = [
    ['a 404', '/test-api/status/404', 'fetch-failed', /server answered 404/],
    ['a 500', '/test-api/status/500', 'fetch-failed', /server answered 500/],
    [
      'a body that is not JSON',
      '/test-api/body?text=%3Chtml%3E&type=application/json',
      'malformed-json',
      /malformed at line 1, column 1/,
    ],
    [
      'an HTML content type',
      '/test-api/body?text=%7B%7D&type=text/html',
      'unexpected-content-type',
      /served as text\/html/,
    ],
    ['a body over the size cap', '/test-api/large?bytes=3000000', 'response-too-large', /too large: over 2 MB/],
    ['an unreachable server', 'http://127.0.0.1:9/session.json', 'network-error', /network request failed/],
  ];
  for (const [name, src, code, message] of failures) {
    it(`reports ${name} visibly and with session-card-error`, async () => {
      const el = await fixture<SessionCard>(html`<session-card lang="en"></session-card>`);
      const failed = oneEvent<SessionCardErrorEvent>(el, 'session-card-error');
      el.src = src;
      const {detail} = await failed;
      await el.updateComplete;
      expect(detail.errors[0].code).to.equal(code);
      expect(text(el.shadowRoot!.querySelector('[role=alert]'))).to.match(message);
    });
  }

  it('gives up on a server that never answers after fetch-timeout, and says so', async () => {
    const el = await fixture<SessionCard>(html`<session-card lang="en" fetch-timeout="1000"></session-card>`);
    const failed = oneEvent<SessionCardErrorEvent>(el, 'session-card-error');
    el.src = '/test-api/never';
    const {detail} = await failed;
    await el.updateComplete;
    expect(detail.errors[0].code).to.equal('fetch-timeout');
    expect(text(el.shadowRoot!.querySelector('[role=alert]'))).to.contain('no answer after 1 second.');
  });
});
