/**
 * The picker for one talk of a schedule: a search field filtering a native list box. Down
 * arrow in the field moves to the list; Enter in the field takes the first match; in the
 * list, the arrows move and take the talk under them.
 */
import {html, type TemplateResult} from 'lit';
import type {Configurator} from '../configurator-state.js';
import type {TalkListing} from '../import-input.js';
import {matchingTalks, talkLabel} from '../talk-search.js';

export function talkPicker(configurator: Configurator, talks: readonly TalkListing[]): TemplateResult {
  const {talkQuery, talk} = configurator.state;
  const shown = matchingTalks(talks, talkQuery);
  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && shown.length) {
      event.preventDefault();
      document.getElementById('talk-list')?.focus();
    } else if (event.key === 'Enter' && shown.length) {
      event.preventDefault();
      configurator.pickTalk(shown[0].id);
    }
  };
  return html`<fieldset class="talk-picker">
    <legend>The schedule holds ${talks.length} talks: pick the one to embed</legend>
    <div class="field">
      <label for="talk-search">Search by title, code or date</label>
      <input
        id="talk-search"
        type="search"
        aria-controls="talk-list"
        aria-describedby="talk-search-hint"
        .value=${talkQuery}
        @input=${(event: Event) => configurator.setTalkQuery((event.target as HTMLInputElement).value)}
        @keydown=${onSearchKey}
      />
      <p class="hint" id="talk-search-hint">
        ${shown.length} of ${talks.length} shown. Down arrow goes to the list, Enter takes the first.
      </p>
    </div>
    <div class="field">
      <label for="talk-list">Talks</label>
      <select
        id="talk-list"
        size="8"
        @change=${(event: Event) => configurator.pickTalk((event.target as HTMLSelectElement).value)}
      >
        ${shown.map(
          (listed) => html`<option value=${listed.id} .selected=${listed.id === talk}>${talkLabel(listed)}</option>`
        )}
      </select>
    </div>
  </fieldset>`;
}
