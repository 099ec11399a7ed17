/**
 * The built file, dist/cdn/session-card.js, used the way a partner's page uses it: a
 * script tag, no imports of our sources. `npm test` builds it first.
 */
import {expect, waitUntil} from '@open-wc/testing';

const BUNDLE = '/dist/cdn/session-card.js';
type Card = HTMLElement & {session?: unknown; updateComplete: Promise<boolean>};

const cardTitle = (card: Element | null) => card?.shadowRoot?.querySelector('[part=title]')?.textContent?.trim();

/** Opens a page in an iframe and collects its uncaught errors. */
async function openPage(src: string) {
  const frame = document.createElement('iframe');
  const errors: string[] = [];
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.contentWindow!.addEventListener('error', (event) => errors.push(event.message));
  return {frame, doc: frame.contentDocument!, win: frame.contentWindow! as Window & typeof globalThis, errors};
}

function loadScript(doc: Document, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`failed to load ${src}`));
    doc.head.append(script);
  });
}

describe('dist/cdn/session-card.js on a host page', () => {
  it('is one ES module with all a valid session needs: no static import, only files of its own on demand', async () => {
    const code = await (await fetch(BUNDLE)).text();
    expect(code.length).to.be.greaterThan(10_000);
    expect(code).not.to.match(/(^|[;}\s])import\s*[\w{*'"]/);
    expect(code).not.to.match(/from\s*["'][^"']+["']/);
    const dynamic = [...code.matchAll(/\bimport\s*\(([^)]*)\)/g)].map((match) => match[1]);
    // Literal paths beside the card, resolved against the card's own URL: no CDN of anyone else.
    const chunks = dynamic.filter((path) => /^"\.\/chunks\/[\w-]+\.js"$/.test(path));
    const languages = dynamic.filter((path) => /^"\.\/locales\/[\w-]+\.js"$/.test(path));
    expect(chunks.length, 'the problem words and the importers').to.equal(2);
    expect(languages.length, '22 languages on demand: interface, errors, warnings').to.equal(66);
    expect(chunks.length + languages.length, 'nothing else').to.equal(dynamic.length);
  });

  it('loads no other file for a valid session; the problem words only for a problem, once per page', async () => {
    const {doc, frame, win} = await openPage('/test/e2e/host-page.html');
    const card = doc.getElementById('pasted')!;
    await waitUntil(() => cardTitle(card) === 'Pasted by a CMS editor', 'the pasted card renders');
    const chunks = () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/cdn/chunks/'));
    expect(chunks()).to.deep.equal([]);
    const broken = ['{"title": 1}', '{"title": "x"}'].map((json) => {
      const el = doc.createElement('session-card');
      el.setAttribute('lang', 'fr');
      el.setAttribute('session', json);
      doc.body.append(el);
      return el;
    });
    await waitUntil(() => broken.every((el) => el.shadowRoot?.querySelector('[part~=error] li')), 'both errors show');
    expect(chunks()).to.have.length(1);
    expect(chunks()[0]).to.match(/^\/dist\/cdn\/chunks\/describe-problem-[\w-]+\.js$/);
    expect(broken[1].shadowRoot!.querySelector('[part~=error]')!.textContent).to.contain('Il manque le champ');
    frame.remove();
  });

  it('speaks a language loaded on demand from dist/cdn/locales/, beside the card, once for all its cards', async () => {
    const {doc, frame, win, errors} = await openPage('/test/e2e/host-page.html');
    const made = ['a', 'b', 'c'].map((id) => {
      const card = doc.createElement('session-card');
      card.setAttribute('lang', 'ja');
      card.setAttribute(
        'session',
        JSON.stringify({id, title: 'T', start: '2021-06-01T14:05:00Z', end: '2021-06-01T15:00:00Z'})
      );
      doc.body.append(card);
      return card;
    });
    await waitUntil(() => made.every((card) => cardTitle(card) === 'T'), 'the cards render', {timeout: 5000});
    expect(made[0].shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang')).to.equal('ja');
    const loaded = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/cdn/locales/'));
    expect(loaded).to.deep.equal(['/dist/cdn/locales/ja.js']);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it('shows the talk of a schedule src with session-id, loading the importers beside the card', async () => {
    const {doc, frame, win, errors} = await openPage('/test/e2e/host-page.html');
    const card = doc.createElement('session-card');
    card.setAttribute('src', '/real-fixtures/voc-schedule/examples/pretalx-democon.json');
    card.setAttribute('session-id', '8079583e-8321-506c-95af-fd2903a5f075');
    doc.body.append(card);
    await waitUntil(() => cardTitle(card) === 'Focused 5thgeneration hardware', 'the talk shows', {timeout: 5000});
    const loaded = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded.some((path) => /^\/dist\/cdn\/chunks\/card-import-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it('renders a pasted element placed before the script tag', async () => {
    const {doc, frame} = await openPage('/test/e2e/host-page.html');
    const card = doc.getElementById('pasted')!;
    await waitUntil(() => cardTitle(card) === 'Pasted by a CMS editor', 'the pasted card renders');
    expect(card.shadowRoot!.querySelectorAll('[part~=language]')).to.have.length(3);
    frame.remove();
  });

  it('renders cards inserted later with innerHTML, and re-renders on property changes', async () => {
    const {doc, frame, errors} = await openPage('/test/e2e/host-page.html');
    const later = doc.createElement('div');
    later.innerHTML = `<session-card><script type="application/json">{"title": "Inserted later",
      "start": "2021-06-01T14:05:00-03:00", "end": "2021-06-01T15:35:00-03:00"}</script></session-card>`;
    doc.body.append(later);
    const card = later.firstElementChild as Card;
    await waitUntil(() => cardTitle(card) === 'Inserted later', 'the inserted card renders');
    // The production build must still react to property changes (see CONVENTIONS: useDefineForClassFields).
    card.session = {title: 'Set as a property', start: '2021-06-01T14:05:00-03:00', end: '2021-06-01T15:35:00-03:00'};
    await waitUntil(() => cardTitle(card) === 'Set as a property', 'the property change re-renders');
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it('survives being loaded twice from two URLs', async () => {
    const {doc, frame, errors} = await openPage('/test/e2e/host-page.html');
    await waitUntil(() => cardTitle(doc.getElementById('pasted')) !== undefined);
    await loadScript(doc, `${BUNDLE}?second-copy`);
    const card = doc.createElement('session-card') as Card;
    card.session = {title: 'After the second load', start: '2021-06-01T14:05:00Z', end: '2021-06-01T15:35:00Z'};
    doc.body.append(card);
    await waitUntil(() => cardTitle(card) === 'After the second load');
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it('shows an error in the built card too, with its event', async () => {
    const {doc, frame} = await openPage('/test/e2e/host-page.html');
    const card = doc.createElement('session-card') as Card;
    type CardErrorEvent = CustomEvent<{errors: {code: string}[]}>;
    const failed = new Promise<CardErrorEvent>((resolve) =>
      doc.addEventListener('session-card-error', (e) => resolve(e as CardErrorEvent), {once: true})
    );
    card.setAttribute('session', '{"title": "No times"}');
    doc.body.append(card);
    const event = await failed;
    expect(event.detail.errors.map((e) => e.code)).to.deep.equal(['missing-field', 'missing-field']);
    await waitUntil(() => card.shadowRoot?.querySelector('[role=alert]'));
    frame.remove();
  });
});
