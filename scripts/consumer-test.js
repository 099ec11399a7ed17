#!/usr/bin/env node
/**
 * The npm package as a developer meets it: `npm pack`, a new Vite + TypeScript project in a
 * temp folder that installs the tarball, imports it with types, sets `.session` with a
 * typed object, type-checks, builds, and renders in headless Chromium. The page also loads
 * the CDN file, as a host page might beside an app: both must live together.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {serveDirectory} from './static-server.js';
import {CHROME_ARGS, findChrome} from './find-chrome.js';

/**
 * The installed package's custom-elements.json, as IDEs and documentation tools read it:
 * found through `customElements`, every module path is a file in the package, the tag is
 * defined, and only public members are listed.
 */
function checkManifest(packageDir) {
  const installed = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(packageDir, installed.customElements), 'utf8'));
  const problems = [];
  const paths = new Set();
  let element;
  for (const module of manifest.modules) {
    paths.add(module.path);
    for (const entry of module.exports ?? []) {
      if (entry.declaration?.module) paths.add(entry.declaration.module);
      if (entry.kind === 'custom-element-definition' && entry.name === 'session-card') element = entry.declaration;
    }
  }
  for (const path of paths)
    if (!existsSync(join(packageDir, path))) problems.push(`module ${path} is not in the package`);
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === element?.name);
  if (!declaration) problems.push('no custom-element-definition for session-card');
  else {
    const attributes = (declaration.attributes ?? []).map((a) => a.name);
    for (const name of ['session', 'src', 'time-zone', 'heading-level', 'lang']) {
      if (!attributes.includes(name)) problems.push(`attribute ${name} is not documented`);
    }
    for (const member of declaration.members ?? []) {
      if (member.privacy === 'private' || member.name.startsWith('#'))
        problems.push(`private member ${member.name} is listed`);
    }
    if (!(declaration.events ?? []).some((e) => e.name === 'session-card-error'))
      problems.push('event session-card-error is not documented');
  }
  if (problems.length) throw new Error(`custom-elements.json: ${problems.join('; ')}`);
  console.log(
    `custom-elements.json: ${paths.size} module paths in the package, ` +
      `${declaration.attributes.length} attributes, ${declaration.members.length} public members`
  );
}

const ours = JSON.parse(readFileSync('package.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'session-card-consumer-'));
const run = (command, args, cwd = dir) =>
  execFileSync(command, args, {cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8'});

try {
  console.log(`packing into ${dir}`);
  const tarball = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], process.cwd())
  )[0].filename;

  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: {'session-card': `file:./${tarball}`},
        devDependencies: {vite: ours.devDependencies.vite, typescript: ours.devDependencies.typescript},
      },
      null,
      2
    )
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          strict: true,
          noEmit: true,
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: [],
        },
        include: ['src'],
      },
      null,
      2
    )
  );
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'src', 'main.ts'),
    `
import 'session-card';
import type {Session, SessionCard} from 'session-card';

const session: Session = {
  title: {en: 'Typed session', fr: 'Session typée'},
  start: '2021-06-01T14:05:00-03:00',
  end: '2021-06-01T15:35:00-03:00',
  timeZone: 'America/Argentina/Cordoba',
  attendance: 'online',
  platform: {name: 'Zoom', url: 'https://zoom.us/'},
  capacity: 160,
  languages: ['en', 'fr', 'es'],
};
// @ts-expect-error capacity is a number in the contract
const wrong: Session = {...session, capacity: '160'};
void wrong;

const card: SessionCard = document.createElement('session-card');
card.addEventListener('session-card-load', (event) => {
  document.title = 'loaded: ' + JSON.stringify(event.detail.session.title);
});
card.session = session;
document.body.append(card);
`
  );
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title>
<script type="module" src="/src/main.ts"></script>
<script type="module" src="/cdn/session-card.js"></script></head>
<body><session-card
  id="from-cdn"
  session='{"title": "Pasted beside the app", "start": "2021-06-01T14:05:00Z", "end": "2021-06-01T15:00:00Z"}'
></session-card></body></html>`
  );

  console.log('installing the tarball with vite and typescript');
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  mkdirSync(join(dir, 'public', 'cdn'), {recursive: true});
  cpSync(join(dir, 'node_modules/session-card/dist/cdn/session-card.js'), join(dir, 'public/cdn/session-card.js'));

  checkManifest(join(dir, 'node_modules/session-card'));

  console.log('type-checking');
  run('npx', ['tsc', '-p', '.']);
  console.log('building with vite');
  run('npx', ['vite', 'build', '--logLevel', 'warn']);

  const distDir = join(dir, 'dist');
  const {server, origin} = await serveDirectory(distDir);
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: CHROME_ARGS,
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/`, {waitUntil: 'networkidle0'});
    await page.waitForFunction(() => document.title.startsWith('loaded:'), {timeout: 10000});
    const titles = await page.evaluate(() =>
      [...document.querySelectorAll('session-card')].map((card) =>
        card.shadowRoot?.querySelector('[part=title]')?.textContent?.trim()
      )
    );
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    if (titles.length !== 2 || titles.includes(undefined))
      throw new Error(`cards not rendered: ${JSON.stringify(titles)}`);
    console.log(`rendered in the consumer app: ${JSON.stringify(titles)}`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(dir, {recursive: true, force: true});
}
