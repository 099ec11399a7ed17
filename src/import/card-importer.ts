/**
 * The importers as the card loads them: once per page, the first time a card gets a
 * schedule or a schema.org Event (a file beside the card). Once loaded, later cards import
 * at once, and a server renderer loads them before it renders.
 */
import type {importForCard} from './card-import.js';

export type ImportForCard = typeof importForCard;

let loaded: ImportForCard | undefined;
let loading: Promise<ImportForCard | undefined> | undefined;

/** The importer, once loaded; undefined before (or when its file could not be loaded). */
export function loadedCardImporter(): ImportForCard | undefined {
  return loaded;
}

/** Loads the importer (once per page); resolves to undefined when its file cannot be loaded. */
export function loadCardImporter(): Promise<ImportForCard | undefined> {
  return (loading ??= import('./card-import.js').then(
    (module) => (loaded = module.importForCard),
    () => {
      // Tried again by the next card that needs it: the network may be back.
      loading = undefined;
      return undefined;
    }
  ));
}
