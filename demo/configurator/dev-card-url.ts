/**
 * The repository's own dist/cdn/session-card.js, as a server of the sources serves it: Vite's
 * dev server (`npm start`, which rewrites this URL to its /@fs/ path) or the test server (the
 * repository root). The site build puts `undefined` in its place (vite.site.config.ts): the
 * published site carries its own copy of the card, in cdn/.
 */
export const devCardScriptUrl: string | undefined = new URL('../../dist/cdn/session-card.js', import.meta.url).href;
