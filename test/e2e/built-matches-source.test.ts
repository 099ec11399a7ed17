/**
 * The built file reads exactly as the sources do. The build minifies the templates'
 * markup (vite.config.ts), and a minifier that drops one meaningful space ("French
 * (français)" read as "French(français)") would go unseen by tests that run the sources.
 * Here the same sessions are rendered by the sources (this page) and by
 * dist/cdn/session-card.js (a frame), and their rendered text and elements compared.
 */
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/session-card.js';
import type {Session} from '../../src/contract/session-schema.js';
import {seedSession} from '../support/seed.js';

type Card = HTMLElement & {session?: unknown; updateComplete: Promise<boolean>};

/** Sessions that take every branch of the templates between them. */
async function sessions(): Promise<Session[]> {
  const seed = await seedSession();
  return [
    seed,
    {
      ...seed,
      url: 'https://example.org/sessions/3.2.2',
      registration: {required: true, url: 'https://example.org/register/3.2.2'},
      speakers: [
        {name: 'Ana Pérez', affiliation: 'ILO'},
        {name: 'Li Wei', url: 'https://example.org/li'},
      ],
      remaining: 12,
      attendance: 'hybrid',
      location: 'Córdoba, Argentina',
      // Crosses midnight in Tokyo: "ends" on the next day.
      start: '2021-06-01T10:05:00-03:00',
      end: '2021-06-01T12:35:00-03:00',
    },
    {...seed, attendance: 'in-person', languages: ['ar', 'zh-Hans', 'pt-BR'], type: undefined, tracks: undefined},
  ];
}

/** What a reader gets: the rendered text (CSS white-space rules applied), and each element with its attributes. */
function reading(card: Card) {
  const base = card.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
  const elements: string[] = [];
  for (const el of base.querySelectorAll('*')) {
    elements.push(
      `<${el.localName} ${[...el.attributes]
        .map((a) => `${a.name}="${a.value}"`)
        .sort()
        .join(' ')}>`
    );
  }
  return {text: base.innerText, elements};
}

async function renderAll(doc: Document, list: Session[], lang: string, timeZone: string): Promise<Card[]> {
  const cards = list.map((session) => {
    const card = doc.createElement('session-card') as Card;
    card.setAttribute('lang', lang);
    card.setAttribute('time-zone', timeZone);
    card.session = session;
    return card;
  });
  doc.body.append(...cards);
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards;
}

describe('dist/cdn/session-card.js reads as the sources do', function () {
  this.timeout(20_000);
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.srcdoc = '<!doctype html><html><body></body></html>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.src = new URL('/dist/cdn/session-card.js', location.href).href;
    frame.contentDocument!.head.append(script);
    await waitUntil(
      () => frame.contentWindow!.customElements.get('session-card'),
      'the built file defines the element'
    );
  });
  after(() => frame.remove());

  for (const [lang, timeZone] of [
    ['en', 'Asia/Tokyo'],
    ['fr', 'Europe/Madrid'],
    ['ar', 'Asia/Kolkata'],
    ['zh-Hans', 'America/Los_Angeles'],
  ]) {
    it(`in ${lang}, seen from ${timeZone}: same text, spaces included, same elements`, async () => {
      const list = await sessions();
      const fromSources = await renderAll(document, list, lang, timeZone);
      const fromBuild = await renderAll(frame.contentDocument!, list, lang, timeZone);
      fromSources.forEach((card, index) => {
        const source = reading(card);
        const built = reading(fromBuild[index]);
        expect(source.text.length, 'the source card renders').to.be.greaterThan(200);
        expect(built.text, `session ${index}: text`).to.equal(source.text);
        expect(built.elements, `session ${index}: elements`).to.deep.equal(source.elements);
      });
      for (const card of [...fromSources, ...fromBuild]) card.remove();
    });
  }
});
