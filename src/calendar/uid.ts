/**
 * The UID of a session's calendar event: the same for every download of one session, so
 * a calendar that imports it again updates the event instead of adding a second one.
 */

/** The right side of every UID: RFC 5545 asks for a globally unique id, "hex@domain"-like. */
const UID_DOMAIN = 'session-card';

/**
 * `<16 hex digits>@session-card`, from what identifies the session (`parts`, in a fixed
 * order). Not a secret and not a security boundary: a 64-bit FNV-1a hash is enough to keep
 * different sessions apart and needs no async crypto.
 */
export function eventUid(parts: readonly string[]): string {
  // JSON keeps the parts apart unambiguously: ['a,b'] and ['a', 'b'] differ.
  return `${fnv1a64(JSON.stringify(parts))}@${UID_DOMAIN}`;
}

const FNV_OFFSET_BASIS = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 lower-case hex digits. */
function fnv1a64(text: string): string {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}
