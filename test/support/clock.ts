/**
 * A fixed "now" for tests whose card depends on it (status, actions): only `Date` is
 * faked, so timers, animation frames and axe run as they do for a reader.
 */
import sinon from 'sinon';

/** Freezes `Date` at `at` (an instant or an ISO string) until the returned function is called. */
export function freezeDate(at: number | string): () => void {
  const clock = sinon.useFakeTimers({now: typeof at === 'string' ? Date.parse(at) : at, toFake: ['Date']});
  return () => clock.restore();
}

/** Two days before the seed session starts (2021-06-01T17:05Z): it is upcoming, every action on offer. */
export const BEFORE_SEED = '2021-05-30T12:00:00Z';
