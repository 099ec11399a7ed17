/**
 * Where the snippets load the card from by default. The published site (`npm run build`,
 * dist/site/) carries a copy of the CDN build beside this page, in cdn/. Served from the
 * sources (`npm start`, the tests), the default is the repository's own build as that server
 * serves it: fine to try the snippets on this machine, not for a real page.
 */
import {devCardScriptUrl} from './dev-card-url.js';

export interface CardScriptDefault {
  url: string;
  /** Said beside the URL when the default suits this machine only. */
  note?: string;
}

export function defaultCardScript(pageUrl: string): CardScriptDefault {
  if (!devCardScriptUrl) return {url: new URL('cdn/session-card.js', pageUrl).href};
  return {
    url: devCardScriptUrl,
    note:
      'This page runs from the sources: the default is this server’s dist/cdn/session-card.js (npm run build:cdn ' +
      'makes it). For a real page, give the address where the card is published (npm run build makes dist/site/).',
  };
}
