/**
 * Cards rendered ahead of time by `session-card/ssr` (dist/ssr-example/index.html, written
 * in Node by `npm test` before the browser tests): read with JavaScript off, then taken
 * over by the CDN file in the reader's zone, one card per session, nothing of the server's
 * markup left.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {cspReports, store} from '../support/configurator-page.js';
import {viewFrom} from '../support/zones.js';

const PAGE = '/dist/ssr-example/index.html';
const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

async function openFrame(sandbox?: string) {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.width = '900px';
  frame.style.height = '900px';
  frame.src = PAGE;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  return {frame, doc: frame.contentDocument!};
}

/** Comments Lit's server renderer leaves around what it rendered. */
const serverMarkers = (root: Node) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const found: string[] = [];
  while (walker.nextNode())
    if (/^lit-(part|node)/.test(walker.currentNode.nodeValue!)) found.push(walker.currentNode.nodeValue!);
  return found;
};

describe('server-rendered cards (session-card/ssr)', () => {
  let sessions: number;
  before(async () => {
    const html = await (await fetch(PAGE)).text();
    sessions = (html.match(/<session-card[\s>]/g) ?? []).length;
    expect(sessions, 'the page holds the demo sessions').to.be.greaterThan(0);
  });

  it('with JavaScript off: the title, the event’s time with its zone, the badges and the documents', async () => {
    const {frame, doc} = await openFrame('allow-same-origin');
    const cards = [...doc.querySelectorAll('session-card')];
    expect(cards).to.have.length(sessions);
    const root = cards[0].shadowRoot!;
    expect(root, 'a declarative shadow root').to.exist;
    expect(text(root.querySelector('[part=title]'))).to.match(/^Social innovation, local communities/);
    const time = text(root.querySelector('[part~=time-primary]'));
    expect(time).to.contain('2:05 – 3:35 PM');
    expect(time).to.contain('Argentina Standard Time, GMT-3');
    expect(time).to.contain('(event time)');
    expect(root.querySelector('[part~=time-secondary]'), 'no guess at the reader’s zone').to.equal(null);
    expect([...root.querySelectorAll('[part~=language]')].map((badge) => text(badge.firstElementChild))).to.deep.equal([
      'EN',
      'FR',
      'ES',
    ]);
    expect(text(root.querySelector('[part=documents]'))).to.contain(
      'Social and Solidarity Economy and the Future of Work'
    );
    // Nothing that needs a script: no relative "starts in", no calendar button.
    expect(root.querySelector('[part=live-status]')).to.equal(null);
    expect(root.querySelector('[part=calendar]')).to.equal(null);
    // The styles came with it (the page allows inline styles).
    expect(frame.contentWindow!.getComputedStyle(root.querySelector('[part~=base]')!).borderTopStyle).to.equal('solid');
    // The schema.org Event is in the light DOM, for crawlers.
    const jsonLd = cards[0].querySelectorAll('script[type="application/ld+json"]');
    expect(jsonLd).to.have.length(1);
    expect((JSON.parse(jsonLd[0].textContent) as {startDate: string}).startDate).to.equal('2021-06-01T14:05:00-03:00');
    frame.remove();
  });

  it('with JavaScript off: axe finds nothing', async () => {
    const html = await (await fetch(PAGE)).text();
    const container = document.createElement('div');
    // Parsed with its declarative shadow roots; this test page defines no <session-card>.
    container.setHTMLUnsafe(new DOMParser().parseFromString(html, 'text/html').querySelector('main')!.innerHTML);
    document.body.append(container);
    expect(container.querySelector('session-card')!.shadowRoot, 'parsed with its shadow root').to.exist;
    await expect(container).to.be.accessible();
    container.remove();
  });

  it('with JavaScript: one card per session, in the reader’s zone, no server text left', async () => {
    await viewFrom('Asia/Tokyo');
    const {frame, doc} = await openFrame();
    const cards = [...doc.querySelectorAll('session-card')];
    expect(cards).to.have.length(sessions);
    await waitUntil(
      () => text(cards[0].shadowRoot!.querySelector('[part~=time-primary]')).includes('(your time)'),
      'the card takes over',
      {timeout: 5000}
    );
    for (const card of cards) {
      const root = card.shadowRoot!;
      expect(root.querySelectorAll('[part~=base]'), 'one card').to.have.length(1);
      expect(root.querySelectorAll('[part=title]')).to.have.length(1);
      expect(root.querySelectorAll('style'), 'the server’s style element is gone').to.have.length(0);
      expect(serverMarkers(root), 'no markup of the server left').to.deep.equal([]);
      expect(card.querySelectorAll('script[type="application/ld+json"]'), 'one JSON-LD').to.have.length(1);
    }
    const primary = text(cards[0].shadowRoot!.querySelector('[part~=time-primary]'));
    // 17:05 UTC is 2:05 AM the next day in Tokyo.
    expect(primary).to.contain('Jun 2, 2021');
    expect(primary).to.contain('3:35 AM');
    expect(primary).to.contain('GMT+9');
    expect(text(cards[0].shadowRoot!.querySelector('[part~=time-secondary]'))).to.contain('(event time)');
    frame.remove();
  });

  it('with JavaScript: axe finds nothing in the cards the browser took over', async () => {
    const html = await (await fetch(PAGE)).text();
    const container = document.createElement('div');
    container.setHTMLUnsafe(new DOMParser().parseFromString(html, 'text/html').querySelector('main')!.innerHTML);
    document.body.append(container);
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/dist/cdn/session-card.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('the CDN file did not load'));
      document.head.append(script);
    });
    const card = container.querySelector('session-card')!;
    await waitUntil(() => !card.shadowRoot!.querySelector('style'), 'the card takes over');
    await (card as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
    expect(card.shadowRoot!.querySelectorAll('[part~=base]')).to.have.length(1);
    await expect(container).to.be.accessible();
    container.remove();
  });

  it('under the strict CSP: the server’s inline style is refused (see README), the card still works', async () => {
    const html = (await (await fetch(PAGE)).text()).replace('./cdn/session-card.js', '/dist/cdn/session-card.js');
    const name = `ssr-strict-${Date.now()}.html`;
    const frame = document.createElement('iframe');
    frame.src = await store(name, html, 'text/html');
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    const card = frame.contentDocument!.querySelector('session-card')!;
    await waitUntil(() => !card.shadowRoot!.querySelector('style'), 'the card takes over', {timeout: 5000});
    await waitUntil(() => card.shadowRoot!.querySelector('[part=title]'), 'the card renders');
    const base = card.shadowRoot!.querySelector('[part~=base]')!;
    expect(frame.contentWindow!.getComputedStyle(base).borderTopStyle, 'styled by the card itself').to.equal('solid');
    await waitUntil(async () => (await cspReports(name)).length > 0, 'the refused style is reported', {timeout: 5000});
    const directives = (await cspReports(name)).map((report) => report['violated-directive']);
    expect(
      directives.every((directive) => /^style-src/.test(directive)),
      directives.join(', ')
    ).to.equal(true);
    frame.remove();
  });
});
