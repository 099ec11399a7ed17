/**
 * Where the card's session comes from, and what the card has made of it: the ways in and
 * their precedence, the inline JSON child (watched for edits), the `src` fetch (aborted
 * when it is no longer wanted, given up after a time-out), the reading, remembered until
 * the input changes, and the events that announce each reading once it is on screen.
 *
 * Two things a reading may wait for, each a file beside the card loaded once per page
 * when first needed: the importers, for a schedule or a schema.org Event; and the words of
 * the problem messages, for a reading with errors or warnings. Until then the card shows
 * its loading state, and `settled` says when it is done.
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {CardSettings} from '../contract/card-settings.js';
import type {SessionError, SessionWarning} from '../contract/problems.js';
import {parseSessionJson, readSession, type SessionReading} from '../contract/read-session.js';
import type {Session} from '../contract/session-schema.js';
import {snapshot} from '../contract/snapshot.js';
import {SessionCardErrorEvent, SessionCardLoadEvent, SessionCardWarningEvent} from '../events.js';
import {inLocale} from '../i18n/localization.js';
import {loadedProblemWords, loadProblemWords, problemWordsReady} from '../i18n/problem-words.js';
import {loadCardImporter, loadedCardImporter} from '../import/card-importer.js';
import {importKindOf, type ImportKind} from '../import/import-kind.js';
import {fetchSessionText} from '../network/fetch-session-text.js';
import {watchLightDom} from './light-dom-watch.js';

/** The element's inputs, in order of precedence. */
export interface SessionSourceHost extends ReactiveControllerHost, HTMLElement {
  session?: unknown;
  sessionJson?: string;
  src?: string;
  /** Which talk of a schedule to show. */
  sessionId?: string;
  /** Where relative URLs resolve, instead of the page's address (or the fetched file's). */
  baseUrl?: string;
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
  sessionId?: string;
  abort: AbortController;
  reading?: SessionReading;
}

/** Whether a reading can be shown in `locale` now: it has no problem to describe, or their words are here. */
const describable = (reading: SessionReading, locale: string) =>
  (reading.errors.length === 0 && reading.warnings.length === 0) || problemWordsReady(locale);

/**
 * A parsed value as a reading: a schedule or a schema.org Event is imported first, by the
 * importers loaded on demand; anything else is read as the card's own session.
 */
function readValue(value: unknown, baseUrl: string, sessionId?: string): SessionReading | Promise<SessionReading> {
  let kind: ImportKind | undefined;
  try {
    kind = importKindOf(value);
  } catch {
    // A value set from script whose getters throw: the reader says so, with the path.
  }
  if (!kind) return readSession(value, baseUrl);
  // The importers read plain data only: a copy, made by the reader's own rules.
  const copied = snapshot(value);
  if (!copied.ok) return {errors: [copied.error], warnings: []};
  const options = {sessionId, baseUrl};
  const importer = loadedCardImporter();
  if (importer) return importer(copied.value, kind, options);
  return loadCardImporter().then(
    (loadedImporter): SessionReading =>
      loadedImporter?.(copied.value, kind, options) ?? {errors: [{code: 'network-error', path: ''}], warnings: []}
  );
}

function readJson(text: string, baseUrl: string, sessionId?: string): SessionReading | Promise<SessionReading> {
  const parsed = parseSessionJson(text);
  return parsed.ok ? readValue(parsed.value, baseUrl, sessionId) : {errors: [parsed.error], warnings: []};
}

const INLINE_JSON = ':scope > script[type="application/json"]';

export class SessionSourceController implements ReactiveController {
  /** The current reading: undefined when there is no input, or while `src` loads. */
  reading?: SessionReading;

  private inlineJson?: string;
  private stopWatching?: () => void;
  private fetch?: Fetch;
  private readingKey?: unknown;
  private readingSessionId?: string;
  /** A reading waiting for the importers. */
  private pending?: Promise<void>;
  /** The words of the reading's problems, on their way in the card's language. */
  private wordsPending?: Promise<void>;
  private announced?: {reading: SessionReading; settingsKey: string};

  constructor(
    private readonly host: SessionSourceHost,
    private readonly options: SessionSourceOptions
  ) {
    host.addController(this);
  }

  /** True while the session is being fetched. */
  get loading(): boolean {
    return (
      this.shown === undefined &&
      (this.pending !== undefined || this.wordsPending !== undefined || this.input().kind === 'src')
    );
  }

  /**
   * The reading the card may show now: a session at once (its warnings are only said in
   * events, which wait for their words), a list of errors once their words are here in the
   * card's language.
   */
  get shown(): SessionReading | undefined {
    const {reading} = this;
    return reading && (reading.session || describable(reading, this.options.uiLocale())) ? reading : undefined;
  }

