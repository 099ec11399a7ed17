/**
 * liveStatus: the state at each boundary, the amounts as the card says them, the join and
 * registration windows, and nextChangeMs, checked against liveStatus itself over random
 * sessions and instants.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {liveStatus, SOON_MS, type LiveStatus, type LiveStatusInput} from '../../src/time/live-status.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const START = Date.UTC(2025, 9, 26, 9, 0);
const END = START + 90 * MIN;
const session: LiveStatusInput = {startMs: START, endMs: END};

const at = (nowMs: number, input: LiveStatusInput = session) => liveStatus(input, nowMs);
/** What the card shows: everything but the wake-up time. */
const shown = ({nextChangeMs: _, ...rest}: LiveStatus) => rest;

describe('liveStatus', () => {
  describe('states', () => {
    it('is upcoming until 15 minutes before the start, then soon', () => {
      expect(at(START - SOON_MS - 1).state).to.equal('upcoming');
      expect(at(START - SOON_MS).state).to.equal('soon');
    });

    it('is soon until the start, then live', () => {
      expect(at(START - 1).state).to.equal('soon');
      expect(at(START).state).to.equal('live');
    });

    it('is live until the end, then ended for good', () => {
      expect(at(END - 1).state).to.equal('live');
      expect(at(END)).to.deep.equal({state: 'ended', joinOpen: false, actionable: false});
      expect(at(END + 400 * DAY).state).to.equal('ended');
    });

    it('says cancelled or postponed whatever the clock, with nothing open and no wake-up', () => {
      for (const status of ['cancelled', 'postponed'] as const) {
        for (const nowMs of [START - 3 * DAY, START, END + 1]) {
          const input = {...session, status, registrationClosesMs: START};
          expect(at(nowMs, input)).to.deep.equal({state: status, joinOpen: false, actionable: false});
        }
      }
    });

    it('runs rescheduled and moved-online sessions as scheduled', () => {
      for (const status of ['scheduled', 'rescheduled', 'moved-online'] as const) {
        expect(at(START, {...session, status}).state).to.equal('live');
      }
    });

    it('calls a session over once its end has passed, even when the end comes before the start', () => {
      const backwards = {startMs: START, endMs: START - DAY};
      expect(at(START - DAY - 1, backwards).state).to.equal('upcoming');
      expect(at(START - DAY, backwards).state).to.equal('ended');
      expect(at(START, backwards).state).to.equal('ended');
    });
  });

  describe('amounts', () => {
    it('counts down to the start before it, and to the end while live', () => {
      expect(at(START - 3 * DAY).remaining).to.deep.equal({value: 3, unit: 'day'});
      expect(at(START - 24 * MIN - 30_000).remaining).to.deep.equal({value: 25, unit: 'minute'});
      expect(at(END - 40 * MIN).remaining).to.deep.equal({value: 40, unit: 'minute'});
      expect(at(END).remaining).to.equal(undefined);
    });

    it('rounds minutes up: never 0 while a millisecond is left', () => {
      expect(at(START - 1).remaining).to.deep.equal({value: 1, unit: 'minute'});
      expect(at(START - MIN).remaining).to.deep.equal({value: 1, unit: 'minute'});
      expect(at(START - MIN - 1).remaining).to.deep.equal({value: 2, unit: 'minute'});
      expect(at(START - HOUR + 1).remaining).to.deep.equal({value: 60, unit: 'minute'});
    });

    it('says hours, rounded down, from 60 minutes to under 48 hours', () => {
      expect(at(START - HOUR).remaining).to.deep.equal({value: 1, unit: 'hour'});
      expect(at(START - 2 * HOUR + 1).remaining).to.deep.equal({value: 1, unit: 'hour'});
      expect(at(START - 47 * HOUR).remaining).to.deep.equal({value: 47, unit: 'hour'});
      expect(at(START - 48 * HOUR + 1).remaining).to.deep.equal({value: 47, unit: 'hour'});
    });

    it('says days, rounded down, from 48 hours on', () => {
      expect(at(START - 48 * HOUR).remaining).to.deep.equal({value: 2, unit: 'day'});
      expect(at(START - 3 * DAY + 1).remaining).to.deep.equal({value: 2, unit: 'day'});
      expect(at(START - 400 * DAY - 23 * HOUR).remaining).to.deep.equal({value: 400, unit: 'day'});
    });
  });

  describe('join link', () => {
    it('opens 15 minutes before the start and closes at the end', () => {
      expect(at(START - SOON_MS - 1).joinOpen).to.equal(false);
      expect(at(START - SOON_MS).joinOpen).to.equal(true);
      expect(at(END - 1).joinOpen).to.equal(true);
      expect(at(END).joinOpen).to.equal(false);
    });

    it('never opens for a cancelled or postponed session', () => {
      expect(at(START, {...session, status: 'cancelled'}).joinOpen).to.equal(false);
      expect(at(START, {...session, status: 'postponed'}).joinOpen).to.equal(false);
    });
  });

  describe('registration', () => {
    const closes = START - 2 * DAY;
    const withDeadline = {...session, registrationClosesMs: closes};

    it('is open with the time left until the deadline, then closed', () => {
      expect(at(closes - 2 * DAY, withDeadline).registration).to.deep.equal({
        state: 'open',
        remaining: {value: 2, unit: 'day'},
      });
      expect(at(closes - 1, withDeadline).registration).to.deep.equal({
        state: 'open',
        remaining: {value: 1, unit: 'minute'},
      });
      expect(at(closes, withDeadline).registration).to.deep.equal({state: 'closed'});
    });

    it('is not shown without a deadline, nor once the session is over or called off', () => {
      expect(at(closes - DAY).registration).to.equal(undefined);
      expect(at(END, withDeadline).registration).to.equal(undefined);
      expect(at(closes - DAY, {...withDeadline, status: 'cancelled'}).registration).to.equal(undefined);
      expect(at(END, withDeadline).actionable).to.equal(false);
      expect(at(END - 1, withDeadline).actionable).to.equal(true);
    });
  });

  describe('nextChangeMs', () => {
    it('is the next state boundary or change of the amount shown', () => {
      expect(at(START - 3 * DAY - HOUR).nextChangeMs).to.equal(START - 3 * DAY + 1);
      expect(at(START - 48 * HOUR).nextChangeMs).to.equal(START - 48 * HOUR + 1);
      expect(at(START - 20 * MIN).nextChangeMs).to.equal(START - 19 * MIN);
      expect(at(START - 15 * MIN - 1).nextChangeMs).to.equal(START - SOON_MS);
      expect(at(START - 30_000).nextChangeMs).to.equal(START);
      expect(at(END - 1).nextChangeMs).to.equal(END);
      expect(at(END).nextChangeMs).to.equal(undefined);
    });

    it('includes the registration countdown and deadline', () => {
      const input = {...session, registrationClosesMs: START - 2 * DAY - 30 * MIN};
      expect(at(START - 2 * DAY - 31 * MIN - 10_000, input).nextChangeMs).to.equal(START - 2 * DAY - 31 * MIN);
      expect(at(START - 2 * DAY - 30 * MIN - 1, input).nextChangeMs).to.equal(START - 2 * DAY - 30 * MIN);
      // Closed: only the session's own countdown is left ("2 days", until 47 hours).
      expect(at(START - 2 * DAY - 30 * MIN, input).nextChangeMs).to.equal(START - 2 * DAY + 1);
    });

    it('keeps a page quiet: far from the start, the next change is a day away', () => {
      const nowMs = START - 10 * DAY - 5 * HOUR;
      expect(at(nowMs).nextChangeMs! - nowMs).to.equal(5 * HOUR + 1);
    });

    it('gives no wake-up for instants that are not numbers', () => {
      expect(at(START, {startMs: NaN, endMs: NaN}).nextChangeMs).to.equal(undefined);
    });

    // Instants up to ±100 years around 2025, durations from nothing to a year, deadlines
    // before, during and after, at whole milliseconds.
    const around = (centre: number, spread: number) => fc.integer({min: centre - spread, max: centre + spread});
    const inputs = fc
      .record({
        startMs: around(START, 100 * 365 * DAY),
        durationMs: fc.oneof(fc.integer({min: 0, max: 3 * HOUR}), fc.integer({min: 0, max: 365 * DAY})),
        status: fc.constantFrom(undefined, 'scheduled', 'rescheduled', 'moved-online', 'cancelled', 'postponed'),
        closesOffsetMs: fc.option(fc.integer({min: -400 * DAY, max: 400 * DAY}), {nil: undefined}),
      })
      .map(({startMs, durationMs, status, closesOffsetMs}): LiveStatusInput => ({
        startMs,
        endMs: startMs + durationMs,
        ...(status && {status}),
        ...(closesOffsetMs !== undefined && {registrationClosesMs: startMs + closesOffsetMs}),
      }));
    // Nows clustered around the instants that matter, where the boundaries are.
    const cases = inputs.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.oneof(
          ...[input.startMs - SOON_MS, input.startMs, input.endMs, input.registrationClosesMs ?? input.startMs].map(
            (instant) => fc.oneof(around(instant, 2 * MIN), around(instant, 3 * DAY))
          )
        ),
        fc.double({min: 0, max: 1, maxExcluded: true, noNaN: true})
      )
    );

    it('is exact: nothing changes before it, something shown changes at it', () => {
      fc.assert(
        fc.property(cases, ([input, nowMs, fraction]) => {
          const now = liveStatus(input, nowMs);
          const next = now.nextChangeMs;
          if (next === undefined) {
            // Nothing left to change: a year on, it reads the same.
            expect(liveStatus(input, nowMs + 365 * DAY)).to.deep.equal(now);
            return;
          }
          expect(next).to.be.greaterThan(nowMs);
          const between = nowMs + Math.floor(fraction * (next - nowMs));
          for (const t of [nowMs, between, next - 1]) expect(liveStatus(input, t), `at ${t}`).to.deep.equal(now);
          expect(shown(liveStatus(input, next))).not.to.deep.equal(shown(now));
        }),
        {seed: 20251026, numRuns: 5000}
      );
    });
  });
});
