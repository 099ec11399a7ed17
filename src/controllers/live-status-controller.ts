/**
 * A card's live status (upcoming, soon, live, ended, …), computed before each render from
 * the current time, kept current by the page's one clock, and shown to CSS as the card's
 * custom state (`session-card:state(live)`).
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {
  LIVE_STATES,
  liveStatus,
  timelessStatus,
  type LiveState,
  type LiveStatus,
  type LiveStatusInput,
} from '../time/live-status.js';
import {showState} from './custom-states.js';
import {pageClock, type ClockSubscriber} from './page-clock.js';

export interface LiveStatusOptions {
  /** The session's instants and status, read at each update; undefined when there is no valid session. */
  input: () => LiveStatusInput | undefined;
  /** The host's internals, whose custom states get the LiveState; none, no states. */
  internals?: ElementInternals;
}

export class LiveStatusController implements ReactiveController {
  /** The status at the latest update; undefined before it, and when there is no valid session. */
  status?: LiveStatus;

  /** The LiveState in the host's custom states, to touch them only when it changes. */
  private shownState?: LiveState;
  // A separate object, so that `wake` is not part of the controller's public face.
  private readonly subscriber: ClockSubscriber = {wake: () => this.host.requestUpdate()};

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LiveStatusOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Put back after a while: the status may be stale. The update schedules the next wake-up.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // The clock must not keep removed cards alive, nor wake them.
    pageClock().cancel(this.subscriber);
  }

  hostUpdate(): void {
    const input = this.options.input();
    // Rendered on a server, the page is read at some later time: only what holds at any time.
    this.status = input ? (isServer ? timelessStatus(input) : liveStatus(input, Date.now())) : undefined;
    this.showState(this.status?.state);
  }

  hostUpdated(): void {
    // Lit also updates a disconnected element when asked to: that must not re-enlist it.
    if (this.host.isConnected) pageClock().schedule(this.subscriber, this.status?.nextChangeMs);
    else pageClock().cancel(this.subscriber);
  }

  /** Keeps exactly `state` (or nothing) of the LiveStates in the host's custom states. */
  private showState(state: LiveState | undefined): void {
    if (state === this.shownState) return;
    this.shownState = state;
    showState(this.options.internals, LIVE_STATES, state);
  }
}
