/**
 * Step 5: the embed code, in the three forms a page can take it (a `src` with the JSON file
 * beside it, the JSON inline, the `session` attribute), each with a button that copies
 * exactly the text shown; and the session's JSON file to download and publish.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Configurator, SnippetName} from '../configurator-state.js';
import {attributeSnippet, inlineSnippet, scheduleSnippet, sessionFileName, srcSnippet} from '../embed-snippets.js';
import type {Effects} from './effects.js';
import {inputField, selectField} from './form-controls.js';

const HEADING_LEVELS = [1, 2, 3, 4, 5, 6].map((level) => ({value: String(level), label: `h${level}`}));

function snippetBlock(
  configurator: Configurator,
  effects: Effects,
  name: SnippetName,
  heading: string,
  about: string,
  code: string,
  {rows = 6, before}: {rows?: number; before?: TemplateResult} = {}
) {
  const id = `snippet-${name}`;
  const {copied} = configurator.state;
  const status =
    copied?.snippet !== name
      ? ''
      : copied.ok
        ? 'Copied.'
        : 'This browser did not let the page copy: the code is selected, press Ctrl+C (⌘C on a Mac).';
  return html`<div class="snippet" data-snippet=${name}>
    <h3 id=${`${id}-heading`}>${heading}</h3>
    <p id=${`${id}-about`}>${about}</p>
    ${before ?? nothing}
    <label class="visually-hidden" for=${id}>${heading}: the code</label>
    <textarea
      id=${id}
      readonly
      rows=${rows}
      spellcheck="false"
      aria-describedby=${`${id}-about`}
      .value=${code}
    ></textarea>
    <div class="actions">
      <button type="button" id=${`${id}-copy`} @click=${() => void effects.copy(name, id)}>
        Copy<span class="visually-hidden">: ${heading}</span>
      </button>
      <span class="copy-status" role="status" id=${`${id}-status`}>${status}</span>
    </div>
  </div>`;
}

function settings(configurator: Configurator, devNote: string | undefined) {
  const {cardScriptUrl, headingLevel} = configurator.state;
  return html`<div class="row">
    ${inputField({
      id: 'card-script-url',
      label: "The card's script file",
      type: 'url',
      value: cardScriptUrl,
      hint: devNote ?? 'The copy published beside this page; any copy of dist/cdn/session-card.js will do.',
      onInput: (value) => configurator.setEmbed({cardScriptUrl: value}),
    })}
    ${selectField({
      id: 'heading-level',
      label: "Level of the card's title",
      value: String(headingLevel),
      choices: HEADING_LEVELS,
      hint: "2 under the page's h1; 3 inside an h2 section.",
      onChange: (value) => configurator.setEmbed({headingLevel: Number(value)}),
    })}
  </div>`;
}

function downloadRow(configurator: Configurator, effects: Effects, session: object) {
  const fileName = sessionFileName(session);
  return html`<div class="row download-row">
    ${inputField({
      id: 'session-json-url',
      label: 'Address of the session JSON file',
      value: configurator.state.sessionJsonUrl,
      hint: 'Relative to the page, or absolute.',
      onInput: (value) => configurator.setEmbed({sessionJsonUrl: value}),
    })}
    <a
      id="download-json"
      class="button"
      href=${effects.downloadUrl(JSON.stringify(session, null, 2) + '\n')}
      download=${fileName}
      >Download session JSON (${fileName})</a
    >
  </div>`;
}

function snippets(configurator: Configurator, effects: Effects, session: object) {
  const {errors, cardScriptUrl, headingLevel, sessionJsonUrl, inputUrl, imported, talk} = configurator.state;
  const options = {cardScriptUrl, headingLevel};
  const block = snippetBlock.bind(null, configurator, effects);
  const errorsNote = html`<p class="note" id="embed-errors-note">
    The card shows an error instead of this session until the errors above are fixed.
  </p>`;
  return html`${errors.length ? errorsNote : nothing}
    ${block(
      'src',
      'Script tag with src',
      'For any page: the card fetches the session from its JSON file. Download the file, publish it, and give its ' +
        'address.',
      srcSnippet(sessionJsonUrl, options),
      {rows: 3, before: downloadRow(configurator, effects, session)}
    )}
    ${block(
      'inline',
      'The element with the JSON inside',
      'For a CMS that keeps scripts: nothing else to publish.',
      inlineSnippet(session, options)
    )}
    ${block(
      'attribute',
      'The session attribute',
      'For editors that keep elements but drop scripts (add the script tag once to the theme).',
      attributeSnippet(session, options)
    )}
    ${
      inputUrl && imported?.kind === 'schedule' && talk
        ? block(
            'schedule',
            'Straight from the schedule',
            'The card reads this talk from the published schedule, and follows its changes. ' +
              'It needs a version of the card that reads schedules (session-id).',
            scheduleSnippet(inputUrl, talk, options),
            {rows: 3}
          )
        : nothing
    }`;
}

export function embedSection(configurator: Configurator, effects: Effects, devNote?: string): TemplateResult {
  const {session, json} = configurator.state;
  const waiting = json.trim() ? 'The session JSON is no JSON object yet.' : 'The code appears once there is a session.';
  return html`<section class="step" aria-labelledby="embed-heading">
    <h2 id="embed-heading">5. Embed code</h2>
    ${settings(configurator, devNote)} ${session ? snippets(configurator, effects, session) : html`<p>${waiting}</p>`}
  </section>`;
}
