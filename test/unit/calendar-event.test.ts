/**
 * calendarEventOf: a checked session (read by the real reader) as a calendar event: texts in
 * the card's language, only safe links, a UID that stays for one session and differs
 * between sessions, a file name safe on every system.
 */
import {expect} from '@open-wc/testing';
import {calendarEventOf, type CalendarEvent, type CalendarEventOptions} from '../../src/calendar/calendar-event.js';
import {readSession, type CheckedSession} from '../../src/contract/read-session.js';
import {seedSession} from '../support/seed.js';

const BASE = 'https://conf.example/sessions/x.json';
/** The zone's name as this browser's Intl gives it (Chromium: America/Cordoba). */
const intlName = (zone: string) => new Intl.DateTimeFormat('en', {timeZone: zone}).resolvedOptions().timeZone;
const OPTIONS: CalendarEventOptions = {
  locale: {ui: 'en', format: 'en'},
  labels: {join: 'Join:', sessionPage: 'Session page:'},
};

/** A minimal valid session with `fields` added. */
function sessionWith(fields: Record<string, unknown>): Record<string, unknown> {
  return {title: 'Opening', start: '2021-06-01T14:05:00-03:00', end: '2021-06-01T15:35:00-03:00', ...fields};
}

function checked(json: unknown, base = BASE): CheckedSession {
  const {session, errors} = readSession(json, base);
  if (!session) throw new Error(`not a session: ${JSON.stringify(errors)}`);
  return session;
}

function eventOf(fields: Record<string, unknown>, options: Partial<CalendarEventOptions> = {}): CalendarEvent {
  return calendarEventOf(checked(sessionWith(fields)), {...OPTIONS, ...options});
}

