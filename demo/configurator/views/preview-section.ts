/**
 * Step 4: the card as readers will see it, in the editor's own time zone and in two others
 * of their choice, in the interface language chosen. The cards read the JSON as it is, so a
 * mistake shows as the card would show it on a page.
 */
import {html, type TemplateResult} from 'lit';
import '../../../src/session-card.js';
import {ianaZone} from '../../../src/time/zones.js';
import type {Configurator} from '../configurator-state.js';
import {inputField, selectField} from './form-controls.js';

/** The card's interface languages (src/generated/locale-codes.ts), each named in itself. */
export const CARD_LANGUAGES = [
  {value: 'en', label: 'English', lang: 'en'},
  {value: 'fr', label: 'Français', lang: 'fr'},
  {value: 'es', label: 'Español', lang: 'es'},
  {value: 'pt', label: 'Português', lang: 'pt'},
  {value: 'de', label: 'Deutsch', lang: 'de'},
  {value: 'ar', label: 'العربية', lang: 'ar'},
  {value: 'zh-Hans', label: '中文（简体）', lang: 'zh-Hans'},
  {value: 'ru', label: 'Русский', lang: 'ru'},
];

function zoneInput(configurator: Configurator, index: 0 | 1) {
  const zone = configurator.state.previewZones[index];
  return inputField({
    id: `preview-zone-${index + 1}`,
    label: `${index === 0 ? 'Second' : 'Third'} time zone`,
    value: zone,
    list: 'time-zones',
    hint: ianaZone(zone.trim()) ? undefined : 'Not a time zone this browser knows: the card shows your own.',
    onInput: (value) => configurator.setPreviewZone(index, value),
  });
}

export function previewSection(configurator: Configurator): TemplateResult {
  const {json, editorZone, previewZones, previewLanguage} = configurator.state;
  const zones = [editorZone, ...previewZones.map((zone) => zone.trim())];
  return html`<section class="step" aria-labelledby="preview-heading">
    <h2 id="preview-heading">4. Preview</h2>
    <div class="row preview-settings">
      ${selectField({
        id: 'preview-language',
        label: 'Language of the cards',
        value: previewLanguage,
        choices: CARD_LANGUAGES,
        onChange: (value) => configurator.setPreviewLanguage(value),
      })}
      ${zoneInput(configurator, 0)} ${zoneInput(configurator, 1)}
    </div>
    ${
      json.trim()
        ? html`<div class="previews">
          ${zones.map(
            (zone, index) => html`<figure class="preview" data-zone=${zone}>
              <figcaption>${index === 0 ? `In your time zone, ${zone}` : `In ${zone}`}</figcaption>
              <session-card session=${json} time-zone=${zone} lang=${previewLanguage} heading-level="3"></session-card>
            </figure>`
          )}
        </div>`
        : html`<p>The preview appears once there is a session.</p>`
    }
  </section>`;
}
