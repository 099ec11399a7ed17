/**
 * How the card fits the page it is placed on, in its markup: the compact variant, no empty
 * containers, the host's own actions in a slot, the title as a link, a heading level that
 * keeps the page's outline in order.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/session-card.js';
import type {SessionCard, SessionCardErrorEvent, SessionCardLoadEvent} from '../src/index.js';
import type {Session} from '../src/contract/session-schema.js';
import {BEFORE_SEED, freezeDate} from './support/clock.js';
import {seedSession} from './support/seed.js';

const part = (el: SessionCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** Which of `names` the card renders, as a list (comparable in a failure message). */
const shown = (el: SessionCard, names: string[]) => names.filter((name) => part(el, name) !== null);

async function richSession(): Promise<Session> {
  return {
    ...(await seedSession()),
    url: 'https://example.org/sessions/3.2.2',
    registration: {required: true, url: 'https://example.org/register'},
    speakers: [{name: 'Ana Pérez', affiliation: 'ILO'}],
    documents: [{title: 'Report', url: 'https://example.org/report.pdf'}],
    remaining: 12,
    location: 'Córdoba',
  };
}

describe('<session-card variant="compact">', () => {
  let thaw: () => void;
  beforeEach(() => (thaw = freezeDate(BEFORE_SEED)));
  afterEach(() => thaw());

  const everyPart = [
    'eyebrow',
    'title',
    'live-status',
    'time-primary',
    'time-secondary',
    'badges',
    'facts',
    'register',
    'calendar',
    'summary',
    'sections',
    'documents',
    'speakers',
    'organizers',
    'session-link',
  ];

  it('shows the eyebrow, title, first time line, status, badges and actions, and nothing else', async () => {
    const session = await richSession();
    const full = await fixture<SessionCard>(html`<session-card lang="en" .session=${session}></session-card>`);
    const compact = await fixture<SessionCard>(
      html`<session-card lang="en" variant="compact" .session=${session}></session-card>`
    );
    expect(shown(full, everyPart), 'the default card has them all').to.deep.equal(everyPart);
    expect(shown(compact, everyPart)).to.deep.equal([
      'eyebrow',
      'title',
      'live-status',
      'time-primary',
      'badges',
      'register',
      'calendar',
    ]);
    expect(compact.getAttribute('variant')).to.equal('compact');
  });

  it('reads the same data and fires the same events', async () => {
    const el = document.createElement('session-card');
    el.setAttribute('lang', 'en');
    el.setAttribute('variant', 'compact');
    const loaded = oneEvent<SessionCardLoadEvent>(el, 'session-card-load');
    el.session = await richSession();
    document.body.append(el);
    try {
      expect((await loaded).detail.session.id).to.equal('3.2.2');
      const failed = oneEvent<SessionCardErrorEvent>(el, 'session-card-error');
      el.session = {title: 'No times'};
      expect((await failed).detail.errors[0].code).to.equal('missing-field');
    } finally {
      el.remove();
    }
  });

  it('is accessible', async () => {
    const el = await fixture<SessionCard>(
      html`<session-card lang="en" variant="compact" .session=${await richSession()}></session-card>`
    );
    await expect(el).to.be.accessible();
  });
});

describe('<session-card> leaves out what is empty', () => {
  it('renders no badge list and no facts block when there is nothing to put in them', async () => {
    const {title, start, end} = await seedSession();
    const el = await fixture<SessionCard>(
      html`<session-card lang="en" .session=${{title, start, end}}></session-card>`
    );
    expect(el.shadowRoot!.querySelectorAll('ul, ol, dl').length).to.equal(0);
    expect(part(el, 'joining')!.children.length, 'no empty container in the joining block').to.equal(0);
  });

  it('renders each when it has something', async () => {
    const {title, start, end} = await seedSession();
    const el = await fixture<SessionCard>(
      html`<session-card lang="en" .session=${{title, start, end, languages: ['fr'], capacity: 20}}></session-card>`
    );
    expect(part(el, 'badges')!.querySelectorAll('li').length).to.equal(1);
    expect(part(el, 'facts')!.querySelectorAll('.fact').length).to.equal(1);
  });
});

describe('<session-card> with the host’s own actions', () => {
  let thaw: () => void;
  beforeEach(() => (thaw = freezeDate(BEFORE_SEED)));
  afterEach(() => thaw());

  it('shows slot="actions" children with the card’s own actions', async () => {
    const el = await fixture<SessionCard>(html`<session-card lang="en" .session=${await richSession()}>
      <a slot="actions" href="https://example.org/ask">Ask a question</a>
    </session-card>`);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('.actions slot[name="actions"]')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Ask a question']);
    expect(slot.parentElement!.querySelector('[part~="register"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('keeps them after the session has ended, when the card’s own actions are gone', async () => {
    thaw();
    thaw = freezeDate('2021-06-02T00:00:00Z');
    const el = await fixture<SessionCard>(html`<session-card lang="en" .session=${await richSession()}>
      <a slot="actions" href="https://example.org/recording">Watch the recording</a>
    </session-card>`);
    expect(part(el, 'register')).to.equal(null);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="actions"]');
    expect(slot?.assignedElements().length).to.equal(1);
  });

  it('renders no actions block for an ended session without the host’s action, and one with it', async () => {
    thaw();
    thaw = freezeDate('2021-06-02T00:00:00Z');
    const el = await fixture<SessionCard>(html`<session-card lang="en" .session=${await richSession()}>
      <a slot="actions" href="https://example.org/recording">Watch the recording</a>
    </session-card>`);
    const settle = async () => {
      // The page's one observer reports light DOM changes in a microtask; the card then renders.
      await Promise.resolve();
      await el.updateComplete;
    };
    el.querySelector('a')!.remove();
    await settle();
    expect(el.shadowRoot!.querySelector('.actions')).to.equal(null);
    const button = document.createElement('button');
    button.textContent = 'Ask a question';
    el.append(button);
    await settle();
    expect(el.shadowRoot!.querySelector('.actions'), 'a child without slot="actions" is no action').to.equal(null);
    button.slot = 'actions';
    await settle();
    expect(el.shadowRoot!.querySelector('.actions slot')).to.exist;
  });
});

describe('<session-card> title and heading', () => {
  it('links the title to the session’s page when it has one', async () => {
    const el = await fixture<SessionCard>(
      html`<session-card lang="en" .session=${await richSession()}></session-card>`
    );
    const link = part(el, 'title')!.querySelector('a')!;
    expect(link.href).to.equal('https://example.org/sessions/3.2.2');
    expect(link.textContent).to.equal((await seedSession()).title);
    const plain = await fixture<SessionCard>(
      html`<session-card lang="en" .session=${await seedSession()}></session-card>`
    );
    expect(part(plain, 'title')!.querySelector('a')).to.equal(null);
  });

  it('keeps the page’s outline in order under its one h1, by default', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <h1>Partner forum</h1>
      <session-card lang="en" .session=${await richSession()}></session-card>
    </main>`);
    const card = page.querySelector('session-card')!;
    await card.updateComplete;
    expect(part(card, 'title')!.localName).to.equal('h2');
    await expect(page).to.be.accessible();
  });
});
