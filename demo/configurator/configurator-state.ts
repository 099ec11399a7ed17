/**
 * The configurator's state and what each control does to it, without a DOM: the input and
 * its import, the talk picked from a schedule, the session JSON and the form kept in step
 * with it both ways, the problems the card's reader finds, and the preview and embed
 * settings. Views read the state; every change goes through a method, which tells the
 * listener to render again.
 */
import {readSessionJson} from '../../src/contract/read-session.js';
import {reportProblem, type ProblemReport} from '../../src/i18n/describe-problem.js';
import {importInput, type ImportOutcome} from './import-input.js';
import {fieldsOf, withFields, type SessionFields} from './session-fields.js';

type Json = Record<string, unknown>;
export type DateOrder = '' | 'day-first' | 'month-first';
export type SnippetName = 'src' | 'inline' | 'attribute' | 'schedule';

export interface ConfiguratorSettings {
  /** The page's own URL: relative URLs of a pasted input resolve against it. */
  pageUrl: string;
  /** The editor's own zone, the first of the preview's three. */
  editorZone: string;
  /** The card file the snippets load. */
  cardScriptUrl: string;
}

export interface ConfiguratorState {
  /** The input as pasted, read from a file or loaded from a URL. */
  input: string;
  /** The URL the input was loaded from; relative URLs in it resolve against it. */
  inputUrl?: string;
  /** What the URL field holds (loaded or not). */
  urlField: string;
  /** "Loading…", or why the URL or file could not be read. */
  loadStatus: string;
  dateOrder: DateOrder;
  imported?: ImportOutcome;
  talkQuery: string;
  talk?: string;
  /** The session JSON as the editor sees it. */
  json: string;
  /** That JSON, parsed, when it is an object: what the snippets embed. */
  session?: Json;
  /** The session the form was last filled from: the form's values are written into it. */
  formOrigin: Json;
  fields?: SessionFields;
  /** What the card's reader says of the JSON, in the page's language. */
  errors: ProblemReport[];
  warnings: ProblemReport[];
  editorZone: string;
  previewZones: [string, string];
  previewLanguage: string;
  cardScriptUrl: string;
  sessionJsonUrl: string;
  headingLevel: number;
  /** The outcome of the last copy button pressed. */
  copied?: {snippet: SnippetName; ok: boolean};
}

const PREVIEW_ZONES = ['America/New_York', 'Asia/Tokyo', 'Europe/London'];

const parsedObject = (text: string): Json | undefined => {
  try {
    const value: unknown = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
};

export class Configurator {
  state: ConfiguratorState;
  private readonly pageUrl: string;

  constructor(
    settings: ConfiguratorSettings,
    private readonly changed: () => void = () => {}
  ) {
    this.pageUrl = settings.pageUrl;
    const others = PREVIEW_ZONES.filter((zone) => zone !== settings.editorZone);
    this.state = {
      input: '',
      urlField: '',
      loadStatus: '',
      dateOrder: '',
      talkQuery: '',
      json: '',
      formOrigin: {},
      errors: [],
      warnings: [],
      editorZone: settings.editorZone,
      previewZones: [others[0], others[1]],
      previewLanguage: 'en',
      cardScriptUrl: settings.cardScriptUrl,
      sessionJsonUrl: 'session.json',
      headingLevel: 2,
    };
  }

  private update(patch: Partial<ConfiguratorState>) {
    this.state = {...this.state, ...patch};
    this.changed();
  }

  /** Where relative URLs of the input resolve. */
  get baseUrl(): string {
    return this.state.inputUrl ?? this.pageUrl;
  }

  /** A new input: pasted (no URL), read from a file, or loaded from `url`. */
  setInput(input: string, url?: string) {
    this.state = {...this.state, input, inputUrl: url, talk: undefined, talkQuery: '', loadStatus: ''};
    this.reimport();
  }

  setUrlField(urlField: string) {
    this.update({urlField});
  }

  setLoadStatus(loadStatus: string) {
    this.update({loadStatus});
  }

  setDateOrder(dateOrder: DateOrder) {
    this.state = {...this.state, dateOrder};
    this.reimport();
  }

  setTalkQuery(talkQuery: string) {
    this.update({talkQuery});
  }

  pickTalk(talk: string) {
    this.state = {...this.state, talk};
    this.reimport();
  }

  private reimport() {
    const {input, talk, dateOrder} = this.state;
    const imported = importInput(input, {baseUrl: this.baseUrl, talk, dateOrder: dateOrder || undefined});
    this.state = {...this.state, imported};
    if (imported?.json !== undefined) this.setJson(imported.json);
    else this.changed();
  }

  /** The JSON as edited: the form is filled again from it whenever it parses to an object. */
  setJson(json: string) {
    const session = parsedObject(json);
    const filled = session ? {formOrigin: session, fields: fieldsOf(session)} : {};
    this.update({json, session, ...filled, ...this.read(json)});
  }

  /** The form as edited: written into the session it was filled from, and the JSON written anew. */
  setFields(fields: SessionFields) {
    const session = withFields(this.state.formOrigin, fields);
    const json = JSON.stringify(session, null, 2);
    this.update({fields, session, json, ...this.read(json)});
  }

  private read(json: string): Pick<ConfiguratorState, 'errors' | 'warnings'> {
    if (!json.trim()) return {errors: [], warnings: []};
    const {errors, warnings} = readSessionJson(json, this.baseUrl);
    return {errors: errors.map(reportProblem), warnings: warnings.map(reportProblem)};
  }

  setPreviewZone(index: 0 | 1, zone: string) {
    const previewZones: [string, string] = [...this.state.previewZones];
    previewZones[index] = zone;
    this.update({previewZones});
  }

  setPreviewLanguage(previewLanguage: string) {
    this.update({previewLanguage});
  }

  setEmbed(patch: Partial<Pick<ConfiguratorState, 'cardScriptUrl' | 'sessionJsonUrl' | 'headingLevel'>>) {
    this.update(patch);
  }

  setCopied(copied: ConfiguratorState['copied']) {
    this.update({copied});
  }
}