  /**
   * Resolves once no reading waits for a file (the importers, the words of its problems):
   * the element's `updateComplete` waits for it, so that a host awaiting it sees the result.
   */
  get settled(): Promise<void> | undefined {
    return this.pending ?? this.wordsPending;
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
    this.pending = undefined;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.readInput();
    // A reading with problems shows once their words are here in the card's language
    // (a file loaded once per page): until then, the loading state.
    // The same reading is kept meanwhile: its events fire once, when the words are here.
    const locale = this.options.uiLocale();
    if (this.reading && !describable(this.reading, locale)) this.waitForWords(locale);
  }

  /**
   * Starts what the input needs (the `src` fetch, the importers) without an update: while
   * the card waits for its language, so that the two loads run side by side.
   */
  prepare(): void {
    this.readInput();
  }

  private readInput(): void {
    const input = this.input();
    const {sessionId} = this.host;
    // A server has no page address: relative URLs there resolve against `base-url` alone.
    const baseUrl = this.host.baseUrl ?? (isServer ? 'about:blank' : this.host.ownerDocument.baseURI);
    if (input.kind !== 'src') this.abortFetch();
    switch (input.kind) {
      case 'value':
        this.read(input.value, () => readValue(input.value, baseUrl, sessionId));
        break;
      case 'json':
        this.read(input.text, () => readJson(input.text, baseUrl, sessionId));
        break;
      case 'src': {
        const current = this.fetch?.url === input.url && this.fetch.sessionId === sessionId;
        // A removed card fetches nothing: it starts again when it is put back.
        if (!current && this.host.isConnected) this.startFetch(input.url, sessionId);
        // Only this src's reading: one of an earlier src may still be remembered.
        this.reading = current ? this.fetch!.reading : undefined;
        this.readingKey = undefined;
        this.pending = undefined;
        break;
      }
      case 'none':
        this.reading = undefined;
        this.readingKey = undefined;
        this.pending = undefined;
    }
  }

  /** Loads the problem words of `locale`, then updates the card; `settled` waits for it. */
  private waitForWords(locale: string): void {
    if (this.wordsPending) return;
    const wordsPending = loadProblemWords(locale).then(() => {
      if (this.wordsPending === wordsPending) this.wordsPending = undefined;
      this.host.requestUpdate();
    });
    this.wordsPending = wordsPending;
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

  /**
   * Reads again only when the input itself changed, not on a language or zone change. A
   * reading that needs a file first shows the loading state until it is done.
   */
  private read(key: unknown, reader: () => SessionReading | Promise<SessionReading>): void {
    const {sessionId} = this.host;
    if (this.readingKey === key && this.readingSessionId === sessionId && (this.reading || this.pending)) return;
    this.readingKey = key;
    this.readingSessionId = sessionId;
    const reading = reader();
    if (!(reading instanceof Promise)) {
      this.reading = reading;
      this.pending = undefined;
      return;
    }
    this.reading = undefined;
    // An importer that throws (a bug, on data nobody foresaw) still ends in a visible error.
    const safe = reading.catch((): SessionReading => ({errors: [{code: 'not-a-schedule', path: ''}], warnings: []}));
    const pending = safe.then((ready) => {
      // The input changed meanwhile: a newer reading (or none) stands.
      if (this.pending !== pending) return;
      this.reading = ready;
      this.pending = undefined;
      this.host.requestUpdate();
    });
    this.pending = pending;
  }

  private startFetch(url: string, sessionId?: string): void {
    this.abortFetch();
    const fetch: Fetch = {url, sessionId, abort: new AbortController()};
    this.fetch = fetch;
    const {signal} = fetch.abort;
    const baseUrl = this.host.ownerDocument.baseURI;
    void fetchSessionText(url, {signal, baseUrl, timeoutMs: this.options.settings().fetchTimeoutMs}).then(
      async (outcome) => {
        // Aborted: `src` changed or the card was removed, and a newer fetch (or none) stands.
        if (outcome.ok === false && 'aborted' in outcome) return;
        const reading = await (outcome.ok
          ? readJson(outcome.text, this.host.baseUrl ?? outcome.url, sessionId)
          : {errors: [outcome.error], warnings: []});
        if (signal.aborted) return;
        fetch.reading = reading;
        this.host.requestUpdate();
      }
    );
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
    const locale = this.options.uiLocale();
    if (!describable(reading, locale) || (settingsWarnings.length && !problemWordsReady(locale))) {
      // Announced once the words of its problems are here, in the card's language.
      this.waitForWords(locale);
      return;
    }
    const describe = loadedProblemWords();
    this.announced = {reading, settingsKey};
    const report = (problems: ReadonlyArray<SessionError | SessionWarning>) =>
      inLocale(this.options.uiLocale(), () => problems.map(describe!));

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
