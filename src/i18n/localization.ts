/**
 * The card's interface languages and its own @lit/localize runtime, in reentrant mode:
 * `msg()` asks `getLocale()` on every call, so each card can render in its own language.
 *
 * Eight languages are inside the card's file: the six UN languages, Portuguese, German.
 * Every other one is a module of its own (dist/cdn/locales/<tag>.js beside the card),
 * loaded the first time a card on the page needs it, once per page. Module paths are
 * written out one by one: a dynamic import with a template string is silently dropped by
 * Vite's build.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import type {LocaleModule} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {memoize} from '../shared/memoize.js';
import {resolveLocale, type LocaleChoice} from './resolve-locale.js';
import * as ar from '../generated/locales/ar.js';
import * as de from '../generated/locales/de.js';
import * as es from '../generated/locales/es.js';
import * as fr from '../generated/locales/fr.js';
import * as pt from '../generated/locales/pt.js';
import * as ru from '../generated/locales/ru.js';
import * as zhHans from '../generated/locales/zh-Hans.js';

export type Direction = 'ltr' | 'rtl';
type TargetLocale = (typeof targetLocales)[number];

/** A copy of a generated module's table, which `addTranslations` may add to. */
const own = (module: LocaleModule): LocaleModule => ({templates: {...module.templates}});

/** The interface words of each language at hand: the built-in ones, then each as it loads. */
const loadedWords = new Map<string, LocaleModule>([
  ['ar', own(ar)],
  ['de', own(de)],
  ['es', own(es)],
  ['fr', own(fr)],
  ['pt', own(pt)],
  ['ru', own(ru)],
  ['zh-Hans', own(zhHans)],
]);

/**
 * Each language loaded on demand, in one place: its interface words, and the words of its
 * problem messages (errors, warnings), each a file of its own (dist/cdn/locales/<tag>….js).
 */
type BuiltIn = 'ar' | 'de' | 'es' | 'fr' | 'pt' | 'ru' | 'zh-Hans';
interface OnDemandLanguage {
  words: () => Promise<LocaleModule>;
  errors: () => Promise<LocaleModule>;
  warnings: () => Promise<LocaleModule>;
}

