/**
 * The card's markup for a valid session, in the order a reader glances for it: when is it
 * for me, what is it, can I join (languages, seats, registration, where), where do I
 * learn more. Pure templates over checked data.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {html as staticHtml, literal, type StaticValue} from 'lit/static-html.js';
import {msg, str} from '@lit/localize';
import type {CheckedSession} from '../contract/read-session.js';
import type {NamedLink, Text} from '../contract/session-schema.js';
import {balanceIsolates} from '../i18n/bidi.js';
import {pickText} from '../i18n/pick-text.js';
import type {CardLocale} from '../i18n/localization.js';
import type {LocaleChoice} from '../i18n/resolve-locale.js';
import type {LiveStatus} from '../time/live-status.js';
import {sessionTimes, type ZonedTimes} from '../time/session-times.js';
import type {TimeZoneRef} from '../time/zones.js';
import {actionsTemplate, type CalendarView} from './actions-template.js';
import {liveStatusTemplate, registrationDeadlineTemplate} from './live-status-template.js';
import {
  attendanceLabel,
  languageBadge,
  languageName,
  listParts,
  seatsLabel,
  seatsLeftLabel,
  termLabel,
} from './labels.js';

export interface SessionTemplateContext {
  session: CheckedSession;
  locale: CardLocale;
  /** The zone the reader sees times in: theirs, or the `time-zone` attribute's. */
  /** Undefined where the reader is not known (server rendering). */
  shownZone?: TimeZoneRef;
  /** 1–6: the level of the title heading; sub-headings take the next (6 at most). */
  headingLevel: number;
  /** Whether it is on, and what a reader can still do, now. */
  live: LiveStatus;
  calendar: CalendarView;
  /** `variant="compact"`: eyebrow, title, the first time line, status, badges and actions only. */
  compact: boolean;
  /** The host put its own actions in the `actions` slot. */
  hostActions: boolean;
}

const headingTags: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export function sessionTemplate(context: SessionTemplateContext): TemplateResult {
  const {session, locale, compact} = context;
  const {data} = session;
  const pageHref = session.hrefs.get('url');
  const text = (value: Text) => textTemplate(value, locale);
  const titleTag = headingTags[context.headingLevel - 1];

  return html`
    <article part="base" class=${`card ${context.live.state}`} lang=${locale.format} dir=${locale.dir}>
      ${eyebrowTemplate(context)}
      ${staticHtml`<${titleTag} part="title" class="title" dir="auto">${
        pageHref ? html`<a class="title-link" href=${pageHref}>${text(data.title)}</a>` : text(data.title)
      }</${titleTag}>`}
      ${whenTemplate(context)}
      ${joiningTemplate(context)}
      ${compact ? nothing : detailsTemplate(context)}
    </article>
  `;
}

