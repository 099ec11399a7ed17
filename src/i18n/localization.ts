/**
 * The card's interface languages and its own @lit/localize runtime, in reentrant mode:
 * `msg()` asks `getLocale()` on every call, so each card can render in its own language.
 * Locale modules are imported statically so that every build carries all of them (a
 * dynamic import with a template string is silently dropped by Vite's single-file build).
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

/** A copy of a generated module's table, which `addTranslations` may add to. */
const own = (module: LocaleModule): LocaleModule => ({templates: {...module.templates}});

interface InterfaceLanguage {
  /** The direction the interface is written in. */
  dir: Direction;
  /** The interface words; none for the source language. The problem words join them when loaded. */
  messages?: LocaleModule;
}

/**
 * Everything the card knows of each interface language, in one place: adding Hebrew is
 * this one entry (and its XLIFF file), nowhere else.
 */
const interfaceLanguages: Record<(typeof targetLocales)[number] | typeof sourceLocale, InterfaceLanguage> = {
  en: {dir: 'ltr'},
  ar: {dir: 'rtl', messages: own(ar)},
  de: {dir: 'ltr', messages: own(de)},
  es: {dir: 'ltr', messages: own(es)},
  fr: {dir: 'ltr', messages: own(fr)},
  pt: {dir: 'ltr', messages: own(pt)},
  ru: {dir: 'ltr', messages: own(ru)},
  'zh-Hans': {dir: 'ltr', messages: own(zhHans)},
};

/** The interface locales, source locale first. */
export const supportedLocales: readonly string[] = [sourceLocale, ...targetLocales];

let activeLocale: string = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => activeLocale,
  loadLocaleSync: (locale) => interfaceLanguages[locale as keyof typeof interfaceLanguages].messages!,
});

/**
 * Adds words to the interface languages: the problem messages, loaded only when a card
 * has a problem to describe (src/i18n/describe-problem.ts), join the interface words.
 */
export function addTranslations(byLocale: Readonly<Record<string, LocaleModule>>): void {
  for (const [locale, module] of Object.entries(byLocale)) {
    const messages = interfaceLanguages[locale as keyof typeof interfaceLanguages]?.messages;
    if (messages) Object.assign(messages.templates, module.templates);
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

/** The direction of an interface language (one of `supportedLocales`). */
export function directionOf(locale: string): Direction {
  return interfaceLanguages[locale as keyof typeof interfaceLanguages]?.dir ?? 'ltr';
}

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