const onDemand: Record<Exclude<TargetLocale, BuiltIn>, OnDemandLanguage> = {
  bn: {
    words: () => import('../generated/locales/bn.js'),
    errors: () => import('../generated/problem-locales/bn.js'),
    warnings: () => import('../generated/problem-locales/bn-warnings.js'),
  },
  cs: {
    words: () => import('../generated/locales/cs.js'),
    errors: () => import('../generated/problem-locales/cs.js'),
    warnings: () => import('../generated/problem-locales/cs-warnings.js'),
  },
  el: {
    words: () => import('../generated/locales/el.js'),
    errors: () => import('../generated/problem-locales/el.js'),
    warnings: () => import('../generated/problem-locales/el-warnings.js'),
  },
  fa: {
    words: () => import('../generated/locales/fa.js'),
    errors: () => import('../generated/problem-locales/fa.js'),
    warnings: () => import('../generated/problem-locales/fa-warnings.js'),
  },
  he: {
    words: () => import('../generated/locales/he.js'),
    errors: () => import('../generated/problem-locales/he.js'),
    warnings: () => import('../generated/problem-locales/he-warnings.js'),
  },
  hi: {
    words: () => import('../generated/locales/hi.js'),
    errors: () => import('../generated/problem-locales/hi.js'),
    warnings: () => import('../generated/problem-locales/hi-warnings.js'),
  },
  hu: {
    words: () => import('../generated/locales/hu.js'),
    errors: () => import('../generated/problem-locales/hu.js'),
    warnings: () => import('../generated/problem-locales/hu-warnings.js'),
  },
  id: {
    words: () => import('../generated/locales/id.js'),
    errors: () => import('../generated/problem-locales/id.js'),
    warnings: () => import('../generated/problem-locales/id-warnings.js'),
  },
  it: {
    words: () => import('../generated/locales/it.js'),
    errors: () => import('../generated/problem-locales/it.js'),
    warnings: () => import('../generated/problem-locales/it-warnings.js'),
  },
  ja: {
    words: () => import('../generated/locales/ja.js'),
    errors: () => import('../generated/problem-locales/ja.js'),
    warnings: () => import('../generated/problem-locales/ja-warnings.js'),
  },
  ko: {
    words: () => import('../generated/locales/ko.js'),
    errors: () => import('../generated/problem-locales/ko.js'),
    warnings: () => import('../generated/problem-locales/ko-warnings.js'),
  },
  nl: {
    words: () => import('../generated/locales/nl.js'),
    errors: () => import('../generated/problem-locales/nl.js'),
    warnings: () => import('../generated/problem-locales/nl-warnings.js'),
  },
  pl: {
    words: () => import('../generated/locales/pl.js'),
    errors: () => import('../generated/problem-locales/pl.js'),
    warnings: () => import('../generated/problem-locales/pl-warnings.js'),
  },
  ro: {
    words: () => import('../generated/locales/ro.js'),
    errors: () => import('../generated/problem-locales/ro.js'),
    warnings: () => import('../generated/problem-locales/ro-warnings.js'),
  },
  sv: {
    words: () => import('../generated/locales/sv.js'),
    errors: () => import('../generated/problem-locales/sv.js'),
    warnings: () => import('../generated/problem-locales/sv-warnings.js'),
  },
  sw: {
    words: () => import('../generated/locales/sw.js'),
    errors: () => import('../generated/problem-locales/sw.js'),
    warnings: () => import('../generated/problem-locales/sw-warnings.js'),
  },
  th: {
    words: () => import('../generated/locales/th.js'),
    errors: () => import('../generated/problem-locales/th.js'),
    warnings: () => import('../generated/problem-locales/th-warnings.js'),
  },
  tr: {
    words: () => import('../generated/locales/tr.js'),
    errors: () => import('../generated/problem-locales/tr.js'),
    warnings: () => import('../generated/problem-locales/tr-warnings.js'),
  },
  uk: {
    words: () => import('../generated/locales/uk.js'),
    errors: () => import('../generated/problem-locales/uk.js'),
    warnings: () => import('../generated/problem-locales/uk-warnings.js'),
  },
  ur: {
    words: () => import('../generated/locales/ur.js'),
    errors: () => import('../generated/problem-locales/ur.js'),
    warnings: () => import('../generated/problem-locales/ur-warnings.js'),
  },
  vi: {
    words: () => import('../generated/locales/vi.js'),
    errors: () => import('../generated/problem-locales/vi.js'),
    warnings: () => import('../generated/problem-locales/vi-warnings.js'),
  },
  'zh-Hant': {
    words: () => import('../generated/locales/zh-Hant.js'),
    errors: () => import('../generated/problem-locales/zh-Hant.js'),
    warnings: () => import('../generated/problem-locales/zh-Hant-warnings.js'),
  },
};

/** A language loaded on demand (undefined for the source and built-in ones). */
export function onDemandLanguage(locale: string): OnDemandLanguage | undefined {
  return Object.hasOwn(onDemand, locale) ? onDemand[locale as keyof typeof onDemand] : undefined;
}

/** The interface locales, source locale first. */
export const supportedLocales: readonly string[] = [sourceLocale, ...targetLocales];

let activeLocale: string = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => activeLocale,
  // A card renders only in a language whose words are here (LocaleController waits for them).
  loadLocaleSync: (locale) => loadedWords.get(locale)!,
});

/** Whether a supported locale's interface words are here (the source and built-in ones always are). */
export function hasWords(locale: string): boolean {
  return locale === sourceLocale || loadedWords.has(locale);
}

const loads = new Map<string, Promise<boolean>>();
/** Problem words of a language whose interface words are still on their way. */
const problemWordsWaiting = new Map<string, LocaleModule['templates']>();

/**
 * Loads the interface words of a supported locale, once per page; resolves to whether
 * they are here. A load that failed is tried again by the next card that asks.
 */
