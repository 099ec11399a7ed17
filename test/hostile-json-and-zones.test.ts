/**
 * Hostile text the card reads (issue 11, items 7 and 8): a byte-order mark in each of the
 * three ways JSON comes in, nesting past any parser's stack, zone names that an engine's
 * Intl takes but that name no place, and links that say one host and go to another.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {ifDefined} from 'lit/directives/if-defined.js';
import {cardEvent} from './support/events.js';
import {seedSession} from './support/seed.js';
import type {ProblemReport, SessionCard} from '../src/index.js';
import type {Session} from '../src/contract/session-schema.js';
import '../src/session-card.js';

const BOM = '\ufeff';
const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const part = (el: SessionCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
/** A message as read, without the isolates (FSI, PDI) around the values it quotes. */
const plain = (message: string) => message.replace(/[\u2068\u2069]/g, '');
const brief = (problems: ProblemReport[]) => problems.map(({code, path}) => `${code} ${path}`);

type Way = 'session attribute' | 'inline script' | 'src body';
const WAYS: Way[] = ['session attribute', 'inline script', 'src body'];

/** A card given `json` one way; resolves with the card and its load or error event. */
async function cardFromJson(way: Way, json: string) {
  const el = document.createElement('session-card');
  el.lang = 'en';
  const outcome = Promise.race([
    cardEvent(el, 'session-card-load').then(() => ({errors: [] as ProblemReport[]})),
    cardEvent(el, 'session-card-error').then((event) => ({errors: event.detail.errors})),
  ]);
  if (way === 'session attribute') el.setAttribute('session', json);
  else if (way === 'inline script') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  } else {
    // A real fetch of the bytes (UTF-8, as a server would send them), with no length limit on a URL.
    el.src = URL.createObjectURL(new Blob([json], {type: 'application/json'}));
  }
  await fixture(el);
  const {errors} = await outcome;
  await el.updateComplete;
  if (el.src) URL.revokeObjectURL(el.src);
  return {el, errors};
}

