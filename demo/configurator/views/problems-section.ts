/**
 * Step 2: every problem, each with where it is (a path into the input, or into the session
 * JSON) and what to do. The importer's own problems stay listed until the next import; the
 * card reader's are those of the JSON as it is now.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {ConfiguratorState} from '../configurator-state.js';

interface Listed {
  code: string;
  path: string;
  message: string;
}

type Severity = 'error' | 'warning';

const problemItem = (problem: Listed, severity: Severity) =>
  html`<li class=${severity} data-severity=${severity} data-code=${problem.code} data-path=${problem.path}>
    <span class="severity">${severity === 'error' ? 'Error' : 'Warning'}</span>
    <code class="path">${problem.path || '(the whole input)'}</code>
    <span class="message">${problem.message}</span>
    <span class="code">${problem.code}</span>
  </li>`;

function problemList(id: string, title: string, errors: readonly Listed[], warnings: readonly Listed[]) {
  if (!errors.length && !warnings.length) return nothing;
  return html`<h3 id=${`${id}-heading`}>${title}</h3>
    <ul class="problems" id=${id} aria-labelledby=${`${id}-heading`}>
      ${errors.map((p) => problemItem(p, 'error'))} ${warnings.map((p) => problemItem(p, 'warning'))}
    </ul>`;
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function problemsSection(state: ConfiguratorState): TemplateResult {
  const {imported} = state;
  const importErrors = imported?.errors ?? [];
  const importWarnings = imported?.warnings ?? [];
  const errors = importErrors.length + state.errors.length;
  const warnings = importWarnings.length + state.warnings.length;
  const summary =
    errors + warnings > 0
      ? `${count(errors, 'error')}, ${count(warnings, 'warning')}.`
      : state.json.trim()
        ? 'No problems: the card shows this session as it is.'
        : imported
          ? 'No session yet.'
          : 'Nothing to check yet.';
  return html`<section class="step" aria-labelledby="problems-heading">
    <h2 id="problems-heading">2. Problems</h2>
    <p id="problems-summary" role="status">${summary}</p>
    ${problemList('import-problems', 'In what was published', importErrors, importWarnings)}
    ${problemList('json-problems', 'In the session JSON', state.errors, state.warnings)}
  </section>`;
}
