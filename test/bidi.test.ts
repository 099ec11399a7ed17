/**
 * Bidirectional text stays inside its field (issue 11): a right-to-left override (U+202E)
 * or any other unpaired bidi control in one piece of session text reorders nothing after
 * it, in lists, in facts and inside the messages that quote it. Checked on the layout, in
 * the real engine: each character's box, taken with a Range, must sit where its logical
 * order puts it (left to right in an English card).
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {SessionCard, SessionCardErrorEvent, SessionCardWarningEvent} from '../src/index.js';
import '../src/session-card.js';
import type {Session} from '../src/contract/session-schema.js';
import {seedSession} from './support/seed.js';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';

const part = (el: SessionCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;

/** A card wide enough that no text under test wraps (a wrap would reset the x positions). */
async function card(session: unknown): Promise<SessionCard> {
  const el = await fixture<SessionCard>(
    html`<session-card lang="en" time-zone="Europe/Madrid" style="inline-size: 3000px"></session-card>`
  );
  el.session = session as Session;
  await el.updateComplete;
  return el;
}

/** The laid-out box of each character of the first occurrence of `needle` in `root`'s text. */
function boxes(root: Node, needle: string): DOMRect[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(needle);
    if (at < 0) continue;
    return [...needle].map((_, i) => {
      const range = document.createRange();
      range.setStart(node, at + i);
      range.setEnd(node, at + i + 1);
      return range.getBoundingClientRect();
    });
  }
  throw new Error(`“${needle}” is not in one text node of ${(root as Element).outerHTML ?? root.nodeName}`);
}

/** `needle`'s letters are laid out left to right, in their logical order (spaces aside). */
function expectInOrder(root: Node, needle: string) {
  const lefts = boxes(root, needle)
    .filter((_, i) => needle[i] !== ' ')
    .map((box) => box.left);
  const sorted = [...lefts].sort((a, b) => a - b);
  expect(lefts, `the letters of “${needle}” from left to right`).to.deep.equal(sorted);
  expect(new Set(lefts).size, `“${needle}” laid out`).to.equal(lefts.length);
}

/** All of `first` is laid out to the left of all of `second`. */
function expectLeftOf(root: Node, first: string, second: string) {
  const right = Math.max(...boxes(root, first).map((box) => box.right));
  const left = Math.min(...boxes(root, second).map((box) => box.left));
  expect(right, `“${first}” ends left of “${second}”`).to.be.at.most(left + 0.5);
}

describe('bidi isolation of session text', () => {
  it('keeps the organizers after one with a right-to-left override in order', async () => {
    const el = await card({...(await seedSession()), organizers: [`${RLO}ILO`, 'ADEC', 'FAMSI']});
    const organizers = part(el, 'organizers');
    expectInOrder(organizers, 'ADEC');
    expectInOrder(organizers, 'FAMSI');
    expectLeftOf(organizers, 'Organized by', 'ILO');
    expectLeftOf(organizers, 'ILO', 'ADEC');
    expectLeftOf(organizers, 'ADEC', 'FAMSI');
    await expect(el).to.be.accessible();
  });

  // An override, an embedding, and the ways a value may try to end its isolate early.
  const hostile: Record<string, string> = {
    'an override (U+202E)': `${RLO}ILO`,
    'an embedding (U+202B) and an override': `\u202BI${RLO}LO`,
    'an unpaired right-to-left isolate (U+2067) and an override': `\u2067I${RLO}LO`,
    'a stray pop-directional-isolate (U+2069), then an override': `ILO${PDI}${RLO}`,
    'stray pops of both kinds (U+202C, U+2069), then an override': `I\u202C${PDI}LO${PDI}${PDI}${RLO}x`,
  };
  for (const [what, name] of Object.entries(hostile)) {
    it(`keeps the organizers in order after one with ${what}`, async () => {
      const el = await card({...(await seedSession()), organizers: [name, 'ADEC', {name, url: '#'}, 'FAMSI']});
      const organizers = part(el, 'organizers');
      expectInOrder(organizers, 'ADEC');
      expectInOrder(organizers, 'FAMSI');
      expectLeftOf(organizers, 'ADEC', 'FAMSI');
    });
  }

  it('keeps a linked organizer’s override inside its link', async () => {
    const el = await card({
      ...(await seedSession()),
      organizers: [
        {name: `${RLO}ILO`, url: 'https://www.ilo.org/'},
        'ADEC',
        {name: 'FAMSI', url: 'https://famsi.org/'},
      ],
    });
    const organizers = part(el, 'organizers');
    expectInOrder(organizers, 'ADEC');
    expectInOrder(organizers, 'FAMSI');
    expectLeftOf(organizers, 'ILO', 'ADEC');
  });

  it('keeps a speaker’s affiliation in order after a name with an override', async () => {
    const el = await card({
      ...(await seedSession()),
      speakers: [
        {name: `${RLO}Ana Pérez`, affiliation: 'University of Córdoba'},
        {name: `${RLO}Luis Gómez`, url: 'https://example.org/luis', affiliation: 'ILO Office'},
      ],
    });
    const speakers = part(el, 'speakers');
    expectInOrder(speakers, 'University of Córdoba');
    expectLeftOf(speakers, 'Pérez', 'University');
    expectInOrder(speakers, 'ILO Office');
    expectLeftOf(speakers, 'Gómez', 'ILO Office');
  });

  it('keeps the next track in order after a track with an override', async () => {
    const el = await card({...(await seedSession()), tracks: [`${RLO}Line 3`, 'Sub-theme 3.2']});
    const tracks = part(el, 'tracks');
    expectInOrder(tracks, 'Sub-theme');
    expectLeftOf(tracks, 'Line', 'Sub-theme');
  });

  it('keeps the session type, id and facts in order beside overridden values', async () => {
    const el = await card({
      ...(await seedSession()),
      type: `${RLO}Workshop`,
      id: `${RLO}S-12`,
      platform: `${RLO}Zoom`,
      location: `${RLO}Room 4`,
      capacity: 160,
    });
    const eyebrow = part(el, 'eyebrow');
    expectLeftOf(eyebrow, 'Workshop', 'S-12');
    const facts = part(el, 'facts');
    expectInOrder(facts, 'Location:');
    expectLeftOf(facts, 'Zoom', 'Location:');
    expectInOrder(facts, 'Capacity:');
    expectInOrder(facts, '160 seats');
    expectLeftOf(facts, 'Room', 'Capacity:');
  });

  it('keeps the times after a title with an override in order', async () => {
    const el = await card({...(await seedSession()), title: {en: `${RLO}Social innovation`}});
    expectInOrder(part(el, 'time-primary'), 'your time');
    expectInOrder(part(el, 'joining'), 'Online');
  });
});

