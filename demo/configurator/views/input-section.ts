/**
 * Step 1: what the organizer published, pasted, opened from a file or loaded from its URL;
 * the kind it was taken for; for the forum's text, the order of its dates; for a schedule,
 * the talk to embed.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import type {Configurator, DateOrder} from '../configurator-state.js';
import type {ImportOutcome} from '../import-input.js';
import type {Effects} from './effects.js';
import {selectField} from './form-controls.js';
import {talkPicker} from './talk-picker.js';

const KIND_NAMES: Record<ImportOutcome['kind'], string> = {
  text: "the forum's plain text",
  session: "a session JSON (the card's own format)",
  'schema-org': 'a schema.org Event (JSON-LD)',
  schedule: 'a frab or pretalx schedule',
};

const DATE_ORDERS = [
  {value: '', label: 'Not said: read day first, with a warning'},
  {value: 'day-first', label: 'Day first: 01/06/2021 is 1 June 2021'},
  {value: 'month-first', label: 'Month first: 01/06/2021 is January 6, 2021'},
];

function kindLine({imported, inputUrl}: Configurator['state']) {
  if (!imported) return 'Nothing yet.';
  const from = inputUrl ? ` from ${inputUrl}` : '';
  return `Read as ${KIND_NAMES[imported.kind]}${from}.`;
}

export function inputSection(configurator: Configurator, effects: Effects): TemplateResult {
  const {state} = configurator;
  const {imported} = state;
  const onLoad = (event: SubmitEvent) => {
    event.preventDefault();
    void effects.loadUrl(state.urlField);
  };
  return html`<section class="step" aria-labelledby="input-heading">
    <h2 id="input-heading">1. What the organizer published</h2>
    <p>
      The forum's text of a session, a session JSON, a schema.org Event or a whole schedule (frab, pretalx):
      paste it, open its file, or load it from its address.
    </p>
    <div class="field">
      <label for="input-text">Paste it here</label>
      <textarea
        id="input-text"
        rows="8"
        spellcheck="false"
        .value=${live(state.input)}
        @input=${(event: Event) => configurator.setInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    <div class="row">
      <div class="field">
        <label for="input-file">Or open a file</label>
        <input
          id="input-file"
          type="file"
          accept=".json,.jsonld,.txt,.md,application/json,application/ld+json,text/plain"
          @change=${(event: Event) => {
            const file = (event.target as HTMLInputElement).files?.[0];
            if (file) void effects.readFile(file);
          }}
        />
      </div>
      <form class="field url-load" novalidate @submit=${onLoad}>
        <label for="input-url">Or load it from its URL</label>
        <span class="inline">
          <input
            id="input-url"
            type="url"
            aria-describedby="input-url-hint"
            placeholder="https://pretalx.example/democon/schedule/export/schedule.json"
            .value=${live(state.urlField)}
            @input=${(event: Event) => configurator.setUrlField((event.target as HTMLInputElement).value)}
          />
          <button type="submit">Load</button>
        </span>
        <p class="hint" id="input-url-hint">The server must allow this page to read it (CORS).</p>
      </form>
    </div>
    <p id="input-kind" class="kind" role="status">${state.loadStatus || kindLine(state)}</p>
    ${
      imported?.kind === 'text'
        ? selectField({
            id: 'date-order',
            label: 'Dates like 01/06/2021 in the text are written',
            value: state.dateOrder,
            choices: DATE_ORDERS,
            onChange: (value) => configurator.setDateOrder(value as DateOrder),
          })
        : nothing
    }
    ${imported?.kind === 'schedule' && imported.talks.length > 1 ? talkPicker(configurator, imported.talks) : nothing}
  </section>`;
}
