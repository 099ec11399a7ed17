/**
 * The card's schema.org JSON-LD in its light DOM: one script for a valid session, replaced,
 * removed, turned off; never read as the session, never waking the card in a loop.
 */
import {aTimeout, expect, fixture, html, nextFrame} from '@open-wc/testing';
import '../src/session-card.js';
import type {SessionCard} from '../src/index.js';
import {toSchemaOrg} from '../src/import/to-schema-org.js';
import {seedSession} from './support/seed.js';

const scripts = (el: Element) => [...el.querySelectorAll(':scope > script[type="application/ld+json"]')];
/** After the page's next idle time, when the cards write their JSON-LD. */
const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), {timeout: 2000}));
const jsonLd = async (el: Element) => {
  await idle();
  const found = scripts(el);
  expect(found, 'one JSON-LD script').to.have.length(1);
  return JSON.parse(found[0].textContent) as Record<string, unknown>;
};
const session = (title: string) => ({title, start: '2024-06-01T10:00:00+02:00', end: '2024-06-01T11:00:00+02:00'});

describe('<session-card> structured data', () => {
  it('writes the session as schema.org JSON-LD in its light DOM', async () => {
    const seed = await seedSession();
    const el = await fixture<SessionCard>(html`<session-card .session=${seed}></session-card>`);
    expect(await jsonLd(el)).to.deep.equal(JSON.parse(JSON.stringify(toSchemaOrg(seed, {baseUrl: document.baseURI}))));
    expect(scripts(el)[0].hasAttribute('data-session-card')).to.equal(true);
  });

  it('replaces it when the session changes, removes it when the session turns invalid or the card leaves', async () => {
    const el = await fixture<SessionCard>(html`<session-card .session=${session('First')}></session-card>`);
    expect((await jsonLd(el)).name).to.equal('First');
    el.session = session('Second');
    await el.updateComplete;
    expect((await jsonLd(el)).name).to.equal('Second');
    el.session = {title: 'No times'};
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=error]'), 'the error shows').to.exist;
    expect(scripts(el)).to.have.length(0);
    el.session = session('Third');
    await el.updateComplete;
    expect((await jsonLd(el)).name).to.equal('Third');
    const parent = el.parentNode!;
    el.remove();
    expect(scripts(el)).to.have.length(0);
    parent.append(el);
    await el.updateComplete;
    expect((await jsonLd(el)).name).to.equal('Third');
  });

  it('writes none with structured-data="off", and follows that attribute', async () => {
    const el = await fixture<SessionCard>(
      html`<session-card structured-data="off" .session=${session('Quiet')}></session-card>`
    );
    expect(scripts(el)).to.have.length(0);
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect((await jsonLd(el)).name).to.equal('Quiet');
    el.setAttribute('structured-data', 'off');
    await el.updateComplete;
    expect(scripts(el)).to.have.length(0);
  });

  it('keeps content that would end a script inside it, as data', async () => {
    const title = '</script><script>window.__pwned = 1</script><!-- x';
    const el = await fixture<SessionCard>(html`<session-card .session=${session(title)}></session-card>`);
    expect((await jsonLd(el)).name).to.equal(title);
    expect(el.querySelectorAll('script')).to.have.length(1);
    expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('beside inline JSON: never read as the session, and no loop of updates', async () => {
    let updates = 0;
    const el = document.createElement('session-card');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(session('Inline'));
    el.append(script);
    const counted = el as unknown as {updated(changed: unknown): void};
    const updated = counted.updated.bind(el);
    counted.updated = (changed) => {
      updates++;
      updated(changed);
    };
    document.body.append(el);
    await el.updateComplete;
    for (let i = 0; i < 5; i++) await nextFrame();
    await aTimeout(50);
    expect((await jsonLd(el)).name).to.equal('Inline');
    expect(updates, 'updates after the first render').to.be.at.most(2);
    // Only the JSON-LD is left: the card has no session of its own.
    script.remove();
    await aTimeout(0);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=status]')?.textContent).to.contain('No session to show');
    expect(scripts(el)).to.have.length(0);
    el.remove();
  });

  it('drops a copy a CMS saved with the page, writing its own once', async () => {
    const el = document.createElement('session-card');
    el.innerHTML = '<script type="application/ld+json" data-session-card>{"name": "Saved earlier"}</script>';
    el.session = session('Now');
    document.body.append(el);
    await el.updateComplete;
    expect((await jsonLd(el)).name).to.equal('Now');
    el.remove();
  });

  it('resolves relative URLs as the card does: against base-url when given', async () => {
    const based = {...session('Based'), url: 'talks/3'};
    const el = await fixture<SessionCard>(
      html`<session-card base-url="https://conf.example/2025/" .session=${based}></session-card>`
    );
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~=title] a')?.href).to.equal(
      'https://conf.example/2025/talks/3'
    );
    expect((await jsonLd(el)).url).to.equal('https://conf.example/2025/talks/3');
  });
});
