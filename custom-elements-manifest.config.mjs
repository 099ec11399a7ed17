/**
 * `npm run analyze`: custom-elements.json from the element's JSDoc, as the package
 * publishes it: module paths are the npm build's entry files (the sources are not in the
 * package), and private members are left out (they are not API).
 */

/** Source module → the published file that exports what it declares. */
const PUBLISHED_PATHS = {
  'src/session-card-element.ts': 'dist/npm/index.js',
  'src/session-card.ts': 'dist/npm/session-card.js',
  '/src/session-card-element.js': 'dist/npm/index.js',
  'src/index.js': 'dist/npm/index.js',
};

function publishedPath(path) {
  const published = PUBLISHED_PATHS[path];
  if (!published) throw new Error(`custom-elements.json: no published path for ${path}`);
  return published;
}

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
    {
      name: 'public-api-only',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (member) => member.privacy !== 'private' && !member.name.startsWith('#')
              );
            }
          }
        }
      },
    },
    {
      name: 'published-paths',
      packageLinkPhase({customElementsManifest}) {
        const relink = (reference) => {
          if (reference?.module) reference.module = publishedPath(reference.module);
        };
        for (const module of customElementsManifest.modules) {
          module.path = publishedPath(module.path);
          for (const declaration of module.declarations ?? []) {
            relink(declaration.superclass?.module?.startsWith('src') ? declaration.superclass : undefined);
            for (const member of declaration.members ?? []) relink(member.inheritedFrom);
          }
          for (const entry of module.exports ?? []) relink(entry.declaration);
        }
      },
    },
  ],
};
