/**
 * Where the card's session comes from, and what the card has made of it: the ways in and
 * their precedence, the inline JSON child (watched for edits), the `src` fetch (aborted
 * when it is no longer wanted, given up after a time-out), the reading, remembered until
 * the input changes, and the events that announce each reading once it is on screen.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {CardSettings} from '../contract/card-settings.js';
import type {SessionError, SessionWarning} from '../contract/problems.js';
import {readSession, readSessionJson, type SessionReading} from '../contract/read-session.js';
import type {Session} from '../contract/session-schema.js';
import {SessionCardErrorEvent, SessionCardLoadEvent, SessionCardWarningEvent} from '../events.js';
import {reportProblem} from '../i18n/describe-problem.js';
import {inLocale} from '../i18n/localization.js';
import {fetchSessionText} from '../network/fetch-session-text.js';
import {watchLightDom} from './light-dom-watch.js';

/** The element's inputs, in order of precedence. */
export interface SessionSourceHost extends ReactiveControllerHost, HTMLElement {
  session?: unknown;
  sessionJson?: string;
  src?: string;
}

/** What the controller asks of the element at the time it needs it. */
export interface SessionSourceOptions {
  /** The card's settings: the fetch time-out, and the warnings its attributes raise. */
  settings(): CardSettings;
  /** The interface locale that the events' messages are written in. */
  uiLocale(): string;
}

/** The way in that wins, when several are given. */
type Input =
  {kind: 'value'; value: unknown} | {kind: 'json'; text: string} | {kind: 'src'; url: string} | {kind: 'none'};

interface Fetch {
  url: string;
  abort: AbortController;
  reading?: SessionReading;
}

const INLINE_JSON = ':scope > script[type="application/json"]';

export class SessionSourceController implements ReactiveController {
  /** The current reading: undefined when there is no input, or while `src` loads. */
  reading?: SessionReading;

  private inlineJson?: string;
  private stopWatching?: () => void;
  private fetch?: Fetch;
  private readingKey?: unknown;
  private announced?: {reading: SessionReading; settingsKey: string};

  constructor(
    private readonly host: SessionSourceHost,
    private readonly options: SessionSourceOptions
  ) {
    host.addController(this);
  }

  /** True while the session is being fetched. */
  get loading(): boolean {
    return this.reading === undefined && this.input().kind === 'src';
  }

  /** The absolute URL the session is fetched from, when it comes from `src`. */
  get sourceUrl(): string | undefined {
    const input = this.input();
    if (input.kind !== 'src') return undefined;
    return URL.parse(input.url, this.host.ownerDocument.baseURI)?.href;
  }

  hostConnected(): void {
    this.readInlineJson();
    this.stopWatching = watchLightDom(this.host, () => {
      // Other light DOM changes (the host's own nodes) are no reason to render again.
      if (this.readInlineJson()) this.host.requestUpdate();
    });
    // Inserted elsewhere: a fetch that its removal aborted must start again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    // A removed card does no network work, and a fetch that failed is tried again when the
    // card is put back. Its events wait for it to be back too (hostUpdated), where the page
    // listens: what it read while out is announced then; a mere move announces nothing.
    this.abortFetch();
    if (this.fetch && !this.fetch.reading?.session) this.fetch = undefined;
  }

  /**
   * Reads the session again: fetches `src` anew (a failed request is tried again, a
   * loaded one refreshed), or reads the JSON or the object again; announces the result.
   */
  reload(): void {
    this.fetch?.abort.abort();
    this.fetch = undefined;
    this.readingKey = undefined;
    this.reading = undefined;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const input = this.input();
    if (input.kind !== 'src') this.abortFetch();
    switch (input.kind) {
      case 'value':
        this.read(input.value, () => readSession(input.value, this.host.ownerDocument.baseURI));
        break;
      case 'json':
        this.read(input.text, () => readSessionJson(input.text, this.host.ownerDocument.baseURI));
        break;
      case 'src':
        // A removed card fetches nothing: it starts again when it is put back.
        if (this.fetch?.url !== input.url && this.host.isConnected) this.startFetch(input.url);
        // Only this src's reading: one of an earlier src may still be remembered.
        this.reading = this.fetch?.url === input.url ? this.fetch.reading : undefined;
        this.readingKey = undefined;
        break;
      case 'none':
        this.reading = undefined;
        this.readingKey = undefined;
    }
  }

