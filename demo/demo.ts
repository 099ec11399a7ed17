import '../src/session-card.js';

const card = document.querySelector('session-card')!;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const timeZone = byId<HTMLSelectElement>('time-zone');
const language = byId<HTMLSelectElement>('language');
const width = byId<HTMLSelectElement>('width');
const json = byId<HTMLTextAreaElement>('json');
const events = byId<HTMLOListElement>('events');

timeZone.addEventListener('change', () => {
  if (timeZone.value) card.setAttribute('time-zone', timeZone.value);
  else card.removeAttribute('time-zone');
});
language.addEventListener('change', () => {
  if (language.value) card.setAttribute('lang', language.value);
  else card.removeAttribute('lang');
});
width.addEventListener('change', () => {
  byId('frame').style.maxInlineSize = width.value;
});
// Editing the JSON sets the `session` attribute, which wins over `src`.
json.addEventListener('input', () => card.setAttribute('session', json.value));

function log(type: string, detail: unknown) {
  const item = document.createElement('li');
  item.textContent = `${type}: ${JSON.stringify(detail).slice(0, 240)}`;
  events.prepend(item);
}
card.addEventListener('session-card-load', (event) => {
  log(event.type, {title: event.detail.session.title});
  if (!json.value) json.value = JSON.stringify(event.detail.session, null, 2);
});
card.addEventListener('session-card-error', (event) => log(event.type, event.detail));
card.addEventListener('session-card-warning', (event) => log(event.type, event.detail));
