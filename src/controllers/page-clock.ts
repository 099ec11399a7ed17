/**
 * One timer for the whole page. A page may hold a thousand cards, each of which changes
 * what it shows at its own instants; a timer per card would be a thousand wake-ups, so
 * every card tells this clock when it next needs to look, and the clock keeps a single
 * `setTimeout` for the earliest of those instants.
 *
 * While the document is hidden the clock stops (nobody sees the cards, and browsers throttle
 * hidden timers anyway); when it is shown again, every card whose time has passed wakes
 * at once.
 *
 * Nothing here touches the DOM or timers until the first card asks: the build is imported
 * in Node, without a DOM. `Date.now()` and the global timer functions are looked up at each
 * call, so fake timers in tests replace them.
 */
import {isServer} from 'lit';

/** Something the clock wakes when its time has come. */
export interface ClockSubscriber {
  /** Called once the instant asked for has passed; schedule again to be woken again. */
  wake(): void;
}

/** setTimeout's delay is a signed 32-bit number: longer delays fire at once. */
const MAX_DELAY_MS = 2 ** 31 - 1;

const isHidden = () => document.visibilityState === 'hidden';

/** A scheduler with one timer for many subscribers. Use the page's own, {@link pageClock}. */
export class PageClock {
  private readonly due = new Map<ClockSubscriber, number>();
  private timer?: ReturnType<typeof setTimeout>;
  /** The instant the timer was set for: a later request leaves it be. */
  private timerAtMs = Infinity;
  private waking = false;
  private readonly onVisibilityChange = () => (isHidden() ? this.disarm() : this.fire());

  /**
   * Wakes `subscriber` once `atMs` (epoch ms) has passed, replacing its earlier request;
   * `undefined` (nothing to wake for) removes it.
   */
  schedule(subscriber: ClockSubscriber, atMs: number | undefined): void {
    // No document, no cards to wake (server rendering, or a DOM-less import of the browser build).
    if (isServer || typeof document === 'undefined') return;
    if (atMs === undefined || !Number.isFinite(atMs)) {
      this.cancel(subscriber);
      return;
    }
    if (this.due.size === 0) document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.due.set(subscriber, atMs);
    // A timer already set for an earlier instant wakes soon enough: at its firing the clock
    // looks for the next earliest. Resetting it on every request would cost a thousand
    // clear/set pairs when a thousand cards render.
    if (!this.waking && atMs < this.timerAtMs) this.arm(atMs);
  }

  /** Never wakes `subscriber` again (until it is scheduled anew). */
  cancel(subscriber: ClockSubscriber): void {
    if (!this.due.delete(subscriber) || this.due.size > 0) return;
    // The last one gone: no timer and no listener left behind. With others left, a timer
    // set for the one removed merely fires early and finds nothing due.
    this.disarm();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
  }

  /** Wakes everyone due, then sets the timer for the earliest instant left. */
  private fire(): void {
    this.disarm();
    const nowMs = Date.now();
    const woken: ClockSubscriber[] = [];
    for (const [subscriber, atMs] of this.due) if (atMs <= nowMs) woken.push(subscriber);
    this.waking = true;
    for (const subscriber of woken) {
      // One woken before may have cancelled or moved this one (a card removing another).
      if (!((this.due.get(subscriber) ?? Infinity) <= nowMs)) continue;
      // Removed before waking: a subscriber that schedules again from wake() is kept.
      this.due.delete(subscriber);
      try {
        subscriber.wake();
      } catch (error) {
        // One card's failure must not stop the others' clocks: reported as uncaught, and on.
        if (typeof reportError === 'function') reportError(error);
        else
          setTimeout(() => {
            throw error;
          });
      }
    }
    this.waking = false;
    if (this.due.size === 0) {
      document.removeEventListener('visibilitychange', this.onVisibilityChange);
    } else {
      let earliestMs = Infinity;
      for (const atMs of this.due.values()) earliestMs = Math.min(earliestMs, atMs);
      this.arm(earliestMs);
    }
  }

  private arm(atMs: number): void {
    this.disarm();
    if (isHidden()) return;
    this.timerAtMs = atMs;
    const delayMs = Math.min(Math.max(0, atMs - Date.now()), MAX_DELAY_MS);
    this.timer = setTimeout(() => this.fire(), delayMs);
  }

  private disarm(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAtMs = Infinity;
  }
}

let theClock: PageClock | undefined;

/** The page's one clock, made on first use. */
export function pageClock(): PageClock {
  return (theClock ??= new PageClock());
}
