/**
 * The interface languages: each with its direction, and the card locale a request resolves to.
 */
import {expect} from '@open-wc/testing';
import {cardLocale, directionOf, supportedLocales} from '../../src/i18n/localization.js';

describe('interface languages', () => {
  it('Arabic, Persian, Hebrew and Urdu are written right to left, every other interface language left to right', () => {
    const rtl = supportedLocales.filter((locale) => directionOf(locale) === 'rtl');
    expect(rtl).to.deep.equal(['ar', 'fa', 'he', 'ur']);
  });

  it('each direction agrees with what Intl knows of the script', () => {
    let checked = 0;
    for (const locale of supportedLocales) {
      const info = new Intl.Locale(locale).maximize() as Intl.Locale & {
        getTextInfo?: () => {direction: string};
        textInfo?: {direction: string};
      };
      const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
      if (!direction) continue;
      expect(directionOf(locale), locale).to.equal(direction);
      checked++;
    }
    // Intl.Locale's text info is in both engines the suite runs in.
    expect(checked).to.equal(supportedLocales.length);
  });

  it('cardLocale resolves a request and carries the direction', () => {
    expect(cardLocale('ar-EG')).to.deep.equal({ui: 'ar', format: 'ar-EG', dir: 'rtl'});
    expect(cardLocale('fi', 'fr-CA')).to.deep.equal({ui: 'fr', format: 'fr-CA', dir: 'ltr'});
    expect(cardLocale()).to.deep.equal({ui: 'en', format: 'en', dir: 'ltr'});
    // Remembered: the same request gives the same object.
    expect(cardLocale('ar-EG')).to.equal(cardLocale('ar-EG'));
  });
});