/** What a reader opens to learn more: summary, sections, documents, speakers, organizers, the page. */
function detailsTemplate(context: SessionTemplateContext) {
  const {session, locale} = context;
  const {data} = session;
  const text = (value: Text) => textTemplate(value, locale);
  const subheadingTag = headingTags[Math.min(context.headingLevel, 5)];
  const subheading = (label: string) => staticHtml`<${subheadingTag} class="subheading">${label}</${subheadingTag}>`;
  const linkList = (part: 'documents' | 'speakers', heading: string, items: TemplateResult[]) =>
    html`<section part=${part} class=${part}>
      ${subheading(heading)}
      <ul>
        ${items}
      </ul>
    </section>`;
  return html`
      ${
        data.summary !== undefined
          ? html`<div part="summary" class="summary">${paragraphs(data.summary, locale)}</div>`
          : nothing
      }
      ${
        data.sections?.length
          ? html`<div part="sections" class="sections">
            ${data.sections.map(
              (section) => html`<details part="section">
                <summary part="section-heading" dir="auto">${text(section.heading)}</summary>
                <div class="section-body">${paragraphs(section.body, locale)}</div>
              </details>`
            )}
          </div>`
          : nothing
      }
      ${
        data.documents?.length
          ? linkList(
              'documents',
              msg('Documents', {id: 'label.documents'}),
              // A title is the whole item: the item is its isolate, and takes its direction.
              data.documents.map((document, index) => {
                const href = session.hrefs.get(`documents[${index}].url`);
                const title = text(document.title);
                return html`<li dir="auto">${href ? html`<a href=${href}>${title}</a>` : title}</li>`;
              })
            )
          : nothing
      }
      ${
        data.speakers?.length
          ? linkList(
              'speakers',
              msg('Speakers', {id: 'label.speakers'}),
              // Name, comma, affiliation: the item is in the card's direction, each value isolated.
              data.speakers.map(
                (speaker, index) =>
                  html`<li>${isolated(speaker.name, session.hrefs.get(`speakers[${index}].url`))}${
                    speaker.affiliation !== undefined
                      ? html`<span class="affiliation">, ${isolatedText(speaker.affiliation, locale)}</span>`
                      : nothing
                  }</li>`
              )
            )
          : nothing
      }
      ${
        data.organizers?.length
          ? html`<p part="organizers" class="organizers">
            ${msg('Organized by', {id: 'label.organizedBy'})}
            <span>${listParts(
              locale.format,
              data.organizers.map(nameOf),
              data.organizers.map((organizer, index) =>
                isolated(nameOf(organizer), session.hrefs.get(`organizers[${index}].url`))
              )
            )}</span>
          </p>`
          : nothing
      }
      ${
        session.hrefs.has('url')
          ? html`<p class="more"><a part="session-link"
              href=${session.hrefs.get('url')!}>${msg('Session page', {id: 'label.sessionPage'})}</a></p>`
          : nothing
      }
  `;
}

function eyebrowTemplate({session, locale}: SessionTemplateContext) {
  const {data} = session;
  if (data.type === undefined && data.id === undefined && !data.tracks?.length) return nothing;
  return html`<div part="eyebrow" class="eyebrow">
    ${
      data.type !== undefined || data.id !== undefined
        ? html`<p class="kind">
          ${
            data.type !== undefined
              ? html`<span part="type" class="type" dir="auto">${textTemplate(data.type, locale)}</span>`
              : nothing
          }
          ${
            data.id !== undefined
              ? html`<span part="id" class="id"><bdi>${balanceIsolates(data.id)}</bdi></span>`
              : nothing
          }
        </p>`
        : nothing
    }
    ${
      data.tracks?.length
        ? html`<ol part="tracks" class="tracks" dir="auto" aria-label=${msg('Tracks', {id: 'label.tracks'})}>
          ${data.tracks.map((track) => html`<li><bdi>${textTemplate(track, locale)}</bdi></li>`)}
        </ol>`
        : nothing
    }
  </div>`;
}

function whenTemplate({session, locale, shownZone, live, compact}: SessionTemplateContext) {
  const times = sessionTimes({
    startMs: session.start.epochMs,
    endMs: session.end.epochMs,
    eventZone: session.eventZone,
    shownZone,
    locale: locale.format,
    leadWithEventTime: session.attendance === 'in-person',
    joinNameAndOffset: (name, offsets) => msg(str`${name}, ${offsets}`, {id: 'label.zoneNameAndOffset'}),
  });
  return html`<div part="when" class="when">
    ${liveStatusTemplate(live, session.data.status, locale.format)}
    ${zonedTimesTemplate(times.primary, 'primary', true)}
    ${
      times.secondary && !compact
        ? zonedTimesTemplate(times.secondary, 'secondary', times.secondary.date !== times.primary.date)
        : nothing
    }
  </div>`;
}

