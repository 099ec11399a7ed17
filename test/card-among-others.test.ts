/**
 * The card among other things on a page: its open calendar list above the cards after it,
 * Escape that stays the list's inside a host's dialog, a dark background of its own, and
 * the seat count and deadline only while they mean something.
 */
import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {SessionCard} from '../src/index.js';
import '../src/session-card.js';
import type {Session} from '../src/contract/session-schema.js';
import {BEFORE_SEED, freezeDate} from './support/clock.js';
import {seedSession} from './support/seed.js';

const part = (el: SessionCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function upcoming(changes: Partial<Session> = {}): Promise<Session> {
  return {...(await seedSession()), registration: {required: true, url: 'https://example.org/register'}, ...changes};
}

describe('<session-card> among other cards and dialogs', () => {
  let thaw: () => void;
  beforeEach(() => (thaw = freezeDate(BEFORE_SEED)));
  afterEach(() => thaw());

  it('keeps its open calendar list above the card after it, where a click reaches the list', async () => {
    const session = await upcoming();
    const column = await fixture<HTMLElement>(html`<div style="inline-size: 500px">
      <session-card lang="en" variant="compact" .session=${session}></session-card>
      <session-card lang="en" variant="compact" .session=${session}></session-card>
    </div>`);
    const [first, second] = [...column.querySelectorAll('session-card')] as SessionCard[];
    await first.updateComplete;
    await second.updateComplete;
    part(first, 'calendar')!.click();
    await first.updateComplete;
    const options = [...first.shadowRoot!.querySelectorAll<HTMLElement>('[part~="calendar-option"]')];
    expect(options.length).to.equal(5);
    const last = options.at(-1)!.getBoundingClientRect();
    expect(last.bottom, 'the list reaches over the next card').to.be.above(second.getBoundingClientRect().top);
    for (const option of options) {
      const box = option.getBoundingClientRect();
      const hit = first.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(
        document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2),
        option.dataset.calendar
      ).to.equal(first);
      expect(hit === option || option.contains(hit), `${option.dataset.calendar} is what a click reaches`).to.equal(
        true
      );
    }
    expect(first.matches(':state(calendar-open)')).to.equal(true);
    part(first, 'calendar')!.click();
    await first.updateComplete;
    expect(first.matches(':state(calendar-open)')).to.equal(false);
  });

  it('closes its list on Escape and leaves the host’s dialog open', async () => {
    const dialog = await fixture<HTMLDialogElement>(html`<dialog>
      <session-card lang="en" .session=${await upcoming()}></session-card>
    </dialog>`);
    dialog.showModal();
    try {
      const card = dialog.querySelector('session-card')!;
      await card.updateComplete;
      part(card, 'calendar')!.focus();
      await sendKeys({press: 'Enter'});
      await card.updateComplete;
      expect(part(card, 'calendar-menu') !== null, 'the list opened').to.equal(true);
      await sendKeys({press: 'Escape'});
      await card.updateComplete;
      expect(part(card, 'calendar-menu') === null, 'the list closed').to.equal(true);
      expect(dialog.open, 'the dialog is still open').to.equal(true);
      await sendKeys({press: 'Escape'});
      expect(dialog.open, 'a second Escape is the dialog’s').to.equal(false);
    } finally {
      if (dialog.open) dialog.close();
    }
  });

  it('takes the dark palette from a dark background of its own, on a light page', async () => {
    const el = await fixture<SessionCard>(html`<div style="background: #fff; color: #111">
      <session-card
        lang="en"
        style="--session-card-background: #121417; --session-card-text: #eeeeee"
        .session=${await upcoming()}
      ></session-card>
    </div>`);
    const card = el.querySelector('session-card')!;
    await card.updateComplete;
    await nextFrame();
    await nextFrame();
    expect(card.matches(':state(dark)'), 'dark').to.equal(true);
    await expect(card).to.be.accessible();
  });
});

describe('<session-card> seats and deadline', () => {
  it('shows no seats left once the session has ended', async () => {
    const thaw = freezeDate('2021-06-02T00:00:00Z');
    try {
      const el = await fixture<SessionCard>(
        html`<session-card lang="en" .session=${await upcoming({remaining: 12})}></session-card>`
      );
      expect(text(part(el, 'facts'))).not.to.contain('seats left');
      expect(text(part(el, 'live-status'))).to.equal('Ended');
    } finally {
      thaw();
    }
  });

  it('shows "Full" and no deadline for a full session whose registration has not closed yet', async () => {
    const thaw = freezeDate(BEFORE_SEED);
    try {
      const registration = {required: true, url: 'https://example.org/register', closes: '2021-05-31T23:59:00-03:00'};
      const el = await fixture<SessionCard>(
        html`<session-card lang="en" .session=${await upcoming({remaining: 0, registration})}></session-card>`
      );
      expect(text(part(el, 'facts'))).to.contain('Full');
      expect(part(el, 'registration-deadline') === null, 'no deadline').to.equal(true);
      expect(part(el, 'register') === null, 'no register link').to.equal(true);
      const open = await fixture<SessionCard>(
        html`<session-card lang="en" .session=${await upcoming({remaining: 3, registration})}></session-card>`
      );
      expect(text(part(open, 'registration-deadline'))).to.match(/^Registration closes in/);
    } finally {
      thaw();
    }
  });
});
