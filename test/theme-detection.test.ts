/**
 * ThemeController on a throwaway element: the palette the page behind a card asks for (its
 * backgrounds, its canvas, the system's scheme), followed when the page switches theme on
 * `<html>`, the `theme` override, every card read in one frame before any is written, and
 * nothing left watching once the last card is gone.
 */
import {expect, nextFrame} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {ReactiveElement} from 'lit';
import sinon from 'sinon';
import {ThemeController} from '../src/controllers/theme-controller.js';

const TAG = `theme-test-${Math.random().toString(36).slice(2)}`;

class ThemeTestElement extends ReactiveElement {
  static override properties = {theme: {}};
  declare theme?: string;
  readonly palette = new ThemeController(this, {internals: this.attachInternals(), requested: () => this.theme});
}
customElements.define(TAG, ThemeTestElement);

/** The palette states `el` matches: exactly one of them, once decided. */
const statesOf = (el: Element) => ['dark', 'light'].filter((state) => el.matches(`:state(${state})`));
const isFirefox = navigator.userAgent.includes('Firefox/');

describe('ThemeController', () => {
  let added: Element[];
  const html = document.documentElement;

  function styled(css: string): void {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    added.push(style);
  }

  function card(parent: ParentNode = document.body, theme?: string): ThemeTestElement {
    const el = document.createElement(TAG) as ThemeTestElement;
    if (theme) el.theme = theme;
    parent.append(el);
    added.push(el);
    return el;
  }

  function wrapper(css: string, parent: ParentNode = document.body): HTMLElement {
    const div = document.createElement('div');
    div.style.cssText = css;
    parent.append(div);
    added.push(div);
    return div;
  }

  /** A card placed on the page now, once the watcher's frame has run. */
  async function placed(parent?: ParentNode): Promise<string[]> {
    const el = card(parent);
    await nextFrame();
    return statesOf(el);
  }

  /**
   * After a change to `<html>` or `<body>`: the watcher hears of it in a microtask and asks for
   * a frame; this test's frame is asked for after it, so runs in the same frame, just after.
   */
  async function afterChange(): Promise<void> {
    await Promise.resolve();
    await nextFrame();
  }

  /**
   * Emulates the system's colour scheme, and waits for the watcher to act on it. Chromium
   * reports the change some frames later (often three), then the watcher's frame follows.
   * (Reading `matches` of a MediaQueryList after the change would swallow its `change` event
   * in Chromium: this list is read only before.)
   */
  async function system(colorScheme: 'light' | 'dark'): Promise<void> {
    const list = matchMedia(`(prefers-color-scheme: ${colorScheme})`);
    const changed = !list.matches && new Promise((resolve) => list.addEventListener('change', resolve, {once: true}));
    await emulateMedia({colorScheme});
    await changed;
    await nextFrame();
    await nextFrame();
  }

  beforeEach(() => {
    added = [];
  });

  afterEach(async () => {
    for (const el of added) el.remove();
    html.removeAttribute('class');
    html.removeAttribute('style');
    document.body.removeAttribute('style');
    if (!isFirefox) await system('light');
    sinon.restore();
  });

  describe('detection', () => {
    it('a light page on a light system: light', async () => {
      expect(await placed()).to.deep.equal(['light']);
    });

    it('a dark page on a light system: dark', async () => {
      styled('body {background: #121417; color: #e6e6e6}');
      expect(await placed()).to.deep.equal(['dark']);
    });

    it('a saturated brand background on a wrapper: dark, and light beside it', async () => {
      const brand = wrapper('background: #0b3d2e; color: #f5f5f5; padding: 1px');
      const inside = card(wrapper('', brand));
      const outside = card();
      await nextFrame();
      expect(statesOf(inside)).to.deep.equal(['dark']);
      expect(statesOf(outside)).to.deep.equal(['light']);
    });

    it('`:root {color-scheme: dark}` and no colours: dark, from the dark canvas', async () => {
      styled(':root {color-scheme: dark}');
      expect(await placed()).to.deep.equal(['dark']);
    });

    it('a translucent wrapper lets the page behind it decide', async () => {
      styled('body {background: #fff; color: #111}');
      expect(await placed(wrapper('background: rgb(0 0 0 / 0.3)'))).to.deep.equal(['light']);
      expect(await placed(wrapper('background: rgb(0 0 0 / 0.6); color: white'))).to.deep.equal(['dark']);
    });

    it('reads backgrounds in other colour syntaxes (oklch, color-mix, light-dark)', async () => {
      expect(await placed(wrapper('background: oklch(0.25 0.05 250)'))).to.deep.equal(['dark']);
      expect(await placed(wrapper('background: color-mix(in oklab, white 90%, navy)'))).to.deep.equal(['light']);
      styled(':root {color-scheme: dark}');
      expect(await placed(wrapper('background: light-dark(#fafafa, #101010)'))).to.deep.equal(['dark']);
    });

    it('sees through shadow roots, and a slotted card sees the slot’s surroundings', async () => {
      const outer = wrapper('');
      const shadow = outer.attachShadow({mode: 'open'});
      shadow.innerHTML = '<div style="background: #1b1b1f; color: #eee"><slot></slot></div><p></p>';
      expect(await placed(shadow.querySelector('div')!)).to.deep.equal(['dark']);
      // In the light DOM of `outer` (on a light page), but drawn inside its dark div.
      expect(await placed(outer)).to.deep.equal(['dark']);
      expect(await placed(shadow.querySelector('p')!)).to.deep.equal(['light']);
    });

    it('a mid grey is dark below 0.179 luminance, where white text starts to contrast more', async () => {
      // #6b6b6b: luminance 0.147, 5.3:1 with white, 3.9:1 with black. #8a8a8a: 0.254, 3.5:1 and 6.1:1.
      expect(await placed(wrapper('background: #6b6b6b'))).to.deep.equal(['dark']);
      expect(await placed(wrapper('background: #8a8a8a'))).to.deep.equal(['light']);
    });

    it('no colour it can read: the system’s preference', async () => {
      // An unknown colour space on the background, and on the text: the system decides.
      const unknown = wrapper('background: color(rec2020 0.1 0.1 0.1); color: color(rec2020 0.9 0.9 0.9)');
      expect(await placed(unknown)).to.deep.equal(['light']);
    });

    describe('with the system in dark mode', function () {
      beforeEach(async function () {
        // emulateMedia needs the DevTools protocol, which Firefox (driven over WebDriver BiDi) lacks:
        // it throws "CDP support is required for this feature". These run in Chromium only.
        if (isFirefox) this.skip();
        await system('dark');
        expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      });

      it('a light page: light', async () => {
        styled('body {background: #fff; color: #111}');
        expect(await placed()).to.deep.equal(['light']);
      });

      it('a dark page: dark', async () => {
        styled('body {background: #121417; color: #e6e6e6}');
        expect(await placed()).to.deep.equal(['dark']);
      });

      it('a page without colours and no color-scheme is light (its canvas is)', async () => {
        expect(await placed()).to.deep.equal(['light']);
      });

      it('no colour it can read: dark, the system’s preference', async () => {
        expect(await placed(wrapper('background: color(rec2020 0 0 0); color: color(rec2020 1 1 1)'))).to.deep.equal([
          'dark',
        ]);
      });

      it('a page that follows the system (`color-scheme: light dark`) follows it as it changes', async () => {
        styled(':root {color-scheme: light dark}');
        const el = card();
        await nextFrame();
        expect(statesOf(el)).to.deep.equal(['dark']);
        await system('light');
        expect(statesOf(el)).to.deep.equal(['light']);
        await system('dark');
        expect(statesOf(el)).to.deep.equal(['dark']);
      });
    });
  });

  describe('following the page', () => {
    it('follows a class toggled on <html> in the same frame', async () => {
      styled('html.dark body {background: #111; color: #eee}');
      const el = card();
      await nextFrame();
      expect(statesOf(el)).to.deep.equal(['light']);
      html.classList.add('dark');
      await afterChange();
      expect(statesOf(el)).to.deep.equal(['dark']);
      html.classList.remove('dark');
      await afterChange();
      expect(statesOf(el)).to.deep.equal(['light']);
    });

    it('follows color-scheme set in the style attribute of <html>, and attributes of <body>', async () => {
      styled('body[data-theme="dark"] {background: #0b3d2e; color: #fff}');
      const el = card();
      await nextFrame();
      html.style.colorScheme = 'dark';
      await afterChange();
      expect(statesOf(el)).to.deep.equal(['dark']);
      html.style.colorScheme = 'light';
      await afterChange();
      expect(statesOf(el)).to.deep.equal(['light']);
      document.body.dataset.theme = 'dark';
      await afterChange();
      expect(statesOf(el)).to.deep.equal(['dark']);
      delete document.body.dataset.theme;
      await afterChange();
      expect(statesOf(el)).to.deep.equal(['light']);
    });
  });

  describe('the theme override', () => {
    it('dark on a light page, light on a dark one, at once; back to auto, detection', async () => {
      const getComputedStyle = sinon.spy(window, 'getComputedStyle');
      const el = card(document.body, 'dark');
      await el.updateComplete;
      // Set at connection, before any frame, and without reading a style.
      expect(statesOf(el)).to.deep.equal(['dark']);
      expect(el.palette.dark).to.equal(true);
      await nextFrame();
      expect(getComputedStyle.callCount).to.equal(0);

      el.theme = 'auto';
      await el.updateComplete;
      await nextFrame();
      expect(statesOf(el)).to.deep.equal(['light']);
      expect(el.palette.dark).to.equal(false);

      styled('body {background: #121417; color: #e6e6e6}');
      el.theme = 'light';
      await el.updateComplete;
      expect(statesOf(el)).to.deep.equal(['light']);
      // Not following the page: a change to <html> leaves it be.
      html.classList.add('anything');
      await afterChange();
      expect(statesOf(el)).to.deep.equal(['light']);

      el.theme = 'sepia';
      await el.updateComplete;
      await nextFrame();
      expect(statesOf(el)).to.deep.equal(['dark']);
      el.theme = undefined;
      await el.updateComplete;
      await nextFrame();
      expect(statesOf(el)).to.deep.equal(['dark']);
    });
  });

  describe('a page of cards', () => {
    it('reads all 200 cards in one frame, before it writes any state, never during their updates', async () => {
      styled('body {background: #121417; color: #e6e6e6} .light {background: #fff; color: #111}');
      const requestAnimationFrame = sinon.spy(window, 'requestAnimationFrame');
      const getComputedStyle = sinon.spy(window, 'getComputedStyle');
      const add = sinon.spy(CustomStateSet.prototype, 'add');
      // Half on the dark body, half each in a light box of its own.
      const cards = Array.from({length: 200}, (_, i) => {
        if (i % 2 === 0) return card();
        const box = wrapper('');
        box.className = 'light';
        return card(box);
      });
      const expected = (even: string) => cards.map((_, i) => (i % 2 === 0 ? even : 'light'));
      await Promise.all(cards.map((el) => el.updateComplete));
      expect(requestAnimationFrame.callCount).to.equal(1);
      expect(getComputedStyle.callCount).to.equal(0);

      await nextFrame();
      expect(add.callCount).to.equal(200);
      expect(getComputedStyle.lastCall.calledBefore(add.firstCall)).to.equal(true);
      expect(cards.map((el) => statesOf(el).join())).to.deep.equal(expected('dark'));
      // The body, behind a hundred cards, is read once.
      expect(getComputedStyle.callCount).to.equal(101);
      expect(getComputedStyle.args.filter(([el]) => el === document.body)).to.have.length(1);

      // A theme switch: again one frame, every read before every write, and only changes written.
      requestAnimationFrame.resetHistory();
      getComputedStyle.resetHistory();
      add.resetHistory();
      html.style.colorScheme = 'light';
      document.body.style.background = 'white';
      document.body.style.color = 'black';
      await Promise.resolve();
      expect(requestAnimationFrame.callCount).to.equal(1);
      await nextFrame();
      expect(add.callCount).to.equal(100);
      expect(getComputedStyle.lastCall.calledBefore(add.firstCall)).to.equal(true);
      expect(cards.map((el) => statesOf(el).join())).to.deep.equal(expected('light'));
    });

    it('stops watching when the last card leaves, and starts again with the next', async () => {
      styled('html.dark body {background: #111; color: #eee}');
      const disconnect = sinon.spy(MutationObserver.prototype, 'disconnect');
      const observe = sinon.spy(MutationObserver.prototype, 'observe');
      // The watcher listens through `onchange` of its own media query lists.
      const onchange = sinon.spy(MediaQueryList.prototype, 'onchange', ['set']);
      const listeners = () =>
        onchange.set.thisValues.map((list, i) => [(list as MediaQueryList).media, onchange.set.args[i][0]]);
      const [first, second] = [card(), card()];
      await nextFrame();
      expect(observe.callCount).to.equal(2); // <html> and <body>
      const [[, listener]] = listeners();
      expect(listener).to.be.a('function');
      expect(listeners()).to.deep.equal([
        ['(prefers-color-scheme: dark)', listener],
        ['(forced-colors: active)', listener],
      ]);

      first.remove();
      html.classList.add('dark');
      await afterChange();
      expect(statesOf(second)).to.deep.equal(['dark']);
      expect(disconnect.callCount).to.equal(0);

      second.remove();
      expect(disconnect.callCount).to.equal(1);
      expect(listeners().slice(2)).to.deep.equal([
        ['(prefers-color-scheme: dark)', null],
        ['(forced-colors: active)', null],
      ]);
      const requestAnimationFrame = sinon.spy(window, 'requestAnimationFrame');
      html.classList.remove('dark');
      await Promise.resolve();
      expect(requestAnimationFrame.callCount).to.equal(0);
      // A removed card is not written to either.
      await nextFrame();
      expect(statesOf(second)).to.deep.equal(['dark']);
      requestAnimationFrame.resetHistory();

      // Lit updates a removed card when asked to: that must not enlist it again.
      second.theme = 'light';
      await second.updateComplete;
      second.theme = 'auto';
      await second.updateComplete;
      await nextFrame();
      expect(requestAnimationFrame.callCount).to.equal(1); // this test's own
      expect(observe.callCount).to.equal(2);

      document.body.append(second);
      await nextFrame();
      expect(observe.callCount).to.equal(4);
      expect(statesOf(second)).to.deep.equal(['light']);
    });

    it('a card removed before its frame is neither read nor written', async () => {
      const getComputedStyle = sinon.spy(window, 'getComputedStyle');
      const el = card();
      el.remove();
      await nextFrame();
      expect(getComputedStyle.callCount).to.equal(0);
      expect(statesOf(el)).to.deep.equal([]);
    });
  });
});
