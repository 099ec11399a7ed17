/**
 * `npm run analyze`: custom-elements.json from the element's JSDoc.
 */
export default {
  globs: ['src/session-card-element.ts', 'src/session-card.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer also lists each `dispatchEvent(new …Event())` as a nameless event;
      // the named `@fires` entries already describe them.
      name: 'drop-nameless-events',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
