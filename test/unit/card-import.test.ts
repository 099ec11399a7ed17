/**
 * What the card does with published data before it checks it: which inputs it takes for a
 * schedule or a schema.org Event (and which it leaves to its own reader), and that every
 * problem the importers can hand the card has words in every interface language.
 */
import {expect} from '@open-wc/testing';
import {importForCard} from '../../src/import/card-import.js';
import {importKindOf} from '../../src/import/import-kind.js';
import {reportProblem} from '../../src/i18n/describe-problem.js';
import {inLocale, supportedLocales} from '../../src/i18n/localization.js';
import type {Problem} from '../../src/contract/problems.js';

const BASE = 'https://page.example/';
const talk = {guid: 'g1', date: '2024-06-01T10:00:00+02:00', duration: '0:45', title: 'A talk'};

describe('importKindOf', () => {
  it('knows schedules, single talks and JSON-LD by their top-level keys', () => {
    expect(importKindOf({schedule: {conference: {days: []}}})).to.equal('schedule');
    expect(importKindOf({conference: {days: []}})).to.equal('schedule');
    expect(importKindOf(talk)).to.equal('schedule');
    expect(importKindOf({title: 'x', date: '2024-06-01T10:00:00Z', duration: 3600})).to.equal('schedule');
    expect(importKindOf({'@context': 'https://schema.org', '@type': 'Event'})).to.equal('schema-org');
    expect(importKindOf({'@graph': []})).to.equal('schema-org');
    expect(importKindOf([{'@type': 'Event'}, {'@type': 'Place'}])).to.equal('schema-org');
  });

  it('leaves the card’s own format, and anything else, to the card’s reader', () => {
    expect(importKindOf({title: 'x', start: '2024-06-01T10:00:00Z', end: '2024-06-01T11:00:00Z'})).to.equal(undefined);
    for (const value of [null, 1, 'text', [], [{title: 'x'}], {}, {date: '2024-06-01'}]) {
      expect(importKindOf(value), JSON.stringify(value)).to.equal(undefined);
    }
  });
});

describe('importForCard', () => {
  it('gives the card a checked session from one talk', () => {
    const reading = importForCard(talk, 'schedule', {baseUrl: BASE});
    expect(reading.errors).to.deep.equal([]);
    expect(reading.session?.data.title).to.equal('A talk');
    expect(reading.session?.end.epochMs).to.equal(Date.parse('2024-06-01T08:45:00Z'));
  });

  it('hands the importers’ problems over as codes, paths and details, without their English words', () => {
    const reading = importForCard(
      {schedule: {conference: {days: [{rooms: {A: [talk, {...talk, guid: 'g2'}]}}]}}},
      'schedule',
      {
        baseUrl: BASE,
      }
    );
    expect(reading.errors).to.deep.equal([{code: 'session-not-chosen', path: '', details: {count: 2}}]);
  });

  it('has words in every interface language for every problem the importers can hand the card', () => {
    const inputs: Array<[unknown, 'schedule' | 'schema-org', string?]> = [
      [{schedule: {}}, 'schedule'],
      [{schedule: {conference: {days: []}}}, 'schedule'],
      [{schedule: {conference: {days: [{rooms: {A: [talk, {...talk, guid: 'g2'}]}}]}}}, 'schedule'],
      [{schedule: {conference: {days: [{rooms: {A: [talk]}}]}}}, 'schedule', 'nope'],
      [{...talk, duration: 'soon'}, 'schedule'],
      [{...talk, date: '2024-06-01'}, 'schedule'],
      [{schedule: {conference: {time_zone_name: 'Asia/Tokyo', days: [{rooms: {A: [talk]}}]}}}, 'schedule', 'g1'],
      [{'@type': 'Place'}, 'schema-org'],
      [{'@type': 'Event', name: 'x', eventSchedule: {}}, 'schema-org'],
      [{'@type': 'Event', name: 'x', startDate: '2024-06-01T10:00:00Z'}, 'schema-org'],
      [{'@type': 'Event', name: 'x', startDate: '2024-06-01T10:00:00Z', duration: 'P1Y'}, 'schema-org'],
      [
        [
          {'@type': 'Event', name: 'x', startDate: '2024-06-01T10:00:00Z', endDate: '2024-06-01T11:00:00Z'},
          {'@type': 'Event', name: 'y', startDate: '2024-06-01T10:00:00Z', endDate: '2024-06-01T11:00:00Z'},
        ],
        'schema-org',
      ],
      [
        {
          '@type': 'Event',
          name: 'x',
          startDate: '2024-06-01T10:00:00Z',
          endDate: '2024-06-01T11:00:00Z',
          eventStatus: 'Maybe',
          inLanguage: 'not a tag!',
          offers: {url: 'https://t.example/', validThrough: '2024-05-30T10:00'},
        },
        'schema-org',
      ],
    ];
    const seen = new Set<string>();
    for (const [value, kind, sessionId] of inputs) {
      const reading = importForCard(value, kind, {baseUrl: BASE, sessionId});
      for (const problem of [...reading.errors, ...reading.warnings] as Problem[]) {
        seen.add(problem.code);
        for (const locale of supportedLocales) {
          const {message} = inLocale(locale, () => reportProblem(problem));
          expect(message, `${problem.code} in ${locale}`).to.be.a('string').and.not.equal('');
          expect(message, `${problem.code} in ${locale}`).not.to.contain('undefined');
        }
      }
    }
    expect([...seen].sort()).to.deep.equal(
      [
        'empty-schedule',
        'invalid-duration',
        'missing-end',
        'missing-offset',
        'missing-time',
        'no-event',
        'not-a-schedule',
        'recurring-event',
        'session-not-chosen',
        'session-not-found',
        'several-events',
        'time-zone-disagrees',
        'unknown-language',
        'unknown-status',
      ].sort()
    );
  });
});
