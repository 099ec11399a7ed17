/**
 * The card's markup when it has no session to show: loading, nothing given, or the
 * list of what is wrong with the input (never a blank card).
 */
import {html} from 'lit';
import {msg} from '@lit/localize';
import type {SessionError} from '../contract/problems.js';
import {loadedProblemWords} from '../i18n/problem-words.js';
import type {CardLocale} from '../i18n/localization.js';

export function statusTemplate(loading: boolean, locale: CardLocale) {
  return html`<div
    part="base status"
    class="card status"
    role="status"
    lang=${locale.format}
    dir=${locale.dir}
    aria-busy=${loading ? 'true' : 'false'}
  >
    ${loading ? msg('Loading session…', {id: 'status.loading'}) : msg('No session to show.', {id: 'status.empty'})}
  </div>`;
}

export function errorTemplate(errors: readonly SessionError[], locale: CardLocale) {
  return html`<div part="base error" class="card error" role="alert" lang=${locale.format} dir=${locale.dir}>
    <p class="error-title">${msg('This session cannot be shown.', {id: 'error.title'})}</p>
    <ul>
      ${errors.map((error) => html`<li>${loadedProblemWords()?.(error).message ?? error.code}</li>`)}
    </ul>
  </div>`;
}
