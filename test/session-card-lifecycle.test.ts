/**
 * A card's life in the page: removed while it loads, put back, tried again. Network work
 * stops with removal, and whatever the card shows is announced where the page listens.
 */
import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {cardEvent} from './support/events.js';
import type {SessionCard} from '../src/index.js';
import '../src/session-card.js';

const requestsFor = async (key: string): Promise<number> =>
  (await (await fetch(`/test-api/requests?key=${key}`)).json()) as number;
const uniqueKey = () => `k${Math.random().toString(36).slice(2)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const titleOf = (el: SessionCard) => el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim();

function newCard(src: string): SessionCard {
  const el = document.createElement('session-card');
  el.lang = 'en';
  el.src = src;
  return el;
}

describe('<session-card> in and out of the page', () => {
  it('removed while loading: no request after the removal, and no event while out', async () => {
    const key = uniqueKey();
    const el = newCard(`/test-api/session?delay=300&key=${key}`);
    const heard: string[] = [];
    el.addEventListener('session-card-load', () => heard.push('load'));
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    // Updates still happen while it is out: none of them may fetch.
    el.requestUpdate();
    await el.updateComplete;
    await sleep(500);
    // The first request may or may not have reached the server before its abort
    // (Firefox aborts it first); a second one must not have been sent.
    const whileOut = await requestsFor(key);
    expect(whileOut).to.be.at.most(1);
    expect(heard).to.deep.equal([]);

    const loaded = cardEvent(el, 'session-card-load');
    document.body.append(el);
    await loaded;
    expect(await requestsFor(key)).to.equal(whileOut + 1);
    el.remove();
  });

  it('put back after it loaded, shows it without fetching or announcing it again', async () => {
    const key = uniqueKey();
    const el = newCard(`/test-api/session?key=${key}&title=Shown`);
    const loaded = cardEvent(el, 'session-card-load');
    document.body.append(el);
    await loaded;
    el.remove();
    await nextFrame();

    const heard: string[] = [];
    el.addEventListener('session-card-load', () => heard.push('load'));
    document.body.append(el);
    await el.updateComplete;
    await nextFrame();
    expect(heard, 'a move announces nothing new').to.deep.equal([]);
    expect(titleOf(el)).to.equal('Shown');
    expect(await requestsFor(key)).to.equal(1);
    el.remove();
  });

  it('a session set while the card is out is announced when it is put back', async () => {
    const el = await fixture<SessionCard>(html`<session-card lang="en"></session-card>`);
    const parent = el.parentElement!;
    el.remove();
    const heard: string[] = [];
    el.addEventListener('session-card-error', () => heard.push('error'));
    el.sessionJson = '{';
    await el.updateComplete;
    expect(heard).to.deep.equal([]);
    const error = cardEvent(el, 'session-card-error');
    parent.append(el);
    await error;
    expect(heard).to.deep.equal(['error']);
  });

  it('after a failure, re-insertion tries the same src again', async () => {
    const key = uniqueKey();
    const el = newCard(`/test-api/status/503?fail=1&key=${key}`);
    const failed = cardEvent(el, 'session-card-error');
    document.body.append(el);
    expect((await failed).detail.errors[0].code).to.equal('fetch-failed');
    el.remove();

    const loaded = cardEvent(el, 'session-card-load');
    document.body.append(el);
    await loaded;
    expect(await requestsFor(key)).to.equal(2);
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    el.remove();
  });

  it('reload() fetches the same src again, after a failure or to refresh it', async () => {
    const key = uniqueKey();
    const el = newCard(`/test-api/status/503?fail=1&key=${key}`);
    const failed = cardEvent(el, 'session-card-error');
    document.body.append(el);
    await failed;

    let loaded = cardEvent(el, 'session-card-load');
    el.reload();
    await el.updateComplete;
    // While it loads again, the card says so rather than keeping the old error.
    expect(el.shadowRoot!.querySelector('[role=status]')?.getAttribute('aria-busy')).to.equal('true');
    await loaded;
    expect(await requestsFor(key)).to.equal(2);

    loaded = cardEvent(el, 'session-card-load');
    el.reload();
    await loaded;
    expect(await requestsFor(key)).to.equal(3);
    el.remove();
  });

  it('reload() reads an object again and announces it', async () => {
    const session = {title: 'Once', start: '2021-06-01T14:05:00-03:00', end: '2021-06-01T15:35:00-03:00'};
    const el = await fixture<SessionCard>(html`<session-card lang="en" .session=${session}></session-card>`);
    await el.updateComplete;
    session.title = 'Twice';
    await el.updateComplete;
    // Read once: a change to the object given is not seen by itself ...
    expect(titleOf(el)).to.equal('Once');
    const loaded = cardEvent(el, 'session-card-load');
    el.reload();
    await loaded;
    // ... until the host asks.
    expect(titleOf(el)).to.equal('Twice');
  });
});
