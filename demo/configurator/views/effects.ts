/** What the views ask of the browser beyond the state: the network, files, the clipboard, downloads. */
import type {SnippetName} from '../configurator-state.js';

export interface Effects {
  loadUrl(url: string): Promise<void>;
  readFile(file: File): Promise<void>;
  /** Copies the snippet shown in the text area `textAreaId`. */
  copy(snippet: SnippetName, textAreaId: string): Promise<void>;
  /** A URL that downloads `json` (the same URL while the text is the same). */
  downloadUrl(json: string): string;
}
