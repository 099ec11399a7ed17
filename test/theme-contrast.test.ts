/**
 * The card's colours on the pages it may sit on: axe (its colour-contrast rule checked to
 * have run, and to have been sure of every text) on a light page and a dark page under a
 * light and a dark system scheme, on a saturated brand colour, and in forced colours; in
 * both variants, left to right and right to left, sections open; the focus ring against
 * what is behind it; the calendar list on its own surface. And every public custom
 * property, set on `:root`, on an ancestor or on the card, reaches the element it styles.
 *
 * The system scheme and forced colours are emulated over the DevTools protocol: Chromium
 * only. Firefox, driven over WebDriver BiDi, cannot (puppeteer: "CDP support is required"),
 * so the dark-system and forced-colours cases are skipped there. Forced colours need a
 * `emulate-media-features` server command (web-test-runner's own `emulateMedia` passes
 * `forcedColors` to Playwright only); without it that case is skipped in Chromium too.
 */
import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, sendKeys} from '@web/test-runner-commands';
import type {AxeResults} from 'axe-core';
import type {SessionCard} from '../src/index.js';
import '../src/session-card.js';
import type {Session} from '../src/contract/session-schema.js';
import {sessionCardStyles} from '../src/session-card.styles.js';
import {BEFORE_SEED, freezeDate} from './support/clock.js';
import {seedWithEveryPart} from './support/seed.js';

/** Pages as sites write them: a background and a text colour on a wrapper. */
const PAGE_STYLES = `
  .page { padding: 24px; }
  .page-light { background: #fff; color: #1b1b1b; }
  .page-dark { background: #121417; color: #e8eaed; }
  .page-brand { background: #0b3d2e; color: #f1f5f3; }
`;

type Scheme = 'light' | 'dark';
interface ColourCase {
  name: string;
  page: 'light' | 'dark' | 'brand';
  system: Scheme;
  forcedColors?: boolean;
}
const CASES: ColourCase[] = [
  {name: 'light page, light system', page: 'light', system: 'light'},
  {name: 'dark page, light system', page: 'dark', system: 'light'},
  {name: 'light page, dark system', page: 'light', system: 'dark'},
  {name: 'dark page, dark system', page: 'dark', system: 'dark'},
  {name: 'brand page (#0b3d2e)', page: 'brand', system: 'light'},
  {name: 'forced colours', page: 'light', system: 'light', forcedColors: true},
];

const fullSession = () => seedWithEveryPart();

// ---------------------------------------------------------------- colour arithmetic

type Rgba = [number, number, number, number];

