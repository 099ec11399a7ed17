/**
 * Labelled controls for the configurator's forms: each input has its label, and its hint
 * is its description (`aria-describedby`), so a screen reader says both.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';

export interface InputOptions {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'url' | 'number' | 'date' | 'time' | 'search';
  hint?: string | TemplateResult;
  readonly?: boolean;
  /** The id of a `<datalist>` of suggestions. */
  list?: string;
  placeholder?: string;
  step?: number;
}

const hintOf = (id: string, hint: InputOptions['hint']) =>
  hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing;
const describedBy = (id: string, hint: unknown) => (hint ? `${id}-hint` : undefined);

export function inputField(options: InputOptions): TemplateResult {
  const {id, label, value, onInput, type = 'text', hint, readonly = false, list, placeholder, step} = options;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type=${type}
      .value=${live(value)}
      ?readonly=${readonly}
      list=${ifDefined(list)}
      placeholder=${ifDefined(placeholder)}
      step=${ifDefined(step)}
      min=${ifDefined(type === 'number' ? '0' : undefined)}
      aria-describedby=${ifDefined(describedBy(id, hint))}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
    ${hintOf(id, hint)}
  </div>`;
}

export function textAreaField(options: Omit<InputOptions, 'type' | 'list' | 'step'> & {rows?: number}): TemplateResult {
  const {id, label, value, onInput, hint, readonly = false, rows = 3, placeholder} = options;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <textarea
      id=${id}
      rows=${rows}
      .value=${live(value)}
      ?readonly=${readonly}
      placeholder=${ifDefined(placeholder)}
      aria-describedby=${ifDefined(describedBy(id, hint))}
      @input=${(event: Event) => onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${hintOf(id, hint)}
  </div>`;
}

export interface Choice {
  value: string;
  label: string;
  lang?: string;
}

export function selectField(options: {
  id: string;
  label: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
  hint?: string;
}): TemplateResult {
  const {id, label, value, choices, onChange, hint} = options;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      aria-describedby=${ifDefined(describedBy(id, hint))}
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
    >
      ${choices.map(
        (choice) =>
          html`<option value=${choice.value} lang=${ifDefined(choice.lang)} .selected=${choice.value === value}
            >${choice.label}</option
          >`
      )}
    </select>
    ${hintOf(id, hint)}
  </div>`;
}
