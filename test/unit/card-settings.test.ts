/**
 * readSettings: the card's own attributes, each with its fallback and its warning.
 */
import {expect} from '@open-wc/testing';
import {CALENDAR_TARGETS} from '../../src/contract/calendar-targets.js';
import {DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS, readSettings} from '../../src/contract/card-settings.js';
import {viewerZone} from '../../src/time/zones.js';

describe('readSettings', () => {
  it('where the reader is not known (a server): no shown zone without time-zone, the named one with it', () => {
    expect(readSettings({}, () => null, {readerKnown: false}).shownZone).to.equal(undefined);
    expect(readSettings({timeZone: 'Asia/Tokyo'}, () => null, {readerKnown: false}).shownZone?.intlName).to.equal(
      'Asia/Tokyo'
    );
  });

  it('with no attributes: the reader’s zone, level 2, the default time-out, no warnings', () => {
    const settings = readSettings({});
    expect(settings.shownZone!.intlName).to.equal(viewerZone().intlName);
    expect(settings.headingLevel).to.equal(2);
    expect(settings.fetchTimeoutMs).to.equal(DEFAULT_TIMEOUT_MS);
    expect(settings.warnings).to.deep.equal([]);
  });

  it('takes a known IANA zone, by its canonical name', () => {
    const settings = readSettings({timeZone: 'Asia/Calcutta'});
    expect(settings.shownZone!.intlName).to.equal(
      new Intl.DateTimeFormat('en', {timeZone: 'Asia/Calcutta'}).resolvedOptions().timeZone
    );
    expect(settings.warnings).to.deep.equal([]);
  });

  it('falls back to the reader’s zone for an unknown one, and warns naming it', () => {
    const settings = readSettings({timeZone: 'Mars/Olympus_Mons'});
    expect(settings.shownZone!.intlName).to.equal(viewerZone().intlName);
    expect(settings.warnings).to.deep.equal([
      {code: 'unknown-display-time-zone', path: 'time-zone', details: {zone: 'Mars/Olympus_Mons'}},
    ]);
  });

  it('takes a heading level of 1–6, else 2 with a warning', () => {
    const levels = [1, 2, 6, 0, -3, 7, 2.4, NaN, undefined].map((headingLevel) => readSettings({headingLevel}));
    expect(levels.map((settings) => settings.headingLevel)).to.deep.equal([1, 2, 6, 2, 2, 2, 2, 2, 2]);
    expect(levels.map((settings) => settings.warnings.length)).to.deep.equal([0, 0, 0, 1, 1, 1, 1, 1, 0]);
    expect(levels[3].warnings[0]).to.deep.equal({
      code: 'invalid-attribute',
      path: 'heading-level',
      details: {value: '0', fallback: 2},
    });
  });

  it('takes a fetch time-out from 1 ms to setTimeout’s limit, else the default with a warning', () => {
    const read = (fetchTimeout: number) => readSettings({fetchTimeout});
    expect(read(1).fetchTimeoutMs).to.equal(1);
    expect(read(400).fetchTimeoutMs).to.equal(400);
    expect(read(1500.4).fetchTimeoutMs).to.equal(1500);
    expect(read(MAX_TIMEOUT_MS).fetchTimeoutMs).to.equal(2 ** 31 - 1);
    for (const ignored of [0, -5, MAX_TIMEOUT_MS + 1, 1e12, NaN, Infinity]) {
      const settings = read(ignored);
      expect(settings.fetchTimeoutMs, String(ignored)).to.equal(DEFAULT_TIMEOUT_MS);
      expect(settings.warnings.map((w) => w.code)).to.deep.equal(['invalid-attribute']);
    }
  });

  it('a warning quotes the attribute as written, unless script has set another value since', () => {
    const attribute = (text: string) => (name: string) => (name === 'fetch-timeout' ? text : null);
    const fromAttribute = readSettings({fetchTimeout: NaN}, attribute('abc'));
    expect(fromAttribute.warnings[0].details).to.deep.equal({value: 'abc', fallback: DEFAULT_TIMEOUT_MS});
    const fromScript = readSettings({fetchTimeout: -1}, attribute('abc'));
    expect(fromScript.warnings[0].details).to.deep.equal({value: '-1', fallback: DEFAULT_TIMEOUT_MS});
  });

  describe('calendar: which calendars to offer, in order', () => {
    it('all five in the default order when absent or blank', () => {
      expect(readSettings({}).calendars).to.deep.equal(['ics', 'google', 'outlook', 'office365', 'yahoo']);
      expect(readSettings({calendar: '  '}).calendars).to.deep.equal(CALENDAR_TARGETS);
    });

    it('the ones named, in the order named, once each, whatever the case and spacing', () => {
      const settings = readSettings({calendar: ' Google\tics  google\nyahoo '});
      expect(settings.calendars).to.deep.equal(['google', 'ics', 'yahoo']);
      expect(settings.warnings).to.deep.equal([]);
    });

    it('none: no calendar at all', () => {
      expect(readSettings({calendar: 'none'}).calendars).to.deep.equal([]);
      expect(readSettings({calendar: ' NONE '}).calendars).to.deep.equal([]);
    });

    it('leaves out an unknown name with a warning naming it, and keeps the rest', () => {
      const settings = readSettings({calendar: 'google outlok ics'});
      expect(settings.calendars).to.deep.equal(['google', 'ics']);
      expect(settings.warnings).to.deep.equal([
        {code: 'unknown-calendar', path: 'calendar', details: {value: 'outlok'}},
      ]);
    });
  });
});
