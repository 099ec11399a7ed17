/**
 * The card given what organizers publish: a frab/pretalx schedule (with `session-id` to
 * pick the talk) or schema.org Event JSON-LD, by every way in. The importers and the
 * problem words are real, loaded on demand as the CDN file loads them.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/session-card.js';
import type {SessionCard} from '../src/index.js';
import {cardEvent} from './support/events.js';

const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const part = (el: SessionCard, name: string) => el.shadowRoot!.querySelector(`[part~=${name}]`);
/** The instant the card's first time stands for. */
const startOf = (el: SessionCard) => {
  const written = el.shadowRoot!.querySelector('[part~=when] time')?.getAttribute('datetime');
  return written ? new Date(written).toISOString() : undefined;
};

/** A small schedule of our own: version 1, three talks in two rooms, one past midnight. */
const schedule = {
  schedule: {
    version: 'test',
    base_url: 'https://con.example/2024/',
    conference: {
      acronym: 'testcon',
      title: 'Test Conference',
      time_zone_name: 'Europe/Berlin',
      days: [
        {
          index: 1,
          date: '2024-06-01',
          rooms: {
            'Hall A': [
              {
                guid: 'a1',
                id: 101,
                code: 'AAA111',
                date: '2024-06-01T10:00:00+02:00',
                duration: '01:00',
                room: 'Hall A',
                title: 'Opening',
                type: 'Talk',
                language: 'en',
                abstract: 'Welcome.',
                persons: [{public_name: 'Ada'}],
                links: [{url: 'slides/opening.pdf', title: 'Slides'}],
              },
              {
                guid: 'a2',
                id: 102,
                date: '2024-06-01T23:30:00+02:00',
                duration: '1:30',
                room: 'Hall A',
                title: 'Night session',
              },
            ],
            'Hall B': [
              {guid: 'b1', id: 201, date: '2024-06-01T11:00:00+02:00', duration: 2700, room: 'Hall B', title: 'Lab'},
            ],
          },
        },
      ],
    },
  },
};

const event = {
  '@context': 'https://schema.org',
  '@type': 'EducationEvent',
  name: 'Workshop on maps',
  startDate: '2024-09-03T14:00:00-03:00',
  endDate: '2024-09-03T15:30:00-03:00',
  eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
  location: {'@type': 'VirtualLocation', url: 'https://meet.example/maps'},
  inLanguage: ['en', 'es'],
};

