/**
 * fromText on texts of our own making in the forum's form: labelled lines, the session
 * code, tracks, languages, sections and documents; the Time line's zones must agree.
 */
import {expect} from '@open-wc/testing';
import type {Session} from '../../src/contract/session-schema.js';
import {fromText} from '../../src/import/from-text.js';
import type {ImportProblem, ImportResult} from '../../src/import/import-result.js';

const TEXT = `
Panel

Title of the session 1.4.2: Water for all cities.

Thematic Line 1: Cities and climate.

Sub-theme 1.4: Water

Organizers: UN-Habitat; City of Rosario, FAMSI

Date: 14/09/2022

Time: 10:00 - 11:30 (UTC-3) / 15:00 - 16:30 (UTC+2)

Platform: MS Teams

Capacity of the session: 1,200

Registration needed: No

Language: ENG / ESP & PT

Short summary of the session (max. 250 words):

Cities share their water plans.

Two paragraphs of them.

1. Conceptualization of the session *(max. 1000 words)*

Water is scarce.



Plans help.

2. Objectives (*max. 100 words*)

3. Main points of discussion (*max. 150 words*)

Tariffs, leaks and rain.

4. Relevant documents (*if applicable*)

- [Water plan 2030](https://rosario.example/plan.pdf)
- [Draft report](#)
- [Notes]()
`;

function sessionOf(result: ImportResult): Session {
  if (!('session' in result)) throw new Error(`expected a session, got ${JSON.stringify(result.errors)}`);
  return result.session;
}
function errorsOf(result: ImportResult): ImportProblem[] {
  if (!('errors' in result)) throw new Error(`expected errors, got ${JSON.stringify(result.session)}`);
  return result.errors;
}
const warningsOf = (result: ImportResult) => ('warnings' in result ? result.warnings : []);
const brief = (problems: ImportProblem[]) => problems.map(({code, path}) => ({code, path}));
/** The text with its Time line (or another line) replaced. */
const withLine = (label: string, line: string) => TEXT.replace(new RegExp(`^${label}:.*$`, 'm'), line);

