/**
 * The card's custom states (`session-card:state(live)`), kept in its ElementInternals,
 * which the element attaches once and hands to each controller that shows a state.
 */

/**
 * Shows `state` (or none) of the states in `group`, removing the others. An engine without
 * custom states, or one that takes only `--dashed` names and throws on these (Chromium
 * before 125), shows none: the card works the same, only unstyled by state.
 */
export function showState(
  internals: ElementInternals | undefined,
  group: readonly string[],
  state: string | undefined
): void {
  const states = internals?.states;
  if (!states) return;
  try {
    for (const name of group) if (name !== state) states.delete(name);
    if (state) states.add(state);
  } catch {
    // As above: no states in this engine.
  }
}
