/**
 * The next card event of a kind, typed: `(await cardEvent(el, 'session-card-error')).detail.errors`.
 */
import {oneEvent} from '@open-wc/testing';

type CardEventName = 'session-card-load' | 'session-card-error' | 'session-card-warning';

export function cardEvent<Name extends CardEventName>(
  target: EventTarget,
  name: Name
): Promise<GlobalEventHandlersEventMap[Name]> {
  return oneEvent<GlobalEventHandlersEventMap[Name]>(target, name);
}
