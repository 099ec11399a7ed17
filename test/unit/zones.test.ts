/**
 * ianaZone: the one door for the zone names a session or an author gives (`timeZone`, the
 * `[Zone]` suffix, the `time-zone` attribute). It takes IANA names only, the same in every
 * engine, though Chromium's Intl also takes offsets (`+05:00`), ICU's own three-letter IDs
 * (`BST` is Dhaka there) and `Factory`.
 */
import {expect} from '@open-wc/testing';
import {ianaZone, offsetAt, viewerZone} from '../../src/time/zones.js';

const canonical = (name: string) => new Intl.DateTimeFormat('en', {timeZone: name}).resolvedOptions().timeZone;
const JUNE_2021 = Date.parse('2021-06-01T12:00:00Z');

describe('ianaZone', () => {
  describe('takes IANA names of places and of UTC', () => {
    for (const name of [
      'America/Argentina/Cordoba',
      'Europe/Berlin',
      'Asia/Kolkata',
      'Asia/Calcutta',
      'US/Eastern',
      'Brazil/East',
      'Antarctica/Troll',
      'UTC',
      'Etc/UTC',
      'GMT',
      'Etc/GMT+3',
      'Etc/GMT-14',
      'Zulu',
      'GB',
      'Japan',
      'NZ-CHAT',
    ]) {
      it(`${name}, by the name Intl gives it`, () => {
        const zone = ianaZone(name);
        expect(zone, name).to.not.equal(null);
        expect(zone!.intlName).to.equal(canonical(name));
        expect(zone!.fixed).to.equal(false);
      });
    }

    it('in any case, as ECMA-402 matches them', () => {
      expect(ianaZone('asia/kolkata')?.intlName).to.equal(canonical('Asia/Kolkata'));
      expect(ianaZone('etc/utc')?.intlName).to.equal('UTC');
    });

    it('with their offsets: Etc/GMT+3 is three hours west of UTC (POSIX sign)', () => {
      expect(offsetAt(ianaZone('Etc/GMT+3')!, JUNE_2021)).to.equal(-180);
      expect(offsetAt(ianaZone('Etc/UTC')!, JUNE_2021)).to.equal(0);
    });

    it('the US zones with rules (EST5EDT, CST6CDT, MST7MDT, PST8PDT): IANA names with US DST', () => {
      // Links to America/New_York etc. since tzdata 2024b (Firefox resolves them so); zones
      // of their own in Chromium's ICU, with the same offsets.
      const offsets = ['EST5EDT', 'CST6CDT', 'MST7MDT', 'PST8PDT'].map((name) => offsetAt(ianaZone(name)!, JUNE_2021));
      expect(offsets).to.deep.equal([-240, -300, -360, -420]);
    });

    it('EST, MST, HST: IANA links to places without DST', () => {
      expect(['EST', 'MST', 'HST'].map((name) => ianaZone(name)?.intlName)).to.deep.equal(
        ['EST', 'MST', 'HST'].map(canonical)
      );
    });
  });

  describe('refuses what is not an IANA name, whatever this engine’s Intl accepts', () => {
    for (const name of [
      // Offsets: ECMA-402 has accepted them as time zones since 2024, but they name no place.
      '+05:00',
      '-03:00',
      '-0300',
      '+0530',
      '+05',
      '+00:00',
      '-00:00',
      '+14:00',
      // Not names at all.
      'UTC+2',
      'GMT+2',
      'Z',
      'EDT',
      'CEST',
      ' Europe/London',
      'Europe/London ',
      'Mars/Olympus_Mons',
      '',
      // tzdata's placeholder for "the zone is not set": no offset to show.
      'Factory',
      'factory',
      // ICU's own IDs: Chromium takes them, with meanings a reader would not guess.
      'BST',
      'IST',
      'AST',
      'CST',
      'PST',
      'ECT',
      'NST',
      'SST',
      'ART',
      'JST',
      'SystemV/EST5EDT',
      'SystemV/AST4',
      'Etc/Unknown',
    ]) {
      it(`${JSON.stringify(name)} → null`, () => {
        // The name it was taken as, if any: a zone object makes a poor failure message.
        expect(ianaZone(name)?.intlName ?? null).to.equal(null);
      });
    }
  });

  it('remembers its answer: one zone object per name', () => {
    expect(ianaZone('Europe/Madrid')).to.equal(ianaZone('Europe/Madrid'));
  });
});

describe('viewerZone', () => {
  it('is the zone this browser reports, by the name Intl gives it', () => {
    expect(viewerZone().intlName).to.equal(new Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
