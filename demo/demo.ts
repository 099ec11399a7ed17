import '../src/session-card.js';

const card = document.querySelector('session-card')!;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const timeZone = byId<HTMLSelectElement>('time-zone');
const language = byId<HTMLSelectElement>('language');
const width = byId<HTMLSelectElement>('width');
const when = byId<HTMLSelectElement>('when');
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

/** `2021-06-01T14:05:00-03:00` moved by `ms`, in its own offset. */
function moved(dateTime: string, ms: number): string {
  const offset = dateTime.slice(-6);
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetMs = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4))) * 60_000;
  return new Date(Date.parse(dateTime) + ms + offsetMs).toISOString().slice(0, 19) + offset;
}

// To see the status line, Join and Add to calendar, the session is moved so that it starts
// at the chosen moment (whole minutes), keeping its length.
when.addEventListener('change', () => {
  // Back to the session as published (or as edited): the property no longer wins.
  card.session = undefined;
  if (!when.value || !json.value) return;
  const published = JSON.parse(json.value) as {start: string; end: string};
  const startAt = Math.round((Date.now() + Number(when.value)) / 60_000) * 60_000;
  const shift = startAt - Date.parse(published.start);
  card.session = {...published, start: moved(published.start, shift), end: moved(published.end, shift)};
});

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
card.addEventListener('session-card-calendar', (event) => log(event.type, event.detail));