describe('<session-card> given a schedule or a schema.org Event', () => {
  it('shows the talk a schedule attribute and session-id name, its start as the talk’s date', async () => {
    const el = await fixture<SessionCard>(html`<session-card
      lang="en"
      time-zone="UTC"
      session-id="a2"
      session=${JSON.stringify(schedule)}
    ></session-card>`);
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal('Night session');
    expect(startOf(el)).to.equal('2024-06-01T21:30:00.000Z');
    expect(part(el, 'error')).to.equal(null);
  });

  it('picks the talk by code or id too, and follows a change of session-id', async () => {
    const el = await fixture<SessionCard>(
      html`<session-card lang="en" session-id="AAA111" .session=${schedule}></session-card>`
    );
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal('Opening');
    // The link resolves against the schedule's base_url.
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~=documents] a');
    expect(link?.href).to.equal('https://con.example/2024/slides/opening.pdf');
    el.sessionId = '201';
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal('Lab');
  });

  it('without session-id: an error that says how many sessions the schedule holds, and an event', async () => {
    const el = document.createElement('session-card');
    el.lang = 'en';
    el.session = schedule;
    const error = cardEvent(el, 'session-card-error');
    document.body.append(el);
    const {detail} = await error;
    await el.updateComplete;
    expect(detail.errors.map((e) => e.code)).to.deep.equal(['session-not-chosen']);
    expect(text(part(el, 'error'))).to.contain(
      'The schedule holds 3 sessions: choose one with session-id (its guid, code or id).'
    );
    el.remove();
  });

  it('with a session-id the schedule lacks: says so, with the count, in the card’s language', async () => {
    const el = await fixture<SessionCard>(
      html`<session-card lang="fr" session-id="zz9" .session=${schedule}></session-card>`
    );
    await el.updateComplete;
    const message = text(part(el, 'error'));
    expect(message).to.contain('Le programme contient 3 sessions, aucune avec le guid, le code ou l’id');
    expect(message).to.contain('zz9');
    const ru = await fixture<SessionCard>(
      html`<session-card lang="ru" session-id="zz9" .session=${schedule}></session-card>`
    );
    await ru.updateComplete;
    expect(text(part(ru, 'error'))).to.contain('В программе 3 сессии');
  });

  it('reads a schedule from src, and warns of a zone name that disagrees with the offsets', async () => {
    const el = document.createElement('session-card');
    el.lang = 'en';
    el.timeZone = 'UTC';
    el.sessionId = '8079583e-8321-506c-95af-fd2903a5f075';
    el.src = '/real-fixtures/voc-schedule/examples/pretalx-democon.json';
    const warning = cardEvent(el, 'session-card-warning');
    const loaded = cardEvent(el, 'session-card-load');
    document.body.append(el);
    const [{detail: warned}] = await Promise.all([warning, loaded]);
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal('Focused 5thgeneration hardware');
    expect(startOf(el)).to.equal('2020-12-14T08:00:00.000Z');
    expect(warned.warnings.map((w) => w.code)).to.include('time-zone-disagrees');
    const disagrees = warned.warnings.find((w) => w.code === 'time-zone-disagrees')!;
    expect(disagrees.message.replace(/[\u2068\u2069]/g, '')).to.contain('UTC is at +00:00 at that time, not +01:00');
    el.remove();
  });

  it('a schedule from src without session-id: the count of its talks', async () => {
    const el = await fixture<SessionCard>(
      html`<session-card lang="en" src="/real-fixtures/voc-schedule/examples/pretalx-democon.json"></session-card>`
    );
    await cardEvent(el, 'session-card-error');
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain('The schedule holds 36 sessions');
  });

  it('shows a schema.org Event given as inline JSON, and its languages', async () => {
    const el = await fixture<SessionCard>(html`<session-card lang="en" time-zone="America/Sao_Paulo"
      ><script type="application/json">
        ${JSON.stringify(event)}
      </script></session-card
    >`);
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal('Workshop on maps');
    expect(startOf(el)).to.equal('2024-09-03T17:00:00.000Z');
    expect(text(el.shadowRoot!.querySelector('[part~=badges]'))).to.match(/English/);
  });

  it('a schema.org date without an offset is an error in the card, never read in some zone', async () => {
    const src = '/real-fixtures/schemaorg-event/eg-0171-cancelled-no-offset.json';
    const el = await fixture<SessionCard>(html`<session-card lang="en" src=${src}></session-card>`);
    const {detail} = await cardEvent(el, 'session-card-error');
    await el.updateComplete;
    expect(detail.errors.map((e) => e.code)).to.include('missing-offset');
    expect(text(part(el, 'error'))).to.contain('is not a date with a UTC offset');
  });

  it('a value set from script whose getters throw is an error, not an exception', async () => {
    const hostile = {
      '@context': 'https://schema.org',
      get name(): string {
        throw new Error('no');
      },
    };
    const el = await fixture<SessionCard>(html`<session-card lang="en" .session=${hostile}></session-card>`);
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain('could not be read');
  });

  it('the card’s own session format is never taken for a schedule', async () => {
    const el = await fixture<SessionCard>(
      html`<session-card
        lang="en"
        .session=${{title: 'Own', start: '2024-06-01T10:00:00Z', end: '2024-06-01T11:00:00Z', id: 'x'}}
      ></session-card>`
    );
    expect(text(part(el, 'title'))).to.equal('Own');
  });
});
