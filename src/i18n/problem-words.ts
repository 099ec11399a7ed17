/**
 * The words of the problem messages, loaded the first time a card on the page has a
 * problem to describe, once per page (files beside the card, found relative to it): the
 * describer with the problem words of the eight built-in languages, and those of an
 * on-demand language (localization.ts lists its files) when a card speaks it. Until they
 * arrive a card with problems shows its loading state: never a message in another
 * language, never a blank card.
 */
import type {Problem} from '../contract/problems.js';
import type {ProblemReport} from './describe-problem.js';
import {addTranslations, onDemandLanguage} from './localization.js';

export type Describe = (problem: Problem) => ProblemReport;

let describe: Describe | undefined;
let loading: Promise<Describe> | undefined;

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
  return describe !== undefined && (!onDemandLanguage(locale) || settled.has(locale));
}

/** Loads the describer and the problem words of `locale` (once per page each); never rejects. */
export function loadProblemWords(locale: string): Promise<Describe> {
  loading ??= import('./describe-problem.js').then(
    (module) => (describe = module.reportProblem),
    () => (describe = wordless)
  );
  const language = onDemandLanguage(locale);
  if (!language || settled.has(locale)) return loading;
  let words = loadingLocales.get(locale);
  if (!words) {
    words = Promise.all([language.errors(), language.warnings()]).then(
      ([errors, warnings]) => {
        addTranslations({[locale]: errors});
        addTranslations({[locale]: warnings});
      },
      // Not to be had: its messages fall back to English, the source language.
      () => undefined
    );
    words = words.then(() => void settled.add(locale));
    loadingLocales.set(locale, words);
  }
  return Promise.all([loading, words]).then(([describer]) => describer);
}
