/**
 * The configurator end to end, as the issue checks it: the built page (dist/site/, made by
 * `npm test`'s build) under the strict CSP; the seed's forum text pasted; each of the three
 * snippets, exactly as its copy button copies it, pasted into a blank host page that is also
 * under the strict CSP and loads the CDN file: the same card as the configurator's preview,
 * no error, and no CSP violation on any of the pages.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {
  cardText,
  cspReports,
  hostCard,
  openConfigurator,
  readText,
  store,
  type ConfiguratorPage,
} from '../support/configurator-page.js';

const SEED_TEXT = '/shared-seeds/000_c83a2b331e23f6cb.txt';
const SEED_TITLE = 'Social innovation, local communities, and inclusive and sustainable development';

/** Presses a snippet's copy button and returns what it handed the clipboard. */
async function copied(page: ConfiguratorPage, snippet: string): Promise<string> {
  const clipboard = page.win.navigator.clipboard;
  const writeText = clipboard.writeText.bind(clipboard);
  const written: string[] = [];
  // Watches what the page copies; the browser's own clipboard still answers.
  clipboard.writeText = (text: string) => {
    written.push(text);
    return writeText(text);
  };
  try {
    page.byId<HTMLButtonElement>(`snippet-${snippet}-copy`).click();
    await waitUntil(() => readText(page.byId(`snippet-${snippet}-status`)), 'the copy button says what it did');
  } finally {
    delete (clipboard as Partial<Clipboard>).writeText;
  }
  expect(written, 'one text copied').to.have.length(1);
  expect(written[0], 'the code shown is the code copied').to.equal(
    page.byId<HTMLTextAreaElement>(`snippet-${snippet}`).value
  );
  return written[0];
}

describe('the configurator, end to end (built site, strict CSP)', function () {
  this.timeout(60_000);
  let page: ConfiguratorPage;

  before(async () => {
    // A reader away from the event: their times differ from the event's own.
    await executeServerCommand('emulate-time-zone', {timeZone: 'Europe/Madrid'});
  });
  afterEach(() => page?.close());

  it('turns the seed text into three snippets that each show the same card on a blank host page', async () => {
    page = await openConfigurator();
    page.enter('input-text', await (await fetch(SEED_TEXT)).text());
    expect(readText(page.byId('input-kind'))).to.contain("the forum's plain text");
    await waitUntil(() => page.previewCards().length === 3, 'three preview cards');
    const [mine, ...others] = page.previewCards();
    expect(mine.getAttribute('time-zone')).to.equal('Europe/Madrid');
    expect(others.map((card) => card.getAttribute('time-zone'))).to.deep.equal(['America/New_York', 'Asia/Tokyo']);
    const preview = await cardText(mine);
    expect(preview).to.contain(SEED_TITLE);
    expect(preview, 'in Madrid, 7:05 PM').to.match(/7:05\s*–\s*8:35\s*PM/);

    // The default card file is the CDN build published beside the page, byte for byte.
    const defaultScript = page.byId('card-script-url').value;
    expect(defaultScript).to.equal(new URL('cdn/session-card.js', page.win.location.href).href);
    const [published, built] = await Promise.all(
      [defaultScript, '/dist/cdn/session-card.js'].map(async (url) => (await fetch(url)).text())
    );
    expect(published).to.equal(built);
    page.enter('card-script-url', new URL('/dist/cdn/session-card.js', location.href).href);

    // The session file, downloaded as the editor would, published where the src snippet says.
    const download = page.byId<HTMLAnchorElement>('download-json');
    expect(download.getAttribute('download')).to.equal('3.2.2.json');
    const json = await (await fetch(download.href)).text();
    expect(JSON.parse(json)).to.deep.equal(JSON.parse(page.byId<HTMLTextAreaElement>('session-json').value));
    page.enter('session-json-url', await store(`${page.run}-session.json`, json, 'application/json'));

    for (const snippet of ['src', 'inline', 'attribute']) {
      const code = await copied(page, snippet);
      const host = await hostCard(page, snippet, code);
      expect(host.text, `${snippet}: the same card as the preview`).to.equal(preview);
      host.frame.remove();
    }

    // In another language, the same again.
    page.enter('preview-language', 'fr');
    await waitUntil(
      () => readText(mine.shadowRoot!.querySelector('[part~=base]')) !== preview,
      'the preview in French'
    );
    const french = await cardText(mine);
    const host = await hostCard(page, 'inline-fr', await copied(page, 'inline'), 'fr');
    expect(host.text).to.equal(french);
    host.frame.remove();

    // No violation on any page of this run; and a deliberate one shows the reports do arrive.
    page.doc.body.setAttribute('style', 'color: red');
    await waitUntil(async () => (await cspReports(page.run)).length > 0, 'the violation report arrives', {
      timeout: 10_000,
    });
    const reports = await cspReports(page.run);
    expect(reports.map((r) => `${r['document-uri']} ${r['violated-directive']} ${r['blocked-uri']}`)).to.have.length(1);
    expect(reports[0]['violated-directive']).to.match(/^style-src/);
  });
});
