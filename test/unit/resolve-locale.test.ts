/**
 * resolveLocale: which interface language a card speaks and which locale formats its
 * dates, from the languages the reader asked for.
 */
import {expect} from '@open-wc/testing';
import {languageOf, resolveLocale} from '../../src/i18n/resolve-locale.js';
import {supportedLocales} from '../../src/i18n/localization.js';

describe('resolveLocale', () => {
  it('the supported list is the source locale first, then the translations', () => {
    expect(supportedLocales[0]).to.equal('en');
    expect([...supportedLocales].sort()).to.deep.equal(
      // prettier-ignore
      ['ar', 'bn', 'cs', 'de', 'el', 'en', 'es', 'fa', 'fr', 'he', 'hi', 'hu', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt',
        'ro', 'ru', 'sv', 'sw', 'th', 'tr', 'uk', 'ur', 'vi', 'zh-Hans', 'zh-Hant']
    );
  });

  it('an exact supported tag: interface and format are that tag', () => {
    expect(resolveLocale(['fr'], supportedLocales)).to.deep.equal({ui: 'fr', format: 'fr'});
    expect(resolveLocale(['en'], supportedLocales)).to.deep.equal({ui: 'en', format: 'en'});
    expect(resolveLocale(['zh-Hans'], supportedLocales)).to.deep.equal({ui: 'zh-Hans', format: 'zh-Hans'});
  });

  it('es-AR → Spanish interface, Argentine formats', () => {
    expect(resolveLocale(['es-AR'], supportedLocales)).to.deep.equal({ui: 'es', format: 'es-AR'});
  });

  it('pt-BR → pt, formatting as pt-BR', () => {
    expect(resolveLocale(['pt-BR'], supportedLocales)).to.deep.equal({ui: 'pt', format: 'pt-BR'});
  });

  it('zh-Hans-CN and zh-CN → zh-Hans', () => {
    expect(resolveLocale(['zh-Hans-CN'], supportedLocales)).to.deep.equal({ui: 'zh-Hans', format: 'zh-Hans-CN'});
    expect(resolveLocale(['zh-CN'], supportedLocales)).to.deep.equal({ui: 'zh-Hans', format: 'zh-CN'});
  });

  it('an unsupported language (fi) → English', () => {
    expect(resolveLocale(['fi'], supportedLocales)).to.deep.equal({ui: 'en', format: 'en'});
    expect(resolveLocale(['fi-FI', 'kk'], supportedLocales)).to.deep.equal({ui: 'en', format: 'en'});
  });

  it('nothing requested → the first supported locale', () => {
    expect(resolveLocale([], supportedLocales)).to.deep.equal({ui: 'en', format: 'en'});
    expect(resolveLocale([], ['de', 'en'])).to.deep.equal({ui: 'de', format: 'de'});
  });

  it('takes the first request that a supported locale serves', () => {
    expect(resolveLocale(['fi', 'de-AT', 'fr'], supportedLocales)).to.deep.equal({ui: 'de', format: 'de-AT'});
    expect(resolveLocale(['fr-CA', 'de'], supportedLocales)).to.deep.equal({ui: 'fr', format: 'fr-CA'});
  });

  it('skips an invalid tag and goes on to the next', () => {
    expect(resolveLocale(['not a tag', 'fr'], supportedLocales)).to.deep.equal({ui: 'fr', format: 'fr'});
    expect(resolveLocale(['en_US', 'es-MX'], supportedLocales)).to.deep.equal({ui: 'es', format: 'es-MX'});
    expect(resolveLocale([''], supportedLocales)).to.deep.equal({ui: 'en', format: 'en'});
  });

  it('matches case-insensitively and canonicalizes the format tag', () => {
    expect(resolveLocale(['ZH-HANS'], supportedLocales)).to.deep.equal({ui: 'zh-Hans', format: 'zh-Hans'});
    expect(resolveLocale(['es-ar'], supportedLocales)).to.deep.equal({ui: 'es', format: 'es-AR'});
    expect(resolveLocale(['EN-gb'], supportedLocales)).to.deep.equal({ui: 'en', format: 'en-GB'});
  });

  it('works from a literal list, preferring an exact regional entry', () => {
    const supported = ['en', 'pt-BR', 'pt'];
    expect(resolveLocale(['pt'], supported)).to.deep.equal({ui: 'pt', format: 'pt'});
    expect(resolveLocale(['pt-BR'], supported)).to.deep.equal({ui: 'pt-BR', format: 'pt-BR'});
    // pt-PT: no exact entry; the first of the same language.
    expect(resolveLocale(['pt-PT'], supported)).to.deep.equal({ui: 'pt-BR', format: 'pt-PT'});
  });

  it('the format it picks is one Intl can use', () => {
    for (const tag of ['es-AR', 'pt-BR', 'zh-Hans-CN', 'fr-CA', 'ar-EG']) {
      const {format} = resolveLocale([tag], supportedLocales);
      expect(() => new Intl.DateTimeFormat(format)).not.to.throw();
      expect(Intl.DateTimeFormat.supportedLocalesOf([format])).to.have.length(1);
    }
  });
});

describe('languageOf', () => {
  it('is the language subtag, lower-case', () => {
    expect(languageOf('pt-BR')).to.equal('pt');
    expect(languageOf('zh-Hans-CN')).to.equal('zh');
    expect(languageOf('EN')).to.equal('en');
    expect(languageOf('yue')).to.equal('yue');
  });

  it('is undefined for what is not a language tag (asked twice: the cache keeps the answer)', () => {
    for (let round = 0; round < 2; round++) {
      expect(languageOf('not a tag')).to.equal(undefined);
      expect(languageOf('en_US')).to.equal(undefined);
      expect(languageOf('')).to.equal(undefined);
    }
  });

  it('Chinese by its script: zh-TW, zh-HK and zh-Hant → Traditional; zh, zh-CN, zh-SG → Simplified', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN']) {
      expect(resolveLocale([tag], supportedLocales).ui, tag).to.equal('zh-Hant');
    }
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans-HK']) {
      expect(resolveLocale([tag], supportedLocales).ui, tag).to.equal('zh-Hans');
    }
    expect(resolveLocale(['zh-TW'], supportedLocales).format).to.equal('zh-TW');
  });
});
