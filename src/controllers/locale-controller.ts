/**
 * Which language a card speaks and which way it writes: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else the browser's languages; resolved before every
 * update and followed when any `lang` in the document, or the browser's languages, change.
 *
 * A language loaded on demand holds the card's update until its words arrive (once per
 * page): no flash of another language. If they do not arrive in time (LANGUAGE_WAIT_MS),
 * the card speaks the nearest language at hand, says so in a warning, and switches when
 * the words come after all.
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {SessionWarning} from '../contract/problems.js';
import {observeLanguageChanges, requestedLanguage} from '../i18n/lang-observer.js';
import {
  cardLocale,
  hasWords,
  loadWords,
  loadWordsInTime,
  nearestLoaded,
  type CardLocale,
} from '../i18n/localization.js';

export class LocaleController implements ReactiveController {
  /** The interface locale, the formatting locale and the direction. English until the first update. */
  locale: CardLocale = cardLocale();
  /** `language-not-loaded` while the card speaks another language than the one asked for. */
  warnings: SessionWarning[] = [];

  private stopObserving?: () => void;
  /** The on-demand language the card waits for, and the wait. */
  private waiting?: {ui: string; until: Promise<void>};
  /** A language that did not arrive in time. */
  private late?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Resolves once the card no longer waits for its language. */
  get settled(): Promise<void> | undefined {
    return this.waiting?.until;
  }

  hostConnected(): void {
    // A card moved into a frame listens to the frame's document.
    this.stopObserving?.();
    this.stopObserving = observeLanguageChanges(this.host.ownerDocument, () => this.host.requestUpdate());
    // Inserted elsewhere: the `lang` around it may differ.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stopObserving?.();
    this.stopObserving = undefined;
  }

  /** On a server (which runs no `prepare`): the language its `lang` names, if its words are here. */
  hostUpdate(): void {
    if (!isServer) return;
    const wanted = cardLocale(...[this.host.getAttribute('lang') ?? []].flat());
    this.locale = hasWords(wanted.ui) ? wanted : nearestLoaded([], wanted.ui);
  }

  /**
   * Resolves the card's locale before an update; false while its words are on their way
   * (the element then skips the update: the card keeps what it showed, or stays empty).
   */
  prepare(): boolean {
    const requested = this.requested();
    const wanted = cardLocale(...requested);
    this.warnings = [];
    if (hasWords(wanted.ui)) {
      this.locale = wanted;
      // A language asked for before (its wait, if any) is no longer this card's concern.
      this.late = undefined;
      this.waiting = undefined;
      return true;
    }
    if (this.late === wanted.ui) {
      this.locale = nearestLoaded(requested, wanted.ui);
      this.warnings = [
        {code: 'language-not-loaded', path: 'lang', details: {language: wanted.ui, fallback: this.locale.ui}},
      ];
      return true;
    }
    if (this.waiting?.ui !== wanted.ui) {
      const {ui} = wanted;
      const until = loadWordsInTime(ui).then((here) => {
        if (this.waiting?.ui !== ui) return;
        this.waiting = undefined;
        if (!here) {
          this.late = ui;
          // Late words still count: the card switches to them when they come.
          void loadWords(ui).then((arrived) => arrived && this.host.requestUpdate());
        }
        this.host.requestUpdate();
      });
      this.waiting = {ui, until};
    }
    return false;
  }

  private requested(): string[] {
    const own = requestedLanguage(this.host);
    return own ? [own] : [...navigator.languages];
  }
}
