/**
 * `npm run build:site`: the demo pages as a static site in dist/site/, for an organizer to
 * publish as it is: the configurator (the embed code for editors) and the demo, each page's
 * script and styles bundled, with the seed session beside them and a copy of the CDN build
 * (dist/cdn/, every file of it) in cdn/, which the configurator's snippets load by default.
 * Relative URLs throughout (`base: './'`), so the folder works at any address.
 * Run after `npm run build:cdn` (as `npm run build` does).
 */
import {cpSync, existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {defineConfig, type Plugin} from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const SITE = here('dist/site');
const CDN = here('dist/cdn');

/** Copies what the pages load by URL rather than import: the session files and the CDN build. */
function copyIntoSite(): Plugin {
  return {
    name: 'copy-into-site',
    buildStart() {
      if (!existsSync(`${CDN}/session-card.js`)) {
        this.error('dist/cdn/session-card.js is missing: run `npm run build:cdn` before `npm run build:site`.');
      }
    },
    closeBundle() {
      cpSync(here('demo/sessions'), `${SITE}/sessions`, {recursive: true});
      cpSync(CDN, `${SITE}/cdn`, {recursive: true});
    },
  };
}

/**
 * package.json's `sideEffects` names the built files only, so a bundle that imports the
 * source src/session-card.ts would drop it, and the tag would never be defined.
 */
function cardDefinesItsTag(): Plugin {
  const entry = here('src/session-card.ts');
  return {
    name: 'card-defines-its-tag',
    transform(code, id) {
      return id === entry ? {code, moduleSideEffects: true} : undefined;
    },
  };
}

/** The published site has its own copy of the card (cdn/): no URL of the repository's build. */
function noDevCardUrl(): Plugin {
  const module = here('demo/configurator/dev-card-url.ts');
  return {
    name: 'no-dev-card-url',
    load(id) {
      return id === module ? 'export const devCardScriptUrl = undefined;' : undefined;
    },
  };
}

export default defineConfig({
  root: here('demo'),
  base: './',
  // No public folder: what the pages fetch is copied above.
  publicDir: false,
  build: {
    outDir: SITE,
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {configurator: here('demo/configurator.html'), index: here('demo/index.html')},
    },
  },
  plugins: [
    minifyHtmlLiterals({include: ['src/**/*.ts'], failOnError: true, options: {shouldMinify: (t) => t.tag === 'html'}}),
    cardDefinesItsTag(),
    noDevCardUrl(),
    copyIntoSite(),
  ],
});
