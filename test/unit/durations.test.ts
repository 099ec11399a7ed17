/**
 * formatDuration: a duration said exactly, in the card's language.
 */
import {expect} from '@open-wc/testing';
import {formatDuration as formatWithIntlSpaces} from '../../src/i18n/durations.js';

// Engines put a no-break space (or a narrow one) between number and unit in some languages.
const formatDuration = (locale: string, ms: number) => formatWithIntlSpaces(locale, ms).replace(/\s/g, ' ');

describe('formatDuration', () => {
  it('says milliseconds under a second, never "0 seconds"', () => {
    expect(formatDuration('en', 400)).to.equal('400 milliseconds');
    expect(formatDuration('en', 1)).to.equal('1 millisecond');
  });

  it('says each unit a duration has, exactly', () => {
    expect(formatDuration('en', 15_000)).to.equal('15 seconds');
    expect(formatDuration('en', 90_000)).to.equal('1 minute, 30 seconds');
    expect(formatDuration('en', 2 ** 31 - 1)).to.equal('24 days, 20 hours, 31 minutes, 23 seconds, 647 milliseconds');
  });

  it('uses the language’s own plural forms', () => {
    expect(formatDuration('ru', 15_000)).to.equal('15 секунд');
    expect(formatDuration('ru', 1000)).to.equal('1 секунда');
    expect(formatDuration('fr', 1000)).to.equal('1 seconde');
  });
});
