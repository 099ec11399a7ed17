/**
 * readSession / readSessionJson: from raw input to a checked session or the list of
 * what is wrong, each problem with its code and path.
 */
import {expect} from '@open-wc/testing';
import {readSession, readSessionJson, type SessionReading} from '../../src/contract/read-session.js';
import type {Problem} from '../../src/contract/problems.js';
import {formatOffset, offsetAt} from '../../src/time/zones.js';
import {seedSession} from '../support/seed.js';

const BASE = 'https://conf.example/sessions/3.2.2.json';

/**
 * The seed as the tests edit it: any field may take any value (they break the contract
 * freely); the lists and objects they reach into are the seed's own.
 */
type EditableSeed = Record<string, unknown> & {
  documents: Array<Record<string, unknown>>;
  sections: Array<Record<string, unknown>>;
  registration: Record<string, unknown>;
};

/** The seed, changed by `edit`. */
async function seedWith(edit: (session: EditableSeed) => void): Promise<EditableSeed> {
  const session = (await seedSession()) as EditableSeed;
  edit(session);
  return session;
}

async function read(edit: (session: EditableSeed) => void, base = BASE): Promise<SessionReading> {
  return readSession(await seedWith(edit), base);
}

/** Code and path only, for comparing lists of problems. */
const brief = (problems: Problem[]) => problems.map(({code, path}) => ({code, path}));

