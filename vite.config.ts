import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {defineConfig, type UserConfig} from 'vite';

/**
 * Two builds of the same sources:
 * - `vite build` (CDN): dist/cdn/session-card.js, one minified ES module with all it needs
 *   to show a valid session (lit, luxon, @lit/localize and the eight interface languages
 *   inlined) for a single script tag. What only some pages need is a file beside it in
 *   dist/cdn/chunks/, which the card imports relative to its own URL the first time a card
 *   needs it: the words of the problem messages, the importers of schedules and schema.org.
 * - `vite build --mode npm`: dist/npm/, ES modules for bundlers. lit and luxon stay
 *   imports, so an app that has them does not ship them twice; @lit/localize is inlined,
 *   so the card's localization runtime stays private and never collides with a host's own.
 * `npm start` serves the demo from demo/ with the sources.
 */
const cdn: UserConfig['build'] = {
  outDir: 'dist/cdn',
  emptyOutDir: true,
  target: 'es2022',
  lib: {entry: 'src/session-card.ts', formats: ['es'], fileName: () => 'session-card.js'},
  // The chunks import what they share with the card from the card's own file: an entry that
  // may export more than it declares keeps all it needs itself (one file for a valid session).
  rolldownOptions: {
    preserveEntrySignatures: 'allow-extension',
    output: {
      // A language's interface words at a stable address (dist/cdn/locales/ja.js), its
      // problem words beside them (ja-errors.js, ja-warnings.js); every other file in chunks/.
      chunkFileNames: ({facadeModuleId}) => {
        const id = facadeModuleId ?? '';
        const words = /generated\/locales\/([\w-]+)\.ts$/.exec(id);
        const problems = /generated\/problem-locales\/([\w-]+?)(-warnings)?\.ts$/.exec(id);
        if (words) return `locales/${words[1]}.js`;
        if (problems) return `locales/${problems[1]}-${problems[2] ? 'warnings' : 'errors'}.js`;
        return 'chunks/[name]-[hash].js';
      },
    },
  },
  // terser, not the bundler's own minifier: its three compress passes make the file 0.5 KB
  // gzip smaller, and the budget is 40 KB with every feature and eight languages.
  minify: 'terser',
  terserOptions: {module: true, ecma: 2020, compress: {passes: 3}},
};

const npm: UserConfig['build'] = {
  outDir: 'dist/npm',
  // Declarations are written there first, by tsc.
  emptyOutDir: false,
  target: 'es2022',
  minify: false,
  lib: {
    entry: {
      'session-card': 'src/session-card.ts',
      index: 'src/index.ts',
      import: 'src/import/index.ts',
      ssr: 'src/ssr/index.ts',
    },
    formats: ['es'],
    fileName: (_format, name) => `${name}.js`,
  },
  rolldownOptions: {
    external: [
      /^lit($|\/)/,
      /^@lit\/reactive-element($|\/)/,
      /^lit-html($|\/)/,
      /^lit-element($|\/)/,
      /^luxon($|\/)/,
      /^@lit-labs\/ssr($|\/)/,
    ],
    output: {chunkFileNames: 'shared/[name]-[hash].js'},
  },
};

/**
 * Both builds minify the markup and CSS inside the card's `html` and `css` templates: the
 * indentation between tags would otherwise become whitespace text nodes in every card.
 * `staticHtml` templates (the heading, whose tag is a value) are left as written: the
 * minifier cannot parse a tag name that is a placeholder.
 */
const minifyTemplates = minifyHtmlLiterals({
  include: ['src/**/*.ts'],
  failOnError: true,
  options: {shouldMinify: (template) => template.tag === 'html'},
});

export default defineConfig(({command, mode}) => ({
  root: command === 'serve' ? 'demo' : undefined,
  server: {fs: {allow: ['..']}},
  build: mode === 'npm' ? npm : cdn,
  plugins: command === 'build' ? [minifyTemplates] : [],
}));
