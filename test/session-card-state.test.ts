/**
 * The element's state over time: which reading it shows as its inputs change, and the
 * events that announce each change exactly once.
 */
import {expect, fixture, html, nextFrame, oneEvent} from '@open-wc/testing';
import type {SessionCard, ProblemReport, SessionCardWarningEvent} from '../src/index.js';
import '../src/session-card.js';
import type {Session} from '../src/contract/session-schema.js';
import sinon from 'sinon';
import {seedSession} from './support/seed.js';

/** Every event of `names` that `el` fires, as `name:code,code` lines. */
function recordEvents(el: Element, names = ['session-card-load', 'session-card-error', 'session-card-warning']) {
  const seen: string[] = [];
  for (const name of names) {
    el.addEventListener(name, (event) => {
      const {detail} = event as CustomEvent<{warnings?: ProblemReport[]; errors?: ProblemReport[]}>;
      const problems = detail.warnings ?? detail.errors ?? [];
      seen.push(`${name.replace('session-card-', '')}:${problems.map((p) => p.code).join(',')}`);
    });
  }
  return seen;
}

async function settle(el: SessionCard): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

const titleOf = (el: SessionCard) => el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim();

describe('<session-card> state', () => {
  describe('the time-zone attribute', () => {
    it('warns when set to an unknown zone after the card has loaded, once per change', async () => {
      const el = await fixture<SessionCard>(
        html`<session-card lang="en" .session=${await seedSession()}></session-card>`
      );
      await settle(el);
      const events = recordEvents(el);

      el.timeZone = 'Mars/Olympus_Mons';
      const {detail} = await oneEvent<SessionCardWarningEvent>(el, 'session-card-warning');
      expect(detail.warnings.map((w: ProblemReport) => w.message).join()).to.contain('Mars/Olympus_Mons');
      await settle(el);
      // Another update with the same setting warns no more.
      el.requestUpdate();
      await settle(el);
      expect(events).to.deep.equal(['warning:unknown-display-time-zone']);

      el.timeZone = 'Venus/Maxwell';
      await settle(el);
      el.timeZone = 'Asia/Tokyo';
      await settle(el);
      el.timeZone = 'Mars/Olympus_Mons';
      await settle(el);
      expect(events).to.deep.equal([
        'warning:unknown-display-time-zone',
        'warning:unknown-display-time-zone',
        'warning:unknown-display-time-zone',
      ]);
    });

    it('announces a new session once, with both its own warnings and the zone’s', async () => {
      const el = await fixture<SessionCard>(html`<session-card lang="en" time-zone="Nowhere/Else"></session-card>`);
      const events = recordEvents(el);
      const session = await seedSession();
      session.remaining = (session.capacity ?? 0) + 1;
      el.session = session;
      await settle(el);
      el.requestUpdate();
      await settle(el);
      expect(events).to.deep.equal(['load:', 'warning:remaining-exceeds-capacity,unknown-display-time-zone']);
    });

    it('does not warn of the zone while the session cannot be shown', async () => {
      const el = await fixture<SessionCard>(html`<session-card lang="en"></session-card>`);
      const events = recordEvents(el);
      el.session = {title: 'No times'};
      await settle(el);
      el.timeZone = 'Nowhere/Else';
      await settle(el);
      expect(events).to.deep.equal(['error:missing-field,missing-field']);
    });
  });

  describe('heading-level', () => {
    it('is not written onto the host when left at its default', async () => {
      const el = await fixture<SessionCard>(
        html`<session-card lang="en" .session=${await seedSession()}></session-card>`
      );
      await settle(el);
      expect(el.hasAttribute('heading-level')).to.equal(false);
      expect(el.shadowRoot!.querySelector('h2[part="title"]')).to.exist;
    });

    it('falls back to level 2 for a value outside 1–6 that is not a number', async () => {
      // Set with setAttribute, before the card is connected: in a template, lit-analyzer
      // refuses a string that is not a number for the number property, and that is the point.
      const el = document.createElement('session-card');
      el.setAttribute('lang', 'en');
      el.setAttribute('heading-level', 'x');
      el.session = await seedSession();
      await fixture(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector('h2[part="title"]')).to.exist;
      // Past 6 is no level either: 2, not the nearest (a warning says so).
      el.headingLevel = 9;
      await settle(el);
      expect(el.shadowRoot!.querySelector('h2[part="title"]')).to.exist;
      el.headingLevel = 6;
      await settle(el);
      expect(el.shadowRoot!.querySelector('h6[part="title"]')).to.exist;
    });
  });

  describe('inputs over time', () => {
    it('shows the value again after a detour through src, not the fetched session', async () => {
      const session = await seedSession();
      const el = await fixture<SessionCard>(html`<session-card lang="en" .session=${session}></session-card>`);
      await settle(el);
      const fetched = {...session, title: 'Fetched instead'} as Session;
      const url = URL.createObjectURL(new Blob([JSON.stringify(fetched)], {type: 'application/json'}));
      el.session = undefined;
      el.src = url;
      await oneEvent(el, 'session-card-load');
      await settle(el);
      expect(titleOf(el)).to.equal('Fetched instead');
      el.src = undefined;
      el.session = session;
      await settle(el);
      expect(titleOf(el)).to.equal(session.title);
      URL.revokeObjectURL(url);
    });

    it('follows edits of the inline JSON of several cards, and ignores other light DOM changes', async () => {
      const session = await seedSession();
      const json = (title: string) => JSON.stringify({...session, title});
      const host = await fixture<HTMLDivElement>(html`<div>
        <session-card lang="en"><script type="application/json">${json('First A')}</script></session-card>
        <session-card lang="en"><script type="application/json">${json('Second A')}</script></session-card>
      </div>`);
      const [first, second] = [...host.querySelectorAll('session-card')] as SessionCard[];
      await settle(first);
      await settle(second);
      expect([titleOf(first), titleOf(second)]).to.deep.equal(['First A', 'Second A']);
      const events = recordEvents(first);

      second.querySelector('script')!.textContent = json('Second B');
      await settle(second);
      expect([titleOf(first), titleOf(second)]).to.deep.equal(['First A', 'Second B']);

      // The host's own nodes beside the JSON are no reason to render again.
      const updates = sinon.spy(first as unknown as {update: () => void}, 'update');
      first.append(document.createElement('span'));
      await settle(first);
      expect(updates.callCount).to.equal(0);
      updates.restore();

      first.querySelector('script')!.textContent = json('First B');
      await settle(first);
      expect(titleOf(first)).to.equal('First B');
      expect(events).to.deep.equal(['load:']);
    });

    it('a card removed while its src loads starts the fetch again when it is put back', async () => {
      const session = await seedSession();
      const url = URL.createObjectURL(new Blob([JSON.stringify(session)], {type: 'application/json'}));
      const el = document.createElement('session-card');
      el.lang = 'en';
      el.src = url;
      document.body.append(el);
      el.remove();
      await nextFrame();
      const loaded = oneEvent(el, 'session-card-load');
      document.body.append(el);
      await loaded;
      await settle(el);
      expect(titleOf(el)).to.equal(session.title);
      el.remove();
      URL.revokeObjectURL(url);
    });
  });
});
