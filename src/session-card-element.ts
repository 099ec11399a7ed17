import {LitElement, adoptStyles, html, supportsAdoptingStyleSheets, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import type {SessionError, SessionWarning} from './contract/problems.js';
import {readSession, readSessionJson, type SessionReading} from './contract/read-session.js';
import type {Session} from './contract/session-schema.js';
import {reportProblem, type ProblemReport} from './i18n/describe-problem.js';
import {observeLanguageChanges, requestedLanguage} from './i18n/lang-observer.js';
import {inLocale, directionOf, supportedLocales} from './i18n/localization.js';
import {resolveLocale, type LocaleChoice} from './i18n/resolve-locale.js';
import {fetchSessionText} from './network/fetch-session-text.js';
import {sessionTemplate} from './render/session-template.js';
import {sessionCardStyles} from './session-card.styles.js';
import {ianaZone, viewerZone, type TimeZoneRef} from './time/zones.js';
import {SessionCardErrorEvent, SessionCardLoadEvent, SessionCardWarningEvent} from './events.js';

/** Where the shown session came from: a value set from script, JSON text, or a fetch. */
type Input =
  | {kind: 'value'; value: unknown}
  | {kind: 'json'; text: string}
  | {kind: 'src'; url: string}
  | {kind: 'none'};

const INLINE_JSON = ':scope > script[type="application/json"]';

/**
 * Shows one session of a conference: its title, its times in the reader's own time zone
 * (and the event's, where they differ), languages, seats, registration, organizers,
 * summary, sections and documents, with its interface in the reader's language.
 *
 * Give it the session in one of four ways; when several are present, the `session`
 * property (or attribute) wins, then `src`, then the inline child:
 * - `el.session = {…}` from script;
 * - `<session-card session='{"title": …}'>`;
 * - `<session-card><script type="application/json">{…}</script></session-card>`;
 * - `<session-card src="/sessions/3.2.2.json">`.
 *
 * Bad input never leaves a blank card: the card says what is wrong and fires
 * `session-card-error`.
 *
 * @summary One conference session, in the reader's time zone and language.
 *
 * @tagname session-card
 * @attr lang - The card's interface language (`fr`, `es-AR`, `zh-Hans`); else the nearest ancestor's `lang`, the document's, the browser's languages, English.
 *
 * @slot - An optional `<script type="application/json">` holding the session. Not displayed.
 *
 * @fires {SessionCardLoadEvent} session-card-load - A valid session is shown; `detail.session` is the session as given.
 * @fires {SessionCardErrorEvent} session-card-error - The session cannot be shown; `detail.errors` lists `{code, path, message}`.
 * @fires {SessionCardWarningEvent} session-card-warning - The session is shown, but something in it was dropped or is doubtful; `detail.warnings` lists `{code, path, message}`.
 *
 * @csspart base - The card's frame, in every state.
 * @csspart eyebrow - The line with the type, the id and the tracks.
 * @csspart type - The session type (Workshop).
 * @csspart id - The session code (3.2.2).
 * @csspart tracks - The list of thematic lines.
 * @csspart title - The title heading.
 * @csspart when - The block of times.
 * @csspart time-primary - The times in the zone shown first (the reader's; the event's for in-person sessions).
 * @csspart time-secondary - The times in the other zone, when they differ.
 * @csspart joining - Badges, facts and the register link.
 * @csspart badges - The list of badges.
 * @csspart badge - Each badge; also `language`, `attendance` or `registration`.
 * @csspart language - A language badge.
 * @csspart attendance - The attendance badge (online, in person, hybrid).
 * @csspart registration - The registration badge.
 * @csspart facts - Platform, location, capacity and seats left.
 * @csspart register - The register link.
 * @csspart summary - The summary.
 * @csspart sections - The collapsed sections.
 * @csspart section - One collapsible section.
 * @csspart section-heading - A section's heading, which opens it.
 * @csspart documents - The document list.
 * @csspart speakers - The speaker list.
 * @csspart organizers - The organizers line.
 * @csspart session-link - The link to the session's own page.
 * @csspart status - The loading or empty message.
 * @csspart error - The error message (together with `base`).
 *
 * @cssprop [--session-card-accent=#0b5cad] - The one accent colour: links, badges, the register button.
 * @cssprop [--session-card-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--session-card-muted=color-mix(in srgb, currentColor 72%, transparent)] - Secondary text.
 * @cssprop [--session-card-border=color-mix(in srgb, currentColor 22%, transparent)] - Borders and rules.
 * @cssprop [--session-card-chip-background] - Badge background.
 * @cssprop [--session-card-radius=0.5em] - Corner radius.
 * @cssprop [--session-card-padding=1em] - Space inside the frame.
 */
export class SessionCard extends LitElement {
  static override styles = sessionCardStyles;

  /** The session as an object. Wins over every other way in. */
  @property({attribute: false})
  session?: Session | Record<string, unknown>;

  /** The session as JSON text, for HTML authors. */
  @property({attribute: 'session'})
  sessionJson?: string;

  /** URL of a JSON file holding the session; fetched, with a loading state. */
  @property({reflect: true})
  src?: string;

  /** IANA time zone to show times in, instead of the reader's own (`Asia/Tokyo`). */
  @property({attribute: 'time-zone', reflect: true})
  timeZone?: string;

  /** Level of the title heading, 1 to 6. */
  @property({attribute: 'heading-level', type: Number, reflect: true})
  headingLevel = 3;

  /** Milliseconds before a `src` fetch gives up. */
  @property({attribute: 'fetch-timeout', type: Number})
  fetchTimeout = 15_000;

  /** The `src` being fetched, and its reading once it arrived. */
  @state() private fetchState?: {url: string; reading?: SessionReading};
  @state() private inlineJson?: string;
  @state() private languageRevision = 0;

  private reading?: SessionReading;
  private readingKey?: unknown;
  private announcedReading?: SessionReading;
  private fetchController?: AbortController;
  private childObserver?: MutationObserver;
  private stopObservingLanguage?: () => void;
  private locale: LocaleChoice = {ui: 'en', format: 'en'};

  override connectedCallback(): void {
    super.connectedCallback();
    this.adoptStylesHere();
    this.readInlineJson();
    this.childObserver ??= new MutationObserver(() => this.readInlineJson());
    this.childObserver.observe(this, {childList: true, subtree: true, characterData: true});
    this.stopObservingLanguage?.();
    this.stopObservingLanguage = observeLanguageChanges(this.ownerDocument, () => this.languageRevision++);
    // Inserted elsewhere: the `lang` around it may differ, and a fetch its removal
    // aborted must start again.
    this.requestUpdate();
  }

  /**
   * Moving the element into another document (a same-origin frame, a picture-in-picture
   * window) empties its shadow root's adopted style sheets, which belong to the document
   * they were made in: adopt the styles again, made for the document it is in now.
   */
  private adoptStylesHere(): void {
    const root = this.shadowRoot;
    const view = this.ownerDocument.defaultView;
    if (!supportsAdoptingStyleSheets || !root || root.adoptedStyleSheets.length > 0 || !view) return;
    const styles = (this.constructor as typeof LitElement).elementStyles;
    if (view === window) {
      adoptStyles(root, styles);
      return;
    }
    root.adoptedStyleSheets = styles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText);
      return sheet;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.stopObservingLanguage?.();
    this.stopObservingLanguage = undefined;
    // Reconnecting fetches again: abortFetch forgets a fetch that had no answer yet.
    this.abortFetch();
  }

  private readInlineJson(): void {
    this.inlineJson = this.querySelector(INLINE_JSON)?.textContent ?? undefined;
  }

  private currentInput(): Input {
    if (this.session !== undefined && this.session !== null) return {kind: 'value', value: this.session};
    if (this.sessionJson !== undefined && this.sessionJson !== null) return {kind: 'json', text: this.sessionJson};
    if (this.src) return {kind: 'src', url: this.src};
    if (this.inlineJson !== undefined) return {kind: 'json', text: this.inlineJson};
    return {kind: 'none'};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.locale = this.resolveLocale();
    const input = this.currentInput();
    if (input.kind !== 'src') this.abortFetch();
    switch (input.kind) {
      case 'value':
        this.read(input.value, () => readSession(input.value, this.ownerDocument.baseURI));
        break;
      case 'json':
        this.read(input.text, () => readSessionJson(input.text, this.ownerDocument.baseURI));
        break;
      case 'src':
        if (this.fetchState?.url !== input.url) this.startFetch(input.url);
        this.reading = this.fetchState?.reading;
        break;
      case 'none':
        this.reading = undefined;
        this.readingKey = undefined;
    }
  }

  /** Reads again only when the input itself changed, not on a language or zone change. */
  private read(key: unknown, reader: () => SessionReading): void {
    if (this.readingKey === key && this.reading) return;
    this.readingKey = key;
    this.reading = reader();
  }

  private startFetch(url: string): void {
    this.abortFetch();
    const controller = new AbortController();
    this.fetchController = controller;
    this.fetchState = {url};
    void fetchSessionText(url, {signal: controller.signal, timeoutMs: this.fetchTimeout}).then((outcome) => {
      if (controller.signal.aborted || this.fetchState?.url !== url) return;
      this.fetchController = undefined;
      const reading: SessionReading = outcome.ok
        ? readSessionJson(outcome.text, outcome.url)
        : 'error' in outcome
          ? {errors: [outcome.error], warnings: []}
          : {errors: [], warnings: []};
      this.fetchState = {url, reading};
    });
  }

  private abortFetch(): void {
    this.fetchController?.abort();
    this.fetchController = undefined;
    if (this.fetchState && !this.fetchState.reading) this.fetchState = undefined;
  }

  private resolveLocale(): LocaleChoice {
    const own = requestedLanguage(this);
    return resolveLocale(own ? [own] : [...navigator.languages], supportedLocales);
  }

  private shownZone(): {zone: TimeZoneRef; warning?: SessionWarning} {
    if (this.timeZone) {
      const zone = ianaZone(this.timeZone);
      if (zone) return {zone};
      return {
        zone: viewerZone(),
        warning: {code: 'unknown-display-time-zone', path: '', details: {zone: this.timeZone}},
      };
    }
    return {zone: viewerZone()};
  }

  protected override render() {
    return inLocale(this.locale.ui, () => this.renderInLocale());
  }

  private renderInLocale() {
    const {reading, locale} = this;
    const dir = directionOf(locale.ui);
    if (!reading) {
      const loading = this.currentInput().kind === 'src';
      return html`<div part="base status" class="card status" role="status" lang=${locale.format} dir=${dir}
        aria-busy=${loading ? 'true' : 'false'}>
        ${loading ? msg('Loading session…', {id: 'status.loading'}) : msg('No session to show.', {id: 'status.empty'})}
      </div>`;
    }
    if (!reading.session) {
      return html`<div part="base error" class="card error" role="alert" lang=${locale.format} dir=${dir}>
        <p class="error-title">${msg('This session cannot be shown.', {id: 'error.title'})}</p>
        <ul>${reading.errors.map((error) => html`<li>${reportProblem(error).message}</li>`)}</ul>
      </div>`;
    }
    return sessionTemplate({
      session: reading.session,
      locale,
      shownZone: this.shownZone().zone,
      headingLevel: this.headingLevel,
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.announce();
  }

  /** Fires the load, error and warning events once per reading, after it is on screen. */
  private announce(): void {
    const {reading} = this;
    if (!reading || reading === this.announcedReading) return;
    this.announcedReading = reading;
    const report = (problems: Array<SessionError | SessionWarning>): ProblemReport[] =>
      inLocale(this.locale.ui, () => problems.map(reportProblem));
    const warnings = [...reading.warnings];
    const zoneWarning = reading.session ? this.shownZone().warning : undefined;
    if (zoneWarning) warnings.push(zoneWarning);
    if (reading.session) {
      this.dispatchEvent(new SessionCardLoadEvent({session: reading.session.data}));
    } else if (reading.errors.length) {
      this.dispatchEvent(new SessionCardErrorEvent({errors: report(reading.errors)}));
    }
    if (warnings.length) this.dispatchEvent(new SessionCardWarningEvent({warnings: report(warnings)}));
  }
}
