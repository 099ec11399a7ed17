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

for (const type of ['session-card-load', 'session-card-error', 'session-card-warning'] as const) {
  card.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type}: ${JSON.stringify(event.detail).slice(0, 200)}`;
    events.prepend(item);
    if (type === 'session-card-load' && !json.value) json.value = JSON.stringify(event.detail.session, null, 2);
  });
}
