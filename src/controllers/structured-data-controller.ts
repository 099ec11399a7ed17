/**
 * The card's schema.org Event, for search engines: one `<script type="application/ld+json">`
 * in the card's own light DOM (crawlers may not read a shadow root), written for a valid
 * session, replaced when it changes, removed when it becomes invalid, when the host turns
 * it off, or when the card leaves the page. Never read as the session: the card reads only
 * `application/json` children.
 *
 * No reader waits for it: it is written when the page is next idle, one batch for all the
 * cards of the page, after they have painted (removing it never waits).
 */
import {render, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {whenIdle} from './page-idle.js';

/** What to write: the template of the script, and what it was made of (to write it only when that changes). */
export interface StructuredData {
  /** The session and base URL it is made of: the script is written again only when one changes. */
  from: readonly unknown[];
  template(): TemplateResult;
}

/** Ours, and a copy a CMS may have saved with the page's markup: `data-session-card` marks both. */
const OURS = ':scope > script[type="application/ld+json"][data-session-card]';

export class StructuredDataController implements ReactiveController {
  private script?: HTMLScriptElement;
  private writtenFrom?: readonly unknown[];
  /** The write waiting for the page to be idle, and what it will be made of. */
  private scheduled?: {from: readonly unknown[]; cancel: () => void};

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The structured data to write now; undefined for none. */
    private readonly wanted: () => StructuredData | undefined
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const data = this.wanted();
    if (!data) return this.remove();
    const same = (from?: readonly unknown[]) =>
      from?.length === data.from.length && data.from.every((v, i) => v === from[i]);
    if ((this.script?.parentNode === this.host && same(this.writtenFrom)) || same(this.scheduled?.from)) return;
    this.scheduled?.cancel();
    this.scheduled = {from: data.from, cancel: whenIdle(() => this.write(data))};
  }

  private write(data: StructuredData): void {
    this.scheduled = undefined;
    if (!this.host.isConnected) return;
    this.remove();
    for (const stale of this.host.querySelectorAll(OURS)) stale.remove();
    // Rendered apart, then moved in: no Lit markers among the host's own children.
    const fragment = this.host.ownerDocument.createDocumentFragment();
    render(data.template(), fragment);
    this.script = fragment.querySelector('script')!;
    this.writtenFrom = data.from;
    this.host.append(this.script);
  }

  hostDisconnected(): void {
    this.remove();
  }

  private remove(): void {
    this.scheduled?.cancel();
    this.scheduled = undefined;
    this.script?.remove();
    this.script = undefined;
    this.writtenFrom = undefined;
  }
}
