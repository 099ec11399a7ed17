/**
 * Languages loaded on demand: each module fetched once per page, whatever the number of
 * cards; no card shows another language while it waits; a language that comes too late
 * (our test server delays it, as a slow network would) gives way to the nearest one with
 * a warning, and the card switches when it arrives after all.
 */
import {expect, waitUntil} from '@open-wc/testing';
import '../src/session-card.js';
import type {SessionCard} from '../src/index.js';
import {LANGUAGE_WAIT_MS} from '../src/i18n/localization.js';
import {cardEvent} from './support/events.js';
import {seedSession} from './support/seed.js';

const text = (el: SessionCard) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const fetchesOf = (language: string) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname === `/src/generated/locales/${language}.ts`).length;

async function cards(count: number, lang: string): Promise<SessionCard[]> {
  const session = await seedSession();
  return Array.from({length: count}, () => {
    const el = document.createElement('session-card');
    el.lang = lang;
    el.timeZone = 'Asia/Seoul';
    el.session = session;
    document.body.append(el);
    return el;
  });
}

describe('languages loaded on demand', () => {
  afterEach(() => {
    document.cookie = 'slow-language=; max-age=0';
    for (const el of document.querySelectorAll('session-card')) el.remove();
  });

  it('loads a language once for all the cards that need it, and shows no other language meanwhile', async () => {
    const [first, ...others] = await cards(5, 'ko');
    // Lit's first update runs in a microtask: it waits for the words (which come in a task
    // of their own at the earliest), rendering nothing, so no English flash.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(text(first), 'nothing before the words arrive').to.equal('');
    await Promise.all([first, ...others].map((el) => el.updateComplete));
    for (const el of [first, ...others]) {
      expect(el.shadowRoot!.querySelector('[part~=registration]')?.textContent?.trim()).to.equal('사전 신청 필요');
      expect(el.shadowRoot!.querySelector('[part~=base]')?.getAttribute('lang')).to.equal('ko');
    }
    expect(fetchesOf('ko'), 'one request for five cards').to.equal(1);
  });

  it('mirrors a right-to-left language from its locale data', async () => {
    const [el] = await cards(1, 'he');
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part~=base]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
  });

  it('speaks the nearest language, with a warning, when its own comes too late; then its own', async function () {
    this.timeout(15_000);
    document.cookie = 'slow-language=zh-Hant';
    const el = document.createElement('session-card');
    el.lang = 'zh-TW';
    el.session = await seedSession();
    const warned = cardEvent(el, 'session-card-warning');
    const started = performance.now();
    document.body.append(el);
    const {detail} = await warned;
    expect(performance.now() - started, 'after the wait').to.be.at.least(LANGUAGE_WAIT_MS - 50);
    expect(detail.warnings.map((w) => w.code)).to.deep.equal(['language-not-loaded']);
    expect(detail.warnings[0].message.replace(/[\u2068\u2069]/g, ''))
      .to.contain('zh-Hant')
      .and.contain('zh-Hans');
    // Meanwhile: Simplified Chinese, the same language in the other script.
    const registration = () => el.shadowRoot!.querySelector('[part~=registration]')?.textContent?.trim();
    expect(registration()).to.equal('需报名');
    await waitUntil(() => registration() === '需報名', 'Traditional Chinese once it arrives', {timeout: 5000});
  });

  it('a session with a warning, switched to a language not yet here: shown throughout, announced once', async () => {
    const el = document.createElement('session-card');
    el.lang = 'en';
    el.session = {...(await seedSession()), url: 'javascript:alert(1)'};
    let loads = 0;
    let warnings = 0;
    el.addEventListener('session-card-load', () => loads++);
    el.addEventListener('session-card-warning', () => warnings++);
    document.body.append(el);
    await el.updateComplete;
    expect([loads, warnings]).to.deep.equal([1, 1]);
    el.lang = 'pl';
    // The page's one lang observer asks the card to update, in a microtask of its own.
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang')).to.equal('pl');
    expect(el.shadowRoot!.querySelector('[part~=title]'), 'the session, not a loading state').to.exist;
    expect([loads, warnings], 'the same reading: no second load or warning').to.deep.equal([1, 1]);
  });
});