describe('calendarEventOf', () => {
  describe('times', () => {
    it('takes the instants the session’s offsets fix', () => {
      const event = eventOf({});
      expect(event.startMs).to.equal(Date.UTC(2021, 5, 1, 17, 5));
      expect(event.endMs).to.equal(Date.UTC(2021, 5, 1, 18, 35));
    });

    it('keeps seconds; rounds a fraction out: the start down, the end up', () => {
      const event = eventOf({start: '2021-06-01T14:05:30.250-03:00', end: '2021-06-01T14:05:30.750-03:00'});
      expect(event.startMs).to.equal(Date.UTC(2021, 5, 1, 17, 5, 30));
      expect(event.endMs).to.equal(Date.UTC(2021, 5, 1, 17, 5, 31));
    });

    it('names the IANA zone, from timeZone or the start’s [Zone], and no zone for a bare offset', () => {
      expect(eventOf({timeZone: 'America/Argentina/Cordoba'}).timeZone).to.equal(intlName('America/Argentina/Cordoba'));
      expect(eventOf({start: '2021-06-01T19:05:00+02:00[Europe/Madrid]'}).timeZone).to.equal('Europe/Madrid');
      expect(eventOf({})).not.to.have.property('timeZone');
    });
  });

  describe('texts in the card’s language', () => {
    const multilingual = {
      title: {en: 'Opening', fr: 'Ouverture', es: 'Apertura'},
      summary: {en: 'Welcome.', fr: 'Bienvenue.'},
      location: {en: 'Main hall', fr: 'Grande salle'},
    };

    it('picks the format locale’s entries, then the interface language’s', () => {
      const french = eventOf(multilingual, {locale: {ui: 'fr', format: 'fr-CA'}});
      expect([french.title, french.description, french.location]).to.deep.equal([
        'Ouverture',
        'Bienvenue.',
        'Grande salle',
      ]);
      const spanish = eventOf(multilingual, {locale: {ui: 'es', format: 'es-AR'}});
      // Spanish where there is Spanish; elsewhere the first entry.
      expect([spanish.title, spanish.description, spanish.location]).to.deep.equal([
        'Apertura',
        'Welcome.',
        'Main hall',
      ]);
    });

    it('reads the seed session', async () => {
      const event = calendarEventOf(checked(await seedSession()), OPTIONS);
      expect(event.title).to.match(/^Social innovation, local communities/);
      expect(event.description).to.match(/^The devastating crisis/);
      expect(event.location).to.equal('Zoom');
      expect(event.timeZone).to.equal(intlName('America/Argentina/Cordoba'));
      expect(event.fileName).to.equal('3.2.2.ics');
    });
  });

  describe('description', () => {
    it('is the summary, the join link and the session page, a blank line apart', () => {
      const event = eventOf({
        summary: 'Line one\r\nLine two\rLine three',
        platform: {name: 'Zoom', url: 'https://zoom.us/j/1'},
        url: '/sessions/opening.html',
      });
      expect(event.description).to.equal(
        'Line one\nLine two\nLine three\n\n' +
          'Join: https://zoom.us/j/1\n\n' +
          'Session page: https://conf.example/sessions/opening.html'
      );
      expect(event.url).to.equal('https://conf.example/sessions/opening.html');
    });

    it('writes the labels as given, with one space before the link', () => {
      const event = eventOf(
        {platform: {name: 'Zoom', url: 'https://zoom.us/j/1'}, url: 'https://conf.example/s/1'},
        {labels: {join: 'Rejoindre\u00a0:', sessionPage: 'Page de la séance\u00a0: '}}
      );
      expect(event.description).to.equal(
        'Rejoindre\u00a0: https://zoom.us/j/1\n\nPage de la séance\u00a0: https://conf.example/s/1'
      );
    });

    it('leaves out what is missing, and is empty with nothing to say', () => {
      expect(eventOf({url: 'https://conf.example/s/1'}).description).to.equal('Session page: https://conf.example/s/1');
      expect(eventOf({summary: '  Just this.  '}).description).to.equal('Just this.');
      expect(eventOf({}).description).to.equal('');
    });

    it('never uses a link the safe-link check refused', () => {
      const event = eventOf({
        summary: 'Hi.',
        platform: {name: 'Zoom', url: 'javascript:alert(1)'},
        url: 'https://bank.example:pw@evil.example/',
      });
      expect(event.description).to.equal('Hi.');
      expect(event.location).to.equal('Zoom');
      expect(event).not.to.have.property('url');
    });
  });

  describe('location', () => {
    it('is the venue when there is one, even with a platform', () => {
      const event = eventOf({location: 'Room 4', platform: {name: 'Zoom', url: 'https://zoom.us/j/1'}});
      expect(event.location).to.equal('Room 4');
      expect(event.description).to.equal('Join: https://zoom.us/j/1');
    });

    it('online, is the platform’s name and then its link', () => {
      expect(eventOf({platform: {name: 'Zoom', url: 'https://zoom.us/j/1'}}).location).to.equal(
        'Zoom https://zoom.us/j/1'
      );
      expect(eventOf({platform: 'Jitsi'}).location).to.equal('Jitsi');
    });

    it('is absent with neither', () => {
      expect(eventOf({})).not.to.have.property('location');
    });
  });

  describe('UID', () => {
    const identified = {id: '3.2.2', url: 'https://conf.example/sessions/3.2.2.html'};
    const uidOf = (fields: Record<string, unknown>, options: Partial<CalendarEventOptions> = {}) =>
      eventOf(fields, options).uid;

    it('is 16 hex digits at session-card', () => {
      expect(uidOf(identified)).to.match(/^[0-9a-f]{16}@session-card$/);
    });

    it('is the same for the same session, read again, in another language, or moved and renamed', () => {
      const uid = uidOf(identified);
      expect(uidOf(identified)).to.equal(uid);
      expect(uidOf({...identified, title: {en: 'Opening'}}, {locale: {ui: 'fr', format: 'fr'}})).to.equal(uid);
      expect(
        uidOf({...identified, title: 'Renamed', start: '2021-06-02T14:05:00-03:00', end: '2021-06-02T15:00:00-03:00'})
      ).to.equal(uid);
    });

    it('differs between sessions', () => {
      const uids = [
        uidOf(identified),
        uidOf({...identified, id: '3.2.3'}),
        uidOf({...identified, url: 'https://other.example/sessions/3.2.2.html'}),
        // No page: the file it came from, else its title, scopes the id.
        uidOf({id: '3.2.2'}, {sourceUrl: 'https://conf.example/2021.json'}),
        uidOf({id: '3.2.2'}, {sourceUrl: 'https://conf.example/2022.json'}),
        uidOf({id: '3.2.2'}),
        uidOf({id: '3.2.2', title: 'Closing'}),
        // No id: the title and the start.
        uidOf({}),
        uidOf({title: 'Closing'}),
        uidOf({start: '2021-06-01T14:10:00-03:00'}),
      ];
      expect(new Set(uids).size).to.equal(uids.length);
    });

    it('without an id, stays for one title and start, whatever the language', () => {
      const title = {en: 'Opening', fr: 'Ouverture'};
      expect(uidOf({title}, {locale: {ui: 'fr', format: 'fr'}})).to.equal(uidOf({title}));
    });
  });

  describe('fileName', () => {
    const fileNameOf = (fields: Record<string, unknown>) => eventOf(fields).fileName;

    it('is the id’s slug, else the title’s', () => {
      expect(fileNameOf({id: '3.2.2'})).to.equal('3.2.2.ics');
      expect(fileNameOf({title: 'Social Innovation: Local / Global?'})).to.equal('social-innovation-local-global.ics');
      expect(fileNameOf({id: ' ??? ', title: 'Opening Talk'})).to.equal('opening-talk.ics');
    });

    it('keeps letters of any script and drops what file systems refuse', () => {
      expect(fileNameOf({title: 'Café für Ärzte — 会议 (２)'})).to.equal('café-für-ärzte-会议-２.ics');
      expect(fileNameOf({title: 'a/b\\c:d*e?f"g<h>i|j\u0007k\u202el\tm'})).to.equal('a-b-c-d-e-f-g-h-i-j-k-l-m.ics');
      expect(fileNameOf({title: '..hidden..'})).to.equal('hidden.ics');
    });

    it('is session.ics when nothing is left, and avoids Windows device names', () => {
      expect(fileNameOf({title: '!!! ***'})).to.equal('session.ics');
      expect(fileNameOf({title: '🎉'})).to.equal('session.ics');
      expect(fileNameOf({id: 'CON'})).to.equal('session-con.ics');
      expect(fileNameOf({id: 'nul.1'})).to.equal('session-nul.1.ics');
      expect(fileNameOf({id: 'console'})).to.equal('console.ics');
    });

    it('is at most 64 code points before .ics, never cutting a surrogate pair', () => {
      expect(fileNameOf({title: 'a'.repeat(200)})).to.equal(`${'a'.repeat(64)}.ics`);
      const astral = fileNameOf({title: '\u{1d49c}'.repeat(100)});
      expect(astral).to.equal(`${'\u{1d49c}'.repeat(64)}.ics`);
      expect(fileNameOf({title: `${'a'.repeat(63)} b`})).to.equal(`${'a'.repeat(63)}.ics`);
    });
  });
});
