/**
 * Step 3: the session as a form, beside its JSON. Each edit of the form writes the JSON
 * anew; each edit of the JSON that parses fills the form again. What the form cannot edit
 * (speakers, sections, texts in several languages) is left to the JSON, and says so.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {formatOffset, ianaZone} from '../../../src/time/zones.js';
import type {Configurator} from '../configurator-state.js';
import type {LinesField, SessionFields, TextField} from '../session-fields.js';
import {zoneOffsetAtWallTime, type WallTime} from '../wall-time.js';
import {documentsFieldset} from './documents-fieldset.js';
import {inputField, selectField, textAreaField, type InputOptions} from './form-controls.js';

type Set = (patch: Partial<SessionFields>) => void;

const ATTENDANCE = [
  {value: '', label: 'From the platform and location'},
  {value: 'online', label: 'Online'},
  {value: 'in-person', label: 'In person'},
  {value: 'hybrid', label: 'Hybrid'},
];
const STATUS = [
  {value: '', label: 'Scheduled'},
  {value: 'cancelled', label: 'Cancelled'},
  {value: 'postponed', label: 'Postponed'},
  {value: 'rescheduled', label: 'Rescheduled'},
  {value: 'moved-online', label: 'Moved online'},
];
const REGISTRATION = [
  {value: '', label: 'Not said'},
  {value: 'required', label: 'Required'},
  {value: 'not-required', label: 'Not required'},
];

const inJson = (what: string) => `${what}: edit it in the JSON.`;

function textInput(id: string, label: string, field: TextField, onInput: (text: string) => void, long = false) {
  const hint = field.translations ? inJson(`In ${field.translations.join(', ')}`) : undefined;
  const options = {id, label, value: field.text, readonly: !!field.translations, hint, onInput};
  return long ? textAreaField({...options, rows: 4}) : inputField(options);
}

function linesInput(id: string, label: string, field: LinesField, onInput: (text: string) => void, hint: string) {
  return textAreaField({
    id,
    label,
    value: field.text,
    readonly: field.locked,
    hint: field.locked ? inJson('Some have links') : hint,
    onInput,
  });
}

/** Date and time inputs for one date-time, with its offset when no zone gives it. */
function dateTimeInputs(id: string, label: string, value: WallTime, zoned: boolean, onInput: (v: WallTime) => void) {
  const part = (key: keyof WallTime, text: string, type: InputOptions['type'], extra: Partial<InputOptions> = {}) =>
    inputField({
      id: `${id}-${key}`,
      label: `${label}: ${text}`,
      type,
      value: value[key],
      ...extra,
      onInput: (v) => onInput({...value, [key]: v}),
    });
  return html`<div class="row date-time">
    ${part('date', 'date', 'date')} ${part('time', 'time', 'time', {step: value.time.length > 5 ? 1 : 60})}
    ${zoned ? nothing : part('offset', 'UTC offset', 'text', {placeholder: 'e.g. -03:00', hint: '±HH:MM, or Z'})}
  </div>`;
}

function zoneHint({timeZone, start}: SessionFields): string {
  if (!timeZone.trim()) return 'None: the times are read at the UTC offsets given below.';
  if (!ianaZone(timeZone.trim())) return 'This browser knows no such IANA time zone: pick one from the list.';
  const offset = zoneOffsetAtWallTime(timeZone.trim(), start.date, start.time);
  return offset === undefined
    ? 'Where the event takes place.'
    : `Where the event takes place: UTC${formatOffset(offset)} at the start.`;
}

function whenFieldset(fields: SessionFields, set: Set) {
  const zoned = !!ianaZone(fields.timeZone.trim());
  return html`<fieldset>
    <legend>When</legend>
    ${inputField({
      id: 'field-time-zone',
      label: 'Time zone of the event',
      value: fields.timeZone,
      list: 'time-zones',
      placeholder: 'e.g. America/Argentina/Cordoba',
      hint: zoneHint(fields),
      onInput: (timeZone) => set({timeZone}),
    })}
    ${dateTimeInputs('field-start', 'Start', fields.start, zoned, (start) => set({start}))}
    ${dateTimeInputs('field-end', 'End', fields.end, zoned, (end) => set({end}))}
    ${selectField({
      id: 'field-status',
      label: 'Status',
      value: fields.status,
      choices: STATUS,
      onChange: (status) => set({status}),
    })}
  </fieldset>`;
}

