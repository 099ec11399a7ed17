/**
 * Defines `<session-card>`. Import this module (or load the CDN file) to use the tag;
 * import `session-card/class` instead to register the class under a name of your own.
 */
import {SessionCard} from './session-card-element.js';

export * from './index.js';

// A page may load the component twice (two script tags, a CDN copy beside an npm
// build): the first definition stands and the second load is a no-op, not an error.
if (!customElements.get('session-card')) {
  customElements.define('session-card', SessionCard);
}

declare global {
  interface HTMLElementTagNameMap {
    'session-card': SessionCard;
  }
}