describe('bidi isolation of values quoted in messages', () => {
  async function alert(session: unknown) {
    const el = await fixture<SessionCard>(html`<session-card lang="en" style="inline-size: 3000px"></session-card>`);
    const failed = oneEvent<SessionCardErrorEvent>(el, 'session-card-error');
    el.session = session as Session;
    const {detail} = await failed;
    await el.updateComplete;
    return {el, errors: detail.errors, item: el.shadowRoot!.querySelector('[role=alert] li')!};
  }

  it('keeps an error message’s words in order after a time zone name with an override', async () => {
    const {el, errors, item} = await alert({...(await seedSession()), timeZone: `${RLO}Mars/Olympus_Mons`});
    expectInOrder(item, 'is not a known IANA time zone.');
    expectLeftOf(item, 'timeZone', 'Olympus_Mons');
    expectLeftOf(item, 'Olympus_Mons', 'is not');
    expect(errors[0].message).to.contain(`${FSI}${RLO}Mars/Olympus_Mons${PDI}`);
    expect(errors[0].path, 'the path for programs stays as it is').to.equal('timeZone');
    await expect(el).to.be.accessible();
  });

  it('keeps an error message’s words in order after a Text-map key with an override', async () => {
    const {errors, item} = await alert({...(await seedSession()), title: {[`${RLO}xx`]: 5}});
    expect(errors[0].path).to.equal(`title["${RLO}xx"]`);
    expectInOrder(item, 'should be text');
    expectLeftOf(item, 'xx', 'should be');
    expect(errors[0].message).to.contain(`${FSI}title["${RLO}xx"]${PDI}`);
  });

  it('keeps a quoted value’s stray pop-directional-isolate from ending its isolate', async () => {
    const {errors, item} = await alert({...(await seedSession()), timeZone: `Mars${PDI}${RLO}/Olympus_Mons`});
    expectInOrder(item, 'is not a known IANA time zone.');
    expect(errors[0].message).to.contain(`${FSI}Mars${RLO}/Olympus_Mons${PDI}`);
  });

  it('isolates a value quoted in a warning event’s message', async () => {
    const el = await fixture<SessionCard>(
      html`<session-card lang="en" time-zone=${`${RLO}Mars/Olympus_Mons`}></session-card>`
    );
    const warned = oneEvent<SessionCardWarningEvent>(el, 'session-card-warning');
    el.session = await seedSession();
    const {detail} = await warned;
    const messages = detail.warnings.map((w) => w.message).join('\n');
    expect(messages).to.contain(`“${FSI}${RLO}Mars/Olympus_Mons${PDI}”`);
  });
});
