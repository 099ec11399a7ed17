/**
 * The "Add to calendar" disclosure: whether its list is open, and closing it the ways a
 * reader expects (Escape, a click elsewhere, choosing an option), with focus back on the
 * button. It listens to the document only while its list is open: a page of a thousand
 * closed cards has no listener for it at all.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {CalendarTarget} from '../contract/calendar-targets.js';
import {SessionCardCalendarEvent} from '../events.js';
import {showState} from './custom-states.js';

/** While the list is open: the stylesheet lifts the card above those after it. */
const OPEN_STATE = ['calendar-open'];

/** The parts of the card's shadow tree the controller needs: the button, and the box around button and list. */
const BUTTON = '[part="calendar"]';
const DISCLOSURE = '.calendar';

export class CalendarMenuController implements ReactiveController {
  /** Whether the list is shown. The list's content is built only then. */
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Whose custom states say `calendar-open` while the list is open (the stylesheet lifts the card). */
    private readonly internals?: ElementInternals
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A card taken out of the page keeps no listener on it; put back, it starts closed.
    this.setOpen(false);
  }

  hostUpdated(): void {
    // The session stopped offering a calendar while the list was open (it ended, was
    // cancelled, or another session came in): no list is left to close, so close it here.
    if (this.open && !this.button()) this.setOpen(false);
  }

  toggle(): void {
    this.setOpen(!this.open);
  }

  /** The reader chose an option: the link does its work; the host hears which one. */
  choose(target: CalendarTarget): void {
    this.host.dispatchEvent(new SessionCardCalendarEvent({target}));
    // Closed in a task of its own: the render that removes the list must not run before the
    // browser follows (or downloads) the link that was clicked, as a microtask would.
    setTimeout(() => this.close(true));
  }

  private close(focusButton: boolean): void {
    if (!this.open) return;
    this.setOpen(false);
    if (focusButton) this.button()?.focus();
  }

  private setOpen(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    showState(this.internals, OPEN_STATE, open ? OPEN_STATE[0] : undefined);
    const document = this.host.ownerDocument;
    if (open) {
      document.addEventListener('keydown', this.onKeyDown, true);
      document.addEventListener('click', this.onClick, true);
    } else {
      document.removeEventListener('keydown', this.onKeyDown, true);
      document.removeEventListener('click', this.onClick, true);
    }
    this.host.requestUpdate();
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Escape is ours only while focus is in the card (or nowhere): a dialog of the host's keeps its own.
    const active = this.host.ownerDocument.activeElement;
    if (active && !event.composedPath().includes(this.host) && active !== this.host.ownerDocument.body) return;
    // This Escape was the list's: a dialog of the host's around the card stays open.
    event.preventDefault();
    this.close(true);
  };

  private readonly onClick = (event: MouseEvent) => {
    const disclosure = this.host.shadowRoot?.querySelector(DISCLOSURE);
    if (disclosure && event.composedPath().includes(disclosure)) return;
    // Focus goes back to the button only if it was in the list: a click that lands on
    // another control of the page leaves focus there.
    this.close(this.focusIsInside());
  };

  private focusIsInside(): boolean {
    const active = this.host.shadowRoot?.activeElement;
    return Boolean(active && active.closest(DISCLOSURE));
  }

  private button(): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>(BUTTON);
  }
}