function joiningFieldset(fields: SessionFields, set: Set) {
  const zoned = !!ianaZone(fields.timeZone.trim());
  return html`<fieldset>
    <legend>Joining</legend>
    ${inputField({
      id: 'field-languages',
      label: 'Languages',
      value: fields.languages,
      placeholder: 'e.g. en, fr, es',
      hint: 'Language tags, separated by commas: en, fr, es, pt-BR.',
      onInput: (languages) => set({languages}),
    })}
    ${selectField({
      id: 'field-attendance',
      label: 'Attendance',
      value: fields.attendance,
      choices: ATTENDANCE,
      onChange: (attendance) => set({attendance}),
    })}
    <div class="row">
      ${inputField({
        id: 'field-platform',
        label: 'Platform',
        value: fields.platform,
        onInput: (platform) => set({platform}),
      })}
      ${inputField({
        id: 'field-platform-url',
        label: 'Platform link (join)',
        type: 'url',
        value: fields.platformUrl,
        onInput: (platformUrl) => set({platformUrl}),
      })}
    </div>
    ${textInput('field-location', 'Location', fields.location, (text) => set({location: {text}}))}
    <div class="row">
      ${inputField({
        id: 'field-capacity',
        label: 'Seats',
        type: 'number',
        value: fields.capacity,
        onInput: (capacity) => set({capacity}),
      })}
      ${inputField({
        id: 'field-remaining',
        label: 'Seats left',
        type: 'number',
        value: fields.remaining,
        onInput: (remaining) => set({remaining}),
      })}
    </div>
    ${selectField({
      id: 'field-registration',
      label: 'Registration',
      value: fields.registration,
      choices: REGISTRATION,
      onChange: (registration) => set({registration: registration as SessionFields['registration']}),
    })}
    ${inputField({
      id: 'field-registration-url',
      label: 'Registration link',
      type: 'url',
      value: fields.registrationUrl,
      onInput: (registrationUrl) => set({registrationUrl}),
    })}
    ${dateTimeInputs('field-registration-closes', 'Registration closes', fields.registrationCloses, zoned, (v) =>
      set({registrationCloses: v})
    )}
  </fieldset>`;
}

function whatFieldset(fields: SessionFields, set: Set) {
  return html`<fieldset>
    <legend>What</legend>
    ${textInput('field-title', 'Title', fields.title, (text) => set({title: {text}}))}
    <div class="row">
      ${inputField({
        id: 'field-id',
        label: 'Code',
        value: fields.id,
        placeholder: 'e.g. 3.2.2',
        onInput: (id) => set({id}),
      })}
      ${textInput('field-type', 'Type', fields.type, (text) => set({type: {text}}))}
    </div>
    ${textInput('field-summary', 'Summary', fields.summary, (text) => set({summary: {text}}), true)}
    ${linesInput(
      'field-tracks',
      'Tracks',
      fields.tracks,
      (text) => set({tracks: {text, locked: false}}),
      'One a line, broadest first.'
    )}
    ${linesInput(
      'field-organizers',
      'Organizers',
      fields.organizers,
      (text) => set({organizers: {text, locked: false}}),
      'One a line.'
    )}
    ${inputField({
      id: 'field-url',
      label: "The session's page",
      type: 'url',
      value: fields.url,
      onInput: (url) => set({url}),
    })}
  </fieldset>`;
}

const preventSubmit = (event: Event) => event.preventDefault();

export function sessionSection(configurator: Configurator): TemplateResult {
  const {fields, json} = configurator.state;
  const set: Set = (patch) => configurator.setFields({...fields!, ...patch});
  return html`<section class="step" aria-labelledby="session-heading">
    <h2 id="session-heading">3. The session</h2>
    <p>Edit it in the form or in its JSON: each follows the other. Speakers and sections are edited in the JSON.</p>
    <div class="session-editor">
      ${
        fields
          ? html`<form class="session-form" aria-labelledby="session-heading" @submit=${preventSubmit}>
            ${whatFieldset(fields, set)} ${whenFieldset(fields, set)} ${joiningFieldset(fields, set)}
            ${documentsFieldset(fields, set)}
          </form>`
          : html`<p class="session-form">The form appears once there is a session.</p>`
      }
      <div class="field session-json">
        <label for="session-json">Session JSON</label>
        <textarea
          id="session-json"
          rows="30"
          spellcheck="false"
          aria-describedby="session-json-hint"
          .value=${live(json)}
          @input=${(event: Event) => configurator.setJson((event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="hint" id="session-json-hint">The card's own format (session.schema.json); checked at every edit.</p>
      </div>
    </div>
  </section>`;
}
