/**
 * Keeps the card styled when it moves into another document (a same-origin frame, a
 * picture-in-picture window): the move empties its shadow root's adopted style sheets,
 * which belong to the document they were made in, so they are made again for the
 * document it is in now.
 */
import {adoptStyles, supportsAdoptingStyleSheets, type LitElement, type ReactiveController} from 'lit';

export class DocumentStylesController implements ReactiveController {
  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.shadowRoot;
    const view = this.host.ownerDocument.defaultView;
    if (!supportsAdoptingStyleSheets || !root || root.adoptedStyleSheets.length > 0 || !view) return;
    const styles = (this.host.constructor as typeof LitElement).elementStyles;
    if (view === globalThis) {
      adoptStyles(root, styles);
      return;
    }
    root.adoptedStyleSheets = styles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(
        style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText
      );
      return sheet;
    });
  }
}
