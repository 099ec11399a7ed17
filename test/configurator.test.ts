/**
 * The configurator page as an editor uses it (the built page, dist/site/, under the strict
 * CSP): the form and the JSON kept in step both ways, a schedule's talk picked from the
 * searchable list (our own schedule, and pretalx's democon loaded from its URL), the
 * problems listed with their paths, the copy buttons' status and fallback, every control
 * reached by Tab, and axe. Each test ends with no CSP violation reported for its page.
 */
import {aTimeout, expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AxeResults} from 'axe-core';
import {
  cardText,
  cspReports,
  hostCard,
  openConfigurator,
  readText,
  type ConfiguratorPage,
} from './support/configurator-page.js';

type Json = Record<string, unknown>;
const SEED_JSON = '/demo/sessions/3.2.2.json';
const SCHEDULE = '/test/fixtures/configurator-schedule.json';
const DEMOCON = '/real-fixtures/voc-schedule/examples/pretalx-democon.json';

const textOf = async (url: string) => (await fetch(url)).text();
const sessionJson = (page: ConfiguratorPage) =>
  JSON.parse(page.byId<HTMLTextAreaElement>('session-json').value) as Json;
const previewTitle = (page: ConfiguratorPage) =>
  readText(page.previewCards()[0]?.shadowRoot?.querySelector('[part~=title]'));
const talkOptions = (page: ConfiguratorPage) => [...page.byId<HTMLSelectElement>('talk-list').options];
const problems = (page: ConfiguratorPage, list: string) =>
  [...page.doc.querySelectorAll<HTMLElement>(`#${list} li`)].map((item) => ({
    severity: item.dataset.severity,
    code: item.dataset.code,
    path: item.dataset.path,
    message: readText(item.querySelector('.message')),
  }));

/** axe-core, run inside the page: loaded from this server (script-src 'self'), by a script element made here. */
async function axeIn(page: ConfiguratorPage): Promise<AxeResults> {
  const win = page.win as typeof page.win & {axe?: typeof import('axe-core')};
  if (!win.axe) {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    page.doc.head.append(script);
    await loaded;
  }
  return win.axe!.run(page.doc, {resultTypes: ['violations']});
}

