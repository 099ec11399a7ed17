/**
 * The configurator's embed snippets, parsed back as a host page's HTML parser reads them:
 * hostile session text (a script end tag, quotes, character references, a comment opener,
 * line separators) must come back as exactly the session, in one card, with no script of
 * its own.
 */
import {expect} from '@open-wc/testing';
import {
  attributeSnippet,
  escapeAttribute,
  inlineSnippet,
  scheduleSnippet,
  sessionFileName,
  srcSnippet,
} from '../../demo/configurator/embed-snippets.js';
import {jsonForScript} from '../../src/shared/script-json.js';

const HOSTILE = `</script><script>alert(1)</script> it's "quoted" &amp; <!-- not a comment --> line\u2028sep\u2029end`;
const session = {
  id: '3.2.2',
  title: HOSTILE,
  start: '2021-06-01T14:05:00-03:00',
  end: '2021-06-01T15:35:00-03:00',
  summary: `<script type="application/json">{}</script> <!--<script> \\u003c & &#39; '' ""`,
  documents: [{title: 'a</SCRIPT >b', url: "https://example.org/?a=1&b='2'"}],
  languages: ['en'],
};
const options = {cardScriptUrl: 'https://cdn.example/session-card.js?v=1&x="y"', headingLevel: 3};

function parse(snippet: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html');
  const cards = [...doc.querySelectorAll('session-card')];
  const scripts = [...doc.querySelectorAll('script')];
  return {doc, cards, scripts, moduleScripts: scripts.filter((s) => s.type === 'module')};
}

describe('configurator embed snippets', () => {
  it('escapes JSON for a script: no < left, U+2028/9 escaped, and JSON.parse reads it back identically', () => {
    const text = jsonForScript(session, 2);
    expect(text).not.to.include('<');
    expect(text).not.to.match(/[\u2028\u2029]/);
    expect(text).to.include('\\u003c/script>');
    expect(JSON.parse(text)).to.deep.equal(session);
  });

  it('escapes attribute values for their quotes', () => {
    expect(escapeAttribute(`a&b"c'd`)).to.equal(`a&amp;b&quot;c'd`);
    expect(escapeAttribute(`a&b"c'd`, "'")).to.equal(`a&amp;b"c&#39;d`);
  });

  it('src: one module script with the card URL, one card with src and heading-level', () => {
    const {cards, scripts, moduleScripts} = parse(srcSnippet('/sessions/3.2.2.json?a=1&b="2"', options));
    expect(scripts).to.have.length(1);
    expect(moduleScripts[0].getAttribute('src')).to.equal(options.cardScriptUrl);
    expect(cards).to.have.length(1);
    expect(cards[0].getAttribute('src')).to.equal('/sessions/3.2.2.json?a=1&b="2"');
    expect(cards[0].getAttribute('heading-level')).to.equal('3');
    expect(cards[0].children).to.have.length(0);
  });

  it('inline: the hostile session comes back exactly from the one JSON script inside the card', () => {
    const {doc, cards, scripts, moduleScripts} = parse(inlineSnippet(session, options));
    expect(cards).to.have.length(1);
    expect(scripts, 'the card script and the JSON child, nothing else').to.have.length(2);
    expect(moduleScripts).to.have.length(1);
    expect(moduleScripts[0].getAttribute('src')).to.equal(options.cardScriptUrl);
    const json = cards[0].querySelector(':scope > script[type="application/json"]')!;
    expect(json).to.exist;
    expect(cards[0].children).to.have.length(1);
    expect(JSON.parse(json.textContent)).to.deep.equal(session);
    expect(doc.body.children, 'nothing after the card').to.have.length(2);
    expect(cards[0].getAttribute('heading-level')).to.equal('3');
  });

  it('attribute: the hostile session comes back exactly from the session attribute, with no script', () => {
    const {cards, scripts} = parse(attributeSnippet(session, options));
    expect(cards).to.have.length(1);
    expect(scripts).to.have.length(1);
    expect(cards[0].children).to.have.length(0);
    expect(JSON.parse(cards[0].getAttribute('session')!)).to.deep.equal(session);
    expect(cards[0].getAttributeNames().sort()).to.deep.equal(['heading-level', 'session']);
  });

  it('schedule: src and session-id, escaped', () => {
    const {cards, scripts} = parse(scheduleSnippet('https://pretalx.example/s.json?x=1&y=2', `a"b`, options));
    expect(scripts).to.have.length(1);
    expect(cards).to.have.length(1);
    expect(cards[0].getAttribute('src')).to.equal('https://pretalx.example/s.json?x=1&y=2');
    expect(cards[0].getAttribute('session-id')).to.equal('a"b');
  });

  it('names the downloaded file after the session id, safely', () => {
    expect(sessionFileName(session)).to.equal('3.2.2.json');
    expect(sessionFileName({id: '../../etc/passwd'})).to.equal('etc-passwd.json');
    expect(sessionFileName({id: 'Atelier été 4'})).to.equal('Atelier-été-4.json');
    expect(sessionFileName({id: '  '})).to.equal('session.json');
    expect(sessionFileName({title: 'x'})).to.equal('session.json');
    expect(sessionFileName(null)).to.equal('session.json');
  });
});
