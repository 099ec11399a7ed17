/**
 * `session-card/ssr`: the card rendered on a server (Node, with `@lit-labs/ssr`), for
 * static sites and first paint: its markup in a declarative shadow root, readable with no
 * script at all, its session inline for the browser and its schema.org JSON-LD beside it.
 *
 * The server does not know the reader's zone: without `timeZone` it shows the event's own
 * time, its zone named. In the browser the card renders anew, in the reader's zone and
 * language, replacing the server's markup (see `createRenderRoot` in the element).
 */
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {SessionCard} from '../session-card-element.js';
import {readSession} from '../contract/read-session.js';
import {cardLocale, loadWords} from '../i18n/localization.js';
import {loadProblemWords} from '../i18n/problem-words.js';
import {loadCardImporter} from '../import/card-importer.js';
import {importKindOf} from '../import/import-kind.js';
import {toSchemaOrg} from '../import/to-schema-org.js';
import {jsonForScript} from '../shared/script-json.js';

/**
 * Lit's server renderer finds the element by its tag: defined here, not by an import for its
 * side effect (which a bundler may drop).
 */
function defineCard(): void {
  if (!customElements.get('session-card')) customElements.define('session-card', SessionCard);
}

export interface RenderSessionCardOptions {
  /** The card's language (its `lang` attribute): the page's, usually. Absent: English on the server. */
  lang?: string;
  /** An IANA zone to show times in, on the server and in the browser. Absent: the event's, then the reader's. */
  timeZone?: string;
  /** The title's heading level, 1 to 6 (default 2). */
  headingLevel?: number;
  /** Where the session's relative URLs resolve: the page's address. Absent: relative URLs are not links. */
  baseUrl?: string;
  /** For a schedule: which talk to show. */
  sessionId?: string;
  /** False to leave out the schema.org JSON-LD (`structured-data="off"`). */
  structuredData?: boolean;
}

/**
 * The HTML of one `<session-card>`: the session (the card's own format, a frab/pretalx
 * schedule or a schema.org Event, as the card takes it) rendered into a declarative shadow
 * root. Invalid input renders the card's error, as the browser would.
 */
export async function renderSessionCard(session: unknown, options: RenderSessionCardOptions = {}): Promise<string> {
  defineCard();
  const {lang, timeZone, headingLevel, baseUrl, sessionId, structuredData = true} = options;
  // What the card would load on demand in a browser, loaded first: rendering is synchronous.
  const {ui} = cardLocale(...(lang ? [lang] : []));
  const [importer] = await Promise.all([loadCardImporter(), loadProblemWords(ui), loadWords(ui)]);
  if (!importer) throw new Error('session-card/ssr: the importers could not be loaded');
  const base = baseUrl ?? 'about:blank';
  // A schedule or an Event goes to the browser already imported: the card's own JSON is small.
  const kind = importKindOf(session);
  const reading = kind ? importer(session, kind, {sessionId, baseUrl: base}) : readSession(session, base);
  // The session the browser's card reads: imported, or the input itself (the card shows its error).
  const given = (reading.session ? reading.session.data : session) as Record<string, unknown>;

  // Input that is no JSON at all (undefined, a function, a BigInt, a cycle) has no inline
  // form: the server shows its error, the browser then an empty card.
  let inline = '';
  try {
    if (JSON.stringify(given) !== undefined)
      inline = `<script type="application/json">${jsonForScript(given)}</script>`;
  } catch {
    // As above.
  }
  const jsonLd =
    structuredData && reading.session
      ? `<script type="application/ld+json" data-session-card>${jsonForScript(
          toSchemaOrg(reading.session.data, {baseUrl})
        )}</script>`
      : '';
  const card = html`<session-card
    lang=${ifDefined(lang)}
    time-zone=${ifDefined(timeZone)}
    heading-level=${ifDefined(headingLevel)}
    base-url=${ifDefined(baseUrl)}
    session-id=${ifDefined(kind && reading.session ? undefined : sessionId)}
    structured-data=${ifDefined(structuredData ? undefined : 'off')}
    .session=${given}
    >${unsafeHTML(inline + jsonLd)}</session-card
  >`;
  return collectResult(render(card));
}

/**
 * The CSP source that lets a page keep `style-src` strict and still apply the server's
 * markup before any script runs: `'sha256-…'` of the one `<style>` the declarative shadow
 * root holds (the card's stylesheet, the same for every card of this version). Add it to
 * `style-src` (or `style-src-elem`); without it, the server's markup shows unstyled until
 * the script loads, when the card styles itself with constructed stylesheets.
 */
export async function styleHashSource(): Promise<string> {
  defineCard();
  const css = SessionCard.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}
