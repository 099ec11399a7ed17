/**
 * Which language a card speaks and which way it writes: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else the browser's languages; resolved on every
 * update and followed when any `lang` in the document, or the browser's languages, change.
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {observeLanguageChanges, requestedLanguage} from '../i18n/lang-observer.js';
import {cardLocale, type CardLocale} from '../i18n/localization.js';

export class LocaleController implements ReactiveController {
  /** The interface locale, the formatting locale and the direction. English until the first update. */
  locale: CardLocale = cardLocale();

  private stopObserving?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
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

  hostUpdate(): void {
    // On a server there is no document around the card: its own `lang` alone.
    const own = isServer ? (this.host.getAttribute('lang') ?? undefined) : requestedLanguage(this.host);
    this.locale = own ? cardLocale(own) : cardLocale(...(isServer ? [] : navigator.languages));
  }
}