describe('fromText', () => {
  it('reads every line of the form', () => {
    const result = fromText(TEXT);
    expect(sessionOf(result)).to.deep.equal({
      title: 'Water for all cities',
      id: '1.4.2',
      type: 'Panel',
      tracks: ['Thematic Line 1: Cities and climate', 'Sub-theme 1.4: Water'],
      start: '2022-09-14T10:00:00-03:00',
      end: '2022-09-14T11:30:00-03:00',
      attendance: 'online',
      platform: 'Microsoft Teams',
      capacity: 1200,
      registration: {required: false},
      languages: ['en', 'es', 'pt'],
      organizers: ['UN-Habitat', 'City of Rosario', 'FAMSI'],
      summary: 'Cities share their water plans.\n\nTwo paragraphs of them.',
      sections: [
        {heading: 'Conceptualization', body: 'Water is scarce.\n\nPlans help.'},
        {heading: 'Main points of discussion', body: 'Tariffs, leaks and rain.'},
      ],
      documents: [
        {title: 'Water plan 2030', url: 'https://rosario.example/plan.pdf'},
        {title: 'Draft report'},
        {title: 'Notes'},
      ],
    });
    // 14/09 can only be day first: the one warning is the zone the offsets do not name.
    expect(brief(warningsOf(result))).to.deep.equal([{code: 'no-time-zone', path: 'Time'}]);
    expect(warningsOf(result)[0].message).to.contain('-03:00').and.contain('timeZone');
  });

  describe('dates', () => {
    it('reads an ambiguous date day first, with a warning', () => {
      const result = fromText(withLine('Date', 'Date: 01/06/2021'));
      expect(sessionOf(result).start).to.equal('2021-06-01T10:00:00-03:00');
      const warning = warningsOf(result).find((w) => w.code === 'date-order-assumed')!;
      expect(warning).to.include({path: 'Date'});
      expect(warning.details).to.include({value: '01/06/2021', read: '2021-06-01'});
      expect(warning.message).to.contain('1 June 2021').and.contain('dateOrder');
    });

    it('reads it as told, without the warning, when dateOrder is given', () => {
      const text = withLine('Date', 'Date: 01/06/2021');
      const monthFirst = fromText(text, {dateOrder: 'month-first'});
      expect(sessionOf(monthFirst).start).to.equal('2021-01-06T10:00:00-03:00');
      expect(sessionOf(fromText(text, {dateOrder: 'day-first'})).start).to.equal('2021-06-01T10:00:00-03:00');
      for (const result of [monthFirst, fromText(text, {dateOrder: 'day-first'})]) {
        expect(brief(warningsOf(result))).to.deep.equal([{code: 'no-time-zone', path: 'Time'}]);
      }
    });

    it('reads unambiguous forms without a warning', () => {
      for (const date of [
        '2022-09-14',
        '09/14/2022',
        '14.09.2022',
        '14 September 2022',
        'September 14th, 2022',
        'Sep 14, 2022',
      ]) {
        const result = fromText(withLine('Date', `Date: ${date}`));
        expect(sessionOf(result).start, date).to.equal('2022-09-14T10:00:00-03:00');
        expect(brief(warningsOf(result)), date).to.deep.equal([{code: 'no-time-zone', path: 'Time'}]);
      }
    });

    it('a date that is none, or no date, is an error', () => {
      expect(brief(errorsOf(fromText(withLine('Date', 'Date: 31/02/2022'))))).to.deep.equal([
        {code: 'invalid-date', path: 'Date'},
      ]);
      expect(brief(errorsOf(fromText(withLine('Date', 'Date: soon'))))).to.deep.equal([
        {code: 'invalid-date', path: 'Date'},
      ]);
      expect(brief(errorsOf(fromText(withLine('Date', ''))))).to.deep.equal([{code: 'missing-field', path: 'Date'}]);
    });
  });

  describe('the Time line', () => {
    it('two zones naming different instants are an error', () => {
      const [error, ...rest] = errorsOf(
        fromText(withLine('Time', 'Time: 10:00 - 11:30 (UTC-3) / 16:00 - 17:30 (UTC+2)'))
      );
      expect(rest).to.deep.equal([]);
      expect(error).to.include({code: 'zones-disagree', path: 'Time'});
      expect(error.message).to.contain('15:00 at +02:00');
      // The ends disagree too.
      expect(
        errorsOf(fromText(withLine('Time', 'Time: 10:00 - 11:30 (UTC-3) / 15:00 - 16:45 (UTC+2)')))[0].code
      ).to.equal('zones-disagree');
    });

    it('compares times of day: another zone may be on the next day', () => {
      const session = sessionOf(fromText(withLine('Time', 'Time: 21:00 - 22:30 (UTC-3) / 09:00 - 10:30 (UTC+9)')));
      expect(session.start).to.equal('2022-09-14T21:00:00-03:00');
      expect(Date.parse(session.start)).to.equal(Date.parse('2022-09-15T00:00:00Z'));
    });

    it('a range past midnight ends on the next day', () => {
      expect(sessionOf(fromText(withLine('Time', 'Time: 23:30 - 00:30 (UTC+1)'))).end).to.equal(
        '2022-09-15T00:30:00+01:00'
      );
    });

    it('reads GMT, minutes in the offset, a bare UTC and other separators', () => {
      expect(sessionOf(fromText(withLine('Time', 'Time: 18:30–20:00 GMT+05:30'))).start).to.equal(
        '2022-09-14T18:30:00+05:30'
      );
      expect(sessionOf(fromText(withLine('Time', 'Time: 13h00 to 14h30 (UTC)'))).start).to.equal(
        '2022-09-14T13:00:00+00:00'
      );
      expect(sessionOf(fromText(withLine('Time', 'Time: 10.00 - 11.30 (UTC−3, Rosario)'))).start).to.equal(
        '2022-09-14T10:00:00-03:00'
      );
    });

    it('an IANA zone after the times gives the instants and the zone, without the warning', () => {
      const result = fromText(withLine('Time', 'Time: 10:00 - 11:30 (America/Argentina/Cordoba)'));
      expect(sessionOf(result)).to.deep.include({
        start: '2022-09-14T10:00:00-03:00',
        end: '2022-09-14T11:30:00-03:00',
        timeZone: 'America/Argentina/Cordoba',
      });
      expect(warningsOf(result)).to.deep.equal([]);
    });

    it('a Time zone line names the zone when it agrees with the offsets, and warns when it does not', () => {
      const agreeing = fromText(TEXT.replace('Platform:', 'Time zone: America/Argentina/Cordoba\n\nPlatform:'));
      expect(sessionOf(agreeing).timeZone).to.equal('America/Argentina/Cordoba');
      expect(warningsOf(agreeing)).to.deep.equal([]);
      const disagreeing = fromText(TEXT.replace('Platform:', 'Time zone: Europe/Madrid\n\nPlatform:'));
      expect(sessionOf(disagreeing)).to.not.have.property('timeZone');
      expect(brief(warningsOf(disagreeing))).to.deep.equal([
        {code: 'time-zone-disagrees', path: 'Time zone'},
        {code: 'no-time-zone', path: 'Time'},
      ]);
    });

    it('times without an offset, an unknown zone, or no times, are errors', () => {
      const codeOf = (line: string) => brief(errorsOf(fromText(withLine('Time', line))));
      expect(codeOf('Time: 10:00 - 11:30')).to.deep.equal([{code: 'missing-offset', path: 'Time'}]);
      expect(codeOf('Time: 10:00 - 11:30 (Buenos Aires)')).to.deep.equal([{code: 'unknown-time-zone', path: 'Time'}]);
      expect(codeOf('Time: morning')).to.deep.equal([{code: 'invalid-time', path: 'Time'}]);
      expect(codeOf('Time: 25:00 - 26:00 (UTC)')).to.deep.equal([{code: 'invalid-time', path: 'Time'}]);
      expect(codeOf('')).to.deep.equal([{code: 'missing-field', path: 'Time'}]);
    });

    it('never writes an Etc/GMT zone for a bare offset', () => {
      expect(sessionOf(fromText(TEXT))).to.not.have.property('timeZone');
    });
  });

  describe('the other lines', () => {
    it('maps the forums’ language abbreviations and names to BCP 47 tags, and warns of the rest', () => {
      const languagesOf = (line: string) => fromText(withLine('Language', `Language: ${line}`));
      expect(sessionOf(languagesOf('EN/FR/SPA')).languages).to.deep.equal(['en', 'fr', 'es']);
      expect(sessionOf(languagesOf('ENG, FRA, SP, ESP, POR')).languages).to.deep.equal(['en', 'fr', 'es', 'pt']);
      expect(sessionOf(languagesOf('AR / ARA / ZH / CHI / RU / RUS / DE / GER')).languages).to.deep.equal([
        'ar',
        'zh',
        'ru',
        'de',
      ]);
      expect(sessionOf(languagesOf('English and Español')).languages).to.deep.equal(['en', 'es']);
      const unknown = languagesOf('EN/Klingon');
      expect(sessionOf(unknown).languages).to.deep.equal(['en']);
      expect(brief(warningsOf(unknown))).to.deep.include({code: 'unknown-language', path: 'Language'});
    });

    it('registration: yes, no, or a link', () => {
      const registrationOf = (value: string) =>
        fromText(withLine('Registration needed', `Registration needed: ${value}`));
      expect(sessionOf(registrationOf('Yes')).registration).to.deep.equal({required: true});
      expect(sessionOf(registrationOf('yes, at https://reg.example/1')).registration).to.deep.equal({
        required: true,
        url: 'https://reg.example/1',
      });
      const unclear = registrationOf('maybe');
      expect(sessionOf(unclear)).to.not.have.property('registration');
      expect(brief(warningsOf(unclear))).to.deep.include({code: 'invalid-registration', path: 'Registration needed'});
    });

    it('platforms by their usual names, with a link when one is given', () => {
      const platformOf = (value: string) => sessionOf(fromText(withLine('Platform', `Platform: ${value}`))).platform;
      expect(platformOf('ZOOM')).to.equal('Zoom');
      expect(platformOf('Google Meet')).to.equal('Google Meet');
      expect(platformOf('Hopin')).to.equal('Hopin');
      expect(platformOf('Zoom (https://zoom.example/j/1)')).to.deep.equal({
        name: 'Zoom',
        url: 'https://zoom.example/j/1',
      });
    });

    it('a capacity that is no number is left out, with a warning', () => {
      const result = fromText(withLine('Capacity of the session', 'Capacity of the session: many'));
      expect(sessionOf(result)).to.not.have.property('capacity');
      expect(brief(warningsOf(result))).to.deep.include({code: 'invalid-capacity', path: 'Capacity of the session'});
    });

    it('a location makes it in person, or hybrid with a platform', () => {
      expect(sessionOf(fromText(TEXT.replace('Platform: MS Teams', 'Venue: Rosario City Hall')))).to.deep.include({
        location: 'Rosario City Hall',
        attendance: 'in-person',
      });
      expect(sessionOf(fromText(TEXT.replace('Platform:', 'Venue: Hall\n\nPlatform:'))).attendance).to.equal('hybrid');
    });

    it('speakers, with an affiliation in brackets', () => {
      const session = sessionOf(fromText(TEXT.replace('Platform:', 'Speakers: Ana Ruiz (UNR), Bo Li\n\nPlatform:')));
      expect(session.speakers).to.deep.equal([{name: 'Ana Ruiz', affiliation: 'UNR'}, {name: 'Bo Li'}]);
    });

    it('a labelled line it does not know is left out, with a warning', () => {
      const result = fromText(TEXT.replace('Platform:', 'Moderator: Eve\n\nPlatform:'));
      expect(brief(warningsOf(result))).to.deep.include({code: 'unknown-label', path: 'Moderator'});
    });

    it('a numbered list inside a section stays in the section', () => {
      const text = TEXT.replace('Water is scarce.', 'Water is scarce:\n1. in the north\n2. in the south');
      expect(sessionOf(fromText(text)).sections![0]).to.deep.equal({
        heading: 'Conceptualization',
        body: 'Water is scarce:\n1. in the north\n2. in the south\n\nPlans help.',
      });
    });

    it('reads \\r\\n line ends', () => {
      expect(sessionOf(fromText(TEXT.replace(/\n/g, '\r\n')))).to.deep.equal(sessionOf(fromText(TEXT)));
    });

    it('a text without a title is the card reader’s error', () => {
      expect(brief(errorsOf(fromText(withLine('Title of the session 1.4.2', ''))))).to.deep.equal([
        {code: 'missing-field', path: 'title'},
      ]);
    });
  });
});
