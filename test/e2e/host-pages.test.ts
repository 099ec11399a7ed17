/**
 * The built file on host pages we do not control: a strict Content-Security-Policy with
 * Trusted Types, and hostile global CSS. `npm test` builds dist/ first.
 */
import {aTimeout, expect, waitUntil} from '@open-wc/testing';

async function openPage(src: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow! as Window & {cspViolations?: string[]};
  const card = frame.contentDocument!.getElementById('pasted')!;
  await waitUntil(() => card.shadowRoot?.querySelector('[part=title]'), 'the card renders', {timeout: 5000});
  return {frame, win, card};
}

describe('the built card on hostile host pages', () => {
  it('works under a strict CSP with Trusted Types: no violation, card styled', async () => {
    const {frame, win, card} = await openPage('/test/e2e/csp-host.html');
    const response = await fetch('/test/e2e/csp-host.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    expect(win.cspViolations, 'the page records violations').to.be.an('array');
    // Change the session so that lit renders new templates under the policy too.
    (card as HTMLElement & {session: unknown}).session = {
      title: 'Re-rendered',
      start: '2021-06-01T14:05:00Z',
      end: '2021-06-01T15:00:00Z',
    };
    await waitUntil(() => card.shadowRoot!.querySelector('[part=title]')!.textContent.includes('Re-rendered'));
    // The JSON-LD is written again for the new session: a script from a Lit template, not a sink.
    // Written when the page is next idle.
    const jsonLd = () => [...card.querySelectorAll('script[type="application/ld+json"]')];
    await waitUntil(() => jsonLd()[0]?.textContent.includes('Re-rendered'), 'the JSON-LD is written again');
    expect(jsonLd()).to.have.length(1);
    expect((JSON.parse(jsonLd()[0].textContent) as {name: string}).name).to.equal('Re-rendered');
    // Violation reports are dispatched as tasks of their own: let any that is due arrive.
    await aTimeout(100);
    expect(win.cspViolations).to.deep.equal([]);
    const base = card.shadowRoot!.querySelector('[part~=base]')!;
    expect(win.getComputedStyle(base).borderTopStyle, 'the shadow styles applied').to.equal('solid');
    expect(win.getComputedStyle(card).display).to.equal('block');
    frame.remove();
  });

  it('loads a language on demand and a problem’s words under the strict CSP, with no violation', async () => {
    const {frame, win, card} = await openPage('/test/e2e/csp-host.html');
    card.setAttribute('lang', 'he');
    await waitUntil(() => card.shadowRoot!.querySelector('[part~=base]')?.getAttribute('lang') === 'he', 'Hebrew');
    expect(card.shadowRoot!.querySelector('[part~=base]')!.getAttribute('dir')).to.equal('rtl');
    (card as HTMLElement & {session: unknown}).session = {title: 'No times'};
    await waitUntil(() => card.shadowRoot!.querySelector('[part~=error] li'), 'the error, in Hebrew', {timeout: 5000});
    const loaded = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include.members(['/dist/cdn/locales/he.js', '/dist/cdn/locales/he-errors.js']);
    await aTimeout(100);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('opens "Add to calendar" under the strict CSP, with a data: .ics link and no violation', async () => {
    const {frame, win, card} = await openPage('/test/e2e/csp-host.html');
    const root = card.shadowRoot!;
    // Upcoming, so that the calendar button is on offer whatever today is.
    const startMs = Date.now() + 3 * 24 * 60 * 60_000;
    (card as HTMLElement & {session: unknown}).session = {
      id: 'csp-1',
      title: 'Under a strict CSP',
      start: new Date(startMs).toISOString(),
      end: new Date(startMs + 60 * 60_000).toISOString(),
    };
    await waitUntil(() => root.querySelector('[part=title]')!.textContent.includes('Under a strict CSP'));
    const button = root.querySelector<HTMLButtonElement>('[part=calendar]');
    expect(button, 'the calendar button is on offer').to.exist;
    expect(button!.getAttribute('aria-expanded')).to.equal('false');

    button!.click();
    await waitUntil(() => root.querySelector('[part=calendar-menu]'), 'the calendar list opens', {timeout: 5000});
    expect(button!.getAttribute('aria-expanded')).to.equal('true');
    const options = [...root.querySelectorAll<HTMLAnchorElement>('[part~=calendar-option]')];
    expect(options.map((option) => option.dataset.calendar)).to.deep.equal([
      'ics',
      'google',
      'outlook',
      'office365',
      'yahoo',
    ]);
    const ics = options[0];
    expect(ics.href.startsWith('data:text/calendar')).to.equal(true);
    expect(ics.getAttribute('download')).to.equal('csp-1.ics');
    // Violations are reported in a task of their own: give one the time to arrive.
    await aTimeout(100);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('stays readable and laid out under `* { all: unset }`, huge fonts and display: none rules', async () => {
    const {frame, win, card} = await openPage('/test/e2e/hostile-host.html');
    const root = card.shadowRoot!;
    const title = root.querySelector('[part=title]') as HTMLElement;
    const base = root.querySelector('[part~=base]') as HTMLElement;
    expect(win.getComputedStyle(title).display).to.equal('block');
    expect(title.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(win.getComputedStyle(title).color).not.to.equal('rgb(255, 0, 0)');
    const chips = root.querySelector('[part=badges]') as HTMLElement;
    expect(win.getComputedStyle(chips).display).to.equal('flex');
    expect(base.getBoundingClientRect().width).to.be.greaterThan(300);
    // Lines of the summary do not overlap: line-height stays the card's own.
    const summary = root.querySelector('[part=summary] p') as HTMLElement;
    const style = win.getComputedStyle(summary);
    expect(parseFloat(style.lineHeight)).to.be.at.least(parseFloat(style.fontSize));
    const sections = root.querySelector('[part=sections]') as HTMLElement;
    expect(sections.getBoundingClientRect().height).to.be.greaterThan(0);
    frame.remove();
  });
});
