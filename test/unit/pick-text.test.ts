/**
 * pickText: which translation of a Text field the card shows, for the reader's
 * preferences (the requested locale, then the interface language).
 */
import {expect} from '@open-wc/testing';
import {pickText} from '../../src/i18n/pick-text.js';

describe('pickText', () => {
  it('a plain string is the text, with no language of its own', () => {
    expect(pickText('Workshop', ['fr'])).to.deep.equal({text: 'Workshop'});
    expect(pickText('', ['fr'])).to.deep.equal({text: ''});
  });

  it('picks the exact tag', () => {
    const text = {en: 'Objectives', fr: 'Objectifs', 'fr-CA': 'Objectifs (CA)'};
    expect(pickText(text, ['fr-CA'])).to.deep.equal({text: 'Objectifs (CA)', lang: 'fr-CA'});
    expect(pickText(text, ['fr'])).to.deep.equal({text: 'Objectifs', lang: 'fr'});
    expect(pickText(text, ['en'])).to.deep.equal({text: 'Objectives', lang: 'en'});
  });

  it('fr-CA falls back to fr', () => {
    expect(pickText({en: 'Objectives', fr: 'Objectifs'}, ['fr-CA'])).to.deep.equal({text: 'Objectifs', lang: 'fr'});
  });

  it('drops subtags one at a time: zh-Hans-CN → zh-Hans before zh', () => {
    const text = {zh: '中文', 'zh-Hans': '简体', 'zh-Hant': '繁體'};
    expect(pickText(text, ['zh-Hans-CN'])).to.deep.equal({text: '简体', lang: 'zh-Hans'});
    expect(pickText(text, ['zh-Hant-TW'])).to.deep.equal({text: '繁體', lang: 'zh-Hant'});
    expect(pickText({en: 'x', zh: '中文'}, ['zh-Hans-CN'])).to.deep.equal({text: '中文', lang: 'zh'});
  });

  it('fr finds an fr-CA entry when there is no plain fr', () => {
    expect(pickText({en: 'Objectives', 'fr-CA': 'Objectifs'}, ['fr'])).to.deep.equal({
      text: 'Objectifs',
      lang: 'fr-CA',
    });
    // And fr-BE finds fr-CA: same language, other region.
    expect(pickText({en: 'Objectives', 'fr-CA': 'Objectifs'}, ['fr-BE'])).to.deep.equal({
      text: 'Objectifs',
      lang: 'fr-CA',
    });
  });

  it('no match → the first entry, with its tag', () => {
    expect(pickText({es: 'Objetivos', en: 'Objectives'}, ['ja'])).to.deep.equal({text: 'Objetivos', lang: 'es'});
    expect(pickText({es: 'Objetivos', en: 'Objectives'}, [])).to.deep.equal({text: 'Objetivos', lang: 'es'});
  });

  it('matches tags case-insensitively and reports the tag as the data spells it', () => {
    expect(pickText({EN: 'Hello', 'FR-ca': 'Bonjour'}, ['fr-CA'])).to.deep.equal({text: 'Bonjour', lang: 'FR-ca'});
    expect(pickText({en: 'Hello', fr: 'Bonjour'}, ['FR-CA'])).to.deep.equal({text: 'Bonjour', lang: 'fr'});
  });

  it('preferences are tried in order, each fully (exact, shorter, same language) before the next', () => {
    const text = {en: 'Hello', 'es-ES': 'Hola', pt: 'Olá'};
    // es-AR finds es-ES (same language) before the interface language pt is tried.
    expect(pickText(text, ['es-AR', 'pt'])).to.deep.equal({text: 'Hola', lang: 'es-ES'});
    // A preference with no match at all falls through to the next.
    expect(pickText(text, ['de-AT', 'pt'])).to.deep.equal({text: 'Olá', lang: 'pt'});
    expect(pickText(text, ['de-AT', 'ru'])).to.deep.equal({text: 'Hello', lang: 'en'});
  });

  it('a language prefix is not a language: "e" does not match "en", "es" does not match "est"', () => {
    expect(pickText({en: 'Hello', es: 'Hola'}, ['e'])).to.deep.equal({text: 'Hello', lang: 'en'});
    expect(pickText({es: 'Hola', et: 'Tere'}, ['et-EE'])).to.deep.equal({text: 'Tere', lang: 'et'});
  });

  it('an empty-string translation is a gap: the next preference is used', () => {
    expect(pickText({en: 'Hello', fr: ''}, ['fr'])).to.deep.equal({text: 'Hello', lang: 'en'});
  });

  it('a map of nothing but blanks still yields its first entry', () => {
    expect(pickText({en: '', fr: ''}, ['fr'])).to.deep.equal({text: '', lang: 'fr'});
  });
});

describe('pickText: blank entries', () => {
  it('skips a blank translation for the reader’s language', () => {
    expect(pickText({en: ' ', fr: 'Titre'}, ['en'])).to.deep.equal({text: 'Titre', lang: 'fr'});
  });
});
