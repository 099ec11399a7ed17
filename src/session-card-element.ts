import {isServer, LitElement, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import type {CalendarTarget} from './contract/calendar-targets.js';
import {DEFAULT_HEADING_LEVEL, DEFAULT_TIMEOUT_MS, readSettings, type CardSettings} from './contract/card-settings.js';
import type {Session} from './contract/session-schema.js';
import {CalendarMenuController} from './controllers/calendar-menu-controller.js';
import {DocumentStylesController} from './controllers/document-styles-controller.js';
import {LiveStatusController} from './controllers/live-status-controller.js';
import {LocaleController} from './controllers/locale-controller.js';
import {SlotPresenceController} from './controllers/slot-presence-controller.js';
import {StructuredDataController} from './controllers/structured-data-controller.js';
import {ThemeController} from './controllers/theme-controller.js';
import {SessionSourceController} from './controllers/session-source-controller.js';
import {inLocale} from './i18n/localization.js';
import {toSchemaOrg} from './import/to-schema-org.js';
import {sessionTemplate} from './render/session-template.js';
import {structuredDataTemplate} from './render/structured-data-template.js';
import {errorTemplate, statusTemplate} from './render/status-template.js';
import {sessionCardStyles} from './session-card.styles.js';

/**
 * Shows one session of a conference: its title, its times in the reader's own time zone
 * (and the event's, where they differ), languages, seats, registration, organizers,
 * summary, sections and documents, with its interface in the reader's language.
 *
 * Give it the session in one of four ways; when several are present, the `session`
 * property (or attribute) wins, then `src`, then the inline child:
 * - `el.session = {…}` from script;
 * - `<session-card session='{"title": …}'>`;
 * - `<session-card><script type="application/json">{…}</script></session-card>`: a child
 *   `<script type="application/json">`, read (and watched for edits), never displayed;
 * - `<session-card src="/sessions/3.2.2.json">`.
 *
 * A session set from script is read once, into plain data (own fields only, each getter
 * run once): later changes to that object are not seen; set `session` again to show them.
 *
 * Bad input never leaves a blank card: the card says what is wrong and fires
 * `session-card-error`. Each event fires once per reading, while the card is in a
 * document: what a removed card reads is announced when it is put back (a mere move
 * announces nothing new), and a `src` that failed is fetched again (or call `reload()`).
 * A removed card does no network work.
 *
 * @summary One conference session, in the reader's time zone and language.
 *
 * @tagname session-card
 * @attr lang - The card's interface language (`fr`, `es-AR`, `zh-Hans`); else the nearest ancestor's `lang`,
 *   the document's, the browser's languages, English.
 *
 * @slot actions - The host's own actions ("Watch the recording", "Ask a question"): children with
 *   `slot="actions"`, shown after the card's own (Join, Register, Add to calendar).
 *
 * @fires {SessionCardLoadEvent} session-card-load - A valid session is shown; `detail.session` is the session as given.
 * @fires {SessionCardErrorEvent} session-card-error - The session cannot be shown; `detail.errors` lists
 *   `{code, path, message}`.
 * @fires {SessionCardCalendarEvent} session-card-calendar - The reader chose a calendar in "Add to calendar";
 *   `detail.target` is `ics`, `google`, `outlook`, `office365` or `yahoo`.
 * @fires {SessionCardWarningEvent} session-card-warning - The session is shown, but something in it was dropped
 *   or is doubtful; `detail.warnings` lists `{code, path, message}`.
 *
 * @csspart base - The card's frame, in every state.
 * @csspart eyebrow - The line with the type, the id and the tracks.
 * @csspart type - The session type (Workshop).
 * @csspart id - The session code (3.2.2).
 * @csspart tracks - The list of thematic lines.
 * @csspart title - The title heading; its text links to the session's page when `url` is given.
 * @csspart when - The block of times.
 * @csspart live-status - "Starts in 3 days", "Live now · ends in 40 minutes", "Ended", "Cancelled".
 * @csspart time-primary - The times in the zone shown first (the reader's; the event's for in-person sessions).
 * @csspart time-secondary - The times in the other zone, when they differ.
 * @csspart joining - Badges, facts and the register link.
 * @csspart badges - The list of badges.
 * @csspart badge - Each badge; also `language`, `attendance` or `registration`.
 * @csspart language - A language badge.
 * @csspart attendance - The attendance badge (online, in person, hybrid).
 * @csspart registration - The registration badge.
 * @csspart facts - Platform, location, capacity and seats left.
 * @csspart registration-deadline - "Registration closes in 2 days", or "Registration closed".
 * @csspart join - The "Join" link, from 15 minutes before the start until the end.
 * @csspart register - The register link, while there are seats and registration is open.
 * @csspart calendar - The "Add to calendar" button, which opens the list of calendars.
 * @csspart calendar-menu - That list.
 * @csspart calendar-option - Each calendar in it (`data-calendar` names which).
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
 * @cssstate dark - The dark palette applies: the page behind the card is dark, or `theme="dark"`.
 * @cssstate light - The light palette applies.
 * @cssstate calendar-open - Its "Add to calendar" list is open (the card then rises above the cards after it).
 * @cssstate upcoming - Starts more than 15 minutes from now.
 * @cssstate soon - Starts within 15 minutes.
 * @cssstate live - On now.
 * @cssstate ended - Over.
 * @cssstate cancelled - The organizer cancelled it (`status: "cancelled"`).
 * @cssstate postponed - The organizer postponed it to a date not yet known (`status: "postponed"`).
 *
 * @cssprop [--session-card-accent=#0b5cad (light), #8ab4f8 (dark)] - The one accent colour: links, the live status,
 *   Register and Join, the calendar button. Set it on `:root`, any ancestor or the card.
 * @cssprop [--session-card-on-accent=#fff (light), #000 (dark)] - Text on the accent (Register, Join).
 * @cssprop [--session-card-text=inherited] - The card's text colour.
 * @cssprop [--session-card-muted=color-mix(in srgb, currentColor 72%, transparent)] - Secondary text.
 * @cssprop [--session-card-background=transparent] - The card's own background.
 * @cssprop [--session-card-border=color-mix(in srgb, currentColor 22%, transparent)] - The frame, rules, borders.
 * @cssprop [--session-card-error=#b3261e (light), #f2b8b5 (dark)] - Cancelled or postponed, and the error frame.
 * @cssprop [--session-card-radius=0.5em] - Corner radius of the card, its buttons and the calendar list.
 * @cssprop [--session-card-padding=1em] - Space inside the frame (0.75em under 360 px, 0.625em compact).
 * @cssprop [--session-card-gap=0.75em] - Space between the card's blocks (0.5em compact).
 * @cssprop [--session-card-chip-background=color-mix(in srgb, accent 10%, transparent)] - Badge background.
 * @cssprop [--session-card-chip-text=inherited] - Badge text.
 * @cssprop [--session-card-font-family=inherited] - The card's font.
 * @cssprop [--session-card-title-size=1.25em] - Title size (1.125em under 360 px, 1.0625em compact).
 * @cssprop [--session-card-title-weight=700] - Title weight.
 * @cssprop [--session-card-focus-ring=the accent] - Colour of the 2 px focus outline.
 */
export class SessionCard extends LitElement {
  static override styles = sessionCardStyles;

  /** The session as an object. Wins over every other way in. */
  @property({attribute: false})
  session?: Session | Record<string, unknown>;

  /** The session as JSON text, for HTML authors. */
  @property({attribute: 'session'})
  sessionJson?: string;

  /**
   * URL of a JSON file holding the session; fetched, with a loading state. The file (like
   * the `session` attribute, inline JSON or object) may also be a frab or pretalx
   * `schedule.json` (then say which talk with `session-id`) or schema.org Event JSON-LD.
   */
  @property({reflect: true})
  src?: string;

  /**
   * Which talk of a schedule to show, by its `guid`, `code` or `id`: needed when the
   * schedule holds more than one.
   */
  @property({attribute: 'session-id', reflect: true})
  sessionId?: string;

  /**
   * Where the session's relative URLs resolve, instead of the page's address (or the `src`
   * file's): for a session set from script that came from elsewhere, and on a server.
   */
  @property({attribute: 'base-url'})
  baseUrl?: string;

  /** IANA time zone to show times in, instead of the reader's own (`Asia/Tokyo`). */
  @property({attribute: 'time-zone', reflect: true})
  timeZone?: string;

  /** Level of the title heading, 1 to 6. */
  @property({attribute: 'heading-level', type: Number})
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** Milliseconds before a `src` fetch gives up. */
  @property({attribute: 'fetch-timeout', type: Number})
  fetchTimeout = DEFAULT_TIMEOUT_MS;

  /**
   * The calendars "Add to calendar" offers, space-separated, in order: `ics`, `google`,
   * `outlook`, `office365`, `yahoo` (all five when absent); `none` hides the button.
   */
  @property()
  calendar?: string;

  /**
   * `compact` for program pages and lists: the eyebrow, the title, the first time line, the
   * status, badges and actions; no summary, sections, documents, speakers or organizers.
   */
  @property({reflect: true})
  variant?: 'default' | 'compact';

  /** `light` or `dark` to choose the palette; `auto` (or absent) follows the page behind the card. */
  @property({reflect: true})
  theme?: 'light' | 'dark' | 'auto';

  /**
   * `off` to write no schema.org JSON-LD. Otherwise a valid session is also in the card's
   * light DOM as `<script type="application/ld+json" data-session-card>`, an `Event`
   * for search engines (which may not read a shadow root).
   */
  @property({attribute: 'structured-data', reflect: true})
  structuredData?: 'on' | 'off';

  private settings!: CardSettings;
  private readonly language = new LocaleController(this);
  private readonly source = new SessionSourceController(this, {
    settings: () => this.settings,
    uiLocale: () => this.language.locale.ui,
  });

  private readonly calendarMenu: CalendarMenuController;
  private readonly hostActions = new SlotPresenceController(this, 'actions');
  private readonly live: LiveStatusController;

  /** What a server render needs updated, in order: the language, the session, the status, the slot. */
  private get serverControllers() {
    return [this.language, this.source, this.live, this.hostActions];
  }

  constructor() {
    super();
    new DocumentStylesController(this);
    // One ElementInternals (a host may attach only one): its custom states carry both the
    // live status and the palette.
    const internals = this.attachInternals();
    new ThemeController(this, {internals, requested: () => this.theme});
    this.calendarMenu = new CalendarMenuController(this, internals);
    new StructuredDataController(this, () => {
      const session = this.source.reading?.session;
      if (!session || this.structuredData === 'off') return undefined;
      // The links resolve as the card's own do (base-url, the fetched file's final URL, the page).
      const {baseUrl} = session;
      return {from: [session], template: () => structuredDataTemplate(toSchemaOrg(session.data, {baseUrl}))};
    });
    this.live = new LiveStatusController(this, {
      input: () => {
        const session = this.source.reading?.session;
        return (
          session && {
            startMs: session.start.epochMs,
            endMs: session.end.epochMs,
            status: session.data.status,
            registrationClosesMs: session.registrationCloses?.epochMs,
          }
        );
      },
      internals,
    });
  }

  /** The server's markup in a declarative shadow root, shown until the card's first render. */
  private serverMarkup?: ChildNode[];

  /**
   * A card rendered on a server arrives with a declarative shadow root holding the server's
   * markup. The card renders anew in the browser (the reader's zone and language differ
   * from the server's guess): the server's markup stays until the first render (which may
   * wait for a language), then goes in the same task, so the reader sees one card, never
   * none, and no server text is left behind (hydration would keep it wherever the two
   * renderings differ).
   */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    if (root.firstChild) {
      this.serverMarkup = [...root.childNodes];
      // The first render goes after the server's markup, which it then replaces.
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    for (const node of this.serverMarkup ?? []) node.remove();
    this.serverMarkup = undefined;
  }

  /** Waits for a language loaded on demand: the card renders once its words are here. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.language.prepare()) return super.shouldUpdate(changed);
    // Meanwhile the session is fetched (or imported): the two loads run side by side.
    this.settings = readSettings(this, (name) => this.getAttribute(name), {readerKnown: !isServer});
    this.source.prepare();
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.settings = readSettings(this, (name) => this.getAttribute(name), {readerKnown: !isServer});
    this.settings.warnings.push(...this.language.warnings);
    // Lit's server renderer calls willUpdate but no controller's hostUpdate: the ones the
    // markup depends on run here, in the order the browser runs them.
    if (isServer) for (const controller of this.serverControllers) controller.hostUpdate();
  }

  /**
   * Reads the session again and announces what comes of it: fetches `src` anew (to try
   * again after a failure, or to refresh it), or reads the JSON or the object again.
   */
  reload(): void {
    this.source.reload();
  }

  /** Also waits for what needs a file first: the card's language, the importers, the words of a problem. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    const waiting = () => this.language.settled ?? this.source.settled;
    for (let settled = waiting(); settled; settled = waiting()) {
      await settled;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override render() {
    const {locale} = this.language;
    const reading = this.source.shown;
    return inLocale(locale.ui, () => {
      if (reading?.session && this.live.status) {
        const {shownZone, headingLevel} = this.settings;
        // On a server the page has no script yet to open the list: no button that would do nothing.
        const calendars = isServer ? [] : this.settings.calendars;
        const calendar = {
          targets: calendars,
          open: this.calendarMenu.open,
          toggle: () => this.calendarMenu.toggle(),
          choose: (target: CalendarTarget) => this.calendarMenu.choose(target),
          sourceUrl: () => this.source.sourceUrl,
        };
        const live = this.live.status;
        return sessionTemplate({
          session: reading.session,
          locale,
          shownZone,
          headingLevel,
          live,
          calendar,
          compact: this.variant === 'compact',
          hostActions: this.hostActions.filled,
        });
      }
      return reading ? errorTemplate(reading.errors, locale) : statusTemplate(this.source.loading, locale);
    });
  }
}