describe('the configurator page (built site, strict CSP)', function () {
  this.timeout(60_000);
  let page: ConfiguratorPage | undefined;

  afterEach(async () => {
    if (!page) return;
    // Reports come in a task of their own: give any the time to arrive.
    await aTimeout(300);
    const reports = await cspReports(page.run);
    page.close();
    page = undefined;
    expect(
      reports.map((r) => `${r['violated-directive']}: ${r['blocked-uri']} ${r['script-sample'] ?? ''}`)
    ).to.deep.equal([]);
  });

  it('keeps the form and the JSON in step, both ways', async () => {
    page = await openConfigurator();
    page.enter('input-text', await textOf(SEED_JSON));
    expect(readText(page.byId('input-kind'))).to.contain('a session JSON');
    expect(page.byId('field-title').value).to.match(/^Social innovation/);
    expect(page.byId('field-id').value).to.equal('3.2.2');
    expect(page.byId('field-time-zone').value).to.equal('America/Argentina/Cordoba');
    expect(page.byId('field-start-date').value).to.equal('2021-06-01');
    expect(page.byId('field-start-time').value).to.equal('14:05');
    expect(page.byId('field-languages').value).to.equal('en, fr, es');
    expect(page.byId<HTMLSelectElement>('field-registration').value).to.equal('required');

    // Form → JSON → preview.
    page.enter('field-title', 'Water for all');
    expect(sessionJson(page).title).to.equal('Water for all');
    await waitUntil(() => previewTitle(page!) === 'Water for all', 'the preview follows');
    page.enter('field-start-time', '15:05');
    page.enter('field-end-time', '16:30');
    expect(sessionJson(page)).to.include({start: '2021-06-01T15:05:00-03:00', end: '2021-06-01T16:30:00-03:00'});
    page.enter('field-time-zone', 'Europe/Berlin');
    expect(sessionJson(page)).to.include({start: '2021-06-01T15:05:00+02:00', timeZone: 'Europe/Berlin'});
    page.enter('field-capacity', '');
    expect(sessionJson(page)).not.to.have.property('capacity');

    // Documents: one added (focus on its title), one removed (focus on the add button).
    page.byId<HTMLButtonElement>('add-document').click();
    expect(page.doc.activeElement?.id).to.equal('field-document-2-title');
    page.enter('field-document-2-title', 'Agenda');
    page.enter('field-document-2-url', 'https://forum.example/agenda.pdf');
    page.doc.querySelector<HTMLButtonElement>('.documents li:first-child button.remove')!.click();
    expect(page.doc.activeElement?.id).to.equal('add-document');
    expect(sessionJson(page).documents).to.deep.equal([
      {title: 'Social and Solidarity Economy and the Future of Work, ILO 2017', url: '#'},
      {title: 'Agenda', url: 'https://forum.example/agenda.pdf'},
    ]);

    // JSON → form.
    const edited = {...sessionJson(page), capacity: 99, languages: ['pt'], title: {en: 'Water', es: 'Agua'}};
    page.enter('session-json', JSON.stringify(edited, null, 2));
    expect(page.byId('field-capacity').value).to.equal('99');
    expect(page.byId('field-languages').value).to.equal('pt');
    expect(page.byId('field-title').readOnly, 'a title in two languages is edited in the JSON').to.equal(true);
    expect(readText(page.byId('field-title-hint'))).to.contain('en, es');

    // JSON that does not parse: the form stays, the problem is listed, the card says so too.
    page.enter('session-json', '{"title": ');
    expect(page.byId('field-capacity').value).to.equal('99');
    expect(problems(page, 'json-problems')).to.deep.include({
      severity: 'error',
      code: 'malformed-json',
      path: '',
      message: 'The JSON is malformed at line \u20681\u2069, column \u206811\u2069.',
    });
    await waitUntil(() => page!.previewCards()[0].shadowRoot!.querySelector('[part~=error]'), 'the card shows it');
    expect(readText(page.doc.querySelector('[aria-labelledby=embed-heading]'))).to.contain('no JSON object yet');
  });

  it('picks a talk of a schedule from the searchable list, with the keyboard', async () => {
    page = await openConfigurator();
    page.enter('input-text', await textOf(SCHEDULE));
    expect(readText(page.byId('input-kind'))).to.contain('schedule');
    expect(talkOptions(page).map((option) => option.text)).to.deep.equal([
      '2019-08-21 11:00 · Opening',
      '2019-08-21 12:00 · Café des langues',
      '2019-08-22 23:30 · Night of the lightning talks',
    ]);
    expect(page.byId<HTMLTextAreaElement>('session-json').value, 'nothing imported before a pick').to.equal('');
    expect(page.doc.querySelectorAll('#import-problems li')).to.have.length(0);

    page.byId('talk-search').focus();
    await sendKeys({type: 'cafe'});
    expect(talkOptions(page).map((option) => option.value)).to.deep.equal(['a0a0fcfe-0000-4000-8000-000000000002']);
    await sendKeys({press: 'Enter'});
    expect(sessionJson(page)).to.include({title: 'Café des langues', start: '2019-08-21T12:00:00+02:00'});
    await waitUntil(() => previewTitle(page!) === 'Café des langues', 'the picked talk is previewed');

    // Back to every talk; Down arrow goes to the list, and the arrows there pick.
    page.enter('talk-search', '');
    page.byId('talk-search').focus();
    await sendKeys({press: 'ArrowDown'});
    expect(page.doc.activeElement?.id).to.equal('talk-list');
    await sendKeys({press: 'ArrowDown'});
    await waitUntil(() => sessionJson(page!).title === 'Night of the lightning talks', 'the next talk, picked');
    expect(sessionJson(page)).to.include({start: '2019-08-22T23:30:00+02:00', end: '2019-08-23T01:00:00+02:00'});
  });

  it("loads pretalx's democon from its URL; the schedule snippet shows the picked talk on a host page", async () => {
    page = await openConfigurator();
    page.enter('card-script-url', new URL('/dist/cdn/session-card.js', location.href).href);
    page.enter('input-url', DEMOCON);
    page.doc.querySelector<HTMLButtonElement>('.url-load button')!.click();
    await waitUntil(() => page!.doc.getElementById('talk-list'), 'the talks are listed', {timeout: 5000});
    const scheduleUrl = new URL(DEMOCON, location.href).href;
    expect(readText(page.byId('input-kind'))).to.contain(`from ${scheduleUrl}`);
    const options = talkOptions(page);
    expect(options.length).to.be.greaterThan(10);
    page.enter('talk-list', options[3].value);
    const title = options[3].text.split(' · ').slice(1).join(' · ');
    await waitUntil(() => previewTitle(page!) === title, 'the talk picked is previewed');
    const preview = await cardText(page.previewCards()[0]);

    const snippet = page.byId<HTMLTextAreaElement>('snippet-schedule').value;
    expect(snippet).to.contain(`src="${scheduleUrl}" session-id="${options[3].value}"`);
    const host = await hostCard(page, 'schedule', snippet);
    expect(host.text).to.equal(preview);
    host.frame.remove();
  });

  it("opens the forum's text from a file, and reads its dates in the order the editor says", async () => {
    page = await openConfigurator();
    const input = page.byId('input-file');
    const files = new page.win.DataTransfer();
    files.items.add(new page.win.File([await textOf('/shared-seeds/000_c83a2b331e23f6cb.txt')], 'seed.txt'));
    input.files = files.files;
    input.dispatchEvent(new page.win.Event('change', {bubbles: true}));
    await waitUntil(() => page!.previewCards().length === 3, 'the file is read');
    expect(readText(page.byId('input-kind'))).to.contain("the forum's plain text");
    const codes = () => problems(page!, 'import-problems').map((problem) => `${problem.code} ${problem.path}`);
    expect(codes()).to.deep.equal(['date-order-assumed Date', 'no-time-zone Time']);
    page.enter('date-order', 'month-first');
    expect(sessionJson(page).start, '01/06/2021 as January 6').to.equal('2021-01-06T14:05:00-03:00');
    expect(codes()).to.deep.equal(['no-time-zone Time']);
    page.enter('date-order', 'day-first');
    expect(sessionJson(page).start).to.equal('2021-06-01T14:05:00-03:00');
  });

  it('says why a URL could not be loaded', async () => {
    page = await openConfigurator();
    page.enter('input-url', '/test-api/status/404');
    page.doc.querySelector<HTMLButtonElement>('.url-load button')!.click();
    await waitUntil(() => readText(page!.byId('input-kind')).startsWith('Could not load'), 'the failure is said');
    expect(readText(page.byId('input-kind'))).to.contain('404');
  });

  it('lists each problem with its path and what to do', async () => {
    page = await openConfigurator();
    const event = {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Jazz at the park',
      startDate: '2025-07-21T19:00',
      endDate: '2025-07-21T21:00-05:00',
    };
    page.enter('input-text', JSON.stringify(event));
    expect(readText(page.byId('input-kind'))).to.contain('schema.org Event');
    const [missing] = problems(page, 'import-problems');
    expect(missing).to.include({severity: 'error', code: 'missing-offset', path: 'startDate'});
    expect(missing.message, 'says what to do').to.match(/offset/i);
    expect(readText(page.byId('problems-summary'))).to.equal('1 error, 0 warnings.');

    // The card reader's own problems, on the JSON as it is.
    page.enter(
      'session-json',
      JSON.stringify({
        title: 'x',
        start: '2025-07-21T19:00:00-05:00',
        end: '2025-07-21T21:00:00-05:00',
        capacity: 10,
        remaining: 12,
        url: 'javascript:alert(1)',
      })
    );
    const found = problems(page, 'json-problems');
    expect(found.map(({severity, code, path}) => ({severity, code, path}))).to.deep.equal([
      {severity: 'warning', code: 'remaining-exceeds-capacity', path: 'remaining'},
      {severity: 'warning', code: 'unsafe-url', path: 'url'},
    ]);
    expect(found.every((problem) => problem.message.length > 15)).to.equal(true);
  });

  it('copies with a visible status, and selects the code when the browser refuses', async () => {
    page = await openConfigurator();
    page.enter('input-text', await textOf(SEED_JSON));
    const clipboard = page.win.navigator.clipboard;
    const area = page.byId<HTMLTextAreaElement>('snippet-inline');
    const status = page.byId('snippet-inline-status');
    expect(status.getAttribute('role')).to.equal('status');
    // The browser's two answers, as a page may get either.
    clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
    page.byId<HTMLButtonElement>('snippet-inline-copy').click();
    await waitUntil(() => readText(status), 'the refusal is said');
    expect(readText(status)).to.contain('press Ctrl+C');
    expect(page.doc.activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    clipboard.writeText = () => Promise.resolve();
    page.byId<HTMLButtonElement>('snippet-inline-copy').click();
    await waitUntil(() => readText(status) === 'Copied.', 'the copy is said');
    delete (clipboard as Partial<Clipboard>).writeText;
  });

  it('reaches every control with Tab, in reading order, and passes axe', async () => {
    page = await openConfigurator();
    page.enter('input-text', await textOf('/shared-seeds/000_c83a2b331e23f6cb.txt'));
    await waitUntil(() => page!.previewCards().length === 3, 'the whole page is there');
    const controls = [...page.doc.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href]')].filter(
      (control) => !(control as HTMLButtonElement).disabled && control.getClientRects().length > 0
    );
    expect(controls.length).to.be.greaterThan(40);
    page.byId('input-text').focus();
    const reached: HTMLElement[] = [page.byId('input-text')];
    // Stops at the last control: a Tab past it leaves the page for the browser's own UI,
    // and in Firefox the next test file's page would then get no focus at all.
    for (let press = 0; press < 400 && reached.at(-1) !== controls.at(-1); press++) {
      await sendKeys({press: 'Tab'});
      const active = page.doc.activeElement as HTMLElement | null;
      if (!active || active === page.doc.body || !page.doc.hasFocus()) break;
      if (active !== reached.at(-1) && controls.includes(active)) reached.push(active);
    }
    const name = (control: HTMLElement) => control.id || control.outerHTML.slice(0, 80);
    expect(controls.filter((control) => !reached.includes(control)).map(name), 'not reached').to.deep.equal([]);
    expect(reached.map(name), 'in reading order').to.deep.equal(controls.map(name));

    const results = await axeIn(page);
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    ).to.deep.equal([]);
  });
});
