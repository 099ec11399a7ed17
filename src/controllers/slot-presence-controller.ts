/**
 * Whether the host page put something in one of the card's named slots, so that the card
 * renders the slot's container only then (no empty box), and follows when that changes.
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {watchLightDom} from './light-dom-watch.js';

export class SlotPresenceController implements ReactiveController {
  /** True when a child of the host has `slot="<name>"`. */
  filled = false;
  private stopWatching?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly slotName: string
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopWatching = watchLightDom(this.host, () => {
      if (this.filled !== this.read()) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopWatching?.();
  }

  hostUpdate(): void {
    this.filled = this.read();
  }

  private read(): boolean {
    if (isServer) return false;
    for (const child of this.host.children) if (child.slot === this.slotName) return true;
    return false;
  }
}
