/**
 * snapshot: a session from script read once into plain own data, or the problem that
 * stopped the reading.
 */
import {expect} from '@open-wc/testing';
import {MAX_DEPTH, snapshot} from '../../src/contract/snapshot.js';

const valueOf = (given: unknown) => {
  const result = snapshot(given);
  if (!result.ok) throw new Error(`expected a copy, got ${JSON.stringify(result.error)}`);
  return result.value;
};
const errorOf = (given: unknown) => {
  const result = snapshot(given);
  if (result.ok) throw new Error('expected a problem, got a copy');
  return result.error;
};

describe('snapshot', () => {
  it('copies plain data, leaving the original untouched', () => {
    const given = {title: 'T', languages: ['en', 'fr'], registration: {required: true}};
    const copy = valueOf(given) as typeof given;
    expect(copy).to.deep.equal(given);
    expect(copy).to.not.equal(given);
    expect(copy.languages).to.not.equal(given.languages);
    expect(copy.registration).to.not.equal(given.registration);
  });

  it('reads each getter once and keeps its value', () => {
    let reads = 0;
    const given = {
      get capacity() {
        reads++;
        return reads === 1 ? 160 : '160';
      },
    };
    const copy = valueOf(given) as {capacity: unknown};
    expect(copy.capacity).to.equal(160);
    expect(copy.capacity).to.equal(160);
    expect(reads).to.equal(1);
    expect('get' in Object.getOwnPropertyDescriptor(copy, 'capacity')!).to.equal(false);
  });

  it('leaves out inherited and non-enumerable fields, as JSON.stringify does', () => {
    const given = Object.create({title: 'inherited'}) as Record<string, unknown>;
    Object.defineProperty(given, 'start', {value: 'hidden', enumerable: false});
    given.end = 'own';
    expect(valueOf(given)).to.deep.equal({end: 'own'});
  });

  it('keeps a field named __proto__ a field, not a prototype', () => {
    const copy = valueOf(JSON.parse('{"__proto__": {"polluted": true}, "title": "T"}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
    expect(Object.keys(copy)).to.deep.equal(['__proto__', 'title']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('writes -0 as 0', () => {
    const copy = valueOf({capacity: -0, list: [-0]}) as {capacity: number; list: number[]};
    expect(Object.is(copy.capacity, 0)).to.equal(true);
    expect(Object.is(copy.list[0], 0)).to.equal(true);
  });

  it('turns holes of a sparse array into undefined items', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    const copy = valueOf({languages: ['en', , 'fr']}) as {languages: unknown[]};
    expect(copy.languages).to.have.length(3);
    expect(1 in copy.languages).to.equal(true);
    expect(copy.languages[1]).to.equal(undefined);
  });

  it('keeps primitives JSON cannot carry, for the validator to name', () => {
    const copy = valueOf({capacity: 10n, title: Symbol('t')}) as {capacity: unknown; title: unknown};
    expect(copy.capacity).to.equal(10n);
    expect(typeof copy.title).to.equal('symbol');
  });

  it('a getter that throws is an unreadable value at its path', () => {
    const given = {
      speakers: [
        {
          name: 'A',
          get affiliation(): string {
            throw new Error('boom');
          },
        },
      ],
    };
    expect(errorOf(given)).to.deep.equal({code: 'unreadable-value', path: 'speakers[0].affiliation'});
  });

  it('a revoked Proxy, or one whose traps throw, is an unreadable value', () => {
    const {proxy, revoke} = Proxy.revocable({title: 'T'}, {});
    revoke();
    expect(errorOf(proxy)).to.deep.equal({code: 'unreadable-value', path: ''});
    const hostileKeys = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      }
    );
    expect(errorOf({organizers: hostileKeys})).to.deep.equal({code: 'unreadable-value', path: 'organizers'});
  });

  it('a value that contains itself is circular, at the path where it comes back', () => {
    const given: Record<string, unknown> = {title: 'T'};
    given.sections = [{heading: 'H', body: given}];
    expect(errorOf(given)).to.deep.equal({code: 'circular-value', path: 'sections[0].body'});
  });

  it('the same object twice, not inside itself, is no cycle', () => {
    const shared = {name: 'ILO'};
    expect(valueOf({organizers: [shared, shared]})).to.deep.equal({organizers: [{name: 'ILO'}, {name: 'ILO'}]});
  });

  it('nesting past the limit is an error, not a stack overflow', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    const error = errorOf({title: deep});
    expect(error.code).to.equal('nested-too-deeply');
    expect(error.details).to.deep.equal({limit: MAX_DEPTH});
    expect(error.path.startsWith('title[0][0]')).to.equal(true);
  });

  it('odd keys get the validator’s paths', () => {
    const given = {
      title: {
        get 'en US'(): string {
          throw new Error('x');
        },
      },
    };
    expect(errorOf(given).path).to.equal('title["en US"]');
  });
});
