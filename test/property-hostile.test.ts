/**
 * Property-based tests for the classes of hostile input a red-team pass found (issue 11):
 * sessions from script with getters, prototypes and Proxies; text full of bidi controls;
 * attribute values of every kind. Fixed seeds: a run is repeatable, and a failure names
 * its seed and the shrunk case. About 5,000 cases per run, beside property.test.ts's.
 */
import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import type {SessionCard} from '../src/index.js';
import '../src/session-card.js';
import {readSettings, MAX_TIMEOUT_MS} from '../src/contract/card-settings.js';
import {readSession} from '../src/contract/read-session.js';
import {validateAgainstSchema} from '../src/contract/validate-schema.js';
import {sessionSchema} from '../src/contract/session-schema.js';
import {balanceIsolates, isolateQuoted} from '../src/i18n/bidi.js';
import {describeProblem} from '../src/i18n/describe-problem.js';
import {seedSession} from './support/seed.js';

const SEED_BASE = 20261201;
const BIDI_CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

/** Text with bidi controls, right-to-left letters and markup-like characters mixed in. */
const bidiText = fc
  .array(fc.oneof(fc.constantFrom(...BIDI_CONTROLS, 'مرحبا', 'שלום', '<b>', ', ', '"'), fc.string({maxLength: 4})), {
    minLength: 1,
    maxLength: 12,
  })
  .map((pieces) => pieces.join(''));

/** Whether every isolate initiator in `text` is closed, and no PDI closes one it did not open. */
function isolatesBalanced(text: string): boolean {
  let open = 0;
  for (const char of text) {
    if (char === '\u2069') {
      if (open === 0) return false;
      open--;
    } else if (char >= '\u2066' && char <= '\u2068') open++;
  }
  return open === 0;
}

/** A way of handing one field to the card from script that JSON cannot express. */
type Disguise = 'getter' | 'throwing-getter' | 'inherited' | 'non-enumerable' | 'proxy' | 'revoked-proxy';
const fieldDisguises = fc.constantFrom<Disguise>('getter', 'throwing-getter', 'inherited', 'non-enumerable');
/** A Proxy wraps the whole session, last: nothing can be read through a revoked one, not even by the test. */
const wrappers = fc.constantFrom<Disguise | 'none'>('none', 'proxy', 'revoked-proxy');

function disguise(session: Record<string, unknown>, key: string, how: Disguise): Record<string, unknown> {
  // Copied by descriptors: an earlier step may have left a getter that throws.
  const fields = Object.getOwnPropertyDescriptors(session);
  const field = fields[key] ?? {value: undefined};
  delete fields[key];
  const rest = Object.defineProperties({}, fields) as Record<string, unknown>;
  const read = (): unknown => (field.get ? field.get() : field.value);
  switch (how) {
    case 'getter':
      return Object.defineProperty(rest, key, {enumerable: true, get: read});
    case 'throwing-getter':
      return Object.defineProperty(rest, key, {
        enumerable: true,
        get: () => {
          throw new Error('hostile getter');
        },
      });
    case 'inherited':
      return Object.defineProperties(
        Object.create(Object.defineProperty({}, key, {...field, enumerable: true})) as Record<string, unknown>,
        fields
      );
    case 'non-enumerable':
      return Object.defineProperty(rest, key, {...field, enumerable: false});
    case 'proxy':
      return new Proxy(session, {});
    case 'revoked-proxy': {
      const {proxy, revoke} = Proxy.revocable(session, {});
      revoke();
      return proxy;
    }
  }
}

