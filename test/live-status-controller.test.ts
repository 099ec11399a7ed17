/**
 * LiveStatusController on a throwaway element: the status and the custom state at each
 * update, an update exactly when the status changes (through the page's one clock), and
 * nothing left behind when the element is removed. Fake setTimeout, clearTimeout and Date;
 * Lit's updates run on real microtasks.
 */
import {expect} from '@open-wc/testing';
import {ReactiveElement, type PropertyValues} from 'lit';
import sinon from 'sinon';
import {LiveStatusController} from '../src/controllers/live-status-controller.js';
import {LIVE_STATES, SOON_MS, type LiveStatusInput} from '../src/time/live-status.js';

const T0 = Date.UTC(2025, 9, 26, 9, 0);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const TAG = `live-status-test-${Math.random().toString(36).slice(2)}`;

class LiveStatusTestElement extends ReactiveElement {
  static override properties = {session: {attribute: false}};
  declare session?: LiveStatusInput;
  updates = 0;
  readonly live = new LiveStatusController(this, {input: () => this.session, internals: this.attachInternals()});

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define(TAG, LiveStatusTestElement);

/** The LiveStates the element matches with `:state()`. */
const statesOf = (el: Element) => LIVE_STATES.filter((state) => el.matches(`:state(${state})`));

describe('LiveStatusController', () => {
  let timers: sinon.SinonFakeTimers;
  let elements: LiveStatusTestElement[];

  async function card(session: LiveStatusInput | undefined): Promise<LiveStatusTestElement> {
    const el = document.createElement(TAG) as LiveStatusTestElement;
    el.session = session;
    document.body.append(el);
    elements.push(el);
    await el.updateComplete;
    return el;
  }

  beforeEach(() => {
    timers = sinon.useFakeTimers({now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date']});
    elements = [];
  });

  afterEach(() => {
    // Removed before the real timers come back, so the page clock lets go of its fake one.
    for (const el of elements) el.remove();
    timers.restore();
  });

  it('computes the status at each update and shows it as the one custom state', async () => {
    const el = await card({startMs: T0 + 20 * MIN, endMs: T0 + 80 * MIN});
    expect(el.live.status?.state).to.equal('upcoming');
    expect(el.live.status?.remaining).to.deep.equal({value: 20, unit: 'minute'});
    expect(statesOf(el)).to.deep.equal(['upcoming']);

    el.session = {startMs: T0 - MIN, endMs: T0 + 80 * MIN};
    await el.updateComplete;
    expect(statesOf(el)).to.deep.equal(['live']);

    el.session = {startMs: T0 - MIN, endMs: T0 + 80 * MIN, status: 'postponed'};
    await el.updateComplete;
    expect(statesOf(el)).to.deep.equal(['postponed']);
  });

  it('has no status and no state without a session, and asks for no wake-up', async () => {
    const el = await card({startMs: T0 + 20 * MIN, endMs: T0 + 80 * MIN});
    el.session = undefined;
    await el.updateComplete;
    expect(el.live.status).to.equal(undefined);
    expect(statesOf(el)).to.deep.equal([]);
    expect(timers.countTimers()).to.equal(0);
  });

  it('updates when the status changes, and not before', async () => {
    const el = await card({startMs: T0 + 20 * MIN, endMs: T0 + 80 * MIN});
    const before = el.updates;
    timers.tick(MIN - 1);
    await el.updateComplete;
    expect(el.updates).to.equal(before);

    timers.tick(1);
    await el.updateComplete;
    expect(el.updates).to.equal(before + 1);
    expect(el.live.status?.remaining).to.deep.equal({value: 19, unit: 'minute'});

    await timers.tickAsync(20 * MIN - SOON_MS - MIN);
    await el.updateComplete;
    expect(statesOf(el)).to.deep.equal(['soon']);
    expect(el.live.status?.joinOpen).to.equal(true);
  });

  it('shares one timer among the cards of a page, and none for ended ones', async () => {
    for (let i = 1; i <= 20; i++) await card({startMs: T0 + i * 3 * DAY, endMs: T0 + (i * 3 + 1) * DAY});
    await card({startMs: T0 - 2 * MIN, endMs: T0 - MIN});
    expect(timers.countTimers()).to.equal(1);
    for (const el of elements.slice(0, 20)) el.remove();
    expect(timers.countTimers()).to.equal(0);
  });

  it('lets go of a removed card, and catches up when it is put back', async () => {
    const el = await card({startMs: T0 + 20 * MIN, endMs: T0 + 80 * MIN});
    el.remove();
    expect(timers.countTimers()).to.equal(0);
    const before = el.updates;
    timers.tick(30 * MIN);
    await el.updateComplete;
    expect(el.updates).to.equal(before);

    document.body.append(el);
    await el.updateComplete;
    expect(statesOf(el)).to.deep.equal(['live']);
    expect(timers.countTimers()).to.equal(1);
  });

  it('does not re-enlist a card updated while disconnected', async () => {
    const el = await card({startMs: T0 + 20 * MIN, endMs: T0 + 80 * MIN});
    el.remove();
    el.session = {startMs: T0 + 10 * MIN, endMs: T0 + 80 * MIN};
    await el.updateComplete;
    expect(el.live.status?.state).to.equal('soon');
    expect(timers.countTimers()).to.equal(0);
  });
});