/** `showDate` is false for a second line on the same date as the first: no need to repeat it. */
function zonedTimesTemplate(times: ZonedTimes, prominence: 'primary' | 'secondary', showDate: boolean) {
  const roleLabel =
    times.role === 'viewer' ? msg('your time', {id: 'label.yourTime'}) : msg('event time', {id: 'label.eventTime'});
  const endsOn = times.endDate ? msg(str`ends ${times.endDate}`, {id: 'label.endsOn'}) : undefined;
  return html`<p part=${`time-${prominence}`} class=${`time ${prominence}`}>
    ${
      showDate
        ? html`<time class="date" datetime=${times.startIso}>${times.date}</time><span class="separator"
            aria-hidden="true"> · </span>`
        : nothing
    }
    <span class="range">${rangeTemplate(times)}</span>
    <span class="zone">${times.zoneLabel}</span>
    ${
      endsOn
        ? html`<span class="separator" aria-hidden="true">· </span><span class="ends-later">${endsOn}</span>`
        : nothing
    }
    <span class="role">${msg(str`(${roleLabel})`, {id: 'label.parenthetical'})}</span>
  </p>`;
}

/**
 * `2:05 – 3:35 PM`, keeping the locale's compact range where start and end share a day,
 * with each end of it in its own `<time datetime>`. One template of fixed shape (text,
 * start, text, end, text) for every locale: a card holds two of these, and a list of
 * pieces would cost Lit a part and two markers per piece.
 */
function rangeTemplate(times: ZonedTimes) {
  const {before, start, between, end, after} = rangeShape(times);
  return html`${before}<time datetime=${times.startIso}>${start}</time>${between}<time
    datetime=${times.endIso}>${end}</time>${after}`;
}

/** The compact range as text, start, text, end, text; both times in full where it has another shape. */
function rangeShape({range, startTime, endTime}: ZonedTimes) {
  const sources = range?.map((part) => part.source).join(' ');
  const shared = (index: number) => (range![index]?.source === 'shared' ? range![index].value : '');
  if (range && /^(shared )?startRange (shared )?endRange( shared)?$/.test(sources!)) {
    const startAt = range.findIndex((part) => part.source === 'startRange');
    const endAt = range.findIndex((part) => part.source === 'endRange');
    return {
      before: shared(startAt - 1),
      start: range[startAt].value,
      between: endAt - startAt === 2 ? range[startAt + 1].value : '',
      end: range[endAt].value,
      after: shared(endAt + 1),
    };
  }
  return {before: '', start: startTime, between: ' – ', end: endTime, after: ''};
}

function joiningTemplate(context: SessionTemplateContext) {
  const {session, locale, live, compact} = context;
  const {data, attendance} = session;
  const platformName = data.platform === undefined ? undefined : nameOf(data.platform);
  const chips = [
    ...(data.languages ?? []).map((tag) => languageChip(tag, locale.format)),
    attendance ? html`<li part="badge attendance" class="chip">${attendanceLabel(attendance)}</li>` : nothing,
    data.registration
      ? html`<li part="badge registration" class="chip">
          ${
            data.registration.required
              ? msg('Registration required', {id: 'label.registrationRequired'})
              : msg('No registration needed', {id: 'label.registrationNotRequired'})
          }
        </li>`
      : nothing,
  ].filter(isShown);
  const facts = compact
    ? []
    : [
        platformName !== undefined
          ? fact(msg('Platform', {id: 'label.platform'}), isolated(platformName, session.hrefs.get('platform.url')))
          : nothing,
        data.location !== undefined
          ? fact(msg('Location', {id: 'label.location'}), isolatedText(data.location, locale))
          : nothing,
        data.capacity !== undefined
          ? fact(msg('Capacity', {id: 'label.capacity'}), seatsLabel(locale.format, data.capacity))
          : nothing,
        // Seats left say something only while a reader can still take one.
        data.remaining !== undefined && live.actionable
          ? fact(msg('Availability', {id: 'label.availability'}), seatsLeftLabel(locale.format, data.remaining))
          : nothing,
      ].filter(isShown);
  // A list or a facts block with nothing in it is left out, not rendered empty.
  return html`<div part="joining" class="joining">
    ${
      chips.length
        ? html`<ul part="badges" class="chips" aria-label=${msg('Languages and attendance', {id: 'label.badges'})}>
          ${chips}
        </ul>`
        : nothing
    }
    ${facts.length ? html`<dl part="facts" class="facts">${facts}</dl>` : nothing}
    ${live.actionable ? registrationDeadlineTemplate(live, locale.format, data.remaining === 0) : nothing}
    ${actionsTemplate(context)}
  </div>`;
}

