/**
 * The configurator page: renders the views into `<main>` at every change of the state, and
 * does for them what needs the browser (loading a URL or a file, the clipboard, download
 * links). Built with lit's `render` (Trusted Types policy "lit-html"): no inline script or
 * style, so the page runs under a strict Content-Security-Policy.
 */
import {render} from 'lit';
import {defaultCardScript} from './card-script-url.js';
import {Configurator, type SnippetName} from './configurator-state.js';
import {configuratorView} from './views/configurator-view.js';
import type {Effects} from './views/effects.js';

const root = document.getElementById('configurator')!;
const cardScript = defaultCardScript(location.href);
root.replaceChildren();

const configurator = new Configurator(
  {
    pageUrl: document.baseURI,
    editorZone: new Intl.DateTimeFormat().resolvedOptions().timeZone,
    cardScriptUrl: cardScript.url,
  },
  () => render(configuratorView(configurator, effects, cardScript.note), root)
);

let download: {json: string; url: string} | undefined;

const effects: Effects = {
  async loadUrl(address) {
    let url: URL;
    try {
      url = new URL(address.trim(), document.baseURI);
    } catch {
      configurator.setLoadStatus(`“${address}” is no URL.`);
      return;
    }
    configurator.setLoadStatus(`Loading ${url.href}…`);
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
      configurator.setInput(await response.text(), response.url || url.href);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      configurator.setLoadStatus(
        `Could not load ${url.href}: ${reason}. If it opens in a tab, its server does not let other pages read it ` +
          '(CORS): save it and open the file instead.'
      );
    }
  },

  async readFile(file) {
    try {
      configurator.setInput(await file.text());
    } catch (error) {
      configurator.setLoadStatus(
        `Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}.`
      );
    }
  },

  async copy(snippet: SnippetName, textAreaId: string) {
    const area = document.getElementById(textAreaId) as HTMLTextAreaElement;
    try {
      await navigator.clipboard.writeText(area.value);
      configurator.setCopied({snippet, ok: true});
    } catch {
      // Refused (no permission, an insecure page, an old browser): the reader copies it.
      area.focus();
      area.select();
      configurator.setCopied({snippet, ok: false});
    }
  },

  downloadUrl(json) {
    if (download?.json !== json) {
      if (download) URL.revokeObjectURL(download.url);
      download = {json, url: URL.createObjectURL(new Blob([json], {type: 'application/json'}))};
    }
    return download.url;
  },
};

render(configuratorView(configurator, effects, cardScript.note), root);