describe('hostile input, property-based', () => {
  let seed: Record<string, unknown>;
  before(async () => {
    seed = await seedSession();
  });

  it('sessions from script with getters, prototypes and Proxies: read once, checked as shown (2,000 cases)', () => {
    const keys = fc.constantFrom(...Object.keys(seed));
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, fieldDisguises), {maxLength: 4}), wrappers, (steps, wrapper) => {
        let session: Record<string, unknown> = structuredClone(seed);
        for (const [key, how] of steps) session = disguise(session, key, how);
        if (wrapper !== 'none') session = disguise(session, '', wrapper);
        const reading = readSession(session, document.baseURI);
        expect(Boolean(reading.session) !== reading.errors.length > 0, 'a session or errors').to.equal(true);
        if (!reading.session) return;
        // What is shown is plain own data that passes the schema by itself.
        const shown = reading.session.data as unknown as Record<string, unknown>;
        expect(validateAgainstSchema(sessionSchema, shown)).to.deep.equal([]);
        for (const key of Object.keys(shown)) {
          expect('get' in Object.getOwnPropertyDescriptor(shown, key)!, key).to.equal(false);
        }
      }),
      {seed: SEED_BASE + 1, numRuns: 2_000, includeErrorInReport: true}
    );
  });

  it('every message quoting hostile text keeps its isolates balanced (1,500 cases)', () => {
    fc.assert(
      fc.property(bidiText, bidiText, (value, path) => {
        const messages = [
          describeProblem({code: 'unknown-time-zone', path, details: {zone: value}}),
          describeProblem({code: 'invalid-language-tag', path, details: {tag: value}}),
          describeProblem({code: 'malformed-json', path: '', details: {line: value, column: 1}}),
          describeProblem({code: 'invalid-attribute', path: 'heading-level', details: {value, fallback: 2}}),
        ];
        for (const message of messages) expect(isolatesBalanced(message), JSON.stringify(message)).to.equal(true);
        expect(isolatesBalanced(balanceIsolates(value))).to.equal(true);
        expect(isolateQuoted(value).startsWith('\u2068')).to.equal(true);
      }),
      {seed: SEED_BASE + 2, numRuns: 1_500, includeErrorInReport: true}
    );
  });

  it('attribute values of every kind: always a level 1–6 and a time-out that setTimeout keeps (1,000 cases)', () => {
    const numberish = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, 6.0000001, MAX_TIMEOUT_MS, MAX_TIMEOUT_MS + 1)
    );
    fc.assert(
      fc.property(numberish, numberish, fc.option(fc.string()), (headingLevel, fetchTimeout, timeZone) => {
        const settings = readSettings({headingLevel, fetchTimeout, timeZone: timeZone ?? undefined});
        expect(
          Number.isInteger(settings.headingLevel) && settings.headingLevel >= 1 && settings.headingLevel <= 6
        ).to.equal(true);
        expect(settings.fetchTimeoutMs >= 1 && settings.fetchTimeoutMs <= MAX_TIMEOUT_MS).to.equal(true);
        const headingOk = Number.isInteger(headingLevel) && headingLevel >= 1 && headingLevel <= 6;
        const warnedHeading = settings.warnings.some((w) => w.path === 'heading-level');
        expect(warnedHeading, `heading-level ${headingLevel}`).to.equal(!headingOk);
      }),
      {seed: SEED_BASE + 3, numRuns: 1_000, includeErrorInReport: true}
    );
  });

  it('a card with bidi text in its text fields and random attributes: nothing escapes (300 cases)', async () => {
    const el = await fixture<SessionCard>(html`<session-card lang="ar"></session-card>`);
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(
          bidiText,
          bidiText,
          fc.string({maxLength: 12}),
          fc.string({maxLength: 12}),
          async (hostileText, hostileName, headingLevel, fetchTimeout) => {
            // Marked, so that no interface word (a parenthesis, a comma) passes for session text.
            const [text, name] = [`§${hostileText}`, `¤${hostileName}`];
            el.setAttribute('heading-level', headingLevel);
            el.setAttribute('fetch-timeout', fetchTimeout);
            el.session = {...seed, title: text, organizers: [name, text], type: name, location: text};
            await el.updateComplete;
            const root = el.shadowRoot!;
            if (!readSession(el.session, document.baseURI).session) {
              // A blank title or organizer is an error the card shows.
              expect(root.querySelector('[role=alert]'), 'the error').to.exist;
              return;
            }
            const title = root.querySelector('[part~="title"]');
            expect(title, 'a title heading').to.exist;
            expect(/^H[1-6]$/.test(title!.tagName)).to.equal(true);
            // Every text node that holds session text sits inside an isolate of its own.
            const nodes = textNodesWith(root, [text, name]);
            expect(nodes.length, 'the session text is found').to.be.greaterThan(0);
            for (const node of nodes) {
              expect(insideIsolate(node, root), JSON.stringify(node.data)).to.equal(true);
            }
          }
        ),
        {seed: SEED_BASE + 4, numRuns: 300, includeErrorInReport: true}
      );
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });
});

function textNodesWith(root: ShadowRoot, values: string[]): Text[] {
  const wanted = new Set(values.map(balanceIsolates).filter((value) => value.trim()));
  const found: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (wanted.has((node as Text).data)) found.push(node as Text);
  }
  return found;
}

/** The nearest element around the text isolates it: a `<bdi>`, or an element with a `dir`. */
function insideIsolate(node: Text, root: ShadowRoot): boolean {
  for (let element = node.parentElement; element && element !== root.host; element = element.parentElement) {
    if (element.localName === 'bdi' || element.hasAttribute('dir')) {
      // The card's own frame carries the interface's dir: that is no isolate of the field.
      return !element.matches('[part~="base"]');
    }
  }
  return false;
}
