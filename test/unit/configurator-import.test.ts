/**
 * The configurator's input: which kind an editor pasted, and the session JSON each importer
 * makes of it, with the importer's own problems (the card's reader raises its own later).
 */
import {expect} from '@open-wc/testing';
import {importInput} from '../../demo/configurator/import-input.js';
import {fromSchemaOrg} from '../../src/import/from-schema-org.js';
import {detectInput} from '../../demo/configurator/input-kind.js';
import {matchingTalks, talkLabel} from '../../demo/configurator/talk-search.js';

const BASE = 'https://configurator.example/';
const text = async (path: string) => (await fetch(path)).text();

describe('configurator input', () => {
  it('tells the kinds apart, JSON as the card does', () => {
    const kind = (input: string) => detectInput(input)?.kind;
    expect(kind('  \n ')).to.equal(undefined);
    expect(kind('Title of the session 1.1: x')).to.equal('text');
    expect(kind('{"title": "x", "start": "2021-06-01T10:00Z", "end": "2021-06-01T11:00Z"}')).to.equal('session');
    expect(kind('\ufeff{"title": ')).to.equal('session');
    expect(kind('[1, 2]')).to.equal('session');
    expect(kind('{"@context": "https://schema.org", "@type": "Event"}')).to.equal('schema-org');
    expect(kind('[{"@type": "Event"}]')).to.equal('schema-org');
    expect(kind('{"@graph": []}')).to.equal('schema-org');
    expect(kind('{"schedule": {"conference": {"days": []}}}')).to.equal('schedule');
    expect(kind('{"conference": {"days": []}}')).to.equal('schedule');
    expect(kind('{"guid": "1", "title": "x"}')).to.equal('schedule');
    expect(kind('{"title": "x", "date": "2021-06-01T10:00:00+02:00", "duration": "00:30"}')).to.equal('schedule');
    expect(kind('{"title": "x", "date": "2021-06-01T10:00:00+02:00"}'), 'as the card reads it').to.equal('session');
  });

  it('imports the seed text with its assumption about the date order, and without it when told', async () => {
    const seed = await text('/shared-seeds/000_c83a2b331e23f6cb.txt');
    const assumed = importInput(seed, {baseUrl: BASE})!;
    expect(assumed.kind).to.equal('text');
    expect(assumed.errors).to.deep.equal([]);
    expect(assumed.warnings.map((w) => w.code)).to.include('date-order-assumed');
    const session = JSON.parse(assumed.json!) as Record<string, unknown>;
    expect(session.start).to.equal('2021-06-01T14:05:00-03:00');
    expect(session.id).to.equal('3.2.2');
    const told = importInput(seed, {baseUrl: BASE, dateOrder: 'day-first'})!;
    expect(told.warnings.map((w) => w.code)).not.to.include('date-order-assumed');
  });

  it('keeps a pasted session JSON as written, for the card reader to check', () => {
    const input = '{\n"title": "x",   "start": "nope"}';
    expect(importInput(input, {baseUrl: BASE})).to.deep.equal({
      kind: 'session',
      talks: [],
      json: input,
      errors: [],
      warnings: [],
    });
  });

  it('lists the errors of a schema.org event with their paths', () => {
    const event = {'@context': 'https://schema.org', '@type': 'Event', name: 'x', startDate: '2025-07-21T19:00'};
    const outcome = importInput(JSON.stringify(event), {baseUrl: BASE})!;
    expect(outcome.kind).to.equal('schema-org');
    expect(outcome.json).to.equal(undefined);
    expect(outcome.errors.map(({code, path}) => ({code, path}))).to.deep.include({
      code: 'missing-offset',
      path: 'startDate',
    });
    expect(outcome.errors.every((error) => error.message.length > 20)).to.equal(true);
  });

  it('lists the talks of a schedule, imports none until one is picked, then that one', async () => {
    const schedule = await text('/real-fixtures/voc-schedule/examples/pretalx-democon.json');
    const listed = importInput(schedule, {baseUrl: BASE})!;
    expect(listed.kind).to.equal('schedule');
    expect(listed.talks.length).to.be.greaterThan(10);
    expect(listed.json).to.equal(undefined);
    expect(listed.errors).to.deep.equal([]);
    const [first] = listed.talks;
    const picked = importInput(schedule, {baseUrl: BASE, talk: first.id})!;
    expect(picked.errors).to.deep.equal([]);
    expect(JSON.parse(picked.json!)).to.have.property('title', first.title);
  });

  it('does not list the reader’s own warnings among the importer’s', () => {
    const event = {
      '@type': 'Event',
      name: 'x',
      startDate: '2025-07-21T19:00:00-05:00',
      endDate: '2025-07-21T20:00:00-05:00',
      url: 'javascript:alert(1)',
    };
    const imported = fromSchemaOrg(event, {baseUrl: BASE});
    expect('warnings' in imported && imported.warnings.map((w) => w.code)).to.include('unsafe-url');
    const outcome = importInput(JSON.stringify(event), {baseUrl: BASE})!;
    expect(outcome.json).to.be.a('string');
    expect(outcome.warnings.map((w) => w.code)).not.to.include('unsafe-url');
  });

  it('finds talks by every word typed, without regard to case or accents', () => {
    const talks = [
      {id: 'AB12', title: 'Café au lait', start: '2019-08-21T11:00:00+02:00'},
      {id: 'CD34', title: 'Opening', start: '2019-08-22T10:00:00+02:00'},
    ];
    expect(matchingTalks(talks, 'CAFE lait')).to.deep.equal([talks[0]]);
    expect(matchingTalks(talks, 'cd34')).to.deep.equal([talks[1]]);
    expect(matchingTalks(talks, '08-22')).to.deep.equal([talks[1]]);
    expect(matchingTalks(talks, '  ')).to.deep.equal(talks);
    expect(matchingTalks(talks, 'cafe opening')).to.deep.equal([]);
    expect(talkLabel(talks[0])).to.equal('2019-08-21 11:00 · Café au lait');
  });
});
