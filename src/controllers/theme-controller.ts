/**
 * A card's palette, shown to CSS as its custom state: `dark` or `light`
 * (`:host(:state(dark))`). Asked for `light` or `dark`, that is it; otherwise (`auto`,
 * absent, anything else) the page behind the card decides, read by the page's one watcher
 * (./page-theme.ts) in a batch with every other card, never during the card's update.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {showState} from './custom-states.js';
import {pageTheme, type PageTheme, type ThemeSubject} from './page-theme.js';

const PALETTES = ['dark', 'light'];

export interface ThemeOptions {
  /** The host's internals, whose custom states get `dark` or `light`; none, no states. */
  internals?: ElementInternals;
  /** The palette asked for, read at connection and at each update: `light`, `dark`, or anything else for auto. */
  requested: () => string | null | undefined;
}

export class ThemeController implements ReactiveController, ThemeSubject {
  /**
   * Whether the dark palette applies. Not reactive (the stylesheet reads the state); undefined
   * until the first decision, which for auto comes in the first frame after connection.
   */
  dark?: boolean;
  /** The request last acted on. */
  private asked?: unknown;
  /** The watcher of the card's document while it is connected. */
  private page?: PageTheme;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ThemeOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Kept: a card moved to another document is disconnected after its ownerDocument changed.
    this.page = pageTheme(this.host.ownerDocument);
    // Whatever was asked before, a (re)connected card decides anew.
    this.asked = this;
    this.hostUpdate();
  }

  hostDisconnected(): void {
    this.page?.delete(this);
    this.page = undefined;
  }

  hostUpdate(): void {
    const asked = this.options.requested();
    if (asked === this.asked) return;
    this.asked = asked;
    if (asked === 'dark' || asked === 'light') {
      this.page?.delete(this);
      this.show(asked === 'dark');
    } else this.page?.add(this);
  }

  /** Keeps exactly one of `dark` and `light` in the host's custom states. */
  show(dark: boolean): void {
    if (dark === this.dark) return;
    this.dark = dark;
    showState(this.options.internals, PALETTES, dark ? 'dark' : 'light');
  }
}