describe('hostile JSON text, the same whichever way it comes in', () => {
  for (const way of WAYS) {
    describe(way, () => {
      it('a byte-order mark before the JSON is dropped: the session loads', async () => {
        const session = await seedSession();
        const {el, errors} = await cardFromJson(way, BOM + JSON.stringify(session));
        expect(brief(errors)).to.deep.equal([]);
        expect(text(part(el, 'title'))).to.equal(session.title);
        await expect(el).to.be.accessible();
      });

      it('a second byte-order mark is not dropped: malformed JSON at line 1, column 1', async () => {
        const {el, errors} = await cardFromJson(way, BOM + BOM + JSON.stringify(await seedSession()));
        expect(brief(errors)).to.deep.equal(['malformed-json ']);
        expect(plain(errors[0].message)).to.equal('The JSON is malformed at line 1, column 1.');
        expect(text(el.shadowRoot!.querySelector('[role=alert]'))).to.contain('line 1, column 1');
      });

      it('100,000 levels of [ : malformed JSON where the text ends, not where a stack ran out', async () => {
        const {errors} = await cardFromJson(way, '['.repeat(100_000));
        expect(errors.map((e) => plain(e.message))).to.deep.equal(['The JSON is malformed at line 1, column 100001.']);
      });

      it('100,000 levels of well-formed [ ] : nested too deeply', async () => {
        const {errors} = await cardFromJson(way, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
        expect(errors.map((e) => e.code)).to.deep.equal(['nested-too-deeply']);
      });
    });
  }
});

/** Sets `session` on a card with that `time-zone`, and resolves with the problems it announces. */
async function problemsOf(session: unknown, timeZone?: string) {
  const el = await fixture<SessionCard>(html`<session-card lang="en" time-zone=${ifDefined(timeZone)}></session-card>`);
  const errors: ProblemReport[] = [];
  const warnings: ProblemReport[] = [];
  el.addEventListener('session-card-error', (event) => errors.push(...event.detail.errors));
  el.addEventListener('session-card-warning', (event) => warnings.push(...event.detail.warnings));
  // The warnings of a reading are announced right after its load or error event.
  const read = Promise.race([cardEvent(el, 'session-card-load'), cardEvent(el, 'session-card-error')]);
  el.session = session as Session;
  await read;
  await el.updateComplete;
  return {el, errors, warnings};
}

describe('zone names that name no place', () => {
  for (const zone of ['+05:00', '-0300', 'Factory', 'BST', 'PST', 'SystemV/EST5EDT']) {
    it(`"timeZone": ${JSON.stringify(zone)} → unknown-time-zone`, async () => {
      const {el, errors} = await problemsOf({...(await seedSession()), timeZone: zone});
      expect(brief(errors)).to.deep.equal(['unknown-time-zone timeZone']);
      expect(plain(errors[0].message)).to.equal(`timeZone: “${zone}” is not a known IANA time zone.`);
      expect(text(el.shadowRoot!.querySelector('[role=alert]'))).to.contain(zone);
    });
  }

  for (const zone of ['Factory', 'IST']) {
    it(`a [${zone}] suffix → unknown-time-zone at start`, async () => {
      const seed = await seedSession();
      const {errors} = await problemsOf({...seed, start: `${seed.start}[${zone}]`});
      expect(brief(errors)).to.deep.equal(['unknown-time-zone start']);
    });
  }

  for (const zone of ['+05:00', '+0530', 'Factory', 'AST', 'CST']) {
    it(`time-zone="${zone}" → the reader’s zone, with unknown-display-time-zone`, async () => {
      const {el, errors, warnings} = await problemsOf(await seedSession(), zone);
      expect(errors).to.deep.equal([]);
      expect(brief(warnings)).to.deep.equal(['unknown-display-time-zone time-zone']);
      // Shown as if there were no attribute: the reader's zone.
      const plain = await problemsOf(await seedSession());
      expect(text(part(el, 'when'))).to.equal(text(part(plain.el, 'when')));
    });
  }

  for (const zone of ['UTC', 'Etc/UTC', 'Etc/GMT+3', 'EST5EDT']) {
    it(`"timeZone": "${zone}" and time-zone="${zone}" are IANA names: no problem`, async () => {
      const seed = await seedSession();
      const {errors, warnings} = await problemsOf({...seed, timeZone: zone}, zone);
      expect(brief(errors)).to.deep.equal([]);
      // Only the seed's offsets disagreeing with the zone, never the zone itself.
      expect(brief(warnings).filter((w) => !w.startsWith('offset-contradicts-zone'))).to.deep.equal([]);
    });
  }
});

describe('links that name one host and go to another', () => {
  const cardWithDocumentUrl = async (url: string) =>
    problemsOf({...(await seedSession()), documents: [{title: 'Slides', url}]});

  it('credentials: shown as text, unsafe-url saying why', async () => {
    const {el, warnings} = await cardWithDocumentUrl('https://bank.example:pw@evil.example/');
    expect(brief(warnings)).to.deep.equal(['unsafe-url documents[0].url']);
    expect(plain(warnings[0].message)).to.equal(
      'documents[0].url: links with a user name or password are not allowed; shown without a link.'
    );
    const documents = part(el, 'documents')!;
    expect(text(documents)).to.contain('Slides');
    expect(documents.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const url of ['\\\\evil.example/x', '/\\evil.example', 'https:evil.example', '///evil.example']) {
    it(`${JSON.stringify(url)}: shown as text, invalid-url`, async () => {
      const {el, warnings} = await cardWithDocumentUrl(url);
      expect(brief(warnings)).to.deep.equal(['invalid-url documents[0].url']);
      expect(plain(warnings[0].message)).to.equal('documents[0].url is not a valid URL; shown without a link.');
      expect(part(el, 'documents')!.querySelector('a')).to.equal(null);
    });
  }
});