describe('readSession', () => {
  describe('the seed session', () => {
    it('reads with no errors and no warnings', async () => {
      const reading = readSession(await seedSession(), BASE);
      expect(reading.errors).to.deep.equal([]);
      expect(reading.warnings).to.deep.equal([]);
      expect(reading.session).to.exist;
    });

    it('reads the same from the served JSON text', async () => {
      const text = await (await fetch('/demo/sessions/3.2.2.json')).text();
      const reading = readSessionJson(text, BASE);
      expect(reading.errors).to.deep.equal([]);
      expect(reading.warnings).to.deep.equal([]);
      expect(reading.session!.data.title).to.match(/^Social innovation/);
    });

    it('derives the instants from the written offsets (17:05–18:35 UTC)', async () => {
      const {session} = readSession(await seedSession(), BASE);
      expect(session!.start.epochMs).to.equal(Date.parse('2021-06-01T17:05:00Z'));
      expect(session!.end.epochMs).to.equal(Date.parse('2021-06-01T18:35:00Z'));
      expect(session!.start.offsetMinutes).to.equal(-180);
    });

    it('takes the event zone from timeZone (an IANA zone, not a fixed offset)', async () => {
      const {session} = readSession(await seedSession(), BASE);
      expect(session!.eventZone.fixed).to.equal(false);
      // Intl agrees that the zone it names is Córdoba's (whatever spelling it canonicalizes to).
      const intlName = new Intl.DateTimeFormat('en', {timeZone: 'America/Argentina/Cordoba'}).resolvedOptions()
        .timeZone;
      expect(session!.eventZone.intlName).to.equal(intlName);
      expect(offsetAt(session!.eventZone, session!.start.epochMs)).to.equal(-180);
    });

    it('keeps the data exactly as given', async () => {
      const seed = await seedSession();
      const {session} = readSession(seed, BASE);
      expect(session!.data).to.deep.equal(await seedSession());
      expect(session!.attendance).to.equal('online');
    });

    it('gives no hrefs for the seed documents, whose URLs are "#" placeholders', async () => {
      const {session} = readSession(await seedSession(), BASE);
      expect([...session!.hrefs]).to.deep.equal([]);
    });
  });

  describe('schema errors, with their paths', () => {
    for (const field of ['title', 'start', 'end']) {
      it(`a missing ${field} → missing-field at '${field}'`, async () => {
        const reading = await read((s) => delete s[field]);
        expect(brief(reading.errors)).to.deep.equal([{code: 'missing-field', path: field}]);
        expect(reading.session).to.equal(undefined);
        expect(reading.warnings).to.deep.equal([]);
      });
    }

    it('an undefined title (set from script) counts as missing', async () => {
      const reading = await read((s) => (s.title = undefined));
      expect(brief(reading.errors)).to.deep.equal([{code: 'missing-field', path: 'title'}]);
    });

    it('every missing required field is reported, not just the first', () => {
      const reading = readSession({}, BASE);
      expect(brief(reading.errors)).to.have.deep.members([
        {code: 'missing-field', path: 'title'},
        {code: 'missing-field', path: 'start'},
        {code: 'missing-field', path: 'end'},
      ]);
    });

    it('capacity "160" → wrong-type at capacity, expecting an integer', async () => {
      const reading = await read((s) => (s.capacity = '160'));
      expect(reading.errors).to.deep.equal([
        {code: 'wrong-type', path: 'capacity', details: {expected: 'integer', actual: 'string'}},
      ]);
      expect(reading.session).to.equal(undefined);
    });

    it('capacity 1.5 → wrong-type (a number, not an integer)', async () => {
      const reading = await read((s) => (s.capacity = 1.5));
      expect(reading.errors).to.deep.equal([
        {code: 'wrong-type', path: 'capacity', details: {expected: 'integer', actual: 'number'}},
      ]);
    });

    it('a title that is neither text nor a translation map → wrong-type expecting text', async () => {
      const reading = await read((s) => (s.title = 42));
      expect(reading.errors).to.deep.equal([
        {code: 'wrong-type', path: 'title', details: {expected: 'text', actual: 'integer'}},
      ]);
    });

    it('a start that is not a string → wrong-type at start', async () => {
      const reading = await read((s) => (s.start = 1622567100000));
      expect(brief(reading.errors)).to.deep.equal([{code: 'wrong-type', path: 'start'}]);
      expect(reading.errors[0].details).to.include({expected: 'string', actual: 'integer'});
    });

    it('documents[3].url of the wrong type → wrong-type at documents[3].url', async () => {
      const reading = await read((s) => {
        s.documents.push({title: 'Third', url: 'https://a.example/3'}, {title: 'Fourth', url: 42});
      });
      expect(reading.errors).to.deep.equal([
        {code: 'wrong-type', path: 'documents[3].url', details: {expected: 'string', actual: 'integer'}},
      ]);
    });

    it('a translation map entry of the wrong type → wrong-type at sections[1].heading.fr', async () => {
      const reading = await read((s) => (s.sections[1].heading = {en: 'Objectives', fr: 7}));
      expect(brief(reading.errors)).to.deep.equal([{code: 'wrong-type', path: 'sections[1].heading.fr'}]);
    });

    it('a translation-map key that is not an identifier is quoted in the path', async () => {
      const reading = await read((s) => (s.summary = {en: 'ok', 'zh-Hans': false}));
      expect(brief(reading.errors)).to.deep.equal([{code: 'wrong-type', path: 'summary["zh-Hans"]'}]);
    });

    it('a root array → wrong-type at the empty path', () => {
      const reading = readSession([{title: 'x'}], BASE);
      expect(brief(reading.errors)).to.deep.equal([{code: 'wrong-type', path: ''}]);
      expect(reading.errors[0].details).to.include({expected: 'object', actual: 'array'});
      expect(reading.session).to.equal(undefined);
    });

    for (const value of [null, 'a session', 3, true]) {
      it(`a root ${JSON.stringify(value)} → wrong-type at the empty path`, () => {
        expect(brief(readSession(value, BASE).errors)).to.deep.equal([{code: 'wrong-type', path: ''}]);
      });
    }

    it('null for an optional field → wrong-type (null is not absence)', async () => {
      for (const field of ['capacity', 'location', 'timeZone', 'documents', 'registration', 'platform', 'url']) {
        const reading = await read((s) => (s[field] = null));
        expect(brief(reading.errors), field).to.deep.equal([{code: 'wrong-type', path: field}]);
        expect(reading.errors[0].details, field).to.include({actual: 'null'});
      }
    });

    it('undefined for an optional field (set from script) counts as absent', async () => {
      const reading = await read((s) => (s.capacity = undefined));
      expect(reading.errors).to.deep.equal([]);
    });

    it('an unknown attendance → invalid-value, listing the allowed values', async () => {
      const reading = await read((s) => (s.attendance = 'remote'));
      expect(reading.errors).to.deep.equal([
        {code: 'invalid-value', path: 'attendance', details: {allowed: 'online, in-person, hybrid'}},
      ]);
    });

    it('an unknown status → invalid-value, listing schema.org’s statuses', async () => {
      const reading = await read((s) => (s.status = 'EventCancelled'));
      expect(reading.errors).to.deep.equal([
        {
          code: 'invalid-value',
          path: 'status',
          details: {allowed: 'scheduled, cancelled, postponed, rescheduled, moved-online'},
        },
      ]);
      expect((await read((s) => (s.status = 'moved-online'))).errors).to.deep.equal([]);
    });

    it('registration.closes is read as start and end are: with its offset, else an error at its path', async () => {
      const open = await read((s) => (s.registration.closes = '2021-05-30T23:59:00-03:00'));
      expect(open.errors).to.deep.equal([]);
      expect(open.session!.registrationCloses!.epochMs).to.equal(Date.UTC(2021, 4, 31, 2, 59));
      expect((await read(() => {})).session!.registrationCloses).to.equal(undefined);
      expect(brief((await read((s) => (s.registration.closes = '2021-05-30T23:59'))).errors)).to.deep.equal([
        {code: 'missing-offset', path: 'registration.closes'},
      ]);
      expect(brief((await read((s) => (s.registration.closes = 'soon'))).errors)).to.deep.equal([
        {code: 'invalid-date-time', path: 'registration.closes'},
      ]);
    });

    it('a negative capacity or remaining → out-of-range', async () => {
      expect(brief((await read((s) => (s.capacity = -1))).errors)).to.deep.equal([
        {code: 'out-of-range', path: 'capacity'},
      ]);
      expect(brief((await read((s) => (s.remaining = -5))).errors)).to.deep.equal([
        {code: 'out-of-range', path: 'remaining'},
      ]);
      expect((await read((s) => (s.remaining = 0))).errors).to.deep.equal([]);
    });

    it('empty strings and maps where content is required → empty-value', async () => {
      const cases: Array<[(s: EditableSeed) => void, string]> = [
        [(s) => (s.timeZone = ''), 'timeZone'],
        [(s) => (s.title = {}), 'title'],
        [(s) => (s.platform = ''), 'platform'],
        [(s) => (s.speakers = [{name: ''}]), 'speakers[0].name'],
        [(s) => (s.organizers = ['ILO', {name: ''}]), 'organizers[1].name'],
        [(s) => (s.languages = ['en', '']), 'languages[1]'],
      ];
      for (const [edit, path] of cases) {
        const reading = await read(edit);
        expect(brief(reading.errors), path).to.deep.equal([{code: 'empty-value', path}]);
      }
    });

    it('a named link without a name → missing-field inside it', async () => {
      const reading = await read((s) => (s.organizers = ['ILO', {url: 'https://ilo.example'}]));
      expect(brief(reading.errors)).to.deep.equal([{code: 'missing-field', path: 'organizers[1].name'}]);
      const document = await read((s) => s.documents.push({url: 'https://a.example'}));
      expect(brief(document.errors)).to.deep.equal([{code: 'missing-field', path: 'documents[2].title'}]);
    });

    it('a platform of neither accepted type → wrong-type listing both', async () => {
      const reading = await read((s) => (s.platform = 5));
      expect(reading.errors).to.deep.equal([
        {code: 'wrong-type', path: 'platform', details: {expected: 'string|object', actual: 'integer'}},
      ]);
    });

    it('several faults are all reported', async () => {
      const reading = await read((s) => {
        s.capacity = '160';
        s.attendance = 'remote';
        delete s.title;
      });
      expect(brief(reading.errors)).to.have.deep.members([
        {code: 'missing-field', path: 'title'},
        {code: 'wrong-type', path: 'capacity'},
        {code: 'invalid-value', path: 'attendance'},
      ]);
    });

    it('unknown fields are ignored, at the root and inside objects', async () => {
      const reading = await read((s) => {
        s.colour = null;
        s.extra = {anything: [1, 2, 3]};
        s.registration.deadline = 'soon';
        s.documents[0].size = -1;
      });
      expect(reading.errors).to.deep.equal([]);
      expect(reading.warnings).to.deep.equal([]);
      expect(reading.session!.data).to.have.property('colour', null);
    });

    it('fields named like Object.prototype members are unknown fields, not schema lookups', () => {
      const reading = readSessionJson(
        '{"title": "t", "start": "2021-06-01T14:05:00Z", "end": "2021-06-01T15:05:00Z", ' +
          '"constructor": 1, "toString": null, "__proto__": {"title": 5}}',
        BASE
      );
      expect(reading.errors).to.deep.equal([]);
      expect(reading.session!.data.title).to.equal('t');
    });
  });

  describe('date-time errors', () => {
    it('a start without an offset → missing-offset at start, quoting the value', async () => {
      const reading = await read((s) => (s.start = '2021-06-01T14:05:00'));
      expect(reading.errors).to.deep.equal([
        {code: 'missing-offset', path: 'start', details: {value: '2021-06-01T14:05:00'}},
      ]);
    });

    it('an end in basic format → invalid-date-time at end', async () => {
      const reading = await read((s) => (s.end = '20210601T153500Z'));
      expect(brief(reading.errors)).to.deep.equal([{code: 'invalid-date-time', path: 'end'}]);
    });

    it('February 30 → invalid-date at start', async () => {
      const reading = await read((s) => (s.start = '2021-02-30T14:05:00-03:00'));
      expect(reading.errors).to.deep.equal([
        {code: 'invalid-date', path: 'start', details: {value: '2021-02-30T14:05:00-03:00'}},
      ]);
    });

    it('end before start → end-before-start at end', async () => {
      const reading = await read((s) => {
        s.start = '2021-06-01T15:35:00-03:00';
        s.end = '2021-06-01T14:05:00-03:00';
      });
      expect(reading.errors).to.deep.equal([
        {
          code: 'end-before-start',
          path: 'end',
          details: {start: '2021-06-01T15:35:00-03:00', end: '2021-06-01T14:05:00-03:00'},
        },
      ]);
      expect(reading.session).to.equal(undefined);
    });

    it('end equal to start → end-before-start', async () => {
      const reading = await read((s) => (s.end = s.start));
      expect(brief(reading.errors)).to.deep.equal([{code: 'end-before-start', path: 'end'}]);
    });

    it('the same instant written with different offsets → end-before-start', async () => {
      const reading = await read((s) => {
        s.start = '2021-06-01T14:05:00-03:00';
        s.end = '2021-06-01T17:05:00Z';
        delete s.timeZone;
      });
      expect(brief(reading.errors)).to.deep.equal([{code: 'end-before-start', path: 'end'}]);
    });

    it('compares instants, not wall clocks: an end at 15:00Z is before a start at 14:05-03:00', async () => {
      // The end's wall clock (15:00) is later than the start's (14:05), but its instant is earlier (17:05Z).
      const reading = await read((s) => {
        s.end = '2021-06-01T15:00:00Z';
        delete s.timeZone;
      });
      expect(brief(reading.errors)).to.deep.equal([{code: 'end-before-start', path: 'end'}]);
    });

    it('an end one millisecond after the start is fine', async () => {
      const reading = await read((s) => {
        s.start = '2021-06-01T14:05:00.000-03:00';
        s.end = '2021-06-01T14:05:00.001-03:00';
      });
      expect(reading.errors).to.deep.equal([]);
    });

    it('an unknown timeZone → unknown-time-zone at timeZone', async () => {
      const reading = await read((s) => (s.timeZone = 'Mars/Olympus_Mons'));
      expect(reading.errors).to.deep.equal([
        {code: 'unknown-time-zone', path: 'timeZone', details: {zone: 'Mars/Olympus_Mons'}},
      ]);
      expect(reading.session).to.equal(undefined);
    });

    it('an unknown zone in the start suffix → unknown-time-zone at start', async () => {
      const reading = await read((s) => (s.start = '2021-06-01T14:05:00-03:00[Mars/Olympus_Mons]'));
      expect(reading.errors).to.deep.equal([
        {code: 'unknown-time-zone', path: 'start', details: {zone: 'Mars/Olympus_Mons'}},
      ]);
    });
  });

  describe('offsets against zones (RFC 9557)', () => {
    it('an offset contradicting [Europe/Berlin] in July → warning, and the offset fixes the instant', async () => {
      const reading = await read((s) => {
        delete s.timeZone;
        s.start = '2021-07-01T14:00:00+01:00[Europe/Berlin]';
        s.end = '2021-07-01T15:00:00+01:00';
      });
      expect(reading.errors).to.deep.equal([]);
      expect(reading.warnings).to.deep.equal([
        {
          code: 'offset-contradicts-zone',
          path: 'start',
          details: {zone: 'Europe/Berlin', offset: '+01:00', zoneOffset: '+02:00'},
        },
      ]);
      // 14:00+01:00 is 13:00 UTC; reading it as Berlin wall-clock time would give 12:00 UTC.
      expect(reading.session!.start.epochMs).to.equal(Date.parse('2021-07-01T13:00:00Z'));
      expect(reading.session!.end.epochMs).to.equal(Date.parse('2021-07-01T14:00:00Z'));
      // The suffix still names where the event is.
      expect(reading.session!.eventZone.intlName).to.equal('Europe/Berlin');
    });

    it('a critical [!Europe/Berlin] contradiction → error zone-contradicts-offset', async () => {
      const reading = await read((s) => {
        delete s.timeZone;
        s.start = '2021-07-01T14:00:00+01:00[!Europe/Berlin]';
        s.end = '2021-07-01T16:00:00+02:00';
      });
      expect(reading.errors).to.deep.equal([
        {
          code: 'zone-contradicts-offset',
          path: 'start',
          details: {zone: 'Europe/Berlin', offset: '+01:00', zoneOffset: '+02:00'},
        },
      ]);
      expect(reading.session).to.equal(undefined);
    });

    it('a critical suffix that agrees with its offset is fine', async () => {
      const reading = await read((s) => {
        delete s.timeZone;
        s.start = '2021-07-01T14:00:00+02:00[!Europe/Berlin]';
        s.end = '2021-07-01T15:00:00+02:00[!Europe/Berlin]';
      });
      expect(reading.errors).to.deep.equal([]);
      expect(reading.warnings).to.deep.equal([]);
    });

    it('the Berlin overlap: 02:30+02:00 to 02:30+01:00 is one valid hour, no warnings', async () => {
      const reading = await read((s) => {
        delete s.timeZone;
        s.start = '2025-10-26T02:30:00+02:00[Europe/Berlin]';
        s.end = '2025-10-26T02:30:00+01:00[Europe/Berlin]';
      });
      expect(reading.errors).to.deep.equal([]);
      expect(reading.warnings).to.deep.equal([]);
      expect(reading.session!.end.epochMs - reading.session!.start.epochMs).to.equal(3_600_000);
    });

    it('a timeZone field the offsets contradict → a warning for start and end', async () => {
      const reading = await read((s) => (s.timeZone = 'Europe/Berlin'));
      expect(reading.errors).to.deep.equal([]);
      const details = {zone: 'Europe/Berlin', offset: '-03:00', zoneOffset: '+02:00'};
      expect(reading.warnings).to.deep.equal([
        {code: 'offset-contradicts-zone', path: 'start', details},
        {code: 'offset-contradicts-zone', path: 'end', details},
      ]);
      expect(reading.session!.start.epochMs).to.equal(Date.parse('2021-06-01T17:05:00Z'));
    });

    it('the event zone: timeZone first, else the start suffix, else the fixed offset', async () => {
      const fromSuffix = (
        await read((s) => {
          delete s.timeZone;
          s.start = '2021-06-01T14:05:00-03:00[America/Argentina/Buenos_Aires]';
        })
      ).session!;
      expect(fromSuffix.eventZone.fixed).to.equal(false);
      expect(fromSuffix.eventZone.intlName).to.equal(
        new Intl.DateTimeFormat('en', {timeZone: 'America/Argentina/Buenos_Aires'}).resolvedOptions().timeZone
      );

      const fromOffset = (await read((s) => delete s.timeZone)).session!;
      expect(fromOffset.eventZone.fixed).to.equal(true);
      expect(offsetAt(fromOffset.eventZone, fromOffset.start.epochMs)).to.equal(-180);
      // A fixed offset never changes, even in the other half of the year.
      expect(offsetAt(fromOffset.eventZone, Date.parse('2021-12-01T00:00:00Z'))).to.equal(-180);

      const both = (
        await read((s) => {
          s.timeZone = 'America/Argentina/Cordoba';
          s.start = '2021-06-01T14:05:00-03:00[America/Argentina/Buenos_Aires]';
        })
      ).session!;
      expect(both.eventZone.intlName).to.equal(
        new Intl.DateTimeFormat('en', {timeZone: 'America/Argentina/Cordoba'}).resolvedOptions().timeZone
      );
    });

    it('formatOffset writes ±HH:MM', () => {
      expect(formatOffset(0)).to.equal('+00:00');
      expect(formatOffset(-180)).to.equal('-03:00');
      expect(formatOffset(330)).to.equal('+05:30');
      expect(formatOffset(-570)).to.equal('-09:30');
      expect(formatOffset(840)).to.equal('+14:00');
    });
  });

  describe('attendance', () => {
    const cases: Array<[string, (s: EditableSeed) => void, string | undefined]> = [
      ['platform only → online', (s) => delete s.location, 'online'],
      [
        'location only → in-person',
        (s) => {
          delete s.platform;
          s.location = 'Teatro del Libertador';
        },
        'in-person',
      ],
      ['platform and location → hybrid', (s) => (s.location = 'Teatro del Libertador'), 'hybrid'],
      ['neither → undefined', (s) => delete s.platform, undefined],
      [
        'a named-link platform counts as a platform',
        (s) => (s.platform = {name: 'Zoom', url: 'https://zoom.example/j/1'}),
        'online',
      ],
    ];
    for (const [name, edit, expected] of cases) {
      it(name, async () => {
        const reading = await read((s) => {
          delete s.attendance;
          edit(s);
        });
        expect(reading.errors).to.deep.equal([]);
        expect(reading.session!.attendance).to.equal(expected);
      });
    }

    it('an explicit attendance wins over the derivation', async () => {
      const inPerson = await read((s) => (s.attendance = 'in-person'));
      expect(inPerson.session!.attendance).to.equal('in-person');
      const online = await read((s) => {
        s.attendance = 'online';
        s.location = 'Teatro del Libertador';
      });
      expect(online.session!.attendance).to.equal('online');
    });
  });

  describe('links', () => {
    it('resolves relative URLs against the baseUrl argument', async () => {
      const reading = await read((s) => {
        s.url = '/program/3.2.2';
        s.registration = {required: true, url: 'register?session=3.2.2'};
        s.platform = {name: 'Zoom', url: 'https://zoom.example/j/123'};
        s.organizers = ['ILO', {name: 'ADEC', url: '//adec.example/'}];
        s.speakers = [{name: 'A. Speaker', url: '../people/a'}];
        s.documents = [
          {title: 'One', url: 'slides.pdf'},
          {title: 'Two', url: 'mailto:docs@conf.example'},
        ];
      });
      expect(reading.warnings).to.deep.equal([]);
      expect(Object.fromEntries(reading.session!.hrefs)).to.deep.equal({
        url: 'https://conf.example/program/3.2.2',
        'registration.url': 'https://conf.example/sessions/register?session=3.2.2',
        'platform.url': 'https://zoom.example/j/123',
        'organizers[1].url': 'https://adec.example/',
        'speakers[0].url': 'https://conf.example/people/a',
        'documents[0].url': 'https://conf.example/sessions/slides.pdf',
        'documents[1].url': 'mailto:docs@conf.example',
      });
    });

    it('uses the base it is given, not the page', async () => {
      const reading = await read((s) => (s.documents[0].url = 'slides.pdf'), 'http://other.example/a/b/session.json');
      expect(reading.session!.hrefs.get('documents[0].url')).to.equal('http://other.example/a/b/slides.pdf');
    });

    it('"#" and "" mean no link, and no warning', async () => {
      const reading = await read((s) => {
        s.url = '';
        s.documents = [
          {title: 'One', url: '#'},
          {title: 'Two', url: ''},
          {title: 'Three', url: ' # '},
        ];
      });
      expect(reading.warnings).to.deep.equal([]);
      expect(reading.errors).to.deep.equal([]);
      expect(reading.session!.hrefs.size).to.equal(0);
    });

    it('javascript: → unsafe-url warning with the scheme, and no href', async () => {
      const reading = await read((s) => {
        s.documents[1].url = 'javascript:alert(1)';
        s.url = ' JaVaScRiPt:alert(document.cookie)';
      });
      expect(reading.errors).to.deep.equal([]);
      expect(reading.warnings).to.have.deep.members([
        {code: 'unsafe-url', path: 'documents[1].url', details: {scheme: 'javascript:'}},
        {code: 'unsafe-url', path: 'url', details: {scheme: 'javascript:'}},
      ]);
      expect(reading.session!.hrefs.has('documents[1].url')).to.equal(false);
      expect(reading.session!.hrefs.has('url')).to.equal(false);
      // The session still shows.
      expect(reading.session).to.exist;
    });

    it('data: in a speaker URL → unsafe-url at speakers[0].url', async () => {
      const reading = await read((s) => (s.speakers = [{name: 'X', url: 'data:text/html,<script>alert(1)</script>'}]));
      expect(reading.warnings).to.deep.equal([
        {code: 'unsafe-url', path: 'speakers[0].url', details: {scheme: 'data:'}},
      ]);
      expect(reading.session!.hrefs.size).to.equal(0);
    });

    it('an unparseable URL → invalid-url warning and no href', async () => {
      const reading = await read((s) => (s.registration = {required: true, url: 'http://[::1'}));
      expect(reading.warnings).to.deep.equal([{code: 'invalid-url', path: 'registration.url'}]);
      expect(reading.session!.hrefs.size).to.equal(0);
    });

    it('plain-string platforms and organizers carry no URL', async () => {
      const reading = await read((s) => (s.platform = 'https://zoom.example/j/1'));
      expect(reading.session!.hrefs.has('platform.url')).to.equal(false);
      expect(reading.session!.hrefs.size).to.equal(0);
    });
  });

  describe('other warnings', () => {
    it('an invalid language tag → invalid-language-tag at its index', async () => {
      const reading = await read((s) => (s.languages = ['en', 'en_US', 'fr', 'not a tag']));
      expect(reading.errors).to.deep.equal([]);
      expect(reading.warnings).to.deep.equal([
        {code: 'invalid-language-tag', path: 'languages[1]', details: {tag: 'en_US'}},
        {code: 'invalid-language-tag', path: 'languages[3]', details: {tag: 'not a tag'}},
      ]);
    });

    it('valid tags with script and region give no warning', async () => {
      const reading = await read(
        (s) => (s.languages = ['es-AR', 'zh-Hans-CN', 'pt-BR', 'ca-ES-valencia', 'yue', 'EN-gb'])
      );
      expect(reading.warnings).to.deep.equal([]);
    });

    it('remaining > capacity → remaining-exceeds-capacity at remaining', async () => {
      const reading = await read((s) => (s.remaining = 161));
      expect(reading.errors).to.deep.equal([]);
      expect(brief(reading.warnings)).to.deep.equal([{code: 'remaining-exceeds-capacity', path: 'remaining'}]);
    });

    it('remaining == capacity, or either alone, gives no warning', async () => {
      expect((await read((s) => (s.remaining = 160))).warnings).to.deep.equal([]);
      expect(
        (
          await read((s) => {
            delete s.capacity;
            s.remaining = 1000;
          })
        ).warnings
      ).to.deep.equal([]);
    });

    it('warnings never hide errors: an error leaves no session even with warnings pending', async () => {
      const reading = await read((s) => {
        s.remaining = 999;
        s.end = s.start;
      });
      expect(brief(reading.errors)).to.deep.equal([{code: 'end-before-start', path: 'end'}]);
      expect(reading.session).to.equal(undefined);
    });
  });
});

