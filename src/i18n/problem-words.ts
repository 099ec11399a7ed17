/**
 * The words of the problem messages, loaded the first time a card on the page has a
 * problem to describe, once per page (files beside the card, found relative to it): the
 * describer with the problem words of the eight built-in languages, and those of an
 * on-demand language when a card speaks it. Until they arrive a card with problems shows
 * its loading state: never a message in another language, never a blank card.
 */
import type {LocaleModule} from '@lit/localize';
import type {Problem} from '../contract/problems.js';
import type {ProblemReport} from './describe-problem.js';
import {addTranslations} from './localization.js';

export type Describe = (problem: Problem) => ProblemReport;

let describe: Describe | undefined;
let loading: Promise<Describe> | undefined;

/** Both halves of a language's problem words, as one table. */
const both = (errors: Promise<LocaleModule>, warnings: Promise<LocaleModule>): Promise<LocaleModule> =>
  Promise.all([errors, warnings]).then(([e, w]) => ({templates: {...e.templates, ...w.templates}}));

/** The problem words of each on-demand language: its errors and its warnings, two files of its own. */
const onDemand: Record<string, () => Promise<LocaleModule>> = {
  bn: () => both(import('../generated/problem-locales/bn.js'), import('../generated/problem-locales/bn-warnings.js')),
  cs: () => both(import('../generated/problem-locales/cs.js'), import('../generated/problem-locales/cs-warnings.js')),
  el: () => both(import('../generated/problem-locales/el.js'), import('../generated/problem-locales/el-warnings.js')),
  fa: () => both(import('../generated/problem-locales/fa.js'), import('../generated/problem-locales/fa-warnings.js')),
  he: () => both(import('../generated/problem-locales/he.js'), import('../generated/problem-locales/he-warnings.js')),
  hi: () => both(import('../generated/problem-locales/hi.js'), import('../generated/problem-locales/hi-warnings.js')),
  hu: () => both(import('../generated/problem-locales/hu.js'), import('../generated/problem-locales/hu-warnings.js')),
  id: () => both(import('../generated/problem-locales/id.js'), import('../generated/problem-locales/id-warnings.js')),
  it: () => both(import('../generated/problem-locales/it.js'), import('../generated/problem-locales/it-warnings.js')),
  ja: () => both(import('../generated/problem-locales/ja.js'), import('../generated/problem-locales/ja-warnings.js')),
  ko: () => both(import('../generated/problem-locales/ko.js'), import('../generated/problem-locales/ko-warnings.js')),
  nl: () => both(import('../generated/problem-locales/nl.js'), import('../generated/problem-locales/nl-warnings.js')),
  pl: () => both(import('../generated/problem-locales/pl.js'), import('../generated/problem-locales/pl-warnings.js')),
  ro: () => both(import('../generated/problem-locales/ro.js'), import('../generated/problem-locales/ro-warnings.js')),
  sv: () => both(import('../generated/problem-locales/sv.js'), import('../generated/problem-locales/sv-warnings.js')),
  sw: () => both(import('../generated/problem-locales/sw.js'), import('../generated/problem-locales/sw-warnings.js')),
  th: () => both(import('../generated/problem-locales/th.js'), import('../generated/problem-locales/th-warnings.js')),
  tr: () => both(import('../generated/problem-locales/tr.js'), import('../generated/problem-locales/tr-warnings.js')),
  uk: () => both(import('../generated/problem-locales/uk.js'), import('../generated/problem-locales/uk-warnings.js')),
  ur: () => both(import('../generated/problem-locales/ur.js'), import('../generated/problem-locales/ur-warnings.js')),
  vi: () => both(import('../generated/problem-locales/vi.js'), import('../generated/problem-locales/vi-warnings.js')),
  'zh-Hant': () =>
    both(import('../generated/problem-locales/zh-Hant.js'), import('../generated/problem-locales/zh-Hant-warnings.js')),
};
/** On-demand languages whose problem words are here, or tried and not to be had. */
const settled = new Set<string>();
const loadingLocales = new Map<string, Promise<void>>();

/**
 * Said when the words cannot be loaded (the file is blocked or the network is gone): the
 * card still shows that, and where, something is wrong.
 */
const wordless: Describe = ({code, path}) => ({code, path, message: path ? `${code}: ${path}` : code});

/** The describer, once loaded; undefined before. */
export function loadedProblemWords(): Describe | undefined {
  return describe;
}

/** Whether a card speaking `locale` can describe its problems now. */
export function problemWordsReady(locale: string): boolean {
  return describe !== undefined && (!Object.hasOwn(onDemand, locale) || settled.has(locale));
}

/** Loads the describer and the problem words of `locale` (once per page each); never rejects. */
export function loadProblemWords(locale: string): Promise<Describe> {
  loading ??= import('./describe-problem.js').then(
    (module) => (describe = module.reportProblem),
    () => (describe = wordless)
  );
  if (!Object.hasOwn(onDemand, locale) || settled.has(locale)) return loading;
  let words = loadingLocales.get(locale);
  if (!words) {
    words = onDemand[locale]().then(
      (module) => addTranslations({[locale]: module}),
      // Not to be had: its messages fall back to English, the source language.
      () => undefined
    );
    words = words.then(() => void settled.add(locale));
    loadingLocales.set(locale, words);
  }
  return Promise.all([loading, words]).then(([describer]) => describer);
}
