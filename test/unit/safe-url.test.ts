/**
 * decideLink: the one gate every href passes. Inputs follow the OWASP XSS filter-evasion
 * cheat sheet; whatever the input, a link is http:, https: or mailto:, never script.
 */
import {expect} from '@open-wc/testing';
import {decideLink, type LinkDecision} from '../../src/links/safe-url.js';

const BASE = 'https://conf.example/sessions/3.2.2.json';
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** The property every decision must have, whatever the input. */
function expectHarmless(decision: LinkDecision, input: string): void {
  if (decision.kind !== 'link') return;
  const url = new URL(decision.href);
  expect(SAFE_PROTOCOLS, `${JSON.stringify(input)} → ${decision.href}`).to.include(url.protocol);
  // The href is absolute and parses to itself: nothing is left for a later parser to reinterpret.
  expect(url.href).to.equal(decision.href);
  expect(decision.href.trim().toLowerCase()).not.to.match(/^(javascript|data|vbscript|file):/);
}

describe('decideLink', () => {
  describe('refuses script and local schemes, however written', () => {
    const cases: Array<[input: string, scheme: string]> = [
      ['javascript:alert(1)', 'javascript:'],
      ['JavaScript:alert(1)', 'javascript:'],
      ['JAVASCRIPT:alert(1)', 'javascript:'],
      ['jAvAsCrIpT:alert(1)', 'javascript:'],
      ['   javascript:alert(1)', 'javascript:'],
      ['\tjavascript:alert(1)', 'javascript:'],
      ['\n\njavascript:alert(1)', 'javascript:'],
      ['java\tscript:alert(1)', 'javascript:'],
      ['java\nscript:alert(1)', 'javascript:'],
      ['java\rscript:alert(1)', 'javascript:'],
      ['jav\u0009ascript:alert(1)', 'javascript:'],
      ['jav\u000Aascript:alert(1)', 'javascript:'],
      ['jav\u000Dascript:alert(1)', 'javascript:'],
      ['\u0001javascript:alert(1)', 'javascript:'],
      ['\u0000javascript:alert(1)', 'javascript:'],
      ['\u001Fjavascript:alert(1)', 'javascript:'],
      ['\u0001\u0002 \u0003javascript:alert(1)', 'javascript:'],
      ['javascript:alert(1)\u0000', 'javascript:'],
      ['javascript://%0Aalert(1)', 'javascript:'],
      ['javascript:void(0)', 'javascript:'],
      ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data:'],
      ['DATA:text/html,<script>alert(1)</script>', 'data:'],
      ['data:image/svg+xml,<svg onload=alert(1)>', 'data:'],
      ['vbscript:msgbox("XSS")', 'vbscript:'],
      ['VBScript:msgbox("XSS")', 'vbscript:'],
      ['file:///etc/passwd', 'file:'],
      ['FILE:///C:/windows/win.ini', 'file:'],
      ['file://server.example/share', 'file:'],
      ['blob:https://conf.example/1234', 'blob:'],
      ['livescript:alert(1)', 'livescript:'],
    ];
    for (const [input, scheme] of cases) {
      it(`${JSON.stringify(input)} → unsafe (${scheme})`, () => {
        expect(decideLink(input, BASE)).to.deep.equal({kind: 'unsafe', reason: 'scheme', scheme});
      });
    }
  });

  describe('encoded schemes become harmless relative paths, or are refused', () => {
    for (const input of [
      'javascript&#58;alert(1)',
      'javascript&#0000058alert(1)',
      'javascript&#x3A;alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
      '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
      'jav&#x09;ascript:alert(1)',
      'jav&#x0A;ascript:alert(1)',
      'javascript%3Aalert(1)',
      '%6Aavascript:alert(1)',
      '\u00A0javascript:alert(1)',
      '\u200Bjavascript:alert(1)',
      'java\u0000script:alert(1)',
      'ja\u2028vascript:alert(1)',
      '"javascript:alert(1)"',
      '<javascript:alert(1)>',
    ]) {
      it(`${JSON.stringify(input)} is never a script link`, () => {
        const decision = decideLink(input, BASE);
        expect(['link', 'unsafe']).to.include(decision.kind);
        expectHarmless(decision, input);
        if (decision.kind === 'link') {
          // Resolved as a path under the base, so it stays on the base's origin.
          expect(new URL(decision.href).origin).to.equal('https://conf.example');
        }
      });
    }

    it('javascript&#58;alert(1) resolves to an https URL on the base origin', () => {
      const decision = decideLink('javascript&#58;alert(1)', BASE);
      expect(decision.kind).to.equal('link');
      if (decision.kind === 'link') {
        expect(decision.href.startsWith('https://conf.example/sessions/javascript&')).to.equal(true);
      }
    });
  });

  describe('relative URLs resolve against the base', () => {
    const cases: Array<[input: string, base: string, href: string]> = [
      ['//host.example/x', BASE, 'https://host.example/x'],
      ['//host.example/x', 'http://conf.example/a.json', 'http://host.example/x'],
      ['/path', BASE, 'https://conf.example/path'],
      ['../x', BASE, 'https://conf.example/x'],
      ['../../../../x', BASE, 'https://conf.example/x'],
      ['slides.pdf', BASE, 'https://conf.example/sessions/slides.pdf'],
      ['./slides.pdf', BASE, 'https://conf.example/sessions/slides.pdf'],
      ['?page=2', BASE, 'https://conf.example/sessions/3.2.2.json?page=2'],
      ['slides.pdf', 'https://other.example/deep/dir/', 'https://other.example/deep/dir/slides.pdf'],
      ['  https://conf.example/a  ', BASE, 'https://conf.example/a'],
      ['HTTPS://CONF.EXAMPLE/A', BASE, 'https://conf.example/A'],
      ['http://conf.example/a b', BASE, 'http://conf.example/a%20b'],
      ['https://conf.example/a\tb', BASE, 'https://conf.example/ab'],
    ];
    for (const [input, base, href] of cases) {
      it(`${JSON.stringify(input)} against ${base} → ${href}`, () => {
        expect(decideLink(input, base)).to.deep.equal({kind: 'link', href});
      });
    }

    it('an absolute URL ignores the base', () => {
      expect(decideLink('https://elsewhere.example/p?q=1#f', BASE)).to.deep.equal({
        kind: 'link',
        href: 'https://elsewhere.example/p?q=1#f',
      });
    });
  });

  describe('placeholders mean no link', () => {
    for (const input of ['', '#', '  ', ' # ', '\t#\n', '\n', '\u0000#']) {
      it(`${JSON.stringify(input)} → none`, () => {
        expect(decideLink(input, BASE)).to.deep.equal({kind: 'none'});
      });
    }

    it('"##" or "#section" are not the bare placeholder', () => {
      expect(decideLink('#section', BASE).kind).to.equal('link');
      expect(decideLink('##', BASE).kind).to.equal('link');
    });
  });

  describe('mailto', () => {
    it('is a link, kept as written', () => {
      expect(decideLink('mailto:program@conf.example', BASE)).to.deep.equal({
        kind: 'link',
        href: 'mailto:program@conf.example',
      });
      expect(decideLink('MAILTO:program@conf.example?subject=3.2.2', BASE)).to.deep.equal({
        kind: 'link',
        href: 'mailto:program@conf.example?subject=3.2.2',
      });
    });
  });

  describe('unparseable input', () => {
    for (const input of ['http://[::1', 'https://', 'http://exa%mple.com', 'https://a:b:c@/']) {
      it(`${JSON.stringify(input)} → unsafe (unparseable)`, () => {
        expect(decideLink(input, BASE)).to.deep.equal({kind: 'unsafe', reason: 'unparseable'});
      });
    }

    it('a relative URL against a base that cannot hold one → unparseable', () => {
      expect(decideLink('slides.pdf', 'about:blank')).to.deep.equal({kind: 'unsafe', reason: 'unparseable'});
    });
  });

  describe('credentials: a link that names one site and goes to another is refused', () => {
    for (const input of [
      'https://bank.example:pw@evil.example/',
      'https://bank.example@evil.example/login',
      'https://user@evil.example',
      'https://:pw@evil.example',
      'https://a:@b.example',
      'http://user:pass@conf.example/',
      'HTTPS://BANK.EXAMPLE:PW@EVIL.EXAMPLE/',
      ' https://bank.example@evil.example',
      'https://bank.exa\tmple@evil.example',
      'https://a@b@evil.example',
      '//bank.example@evil.example/x',
      'mailto://someone@evil.example',
    ]) {
      it(`${JSON.stringify(input)} → unsafe (credentials)`, () => {
        expect(decideLink(input, BASE)).to.deep.equal({kind: 'unsafe', reason: 'credentials'});
      });
    }

    it('an @ after the host, or an empty userinfo, names no one: a link', () => {
      expect(decideLink('https://conf.example/@speaker', BASE)).to.deep.equal({
        kind: 'link',
        href: 'https://conf.example/@speaker',
      });
      expect(decideLink('https://conf.example/a?by=me@x.example#@y', BASE).kind).to.equal('link');
      expect(decideLink('https://@conf.example/', BASE)).to.deep.equal({kind: 'link', href: 'https://conf.example/'});
      expect(decideLink('mailto:someone@conf.example', BASE).kind).to.equal('link');
    });

    it('an encoded @ in the host does not parse', () => {
      expect(decideLink('https://bank.example%40evil.example/', BASE)).to.deep.equal({
        kind: 'unsafe',
        reason: 'unparseable',
      });
    });
  });

  describe('backslashes: browsers read them as / before the query, other readers do not', () => {
    for (const input of [
      '\\\\evil.example/x',
      '\\\\\\evil.example',
      '/\\evil.example',
      '\\/evil.example',
      'https:\\\\evil.example',
      'https:/\\evil.example',
      'http:\\\\evil.example\\x',
      'https://good.example\\@evil.example/',
      'https://conf.example\\sessions',
      'docs\\slides.pdf',
      ' \\\\evil.example',
      '\t\\\\evil.example',
      '/\t\\evil.example',
      'mailto:a\\b@conf.example',
    ]) {
      it(`${JSON.stringify(input)} → unsafe (backslash)`, () => {
        expect(decideLink(input, BASE)).to.deep.equal({kind: 'unsafe', reason: 'backslash'});
      });
    }

    it('a backslash in the query or the fragment is data: a link', () => {
      expect(decideLink('slides.pdf?path=a\\b', BASE)).to.deep.equal({
        kind: 'link',
        href: 'https://conf.example/sessions/slides.pdf?path=a\\b',
      });
      expect(decideLink('slides.pdf#a\\b', BASE).kind).to.equal('link');
      expect(decideLink('mailto:a@conf.example?body=C:\\dir', BASE).kind).to.equal('link');
    });

    it('a script scheme is still named as such', () => {
      expect(decideLink('javascript:alert("\\\\")', BASE)).to.deep.equal({
        kind: 'unsafe',
        reason: 'scheme',
        scheme: 'javascript:',
      });
    });
  });

  describe('slashes: http(s) takes exactly two before the host', () => {
    const cases: Array<[input: string, base: string]> = [
      ['///evil.example/x', BASE],
      ['////evil.example', BASE],
      ['https:///evil.example', BASE],
      ['https:////evil.example', BASE],
      // A host with an http base, a path with an https one: refused either way.
      ['https:evil.example', BASE],
      ['https:evil.example', 'http://conf.example/'],
      ['https:/evil.example', BASE],
      ['https:/evil.example', 'http://conf.example/'],
      ['http:evil.example', BASE],
      [' HTTPS:evil.example', BASE],
      ['ht\ntps:/evil.example', BASE],
      ['/\n/\n/evil.example', BASE],
    ];
    for (const [input, base] of cases) {
      it(`${JSON.stringify(input)} against ${base} → unsafe (slashes)`, () => {
        expect(decideLink(input, base)).to.deep.equal({kind: 'unsafe', reason: 'slashes'});
      });
    }

    it('a protocol-relative //host, a /path and a path with a colon later on are links', () => {
      expect(decideLink('//cdn.example/slides.pdf', BASE)).to.deep.equal({
        kind: 'link',
        href: 'https://cdn.example/slides.pdf',
      });
      expect(decideLink('/a//b', BASE)).to.deep.equal({kind: 'link', href: 'https://conf.example/a//b'});
      expect(decideLink('./12:30.pdf', BASE).kind).to.equal('link');
      expect(decideLink('https://conf.example//double', BASE).kind).to.equal('link');
    });
  });

  describe('international domain names', () => {
    it('become their punycode form in the href (what the status bar shows is the browser’s policy)', () => {
      expect(decideLink('https://\u0430pple.example/', BASE)).to.deep.equal({
        kind: 'link',
        href: 'https://xn--pple-43d.example/',
      });
    });
  });

  it('agrees with the URL parser on which scheme it is deciding', () => {
    // Whatever decideLink lets through is exactly what an <a href> would follow.
    const anchor = document.createElement('a');
    for (const input of [
      'java\tscript:alert(1)',
      ' https://conf.example/x',
      'javascript&#58;x',
      '//h.example/',
      'mailto:a@b.example',
    ]) {
      const decision = decideLink(input, BASE);
      const base = document.createElement('base');
      base.href = BASE;
      document.head.append(base);
      anchor.setAttribute('href', input);
      const followed = anchor.href;
      base.remove();
      if (decision.kind === 'link') expect(decision.href, JSON.stringify(input)).to.equal(followed);
      else expect(SAFE_PROTOCOLS).not.to.include(new URL(followed).protocol);
    }
  });
});
