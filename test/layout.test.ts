/**
 * The card's layout, measured from bounding boxes in a real browser: it fits its container
 * from a 280 px sidebar to a 900 px column at root font sizes of 12 to 32 px (nothing
 * beyond its padding), keeps the reader's time near the top of a narrow card (the tracks
 * move below the badges and actions), puts the "when" block beside the text in a wide one,
 * and prints its sections open, its links' addresses, and no buttons.
 *
 * Print: Chromium emulates the print medium. Firefox cannot over WebDriver BiDi (puppeteer
 * says "CDP support is required"), so there the stylesheet's `@media print` rules are added
 * to the card as plain rules: the same declarations, in the same engine.
 */
import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {SessionCard} from '../src/index.js';
import '../src/session-card.js';
import type {Session} from '../src/contract/session-schema.js';
import {BEFORE_SEED, freezeDate} from './support/clock.js';
import {seedSession, seedWithEveryPart} from './support/seed.js';

const WIDTHS = [280, 360, 600, 900];
const ROOT_FONT_SIZES = [12, 16, 32];
/** Sub-pixel rounding of text runs. */
const TOLERANCE = 0.5;

/** A long second speaker's name: it must wrap, not spill, in a narrow card. */
const fullSession = () => seedWithEveryPart({secondSpeaker: 'Jean-Baptiste Martin-Lefebvre'});

interface CardOptions {
  width: number;
  lang?: string;
  variant?: 'compact';
  session?: Session;
}

