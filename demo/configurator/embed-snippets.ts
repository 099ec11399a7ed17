/**
 * The three ways to put a session on a page, as the HTML an editor pastes: a `src` pointing
 * at the session's JSON file, the JSON inline in a `<script type="application/json">` child,
 * or the JSON in the `session` attribute. Each is escaped for where it lands, so that no
 * text of the session can end the script, open a comment, or leave the attribute.
 */
import {jsonForScript} from '../../src/shared/script-json.js';

export interface EmbedOptions {
  /** The card's script file: the published CDN file. */
  cardScriptUrl: string;
  /** The level of the card's title heading, 1 to 6. */
  headingLevel: number;
}

/**
 * An attribute value for between `quote`s: `&` and that quote as character references, so
 * the value reads back as written and cannot leave its quotes.
 */
export function escapeAttribute(value: string, quote: '"' | "'" = '"'): string {
  return value.replace(/&/g, '&amp;').replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&#39;');
}

const scriptTag = ({cardScriptUrl}: EmbedOptions) =>
  `<script type="module" src="${escapeAttribute(cardScriptUrl)}"></script>`;

const headingAttribute = ({headingLevel}: EmbedOptions) => `heading-level="${headingLevel}"`;

/** The script tag and a card that fetches the session's JSON file from `sessionJsonUrl`. */
export function srcSnippet(sessionJsonUrl: string, options: EmbedOptions): string {
  return (
    `${scriptTag(options)}\n` +
    `<session-card src="${escapeAttribute(sessionJsonUrl)}" ${headingAttribute(options)}></session-card>`
  );
}

/** The script tag and a card with the session inline, in a `<script type="application/json">` child. */
export function inlineSnippet(session: unknown, options: EmbedOptions): string {
  const json = jsonForScript(session, 2).replace(/\n/g, '\n    ');
  return (
    `${scriptTag(options)}\n` +
    `<session-card ${headingAttribute(options)}>\n` +
    `  <script type="application/json">\n    ${json}\n  </script>\n` +
    `</session-card>`
  );
}

/** The script tag and a card with the session in its `session` attribute, in single quotes. */
export function attributeSnippet(session: unknown, options: EmbedOptions): string {
  const json = escapeAttribute(JSON.stringify(session), "'");
  return `${scriptTag(options)}\n<session-card ${headingAttribute(options)} session='${json}'></session-card>`;
}

/**
 * A card that reads one talk of a schedule by itself (`src` and `session-id`): for a schedule
 * loaded from its URL, so the card follows the organizer's later changes.
 */
export function scheduleSnippet(scheduleUrl: string, talkId: string, options: EmbedOptions): string {
  return (
    `${scriptTag(options)}\n` +
    `<session-card src="${escapeAttribute(scheduleUrl)}" session-id="${escapeAttribute(talkId)}" ` +
    `${headingAttribute(options)}></session-card>`
  );
}

/** The file name to save the session as: its `id` (`3.2.2.json`) where that makes a safe name. */
export function sessionFileName(session: unknown): string {
  const id = typeof session === 'object' && session !== null ? (session as {id?: unknown}).id : undefined;
  const name =
    typeof id === 'string'
      ? id
          .trim()
          .replace(/[^\p{L}\p{N}._-]+/gu, '-')
          .replace(/^[.-]+|-+$/g, '')
      : '';
  return `${name || 'session'}.json`;
}
