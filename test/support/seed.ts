/** The seed session (demo/sessions/3.2.2.json), as tests start from it. */
import type {Session} from '../../src/contract/session-schema.js';

let cached: Session | undefined;

export async function seedSession(): Promise<Session> {
  cached ??= (await (await fetch('/demo/sessions/3.2.2.json')).json()) as Session;
  // A fresh copy each time: tests change fields freely.
  return structuredClone(cached);
}
