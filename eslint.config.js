/**
 * `npm run lint`: ESLint over the whole repository (src, test, demo, scripts, bench, the
 * config files). TypeScript files are linted with type information (typescript-eslint's
 * recommendedTypeChecked, through tsconfig.json); JavaScript files, which tsconfig.json does
 * not compile, with the rules that need none. Formatting is Prettier's (`npm run format`),
 * except the line length, which Prettier cannot enforce on strings, templates and comments.
 *
 * typescript-eslint comes from tools/ts5: it needs TypeScript's JavaScript API, which the
 * project's TypeScript 7 does not have (tools/ts5/package.json says how the two coexist).
 */
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import tseslint from '@session-card/ts5-tools/typescript-eslint';
import {createTypeScriptImportResolver} from 'eslint-import-resolver-typescript';
import {importX} from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import {defineConfig} from 'eslint/config';
import globals from 'globals';

/** The element and its entry points: the top of src/, imported by nothing below it. */
const ELEMENT_FILES = ['./src/session-card-element.ts', './src/session-card.ts', './src/index.ts'];
/** The folders below controllers/ and render/: they know nothing of the element. */
const LOWER_FOLDERS = [
  './src/contract',
  './src/time',
  './src/i18n',
  './src/links',
  './src/network',
  './src/calendar',
  './src/import',
  './src/shared',
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'coverage/',
      'test-results/',
      'bench-results/',
      'bench/ab/',
      'custom-elements.json',
      // Written by `lit-localize build` from xliff/; edited there, not here.
      'src/generated/',
    ],
  },

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
    },
    rules: {
      // As tsc's noUnusedLocals: a property left out with a rest (`{title: _t, ...rest}`)
      // and a name that says it is unused (`for (const _ of list)`) are not mistakes.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_'},
      ],
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {globals: globals.node},
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {sourceType: 'commonjs'},
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    // Node scripts that also hand functions to the page (puppeteer's page.evaluate).
    files: ['bench/**/*.js', 'scripts/**/*.js'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    files: ['test/e2e/**/*.js'],
    languageOptions: {globals: globals.browser},
  },

  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/best-practice'],
  {
    settings: {wc: {elementBaseClasses: ['LitElement', 'ReactiveElement']}},
    rules: {
      'lit/lifecycle-super': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-value-attribute': 'error',
      'lit/prefer-static-styles': 'error',
    },
  },

  {
    files: ['test/**/*.ts'],
    rules: {
      // @open-wc/semantic-dom-diff declares chai's equal/eq/equals as returning a Promise
      // (chai-dom-diff-plugin.d.ts); they are synchronous (its domEquals), nothing to await.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {allowForKnownSafeCalls: [{from: 'package', name: 'Equal', package: 'chai'}]},
      ],
      // chai's property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },

  {
    plugins: {'import-x': importX, '@stylistic': stylistic},
    settings: {
      // Which files import-x reads to follow imports (no-cycle); it parses them with the
      // file's own parser, typescript-eslint's for .ts.
      'import-x/extensions': ['.ts', '.js', '.mjs', '.cjs'],
      'import-x/resolver-next': [createTypeScriptImportResolver({project: './tsconfig.json'})],
    },
    rules: {
      '@stylistic/max-len': ['error', {code: 120, tabWidth: 2}],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      // The layers of src/: element → controllers and render → contract, time, i18n,
      // links, network, shared; never upwards, and controllers/ and render/ not into each other.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: LOWER_FOLDERS,
              from: ['./src/controllers', './src/render', ...ELEMENT_FILES],
              message: 'The lower folders (contract/, time/, …, shared/) sit below controllers/, render/, the element.',
            },
            {
              target: './src/render',
              from: ['./src/controllers', ...ELEMENT_FILES],
              message: 'render/ turns state into markup: it knows neither the controllers nor the element.',
            },
            {
              target: './src/controllers',
              from: ['./src/render', ...ELEMENT_FILES],
              message: 'controllers/ hold state: they know neither the templates nor the element.',
            },
            // Below controllers/ and render/, one order too: calendar/ may use i18n/ and
            // contract/; network/ and i18n/ may use contract/; contract/ may use time/ and
            // links/; those two use only shared/.
            ...[
              ['./src/time', ['./src/links', './src/contract', './src/i18n', './src/network', './src/calendar']],
              ['./src/links', ['./src/time', './src/contract', './src/i18n', './src/network', './src/calendar']],
              ['./src/contract', ['./src/i18n', './src/network', './src/calendar']],
              ['./src/i18n', ['./src/network', './src/calendar']],
              ['./src/network', ['./src/i18n', './src/calendar']],
              ['./src/calendar', ['./src/network']],
            ].map(([target, from]) => ({
              target,
              from,
              message: 'Lower folders: shared/ < time/, links/ < contract/ < i18n/, network/ < calendar/.',
            })),
            // import/ turns other formats into sessions from contract/, i18n/, time/, links/ and
            // shared/; no lower folder depends on it (the card reads sessions, whatever made them).
            {
              target: ['./src/contract', './src/time', './src/links', './src/i18n', './src/network', './src/calendar'],
              from: './src/import',
              message: 'import/ sits above contract/, time/, links/, i18n/, network/ and calendar/: none imports it.',
            },
            {
              target: './src/import',
              from: ['./src/network', './src/calendar'],
              message: 'import/ uses contract/, i18n/, time/, links/ and shared/ only.',
            },
            {
              target: './src/shared',
              from: './src',
              except: ['./shared'],
              message: 'shared/ is the bottom layer: it imports nothing else of ours.',
            },
          ],
        },
      ],
    },
  }
);
