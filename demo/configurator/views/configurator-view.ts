/** The whole configurator: its five steps in reading order, and the list of time zones they share. */
import {html, type TemplateResult} from 'lit';
import type {Configurator} from '../configurator-state.js';
import type {Effects} from './effects.js';
import {embedSection} from './embed-section.js';
import {inputSection} from './input-section.js';
import {previewSection} from './preview-section.js';
import {problemsSection} from './problems-section.js';
import {sessionSection} from './session-form.js';

/** The IANA zones this browser knows, for the zone inputs' suggestions. */
const timeZones = (): string[] => [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])];

let zoneOptions: TemplateResult | undefined;

export function configuratorView(configurator: Configurator, effects: Effects, devNote?: string): TemplateResult {
  zoneOptions ??= html`${timeZones().map((zone) => html`<option value=${zone}></option>`)}`;
  return html`${inputSection(configurator, effects)} ${problemsSection(configurator.state)}
    ${sessionSection(configurator)} ${previewSection(configurator)} ${embedSection(configurator, effects, devNote)}
    <datalist id="time-zones">${zoneOptions}</datalist>`;
}
