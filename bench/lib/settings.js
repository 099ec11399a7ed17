/**
 * What every part of the benchmark agrees on: the files it measures, the page sizes, the
 * reader's page and the change that is re-rendered.
 */
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
// 8 rounds take about 8 minutes on a 2-core machine: the 1,000-card pages dominate.
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
export const SIZES = [1, 100, 1000];
/** The reader's zone for every page: not the event's, so cards show two time lines. */
export const VIEWER_ZONE = 'Europe/Madrid';
export const VIEWPORT = {width: 412, height: 915, deviceScaleFactor: 1};
export const RERENDER = {lang: 'fr', timeZone: 'Asia/Tokyo'};
export const CDN_FILE = 'dist/cdn/session-card.js';
export const VANILLA_FILE = 'bench/vanilla-card.js';
export const PEER_FILE = 'node_modules/add-to-calendar-button/dist/atcb.js';
export const SEED_FILE = 'demo/sessions/3.2.2.json';

export const IMPLEMENTATIONS = [
  {key: 'card', label: 'session-card', file: CDN_FILE, type: 'module'},
  {key: 'vanilla', label: 'vanilla baseline', file: VANILLA_FILE, type: 'module'},
  {key: 'peer', label: 'add-to-calendar-button', file: PEER_FILE, type: 'classic'},
];