describe('readSessionJson', () => {
  it('malformed JSON on line 3 → malformed-json with that line and column', () => {
    const lines = [
      '{',
      '  "title": "A session",',
      '  "start": "2021-06-01T14:05:00Z",,',
      '  "end": "2021-06-01T15:05:00Z"',
      '}',
    ];
    const reading = readSessionJson(lines.join('\n'), BASE);
    expect(reading.errors).to.have.length(1);
    const [error] = reading.errors;
    expect(error.code).to.equal('malformed-json');
    expect(error.path).to.equal('');
    expect(error.details!.line).to.equal(3);
    // The second comma, counted from 1.
    expect(error.details!.column).to.equal(lines[2].indexOf(',,') + 2);
    expect(reading.session).to.equal(undefined);
  });

  it('a fault on the first line of a multi-line text is on line 1', () => {
    const reading = readSessionJson('{"title" "x",\n"start": 1\n}', BASE);
    expect(reading.errors[0]).to.deep.include({code: 'malformed-json', path: ''});
    expect(reading.errors[0].details!.line).to.equal(1);
  });

  it('text that ends too early → malformed-json at its end', () => {
    const reading = readSessionJson('{\n  "title": "x",\n  "start": "2021', BASE);
    expect(reading.errors[0].code).to.equal('malformed-json');
    expect(reading.errors[0].details!.line).to.equal(3);
  });

  it('empty text → malformed-json on line 1', () => {
    const reading = readSessionJson('', BASE);
    expect(reading.errors).to.deep.equal([{code: 'malformed-json', path: '', details: {line: 1, column: 1}}]);
  });

  it('a JSON root array → wrong-type at the empty path', () => {
    const reading = readSessionJson('[]', BASE);
    expect(brief(reading.errors)).to.deep.equal([{code: 'wrong-type', path: ''}]);
  });

  it('valid JSON goes through the same checks as readSession', () => {
    const reading = readSessionJson(
      '{"title": "x", "start": "2021-06-01T14:05:00Z", "end": "2021-06-01T14:05:00Z"}',
      BASE
    );
    expect(brief(reading.errors)).to.deep.equal([{code: 'end-before-start', path: 'end'}]);
  });
});

describe('readSession: a blank title', () => {
  for (const title of ['', '   ', {en: '', fr: ' '}]) {
    it(`reports ${JSON.stringify(title)} as empty-value at title`, () => {
      const reading = readSession(
        {title, start: '2021-06-01T14:05:00Z', end: '2021-06-01T15:00:00Z'},
        'https://example.org/'
      );
      expect(reading.session).to.equal(undefined);
      expect(reading.errors.map((e) => [e.code, e.path])).to.deep.equal([['empty-value', 'title']]);
    });
  }
  it('accepts a map with one non-blank entry', () => {
    const reading = readSession(
      {title: {en: '', fr: 'Titre'}, start: '2021-06-01T14:05:00Z', end: '2021-06-01T15:00:00Z'},
      'https://example.org/'
    );
    expect(reading.errors).to.deep.equal([]);
  });
});