/** Leaves out absent items: in a list, each item costs Lit a part and two markers, even `nothing`. */
function isShown<T>(item: T | typeof nothing): item is T {
  return item !== nothing;
}

function fact(term: string, description: unknown) {
  return html`<div class="fact"><dt>${termLabel(term)}</dt><dd>${description}</dd></div>`;
}

function languageChip(tag: string, locale: string) {
  const name = languageName(locale, tag);
  const ownName = languageName(tag, tag);
  const showOwn = ownName !== undefined && ownName !== name;
  // An invalid tag is still shown (and warned about): as session text.
  const shownTag = balanceIsolates(tag);
  const title = [name ?? shownTag, showOwn ? ownName : undefined].filter(Boolean).join(' · ');
  return html`<li part="badge language" class="chip language" title=${title}>
    <span aria-hidden="true" dir="auto">${languageBadge(shownTag)}</span>
    <span class="visually-hidden">${
      showOwn ? html`${name ?? shownTag} (<span lang=${tag}>${ownName}</span>)` : (name ?? shownTag)
    }</span>
  </li>`;
}

/**
 * The translation of a field to show, and its language where that differs from the
 * card's (to mark it with `lang`, for screen readers and hyphenation).
 */
function localText(value: Text, locale: LocaleChoice): {text: string; lang?: string} {
  const picked = pickText(value, [locale.format, locale.ui]);
  const foreign = picked.lang !== undefined && picked.lang.toLowerCase() !== locale.format.toLowerCase();
  return {text: balanceIsolates(picked.text), lang: foreign ? picked.lang : undefined};
}

/**
 * A Text field that fills an element of its own, its isolate: `dir="auto"` on the title,
 * the type, a section heading, a document; a `<bdi>` around a track. No `dir` and no
 * `<bdi>` inside: `dir="auto"` finds its direction only in the text outside those.
 */
function textTemplate(value: Text, locale: LocaleChoice) {
  const {text, lang} = localText(value, locale);
  return lang ? html`<span lang=${lang}>${text}</span>` : text;
}

/**
 * Blank lines separate paragraphs; single line breaks are kept by CSS. Session text, here
 * and elsewhere, is isolated: `dir="auto"` on its own block (or inline, `isolated`): its own
 * script, not the interface language, sets its direction (English text in an Arabic card
 * reads left to right), and a bidi control in it ends with it.
 */
function paragraphs(value: Text, locale: LocaleChoice) {
  const {text, lang} = localText(value, locale);
  return text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => html`<p lang=${ifDefined(lang)} dir="auto">${paragraph.trim()}</p>`);
}

function nameOf(item: string | NamedLink): string {
  return typeof item === 'string' ? item : item.name;
}

/**
 * A piece of session text shown inline, beside other words (a name in a list, a value after
 * its term), in an isolate of its own: its own script sets its direction, and no bidi
 * control in it (an unpaired U+202E, say) reaches past its end to reorder what follows.
 * A link is that isolate itself: the UA stylesheet gives every element with a `dir`
 * attribute `unicode-bidi: isolate`. Plain text takes a `<bdi>`. And a stray PDI in the text,
 * which would close that isolate early, is dropped (`balanceIsolates`).
 */
function isolated(text: string, href: string | undefined, lang?: string) {
  const label = balanceIsolates(text);
  if (lang) {
    return href ? html`<a href=${href} lang=${lang} dir="auto">${label}</a>` : html`<bdi lang=${lang}>${label}</bdi>`;
  }
  return href ? html`<a href=${href} dir="auto">${label}</a>` : html`<bdi>${label}</bdi>`;
}

/** A Text field shown inline: `isolated`, in the language it was picked in. */
function isolatedText(value: Text, locale: LocaleChoice) {
  const {text, lang} = localText(value, locale);
  return isolated(text, undefined, lang);
}
