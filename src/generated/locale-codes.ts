// Do not modify this file by hand!
// Re-generate this file by running lit-localize.

/**
 * The locale code that templates in this source code are written in.
 */
export const sourceLocale = `en`;

/**
 * The other locale codes that this application is localized into. Sorted
 * lexicographically.
 */
export const targetLocales = [
  `ar`,
  `bn`,
  `cs`,
  `de`,
  `el`,
  `es`,
  `fa`,
  `fr`,
  `he`,
  `hi`,
  `hu`,
  `id`,
  `it`,
  `ja`,
  `ko`,
  `nl`,
  `pl`,
  `pt`,
  `ro`,
  `ru`,
  `sv`,
  `sw`,
  `th`,
  `tr`,
  `uk`,
  `ur`,
  `vi`,
  `zh-Hans`,
  `zh-Hant`,
] as const;

/**
 * All valid project locale codes. Sorted lexicographically.
 */
export const allLocales = [
  `ar`,
  `bn`,
  `cs`,
  `de`,
  `el`,
  `en`,
  `es`,
  `fa`,
  `fr`,
  `he`,
  `hi`,
  `hu`,
  `id`,
  `it`,
  `ja`,
  `ko`,
  `nl`,
  `pl`,
  `pt`,
  `ro`,
  `ru`,
  `sv`,
  `sw`,
  `th`,
  `tr`,
  `uk`,
  `ur`,
  `vi`,
  `zh-Hans`,
  `zh-Hant`,
] as const;