export function loadWords(locale: string): Promise<boolean> {
  if (hasWords(locale)) return Promise.resolve(true);
  const load = onDemandLanguage(locale)?.words;
  if (!load) return Promise.resolve(false);
  let loading = loads.get(locale);
  if (!loading) {
    loading = load().then(
      (module) => {
        loadedWords.set(locale, {templates: {...module.templates, ...problemWordsWaiting.get(locale)}});
        problemWordsWaiting.delete(locale);
        return true;
      },
      () => {
        loads.delete(locale);
        return false;
      }
    );
    loads.set(locale, loading);
  }
  return loading;
}

/** How long a card waits for its language before it speaks the nearest one at hand. */
export const LANGUAGE_WAIT_MS = 3000;

const waits = new Map<string, Promise<boolean>>();

/**
 * `loadWords`, given up on after LANGUAGE_WAIT_MS: resolves to whether the words are here
 * by then. One wait per language per page, whatever the number of cards that wait.
 */
export function loadWordsInTime(locale: string): Promise<boolean> {
  if (hasWords(locale)) return Promise.resolve(true);
  let wait = waits.get(locale);
  if (!wait) {
    wait = Promise.race([
      loadWords(locale),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), LANGUAGE_WAIT_MS)),
    ]).then((here) => {
      // Late or failed: the next card that needs it waits (and loads) anew.
      if (!here) waits.delete(locale);
      return here;
    });
    waits.set(locale, wait);
  }
  return wait;
}

/**
 * Adds words to a language: the problem messages, loaded only when a card has a problem to
 * describe (src/i18n/describe-problem.ts), join the interface words.
 */
export function addTranslations(byLocale: Readonly<Record<string, LocaleModule>>): void {
  for (const [locale, module] of Object.entries(byLocale)) {
    const words = loadedWords.get(locale);
    if (words) Object.assign(words.templates, module.templates);
    // Its interface words are not here yet: they take these along when they arrive.
    else problemWordsWaiting.set(locale, {...problemWordsWaiting.get(locale), ...module.templates});
  }
}

/** The locale `msg()` speaks right now. */
export function activeUiLocale(): string {
  return activeLocale;
}

/** Runs `render` with `msg()` speaking `locale`. Rendering is synchronous, so nesting is safe. */
export function inLocale<T>(locale: string, render: () => T): T {
  const previous = activeLocale;
  activeLocale = locale;
  try {
    return render();
  } finally {
    activeLocale = previous;
  }
}

/** Scripts written right to left (Unicode's), for engines whose Intl.Locale has no text info. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/**
 * The direction a language is written in, from the locale data: `Intl.Locale`'s text info
 * where the engine has it, else the direction of the language's likely script.
 */
export const directionOf = memoize((locale: string): Direction => {
  try {
    const intl = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => {direction?: string};
      textInfo?: {direction?: string};
    };
    const direction = intl.getTextInfo?.().direction ?? intl.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return RIGHT_TO_LEFT_SCRIPTS.has(intl.maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
});

/** A card's locale: what `resolveLocale` chose, and the interface's direction. */
export interface CardLocale extends LocaleChoice {
  dir: Direction;
}

/**
 * The card locale for the languages a reader asked for, in order (none: English).
 * Remembered: every card resolves its locale on every update, from the same few lists.
 */
export const cardLocale = memoize((...requested: string[]): CardLocale => {
  const choice = resolveLocale(requested, supportedLocales);
  return {...choice, dir: directionOf(choice.ui)};
});

/**
 * The nearest locale whose words are here, for a card whose language did not arrive in
 * time: the same language in another script or region if one is here (zh-Hant → zh-Hans),
 * else the reader's next choice, else English.
 */
export function nearestLoaded(requested: readonly string[], wanted: string): CardLocale {
  const here = supportedLocales.filter((locale) => locale !== wanted && hasWords(locale));
  const {ui} = resolveLocale([wanted, ...requested], here);
  // Formatted as the words it speaks: Simplified text is not tagged (nor dated) zh-Hant.
  return {ui, format: ui, dir: directionOf(ui)};
}
