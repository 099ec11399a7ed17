/**
 * The card's schema.org JSON-LD as a `<script type="application/ld+json">` from a Lit
 * template. The script is parsed whole, JSON and all, through Lit's Trusted Types policy
 * (`unsafeHTML` of our own escaped markup): a page that enforces Trusted Types reports
 * giving a script text in any other way (`textContent`, an appended text node). Unlike a
 * static template, whose strings Lit caches for the page's life, this one is let go with
 * the card.
 */
import {html} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {jsonForScript} from '../shared/script-json.js';

export const structuredDataTemplate = (data: unknown) =>
  html`${unsafeHTML(`<script type="application/ld+json" data-session-card>${jsonForScript(data)}</script>`)}`;