  hostUpdated(): void {
    // Out of the document, nobody hears: the card announces when it is put back.
    if (this.host.isConnected) this.announce();
  }

  private input(): Input {
    const {session, sessionJson, src} = this.host;
    if (session !== undefined && session !== null) return {kind: 'value', value: session};
    if (sessionJson !== undefined && sessionJson !== null) return {kind: 'json', text: sessionJson};
    if (src) return {kind: 'src', url: src};
    if (this.inlineJson !== undefined) return {kind: 'json', text: this.inlineJson};
    return {kind: 'none'};
  }

  /** Returns whether the inline JSON changed. */
  private readInlineJson(): boolean {
    const text = this.host.querySelector(INLINE_JSON)?.textContent ?? undefined;
    const changed = text !== this.inlineJson;
    this.inlineJson = text;
    return changed;
  }

  /** Reads again only when the input itself changed, not on a language or zone change. */
  private read(key: unknown, reader: () => SessionReading): void {
    if (this.readingKey === key && this.reading) return;
    this.readingKey = key;
    this.reading = reader();
  }

  private startFetch(url: string): void {
    this.abortFetch();
    const fetch: Fetch = {url, abort: new AbortController()};
    this.fetch = fetch;
    const {signal} = fetch.abort;
    const baseUrl = this.host.ownerDocument.baseURI;
    void fetchSessionText(url, {signal, baseUrl, timeoutMs: this.options.settings().fetchTimeoutMs}).then((outcome) => {
      // Aborted: `src` changed or the card was removed, and a newer fetch (or none) stands.
      if (outcome.ok === false && 'aborted' in outcome) return;
      fetch.reading = outcome.ok ? readSessionJson(outcome.text, outcome.url) : {errors: [outcome.error], warnings: []};
      this.host.requestUpdate();
    });
  }

  /** Stops a fetch still waiting for its answer, and forgets it so that it can start again. */
  private abortFetch(): void {
    if (!this.fetch || this.fetch.reading) return;
    this.fetch.abort.abort();
    this.fetch = undefined;
  }

  /**
   * Fires load or error once per reading, after it is on screen, and the warnings with
   * it; the card's own settings can raise warnings too (a `time-zone` no browser knows),
   * and a change of those is announced on its own.
   */
  private announce(): void {
    const {reading} = this;
    if (!reading) return;
    const settingsWarnings = reading.session ? this.options.settings().warnings : [];
    const settingsKey = JSON.stringify(settingsWarnings);
    const previous = this.announced;
    if (previous?.reading === reading && previous.settingsKey === settingsKey) return;
    this.announced = {reading, settingsKey};
    const report = (problems: ReadonlyArray<SessionError | SessionWarning>) =>
      inLocale(this.options.uiLocale(), () => problems.map(reportProblem));

    if (previous?.reading !== reading) {
      if (reading.session)
        this.host.dispatchEvent(new SessionCardLoadEvent({session: reading.session.given as Session}));
      else this.host.dispatchEvent(new SessionCardErrorEvent({errors: report(reading.errors)}));
    } else if (settingsWarnings.length === 0) {
      // Only a setting changed, and it is fine now: nothing new to warn of.
      return;
    }
    const warnings = [...reading.warnings, ...settingsWarnings];
    if (warnings.length) this.host.dispatchEvent(new SessionCardWarningEvent({warnings: report(warnings)}));
  }
}
