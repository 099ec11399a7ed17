/**
 * Whether the session is on: the line in the "when" block ("Starts in 3 days", "Live now ·
 * ends in 40 minutes", "Ended", "Cancelled") and the registration deadline. Amounts come
 * from `Intl.RelativeTimeFormat`, which has each language's plurals; the messages around
 * them are whole sentences for translators.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {EventStatus} from '../contract/session-schema.js';
import {memoize} from '../shared/memoize.js';
import type {LiveStatus, RelativeAmount} from '../time/live-status.js';

const relativeFormat = memoize((locale: string) => new Intl.RelativeTimeFormat(locale, {numeric: 'always'}));

/** "in 3 days", in the card's language. */
function inTime(locale: string, amount: RelativeAmount): string {
  return relativeFormat(locale).format(amount.value, amount.unit);
}

export function liveStatusTemplate(live: LiveStatus, status: EventStatus | undefined, locale: string) {
  const text = liveStatusText(live, locale);
  const notice =
    status === 'rescheduled'
      ? msg('Rescheduled', {id: 'status.rescheduled'})
      : status === 'moved-online'
        ? msg('Moved online', {id: 'status.movedOnline'})
        : undefined;
  // A status without time left to tell (a page rendered ahead of time) has no line.
  if (!text && !notice) return nothing;
  return html`<p part="live-status" class=${`live-status ${live.state}`}>
    ${
      notice
        ? html`<strong class="notice">${notice}</strong><span class="separator" aria-hidden="true"> · </span>`
        : nothing
    }${text}
  </p>`;
}

function liveStatusText({state, remaining}: LiveStatus, locale: string): string {
  switch (state) {
    case 'upcoming':
    case 'soon':
      return remaining ? msg(str`Starts ${inTime(locale, remaining)}`, {id: 'status.startsIn'}) : '';
    case 'live':
      return remaining ? msg(str`Live now · ends ${inTime(locale, remaining)}`, {id: 'status.liveEndsIn'}) : '';
    case 'ended':
      return msg('Ended', {id: 'status.ended'});
    case 'cancelled':
      return msg('Cancelled', {id: 'status.cancelled'});
    case 'postponed':
      return msg('Postponed', {id: 'status.postponed'});
  }
}

/** "Registration closes in 2 days", or "Registration closed"; nothing without a deadline. */
export function registrationDeadlineTemplate(live: LiveStatus, locale: string, full: boolean) {
  const {registration} = live;
  // A full session's deadline is moot: "Full" says it all.
  if (!registration || full) return nothing;
  const text =
    registration.state === 'open'
      ? msg(str`Registration closes ${inTime(locale, registration.remaining)}`, {id: 'status.registrationClosesIn'})
      : msg('Registration closed', {id: 'status.registrationClosed'});
  return html`<p part="registration-deadline" class=${`deadline ${registration.state}`}>${text}</p>`;
}
