/**
 * The built configurator (dist/site/configurator.html, made by `npm run build`) in an
 * iframe, served under the strict CSP with its violations reported to the test server,
 * driven as an editor drives it: values typed into its controls, its buttons pressed.
 */
import {waitUntil} from '@open-wc/testing';

export interface ConfiguratorPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** Unique to this page: in its URL, and in the names of the files it stores. */
  run: string;
  byId<T extends HTMLElement = HTMLInputElement>(id: string): T;
  /** Sets a control's value and fires `input` (and `change`), as typing or choosing does. */
  enter(id: string, value: string): void;
  previewCards(): HTMLElement[];
  close(): void;
}

export async function openFrame(src: string, width = 1200, height = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame;
}

export async function openConfigurator(): Promise<ConfiguratorPage> {
  const run = `configurator-${crypto.randomUUID()}`;
  const frame = await openFrame(`/dist/site/configurator.html?run=${run}`);
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.getElementById('input-text'), 'the configurator renders', {timeout: 5000});
  const byId = <T extends HTMLElement = HTMLInputElement>(id: string) => {
    const element = doc.getElementById(id);
    if (!element) throw new Error(`no #${id} in the configurator`);
    return element as T;
  };
  return {
    frame,
    win,
    doc,
    run,
    byId,
    enter(id, value) {
      const control = byId<HTMLInputElement>(id);
      control.value = value;
      control.dispatchEvent(new win.Event('input', {bubbles: true}));
      control.dispatchEvent(new win.Event('change', {bubbles: true}));
    },
    previewCards: () => [...doc.querySelectorAll<HTMLElement>('.preview session-card')],
    close: () => frame.remove(),
  };
}

/** Text as a reader reads it: runs of white space as one space. */
export const readText = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A card's whole text, once it shows a session (its title rendered). */
export async function cardText(card: Element): Promise<string> {
  await waitUntil(() => card.shadowRoot?.querySelector('[part~=title], [part~=error]'), 'the card renders', {
    timeout: 5000,
  });
  return readText(card.shadowRoot!.querySelector('[part~=base]'));
}

/** The violation reports of the pages whose URL holds `of`. */
export async function cspReports(of: string): Promise<Array<Record<string, string>>> {
  return (await (await fetch(`/test-api/csp-reports?of=${encodeURIComponent(of)}`)).json()) as Array<
    Record<string, string>
  >;
}

/** Serves `body` at `/test-api/stored/NAME` (HTML under the strict CSP) and returns that URL. */
export async function store(name: string, body: string, type: string): Promise<string> {
  const url = `/test-api/stored/${name}`;
  const response = await fetch(url, {method: 'PUT', body, headers: {'content-type': type}});
  if (!response.ok) throw new Error(`storing ${name}: ${response.status}`);
  return new URL(url, location.href).href;
}

/**
 * A blank page holding `snippet` (under the strict CSP, as stored pages are), and its card's
 * text once it renders; the card must show no error.
 */
export async function hostCard(page: ConfiguratorPage, name: string, snippet: string, lang = 'en') {
  const html =
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title></head>` +
    `<body><h1>Host</h1>\n${snippet}\n</body></html>`;
  const frame = await openFrame(await store(`${page.run}-${name}.html`, html, 'text/html'), 800, 900);
  const card = frame.contentDocument!.querySelector('session-card');
  if (!card) throw new Error(`${name}: the snippet has no card`);
  const text = await cardText(card);
  if (card.shadowRoot!.querySelector('[part~=error]')) throw new Error(`${name}: the card shows an error: ${text}`);
  return {frame, card, text};
}
