/**
 * The words of the problem messages, loaded the first time a card on the page has a
 * problem to describe, once per page (a separate file beside the card, found relative to
 * it). Until they arrive a card with problems shows its loading state: never a message in
 * another language, never a blank card.
 */
import type {Problem} from '../contract/problems.js';
import type {ProblemReport} from './describe-problem.js';

export type Describe = (problem: Problem) => ProblemReport;

let describe: Describe | undefined;
let loading: Promise<Describe> | undefined;

/**
 * Said when the words cannot be loaded (the file is blocked or the network is gone): the
 * card still shows that, and where, something is wrong.
 */
const wordless: Describe = ({code, path}) => ({code, path, message: path ? `${code}: ${path}` : code});

/** The describer, once loaded; undefined before. */
export function loadedProblemWords(): Describe | undefined {
  return describe;
}

/** Loads the describer (once per page); never rejects. */
export function loadProblemWords(): Promise<Describe> {
  return (loading ??= import('./describe-problem.js').then(
    (module) => (describe = module.reportProblem),
    () => (describe = wordless)
  ));
}
