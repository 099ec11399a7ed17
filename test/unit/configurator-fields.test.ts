/**
 * The configurator's form model: a session as form values and back. Values the editor did
 * not touch come back exactly as written; a changed wall time is written at the zone's
 * offset for that day (daylight saving time included); what the form cannot edit stays.
 */
import {expect} from '@open-wc/testing';
import {fieldsOf, withFields, type SessionFields} from '../../demo/configurator/session-fields.js';
import {dateTimeOf, wallTimeOf, zoneOffsetAtWallTime} from '../../demo/configurator/wall-time.js';

type Json = Record<string, unknown>;

const seed = async () => (await (await fetch('/demo/sessions/3.2.2.json')).json()) as Json;
const edited = (session: Json, change: (fields: SessionFields) => void) => {
  const fields = fieldsOf(session);
  change(fields);
  return withFields(session, fields);
};

describe('configurator form model', () => {
  it('fills the form from the seed and writes it back unchanged', async () => {
    const session = await seed();
    const fields = fieldsOf(session);
    expect(fields.title.text).to.match(/^Social innovation/);
    expect(fields.start).to.deep.equal({date: '2021-06-01', time: '14:05', offset: '-03:00'});
    expect(fields.end).to.deep.equal({date: '2021-06-01', time: '15:35', offset: '-03:00'});
    expect(fields.timeZone).to.equal('America/Argentina/Cordoba');
    expect(fields.languages).to.equal('en, fr, es');
    expect(fields.capacity).to.equal('160');
    expect(fields.registration).to.equal('required');
    expect(fields.organizers).to.deep.equal({text: 'ILO\nADEC\nFAMSI', locked: false});
    expect(fields.documents.map((d) => d.url)).to.deep.equal(['#', '#']);
    const back = withFields(session, fields);
    expect(back).to.deep.equal(session);
    expect(Object.keys(back), 'the keys keep their order').to.deep.equal(Object.keys(session));
  });

  it('keeps a date-time as written (seconds, a zone suffix) while its wall time is unchanged', () => {
    const session = {title: 'x', start: '2021-06-01T14:05:30Z[Europe/London]', end: '2021-06-01T15:00:00+01:00'};
    const fields = fieldsOf(session);
    expect(fields.start).to.deep.equal({date: '2021-06-01', time: '14:05:30', offset: '+00:00'});
    fields.title.text = 'y';
    expect(withFields(session, fields)).to.deep.equal({...session, title: 'y'});
  });

  it('writes a changed time at the zone offset of that day, across daylight saving time', async () => {
    const session = await seed();
    const moved = edited(session, (fields) => {
      fields.timeZone = 'Europe/Berlin';
      fields.start = {...fields.start, date: '2021-03-28', time: '01:30'};
      fields.end = {...fields.end, date: '2021-03-28', time: '03:30'};
    });
    expect(moved.start).to.equal('2021-03-28T01:30:00+01:00');
    expect(moved.end).to.equal('2021-03-28T03:30:00+02:00');
    expect(moved.timeZone).to.equal('Europe/Berlin');
  });

  it('uses the typed offset when no zone is given, and leaves the offset out when there is none', () => {
    const session = {title: 'x', start: '2021-06-01T14:05:00-03:00', end: '2021-06-01T15:00:00-03:00'};
    const fields = fieldsOf(session);
    fields.start = {date: '2021-06-02', time: '09:00', offset: '+05:30'};
    fields.end = {date: '2021-06-02', time: '10:00', offset: ''};
    const result = withFields(session, fields);
    expect(result.start).to.equal('2021-06-02T09:00:00+05:30');
    expect(result.end, 'the reader then says missing-offset').to.equal('2021-06-02T10:00:00');
  });

  it('leaves out a field emptied in the form, and adds new ones at the end', async () => {
    const session = await seed();
    const result = edited(session, (fields) => {
      fields.capacity = '';
      fields.languages = 'pt ar';
      fields.remaining = '12';
      fields.registration = '';
      fields.platformUrl = 'https://zoom.example/j/1';
      fields.tracks.text = 'Line 3\n\n  Sub-theme 3.2  ';
    });
    expect(result).not.to.have.property('capacity');
    expect(result).not.to.have.property('registration');
    expect(result.languages).to.deep.equal(['pt', 'ar']);
    expect(result.platform).to.deep.equal({name: 'Zoom', url: 'https://zoom.example/j/1'});
    expect(result.tracks).to.deep.equal(['Line 3', 'Sub-theme 3.2']);
    expect(Object.keys(result).at(-1)).to.equal('remaining');
  });

  it('edits the documents: a row removed, a row added, each keeping its own fields', () => {
    const session = {
      title: 'x',
      start: '2021-06-01T14:05:00Z',
      end: '2021-06-01T15:00:00Z',
      documents: [
        {title: {en: 'Slides', fr: 'Diapos'}, url: 'a.pdf'},
        {title: 'Notes'},
        {title: 'Paper', url: 'p.pdf'},
      ],
    };
    const result = edited(session, (fields) => {
      expect(fields.documents[0].title).to.deep.equal({text: 'Slides', translations: ['en', 'fr']});
      fields.documents.splice(1, 1);
      fields.documents[1].url = 'paper.pdf';
      fields.documents.push({title: {text: 'Video'}, url: 'https://v.example/1'}, {title: {text: '  '}, url: 'x'});
    });
    expect(result.documents).to.deep.equal([
      {title: {en: 'Slides', fr: 'Diapos'}, url: 'a.pdf'},
      {title: 'Paper', url: 'paper.pdf'},
      {title: 'Video', url: 'https://v.example/1'},
    ]);
  });

  it('leaves translated texts and linked organizers as they are', () => {
    const session = {
      title: {en: 'Water', es: 'Agua'},
      start: '2021-06-01T14:05:00Z',
      end: '2021-06-01T15:00:00Z',
      organizers: ['ILO', {name: 'FAMSI', url: 'https://famsi.example'}],
    };
    const fields = fieldsOf(session);
    expect(fields.organizers.locked).to.equal(true);
    fields.title.text = 'changed';
    fields.organizers.text = '';
    fields.registration = 'not-required';
    expect(withFields(session, fields)).to.deep.equal({...session, registration: {required: false}});
  });

  it('reads wall times of date-times as written, or what can be seen of them', () => {
    expect(wallTimeOf('2021-06-01T14:05')).to.deep.equal({date: '2021-06-01', time: '14:05', offset: ''});
    expect(wallTimeOf('tomorrow')).to.deep.equal({date: '', time: '', offset: ''});
    expect(wallTimeOf(42)).to.deep.equal({date: '', time: '', offset: ''});
    expect(dateTimeOf({date: '', time: '10:00', offset: 'Z'}, '')).to.equal('');
    expect(dateTimeOf({date: '2021-06-01', time: '10:00', offset: 'Z'}, '')).to.equal('2021-06-01T10:00:00+00:00');
    // A time the clocks skip (Berlin, 28 March 2021, 02:30) takes the offset before the gap.
    expect(zoneOffsetAtWallTime('Europe/Berlin', '2021-03-28', '02:30')).to.equal(60);
    // A time that happens twice (31 October 2021, 02:30) is the first of the two.
    expect(zoneOffsetAtWallTime('Europe/Berlin', '2021-10-31', '02:30')).to.equal(120);
    expect(zoneOffsetAtWallTime('Not/A_Zone', '2021-10-31', '02:30')).to.equal(undefined);
  });
});
