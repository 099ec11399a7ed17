/**
 * Where a session stands at an instant: upcoming, about to start, live, over, or called
 * off; how long until the next milestone, in the one unit the card says it in; whether
 * the join link and registration are open; and when any of that next changes, so a page
 * of cards wakes only when something it shows is about to differ (hours or days apart,
 * far from a start).
 *
 * Pure: the instant is an argument. Instants are whole milliseconds since the epoch, as
 * `Date.now()` and parsed date-times are; `nextChangeMs` is exact for those.
 */

/** What the card shows about the session now; also its custom state, `:state(live)`. */
export type LiveState = 'upcoming' | 'soon' | 'live' | 'ended' | 'cancelled' | 'postponed';

/** Every LiveState, for code that must clear the others (a CustomStateSet). */
export const LIVE_STATES: readonly LiveState[] = ['upcoming', 'soon', 'live', 'ended', 'cancelled', 'postponed'];

/** Time left, said as "in `value` `unit`s". `value` ≥ 1. */
export interface RelativeAmount {
  value: number;
  unit: 'minute' | 'hour' | 'day';
}

/** The instants the status depends on. */
export interface LiveStatusInput {
  startMs: number;
  endMs: number;
  /**
   * The contract's `status` (its values are the contract's to list): `cancelled` and
   * `postponed` stop the clock; any other, or none, runs as scheduled.
   */
  status?: string;
  registrationClosesMs?: number;
}

export interface LiveStatus {
  state: LiveState;
  /** upcoming/soon: time left until the start; live: until the end; else undefined. */
  remaining?: RelativeAmount;
  /** From start − 15 min until the end, for a session neither cancelled nor postponed. */
  joinOpen: boolean;
  /** Whether the session still takes registrations/calendar actions: false once ended, cancelled or postponed. */
  actionable: boolean;
  /** Registration deadline, when one is given and the session is actionable: open with time left, or closed. */
  registration?: {state: 'open'; remaining: RelativeAmount} | {state: 'closed'};
  /**
   * The next instant (ms) at which anything above changes (state, an amount as shown, joinOpen, registration),
   * or undefined when nothing will change again. Always later than the instant asked about.
   */
  nextChangeMs?: number;
}

/** How long before the start a session is "soon" and its join link opens. */
export const SOON_MS = 15 * 60_000;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

interface Countdown {
  amount: RelativeAmount;
  /** The first instant at which `amount` reads differently. */
  changesMs: number;
}

/**
 * The time left until `targetMs` (later than `nowMs`), in elapsed time, not calendar days:
 * - under 60 minutes: minutes, rounded up (24 min 30 s is "25 minutes"; never "0 minutes"
 *   while anything is left);
 * - from 60 minutes to under 48 hours: whole hours, rounded down;
 * - 48 hours and more: whole days, rounded down.
 * Rounding down, and hours up to 47, because "in 1 day" at 47 hours would have people
 * arrive a day late, and "in 2 days" at 36 hours would mislead the other way.
 */
function countdown(targetMs: number, nowMs: number): Countdown {
  const left = targetMs - nowMs;
  if (left < HOUR_MS) {
    const value = Math.max(1, Math.ceil(left / MINUTE_MS));
    // Rounded up, v holds while v − 1 minutes < left ≤ v minutes: it drops as left reaches v − 1 minutes.
    return {amount: {value, unit: 'minute'}, changesMs: targetMs - (value - 1) * MINUTE_MS};
  }
  const [unit, unitMs] = left < 2 * DAY_MS ? (['hour', HOUR_MS] as const) : (['day', DAY_MS] as const);
  const value = Math.floor(left / unitMs);
  // Rounded down, v holds while left ≥ v units: it drops one millisecond after left is exactly v units.
  return {amount: {value, unit}, changesMs: targetMs - value * unitMs + 1};
}

/**
 * The session's live status at `nowMs`. A session that has ended is over whatever its start
 * says (so an end before the start never reads as upcoming again); cancelled and postponed
 * win over the clock.
 */
export function liveStatus(input: LiveStatusInput, nowMs: number): LiveStatus {
  const {startMs, endMs, status, registrationClosesMs} = input;
  if (status === 'cancelled' || status === 'postponed') return {state: status, joinOpen: false, actionable: false};
  if (nowMs >= endMs) return {state: 'ended', joinOpen: false, actionable: false};

  const soonMs = startMs - SOON_MS;
  const state: LiveState = nowMs < soonMs ? 'upcoming' : nowMs < startMs ? 'soon' : 'live';
  const stateEndsMs = Math.min(endMs, state === 'upcoming' ? soonMs : state === 'soon' ? startMs : endMs);
  const shown = countdown(state === 'live' ? endMs : startMs, nowMs);
  const result: LiveStatus = {state, remaining: shown.amount, joinOpen: state !== 'upcoming', actionable: true};
  let nextChangeMs = Math.min(stateEndsMs, shown.changesMs);

  if (registrationClosesMs !== undefined) {
    if (nowMs < registrationClosesMs) {
      const left = countdown(registrationClosesMs, nowMs);
      result.registration = {state: 'open', remaining: left.amount};
      // Never later than the deadline itself, where it turns closed.
      nextChangeMs = Math.min(nextChangeMs, left.changesMs);
    } else {
      result.registration = {state: 'closed'};
    }
  }
  // NaN instants (a caller's bug) give no wake-up rather than a timer that spins.
  if (Number.isFinite(nextChangeMs)) result.nextChangeMs = nextChangeMs;
  return result;
}

/**
 * The status as far as it holds at any time: for a page rendered ahead of time (server
 * rendering), which a reader may open before, during or after the session. Cancelled and
 * postponed stay so; anything else is shown as scheduled, with no amount of time left, no
 * join link (it opens near the start) and nothing that changes.
 */
export function timelessStatus({status}: LiveStatusInput): LiveStatus {
  if (status === 'cancelled' || status === 'postponed') return {state: status, joinOpen: false, actionable: false};
  return {state: 'upcoming', joinOpen: false, actionable: true};
}
