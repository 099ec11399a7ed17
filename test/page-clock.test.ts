/**
 * PageClock: one timer for any number of subscribers, set for the earliest; the due ones
 * woken, the removed ones never; nothing running while the document is hidden.
 *
 * Under sinon's fake timers (setTimeout, clearTimeout and Date only: open-wc and Lit
 * need real animation frames and microtasks). Each test has a clock of its own.
 */
import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {PageClock, pageClock, type ClockSubscriber} from '../src/controllers/page-clock.js';

const T0 = Date.UTC(2025, 9, 26, 9, 0);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/**
 * The document's visibility, overridden on the document itself (restored after each test).
 * Hiding the page for real takes the runner opening a second page and bringing it to the
 * front (puppeteer's bringToFront does hide it, in Chromium and in Firefox), and the
 * runner has no command for that yet.
 */
function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => state});
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('PageClock', () => {
  let timers: sinon.SinonFakeTimers;
  let clock: PageClock;
  let woken: string[];
  let subscribers: ClockSubscriber[];

  /** A subscriber that notes its name in `woken` each time it is woken. */
  const subscriber = (name: string): ClockSubscriber => {
    const made = {wake: () => void woken.push(name)};
    subscribers.push(made);
    return made;
  };

  beforeEach(() => {
    timers = sinon.useFakeTimers({now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date']});
    clock = new PageClock();
    woken = [];
    subscribers = [];
  });

  afterEach(() => {
    for (const each of subscribers) clock.cancel(each);
    Reflect.deleteProperty(document, 'visibilityState');
    timers.restore();
  });

  it('is one clock for the page', () => {
    expect(pageClock()).to.equal(pageClock());
    expect(pageClock()).to.be.an.instanceOf(PageClock);
  });

  it('keeps one timer for a thousand subscribers, none when none has a time', () => {
    const thousand = Array.from({length: 1000}, (_, i) => subscriber(`s${i}`));
    thousand.forEach((each, i) => clock.schedule(each, T0 + ((i * 7919) % 1000) * MIN + 1));
    expect(timers.countTimers()).to.equal(1);
    timers.tick(500 * MIN);
    expect(woken).to.have.length(500);
    expect(timers.countTimers()).to.equal(1);
    for (const each of thousand) clock.schedule(each, undefined);
    expect(timers.countTimers()).to.equal(0);
    timers.tick(1000 * MIN);
    expect(woken).to.have.length(500);
  });

  it('sets no new timer when a later time is asked for', () => {
    const setTimeoutSpy = sinon.spy(window, 'setTimeout');
    try {
      for (let i = 0; i < 1000; i++) clock.schedule(subscriber(`s${i}`), T0 + (i + 1) * MIN);
      expect(setTimeoutSpy.callCount).to.equal(1);
      clock.schedule(subscriber('earlier'), T0 + 1);
      expect(setTimeoutSpy.callCount).to.equal(2);
      expect(timers.countTimers()).to.equal(1);
    } finally {
      setTimeoutSpy.restore();
    }
  });

  it('wakes each subscriber when its time has come, in order, and not before', () => {
    clock.schedule(subscriber('b'), T0 + 2 * MIN);
    clock.schedule(subscriber('a'), T0 + MIN);
    clock.schedule(subscriber('c'), T0 + 3 * MIN);
    timers.tick(MIN - 1);
    expect(woken).to.deep.equal([]);
    timers.tick(1);
    expect(woken).to.deep.equal(['a']);
    timers.tick(10 * MIN);
    expect(woken).to.deep.equal(['a', 'b', 'c']);
    expect(timers.countTimers()).to.equal(0);
  });

  it('wakes every overdue subscriber at once when it fires late', () => {
    clock.schedule(subscriber('a'), T0 + MIN);
    clock.schedule(subscriber('b'), T0 + 2 * MIN);
    clock.schedule(subscriber('later'), T0 + 60 * MIN);
    // The machine slept: the wall clock moved on, the timer has not fired yet.
    timers.setSystemTime(T0 + 5 * MIN);
    expect(woken).to.deep.equal([]);
    timers.tick(MIN);
    expect(woken).to.have.members(['a', 'b']);
    expect(timers.countTimers()).to.equal(1);
  });

  it('wakes a subscriber again when it schedules itself from wake()', () => {
    const ticking: ClockSubscriber = {
      wake: () => {
        woken.push('tick');
        clock.schedule(ticking, Date.now() + MIN);
      },
    };
    subscribers.push(ticking);
    clock.schedule(ticking, T0 + MIN);
    timers.tick(5 * MIN);
    expect(woken).to.have.length(5);
    expect(timers.countTimers()).to.equal(1);
  });

  it('never wakes a removed subscriber, and lets go of the timer and listener with the last', () => {
    const added = sinon.spy(document, 'addEventListener');
    const removed = sinon.spy(document, 'removeEventListener');
    try {
      const gone = subscriber('gone');
      const kept = subscriber('kept');
      clock.schedule(gone, T0 + MIN);
      clock.schedule(kept, T0 + 2 * MIN);
      clock.cancel(gone);
      timers.tick(MIN);
      expect(woken).to.deep.equal([]);
      clock.cancel(kept);
      expect(timers.countTimers()).to.equal(0);
      timers.tick(DAY);
      expect(woken).to.deep.equal([]);
      const visibility = (spy: sinon.SinonSpy) => spy.getCalls().filter((call) => call.args[0] === 'visibilitychange');
      expect(visibility(added)).to.have.length(1);
      expect(visibility(removed)).to.have.length(1);
    } finally {
      added.restore();
      removed.restore();
    }
  });

  it('does not wake a subscriber that another one cancelled while both were due', () => {
    const second = subscriber('second');
    const first: ClockSubscriber = {
      wake: () => {
        woken.push('first');
        clock.cancel(second);
      },
    };
    subscribers.push(first);
    clock.schedule(first, T0 + MIN);
    clock.schedule(second, T0 + MIN);
    timers.tick(MIN);
    expect(woken).to.deep.equal(['first']);
    expect(timers.countTimers()).to.equal(0);
  });

  it('keeps the others going when one subscriber throws, and reports the error', () => {
    const reported = sinon.stub(window, 'reportError');
    const failing: ClockSubscriber = {
      wake: () => {
        throw new Error('card failed');
      },
    };
    subscribers.push(failing);
    clock.schedule(failing, T0 + MIN);
    clock.schedule(subscriber('other'), T0 + MIN);
    clock.schedule(subscriber('next'), T0 + 2 * MIN);
    try {
      timers.tick(MIN);
    } finally {
      reported.restore();
    }
    expect(reported.callCount).to.equal(1);
    expect(reported.firstCall.args[0]).to.have.property('message', 'card failed');
    expect(woken).to.deep.equal(['other']);
    expect(timers.countTimers()).to.equal(1);
  });

  it('clamps a delay longer than setTimeout can hold', () => {
    const setTimeoutSpy = sinon.spy(window, 'setTimeout');
    try {
      clock.schedule(subscriber('far'), T0 + 30 * DAY);
      expect(setTimeoutSpy.firstCall.args[1]).to.equal(2 ** 31 - 1);
      // An overflowing delay would fire at once, and again, and again.
      timers.tick(10);
      expect(setTimeoutSpy.callCount).to.equal(1);
      timers.tick(30 * DAY - 11);
      expect(woken).to.deep.equal([]);
      timers.tick(1);
      expect(woken).to.deep.equal(['far']);
      expect(setTimeoutSpy.callCount).to.equal(2);
    } finally {
      setTimeoutSpy.restore();
    }
  });

  it('runs no timer while the document is hidden, and wakes the due ones when it is shown', () => {
    clock.schedule(subscriber('a'), T0 + MIN);
    clock.schedule(subscriber('b'), T0 + 10 * MIN);
    clock.schedule(subscriber('c'), T0 + 30 * MIN);
    setVisibility('hidden');
    expect(timers.countTimers()).to.equal(0);
    clock.schedule(subscriber('while hidden'), T0 + 2 * MIN);
    expect(timers.countTimers()).to.equal(0);
    timers.tick(20 * MIN);
    expect(woken).to.deep.equal([]);
    setVisibility('visible');
    expect(woken).to.have.members(['a', 'b', 'while hidden']);
    expect(timers.countTimers()).to.equal(1);
    timers.tick(10 * MIN);
    expect(woken).to.include('c');
  });
});
