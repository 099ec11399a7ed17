/**
 * readSettings: the card's own attributes, each with its fallback and its warning.
 */
import {expect} from '@open-wc/testing';
import {DEFAULT_TIMEOUT_MS, readSettings} from '../../src/contract/card-settings.js';
import {viewerZone} from '../../src/time/zones.js';

describe('readSettings', () => {
  it('with no attributes: the reader’s zone, level 3, the default time-out, no warnings', () => {
    const settings = readSettings({});
    expect(settings.shownZone.intlName).to.equal(viewerZone().intlName);
    expect(settings.headingLevel).to.equal(3);
    expect(settings.fetchTimeoutMs).to.equal(DEFAULT_TIMEOUT_MS);
    expect(settings.warnings).to.deep.equal([]);
  });

  it('takes a known IANA zone, by its canonical name', () => {
    const settings = readSettings({timeZone: 'Asia/Calcutta'});
    expect(settings.shownZone.intlName).to.equal(
      new Intl.DateTimeFormat('en', {timeZone: 'Asia/Calcutta'}).resolvedOptions().timeZone
    );
    expect(settings.warnings).to.deep.equal([]);
  });

  it('falls back to the reader’s zone for an unknown one, and warns naming it', () => {
    const settings = readSettings({timeZone: 'Mars/Olympus_Mons'});
    expect(settings.shownZone.intlName).to.equal(viewerZone().intlName);
    expect(settings.warnings).to.deep.equal([
      {code: 'unknown-display-time-zone', path: '', details: {zone: 'Mars/Olympus_Mons'}},
    ]);
  });

  it('keeps the heading level within 1–6, rounding, and 3 for what is not a number', () => {
    const levels = [1, 2.4, 6, 0, -3, 7, 99, NaN, undefined].map(
      (headingLevel) => readSettings({headingLevel}).headingLevel
    );
    expect(levels).to.deep.equal([1, 2, 6, 3, 1, 6, 6, 3, 3]);
  });
});
