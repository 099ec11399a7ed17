/**
 * `npm run format` writes, `npm run format:check` (in `npm test`) checks. The options
 * follow the code as it was written: single quotes, no spaces inside braces, lines up to
 * 120 characters, trailing commas only where ES5 allows them.
 */
export default {
  printWidth: 120,
  singleQuote: true,
  bracketSpacing: false,
  trailingComma: 'es5',
  // Prettier would also reformat the markup inside html`` and the CSS inside css``. In a
  // template, whitespace between tags and bindings is text the card renders, so its line
  // breaks stay as written; ESLint's max-len keeps those lines to 120 too.
  embeddedLanguageFormatting: 'off',
};