/** A card in a wrapper of the given width, rendered. */
async function cardIn({width, lang = 'en', variant, session}: CardOptions): Promise<SessionCard> {
  const data = session ?? (await fullSession());
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px">
    <session-card lang=${lang} variant=${variant ?? 'default'} .session=${data}></session-card>
  </div>`);
  const el = wrapper.querySelector('session-card')!;
  await el.updateComplete;
  await nextFrame();
  return el;
}

const card = (el: SessionCard) => el.shadowRoot!.querySelector<HTMLElement>('.card')!;
const part = (el: SessionCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const px = (value: string) => parseFloat(value) || 0;

/** The card's padding box: where every box and every line of text must stay. */
function paddingBox(el: SessionCard) {
  const base = card(el);
  const rect = base.getBoundingClientRect();
  const style = getComputedStyle(base);
  return {
    left: rect.left + px(style.borderLeftWidth),
    right: rect.right - px(style.borderRightWidth),
    contentWidth:
      rect.width -
      px(style.borderLeftWidth) -
      px(style.borderRightWidth) -
      px(style.paddingLeft) -
      px(style.paddingRight),
  };
}

/**
 * What sticks out of the padding box, or is wider than the content box: every rendered
 * element, and every run of text (a long word that does not wrap overflows its element
 * without widening it). Clipped text (`.visually-hidden`) is left out.
 */
function overflows(el: SessionCard): string[] {
  const box = paddingBox(el);
  const problems: string[] = [];
  const check = (what: string, rect: DOMRect) => {
    if (rect.width === 0 && rect.height === 0) return;
    if (
      rect.left < box.left - TOLERANCE ||
      rect.right > box.right + TOLERANCE ||
      rect.width > box.contentWidth + TOLERANCE
    ) {
      problems.push(
        `${what}: ${rect.left.toFixed(1)}–${rect.right.toFixed(1)} (${rect.width.toFixed(1)} wide) in ` +
          `${box.left.toFixed(1)}–${box.right.toFixed(1)} (${box.contentWidth.toFixed(1)})`
      );
    }
  };
  const name = (node: Element) => `<${node.localName}${node.className ? ` class="${node.className}"` : ''}>`;
  for (const node of card(el).querySelectorAll('*')) {
    if (node.closest('.visually-hidden')) continue;
    check(name(node), node.getBoundingClientRect());
  }
  const walker = document.createTreeWalker(card(el), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim() || node.parentElement!.closest('.visually-hidden')) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) check(`"${node.textContent!.trim().slice(0, 30)}"`, rect);
  }
  return problems;
}

describe('layout', () => {
  let restoreDate: () => void;
  beforeEach(() => {
    restoreDate = freezeDate(BEFORE_SEED);
  });
  afterEach(() => {
    restoreDate();
    document.documentElement.style.fontSize = '';
  });

  describe('fits its container', () => {
    for (const rootSize of ROOT_FONT_SIZES) {
      for (const width of WIDTHS) {
        for (const lang of ['en', 'ar']) {
          for (const variant of [undefined, 'compact'] as const) {
            const name = `${width} px, root font ${rootSize} px, ${lang}${variant ? ', compact' : ''}`;
            it(`${name}: nothing beyond the padding, the calendar list open`, async () => {
              document.documentElement.style.fontSize = `${rootSize}px`;
              const el = await cardIn({width, lang, variant});
              for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
              part(el, 'calendar').click();
              await el.updateComplete;
              expect(part(el, 'calendar-menu'), 'the calendar list').to.exist;
              expect(overflows(el).join('\n')).to.equal('');
              // What boxes do not show (a list marker, say) still makes the card scroll sideways.
              expect(card(el).scrollWidth, 'the card scrolls sideways').to.be.at.most(card(el).clientWidth);
            });
          }
        }
      }
    }
  });

  describe('narrow (280 px)', () => {
    it('starts the reader’s time within 250 px of the top at a 16 px root font', async () => {
      document.documentElement.style.fontSize = '16px';
      const el = await cardIn({width: 280, session: await seedSession()});
      const top = card(el).getBoundingClientRect().top;
      expect(part(el, 'time-primary').getBoundingClientRect().top - top).to.be.at.most(250);
    });

    it('reads time, badges, summary, top to bottom; the tracks below the time, whole', async () => {
      const el = await cardIn({width: 280});
      const top = (name: string) => part(el, name).getBoundingClientRect().top;
      expect(top('time-primary')).to.be.below(top('badges'));
      expect(top('badges')).to.be.below(top('summary'));
      expect(top('tracks')).to.be.above(top('time-primary'));
      const tracks = part(el, 'tracks');
      expect(tracks.scrollHeight).to.be.at.most(tracks.clientHeight + 1);
      expect(tracks.getBoundingClientRect().height).to.be.above(0);
    });
  });

  describe('wide (900 px)', () => {
    it('puts the "when" block beside the summary', async () => {
      const el = await cardIn({width: 900});
      const when = part(el, 'when').getBoundingClientRect();
      const summary = part(el, 'summary').getBoundingClientRect();
      expect(when.top < summary.bottom && summary.top < when.bottom, 'their heights overlap').to.equal(true);
      expect(Math.abs(when.left - summary.left)).to.be.above(100);
      expect(when.left > summary.right || summary.left > when.right, 'side by side').to.equal(true);
    });

    it('keeps the text to a readable measure', async () => {
      const el = await cardIn({width: 1400});
      const ch = (() => {
        const probe = document.createElement('span');
        probe.style.cssText = 'position: absolute; inline-size: 1ch';
        card(el).append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return width;
      })();
      for (const paragraph of el.shadowRoot!.querySelectorAll('.summary p')) {
        expect(paragraph.getBoundingClientRect().width / ch).to.be.at.most(75);
      }
    });
  });

  describe('print', () => {
    let stopPrinting: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await stopPrinting?.();
      stopPrinting = undefined;
    });

    /** Prints where the browser can emulate it; elsewhere adds the print rules as plain rules. */
    async function printed(el: SessionCard) {
      try {
        await emulateMedia({media: 'print'});
        stopPrinting = () => emulateMedia({media: 'screen'}).then(() => undefined);
      } catch {
        const rules = [...el.shadowRoot!.adoptedStyleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print');
        expect(rules.length, 'an @media print block').to.equal(1);
        const sheet = new CSSStyleSheet();
        sheet.replaceSync([...rules[0].cssRules].map((rule) => rule.cssText).join('\n'));
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
      }
      await nextFrame();
    }

    it('shows every section, each link’s address, and no buttons, black on white', async () => {
      const el = await cardIn({width: 600});
      await printed(el);
      const bodies = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.section-body')];
      expect(bodies.length).to.be.above(0);
      // A closed section's body keeps its box, but is not rendered (content-visibility: hidden).
      for (const body of bodies) {
        expect(body.checkVisibility(), 'section body rendered').to.equal(true);
        expect(body.innerText.trim(), 'section body text').not.to.equal('');
        expect(body.getBoundingClientRect().height).to.be.above(0);
      }
      const links = [...card(el).querySelectorAll<HTMLAnchorElement>('a[href]')];
      expect(links.length).to.be.above(4);
      for (const link of links) {
        const after = getComputedStyle(link, '::after').content;
        expect(after === `" (" attr(href) ")"` || after.includes(link.getAttribute('href')!), after).to.equal(true);
      }
      expect(part(el, 'calendar').getClientRects().length, 'calendar button shown').to.equal(0);
      // The title's link prints the session page's address: "Session page" would print it again.
      expect(part(el, 'session-link').getClientRects().length, 'a second link to the same page').to.equal(0);
      expect(getComputedStyle(card(el)).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(links[0]).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(card(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
    });
  });
});