/** A computed colour (`rgb()`, `rgba()`, `color(srgb …)`) as sRGB 0–255 and alpha. */
function parseColor(value: string): Rgba {
  const numbers = (value.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
  if (value.startsWith('color(srgb')) {
    const [r, g, b, a = 1] = numbers;
    return [r * 255, g * 255, b * 255, a];
  }
  const [r, g, b, a = 1] = numbers;
  if (!value.startsWith('rgb') || b === undefined) throw new Error(`Cannot read the colour ${value}`);
  return [r, g, b, a];
}

/** WCAG 2 relative luminance of an opaque colour. */
function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** `top` drawn over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

function contrast(foreground: string, background: string): number {
  const back = parseColor(background);
  const [high, low] = [luminance(over(parseColor(foreground), back)), luminance(back)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

// ---------------------------------------------------------------- the page

/**
 * Firefox runs over WebDriver BiDi, where puppeteer has no media emulation: asking only
 * prints the server's stack trace. Its own (light, not forced) settings still run the
 * cases that need no emulation.
 */
const CAN_EMULATE = !navigator.userAgent.includes('Firefox');

/** Emulates a system colour scheme; false where the browser cannot. */
async function systemScheme(scheme: Scheme): Promise<boolean> {
  if (CAN_EMULATE) await emulateMedia({colorScheme: scheme});
  return matchMedia(`(prefers-color-scheme: ${scheme})`).matches;
}

/** Turns forced colours on or off; false where the browser cannot. */
async function forcedColors(active: boolean): Promise<boolean> {
  const wanted = () => matchMedia('(forced-colors: active)').matches === active;
  if (wanted()) return true;
  if (!CAN_EMULATE) return false;
  // web-test-runner's emulateMedia passes forcedColors to Playwright only, not to puppeteer.
  await emulateMedia({forcedColors: active ? 'active' : 'none'});
  if (wanted()) return true;
  try {
    await executeServerCommand('emulate-media-features', {
      features: [{name: 'forced-colors', value: active ? 'active' : 'none'}],
    });
  } catch {
    return false;
  }
  return wanted();
}

interface CardOptions {
  page: ColourCase['page'];
  lang?: string;
  variant?: 'compact';
  /** Absent: the card follows the page behind it (ThemeController). */
  theme?: Scheme;
}

/** A card on a page, rendered, with its sections open. */
async function cardOn({page, lang = 'en', variant, theme}: CardOptions): Promise<SessionCard> {
  const session = await fullSession();
  const wrapper = await fixture<HTMLDivElement>(html`<div class=${`page page-${page}`}>
    <session-card
      lang=${lang}
      variant=${variant ?? 'default'}
      theme=${theme ?? 'auto'}
      .session=${session}
    ></session-card>
  </div>`);
  const el = wrapper.querySelector('session-card')!;
  await el.updateComplete;
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  // The theme is decided in the first frame after connection.
  await nextFrame();
  await nextFrame();
  return el;
}

const shadow = (el: SessionCard) => el.shadowRoot!;

/** axe's colour-contrast rule alone, with every result type: to see that it looked, and was sure. */
async function contrastResults(el: SessionCard): Promise<AxeResults> {
  const {axe} = window as unknown as {axe: typeof import('axe-core')};
  return axe.run(el, {runOnly: {type: 'rule', values: ['color-contrast']}});
}

function describeNodes(results: AxeResults['incomplete']): string[] {
  return results.flatMap((result) =>
    result.nodes.map((node) => `${String(node.target)}: ${node.any.map((check) => check.message).join('; ')}`)
  );
}

/** The opaque colour behind an element: its nearest ancestor (across shadow roots) with a background. */
function backgroundBehind(node: Element): string {
  for (let el: Element | null = node; el; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null) {
    const color = getComputedStyle(el).backgroundColor;
    if (parseColor(color)[3] === 1) return color;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}

/** Focuses `node` as a keyboard would show it. */
async function focusVisibly(node: HTMLElement): Promise<void> {
  node.focus();
  if (!node.matches(':focus-visible')) {
    node.blur();
    node.focus({focusVisible: true} as FocusOptions);
  }
  await nextFrame();
}

describe('theme and contrast', () => {
  let restoreDate: () => void;
  const pageStyle = document.createElement('style');
  pageStyle.textContent = PAGE_STYLES;

  before(() => {
    document.head.append(pageStyle);
  });
  after(() => {
    pageStyle.remove();
  });
  beforeEach(() => {
    // Before the seed session: Register and Add to calendar are on offer.
    restoreDate = freezeDate(BEFORE_SEED);
  });
  afterEach(() => restoreDate());

  for (const colourCase of CASES) {
    describe(colourCase.name, () => {
      beforeEach(async function () {
        if (!(await systemScheme(colourCase.system))) {
          this.skip(); // Firefox: cannot emulate a dark system scheme over BiDi.
        }
        if (colourCase.forcedColors && !(await forcedColors(true))) {
          this.skip(); // No emulate-media-features command (or Firefox): cannot force colours.
        }
      });
      afterEach(async () => {
        if (colourCase.forcedColors) await forcedColors(false);
        await systemScheme('light');
      });

      for (const variant of [undefined, 'compact'] as const) {
        for (const lang of ['en', 'ar']) {
          it(`${variant ?? 'default'}, ${lang}: passes axe, colour contrast included`, async () => {
            const el = await cardOn({page: colourCase.page, lang, variant});
            await expect(el).to.be.accessible();
            const results = await contrastResults(el);
            expect(describeNodes(results.violations), 'contrast violations').to.deep.equal([]);
            expect(describeNodes(results.incomplete), 'texts axe could not judge').to.deep.equal([]);
            const checked = results.passes.flatMap((result) => result.nodes).length;
            expect(checked, 'texts whose contrast axe checked').to.be.above(variant ? 8 : 30);
          });
        }
      }

      it('draws a focus ring of at least 3:1 on what is behind each focusable element', async () => {
        const el = await cardOn({page: colourCase.page});
        shadow(el).querySelector<HTMLButtonElement>('[part~="calendar"]')!.click();
        await el.updateComplete;
        const focusable = [...shadow(el).querySelectorAll<HTMLElement>('a[href], summary, button')];
        expect(focusable.length).to.be.above(8);
        for (const node of focusable) {
          await focusVisibly(node);
          const style = getComputedStyle(node);
          const what = `${node.localName}.${node.className || node.getAttribute('part')}`;
          expect(style.outlineStyle, what).to.equal('solid');
          expect(parseFloat(style.outlineWidth), what).to.be.at.least(2);
          const ratio = contrast(style.outlineColor, backgroundBehind(node.parentElement!));
          expect(ratio, `${what}: ${style.outlineColor} on ${backgroundBehind(node.parentElement!)}`).to.be.at.least(3);
        }
      });

      if (colourCase.forcedColors) {
        it('takes system colours: a Highlight focus ring, every border drawn', async () => {
          const el = await cardOn({page: colourCase.page});
          const probe = document.createElement('span');
          probe.style.color = 'Highlight';
          document.body.append(probe);
          const highlight = getComputedStyle(probe).color;
          probe.remove();
          const link = shadow(el).querySelector<HTMLElement>('[part~="register"]')!;
          await focusVisibly(link);
          expect(getComputedStyle(link).outlineColor).to.equal(highlight);
          for (const node of shadow(el).querySelectorAll('.card, .chip, .register, .calendar-button')) {
            const style = getComputedStyle(node);
            const what = node.className;
            expect(parseFloat(style.borderTopWidth), what).to.be.at.least(1);
            expect(parseColor(style.borderTopColor)[3], what).to.equal(1);
            expect(contrast(style.borderTopColor, backgroundBehind(node)), what).to.be.at.least(3);
          }
        });
      }

      it('shows the calendar list on an opaque surface, its links readable', async () => {
        const el = await cardOn({page: colourCase.page});
        shadow(el).querySelector<HTMLButtonElement>('[part~="calendar"]')!.click();
        await el.updateComplete;
        const menu = shadow(el).querySelector<HTMLElement>('[part~="calendar-menu"]')!;
        expect(parseColor(getComputedStyle(menu).backgroundColor)[3]).to.equal(1);
        const options = [...menu.querySelectorAll('a')];
        expect(options.length).to.be.above(0);
        for (const option of options) {
          const ratio = contrast(getComputedStyle(option).color, backgroundBehind(option));
          expect(ratio, option.textContent ?? '').to.be.at.least(4.5);
        }
        await sendKeys({press: 'Escape'});
      });
    });
  }
});

describe('theme attribute', () => {
  const pageStyle = document.createElement('style');
  pageStyle.textContent = PAGE_STYLES;
  before(() => document.head.append(pageStyle));
  after(() => pageStyle.remove());

  const accentOf = (el: SessionCard) => getComputedStyle(shadow(el).querySelector('.more a')!).color;

  it('picks the palette whatever the page: theme="dark" on a light page, theme="light" on a dark one', async () => {
    expect(accentOf(await cardOn({page: 'light'}))).to.equal('rgb(11, 92, 173)');
    expect(accentOf(await cardOn({page: 'dark'}))).to.equal('rgb(138, 180, 248)');
    expect(accentOf(await cardOn({page: 'light', theme: 'dark'}))).to.equal('rgb(138, 180, 248)');
    expect(accentOf(await cardOn({page: 'dark', theme: 'light'}))).to.equal('rgb(11, 92, 173)');
  });
});

describe('public custom properties', () => {
  let restoreDate: () => void;
  beforeEach(() => {
    restoreDate = freezeDate(BEFORE_SEED);
  });
  afterEach(() => restoreDate());

  interface PropertyCase {
    value: string;
    /** The element it shows on, and the computed property to read there. */
    selector: string;
    property: string;
    expected?: string;
    session?: Partial<Session>;
  }
  /** Every public property, the one place it shows, and a value no default has. */
  const PROPERTIES: Record<string, PropertyCase> = {
    '--session-card-accent': {value: 'rgb(1, 2, 3)', selector: '.more a', property: 'color'},
    '--session-card-on-accent': {value: 'rgb(1, 2, 4)', selector: '[part~="register"]', property: 'color'},
    '--session-card-text': {value: 'rgb(1, 2, 5)', selector: '.summary', property: 'color'},
    '--session-card-muted': {value: 'rgb(1, 2, 6)', selector: '[part~="eyebrow"]', property: 'color'},
    '--session-card-background': {value: 'rgb(1, 2, 7)', selector: '.card', property: 'background-color'},
    '--session-card-border': {value: 'rgb(1, 2, 8)', selector: '.card', property: 'border-top-color'},
    '--session-card-error': {
      value: 'rgb(1, 2, 9)',
      selector: '[part~="live-status"]',
      property: 'color',
      session: {status: 'cancelled'},
    },
    '--session-card-radius': {value: '3px', selector: '.card', property: 'border-top-left-radius'},
    '--session-card-padding': {value: '7px', selector: '.card', property: 'padding-top'},
    '--session-card-gap': {value: '9px', selector: '[part~="when"]', property: 'margin-top'},
    '--session-card-chip-background': {value: 'rgb(1, 2, 10)', selector: '.chip', property: 'background-color'},
    '--session-card-chip-text': {value: 'rgb(1, 2, 11)', selector: '.chip', property: 'color'},
    '--session-card-font-family': {value: 'monospace', selector: '.summary', property: 'font-family'},
    '--session-card-title-size': {value: '31px', selector: '.title', property: 'font-size'},
    '--session-card-title-weight': {value: '300', selector: '.title', property: 'font-weight'},
    '--session-card-focus-ring': {value: 'rgb(1, 2, 12)', selector: '.more a:focus', property: 'outline-color'},
  };

  it('names no other public custom property in the stylesheet', () => {
    const named = new Set(sessionCardStyles.cssText.match(/--session-card-[a-z-]+/g));
    expect([...named].sort()).to.deep.equal(Object.keys(PROPERTIES).sort());
  });

  async function shown(name: string, where: 'root' | 'ancestor' | 'element' | 'nowhere'): Promise<string> {
    const {value, selector, property, session} = PROPERTIES[name];
    const data = {...(await fullSession()), ...session};
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><session-card lang="en" .session=${data}></session-card></div>`
    );
    const el = wrapper.querySelector('session-card')!;
    const set = {root: document.documentElement, ancestor: wrapper, element: el, nowhere: undefined}[where];
    set?.style.setProperty(name, value);
    try {
      await el.updateComplete;
      const focusing = selector.endsWith(':focus');
      const node = shadow(el).querySelector<HTMLElement>(selector.replace(/:focus$/, ''))!;
      if (focusing) await focusVisibly(node);
      return getComputedStyle(node).getPropertyValue(property);
    } finally {
      set?.style.removeProperty(name);
    }
  }

  for (const name of Object.keys(PROPERTIES)) {
    it(`${name} works set on :root, on an ancestor and on the card`, async () => {
      const {value} = PROPERTIES[name];
      expect(await shown(name, 'nowhere'), 'the default').not.to.equal(value);
      expect(await shown(name, 'root'), ':root').to.equal(value);
      expect(await shown(name, 'ancestor'), 'an ancestor').to.equal(value);
      expect(await shown(name, 'element'), 'the card').to.equal(value);
    });
  }
});
