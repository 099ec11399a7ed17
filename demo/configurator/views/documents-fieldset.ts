/**
 * The session's documents as rows of title and link, each with a button to remove it, and
 * a button to add one. Focus follows: to the new row's title, or to the add button.
 */
import {html} from 'lit';
import type {DocumentRow, SessionFields} from '../session-fields.js';
import {inputField} from './form-controls.js';

const focusLater = (id: string) => document.getElementById(id)?.focus();

export function documentsFieldset(fields: SessionFields, set: (patch: Partial<SessionFields>) => void) {
  const rows = fields.documents;
  const change = (index: number, row: DocumentRow) => set({documents: rows.map((r, i) => (i === index ? row : r))});
  const add = () => {
    set({documents: [...rows, {title: {text: ''}, url: ''}]});
    focusLater(`field-document-${rows.length}-title`);
  };
  const remove = (index: number) => {
    set({documents: rows.filter((_, i) => i !== index)});
    focusLater('add-document');
  };
  return html`<fieldset>
    <legend>Documents</legend>
    <ol class="documents">
      ${rows.map(
        (row, index) => html`<li class="row">
          ${inputField({
            id: `field-document-${index}-title`,
            label: `Document ${index + 1}: title`,
            value: row.title.text,
            readonly: !!row.title.translations,
            hint: row.title.translations ? `In ${row.title.translations.join(', ')}: edit it in the JSON.` : undefined,
            onInput: (text) => change(index, {...row, title: {text}}),
          })}
          ${inputField({
            id: `field-document-${index}-url`,
            label: `Document ${index + 1}: link`,
            value: row.url,
            hint: index === 0 ? '# or empty: no link.' : undefined,
            onInput: (url) => change(index, {...row, url}),
          })}
          <button type="button" class="remove" @click=${() => remove(index)}>
            Remove document ${index + 1}
          </button>
        </li>`
      )}
    </ol>
    <button type="button" id="add-document" @click=${add}>Add a document</button>
  </fieldset>`;
}
