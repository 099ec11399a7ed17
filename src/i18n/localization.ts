/**
 * The card's own @lit/localize runtime, in reentrant mode: `msg()` asks `getLocale()`
 * on every call, so each card can render in its own language. Locale modules are
 * imported statically so that every build carries all of them (a dynamic import with a
 * template string is silently dropped by Vite's single-file build).
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import type {LocaleModule} from '@lit/localize';
import {sourceLocale, targetLocales, allLocales} from '../generated/locale-codes.js';
import * as ar from '../generated/locales/ar.js';
import * as de from '../generated/locales/de.js';
import * as es from '../generated/locales/es.js';
import * as fr from '../generated/locales/fr.js';
import * as pt from '../generated/locales/pt.js';
import * as ru from '../generated/locales/ru.js';
import * as zhHans from '../generated/locales/zh-Hans.js';

const localeModules: Record<(typeof targetLocales)[number], LocaleModule> = {
  ar, de, es, fr, pt, ru, 'zh-Hans': zhHans,
};

/** The interface locales, source locale first. */
export const supportedLocales: readonly string[] = [sourceLocale, ...targetLocales];
export {allLocales};

let activeLocale: string = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => activeLocale,
  loadLocaleSync: (locale) => localeModules[locale as keyof typeof localeModules],
});

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

/** Right-to-left interface languages. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}
