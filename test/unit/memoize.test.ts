/**
 * memoize: the one cache of per-page answers (Intl objects, zones, patterns).
 */
import {expect} from '@open-wc/testing';
import {memoize} from '../../src/shared/memoize.js';

describe('memoize', () => {
  it('computes once per list of arguments', () => {
    const calls: string[] = [];
    const joined = memoize((a: string, b: number) => {
      calls.push(`${a}/${b}`);
      return {a, b};
    });
    const first = joined('en', 1);
    expect(joined('en', 1)).to.equal(first);
    expect(joined('en', 2)).to.not.equal(first);
    expect(joined('fr', 1)).to.deep.equal({a: 'fr', b: 1});
    expect(calls).to.deep.equal(['en/1', 'en/2', 'fr/1']);
  });

  it('remembers undefined and null answers too', () => {
    let calls = 0;
    const nothing = memoize((tag: string) => {
      calls++;
      return tag === 'x' ? undefined : null;
    });
    expect(nothing('x')).to.equal(undefined);
    expect(nothing('x')).to.equal(undefined);
    expect(nothing('y')).to.equal(null);
    expect(nothing('y')).to.equal(null);
    expect(calls).to.equal(2);
  });

  it('keeps arguments apart that a plain join would mix up', () => {
    const pair = memoize((a: string, b: string) => `${a}|${b}`);
    expect(pair('a b', 'c')).to.equal('a b|c');
    expect(pair('a', 'b c')).to.equal('a|b c');
  });

  it('starts again empty when a limit is reached', () => {
    let calls = 0;
    const square = memoize(
      (n: number) => {
        calls++;
        return n * n;
      },
      {limit: 2}
    );
    square(1);
    square(2);
    square(1);
    expect(calls).to.equal(2);
    square(3); // full: forgets 1 and 2
    square(1);
    expect(calls).to.equal(4);
    expect(square(3)).to.equal(9);
    expect(calls).to.equal(4);
  });
});
