import {defineConfig} from 'vite';

/**
 * `npm run build:cdn`: dist/cdn/session-card.js, one self-contained ES module (lit,
 * luxon and every locale inlined, no imports, no other chunk) for a single script tag.
 * `npm start`: the demo, served from demo/ with the sources.
 */
export default defineConfig(({command}) => ({
  root: command === 'serve' ? 'demo' : undefined,
  server: {fs: {allow: ['..']}},
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: 'src/session-card.ts',
      formats: ['es'],
      fileName: () => 'session-card.js',
    },
    rolldownOptions: {
      output: {
        codeSplitting: false,
        minify: true,
      },
    },
  },
}));
