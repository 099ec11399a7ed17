/**
 * The name a downloaded calendar file is saved under: readable, and safe on every system.
 */

const MAX_STEM_CODE_POINTS = 64;
/** Names Windows keeps for devices, whatever follows the first dot (`con.ics`, `nul.1.ics` cannot be saved). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/;
const FALLBACK_STEM = 'session';

/**
 * `<slug>.ics` of the first of `labels` that leaves one (a session id such as `3.2.2`, then
 * its title): lower case; letters, digits and marks of any script kept, with `.` and `_`;
 * every other run of characters (spaces, `/\:*?"<>|`, controls, bidi controls) one `-`; no
 * `.` or `-` at either end; at most 64 code points. `session.ics` when none leaves a slug;
 * `session-con.ics` for a name Windows keeps for a device.
 */
export function icsFileName(...labels: ReadonlyArray<string | undefined>): string {
  const stem = labels.map((label) => (label === undefined ? '' : slugOf(label))).find(Boolean);
  if (!stem) return `${FALLBACK_STEM}.ics`;
  return `${WINDOWS_DEVICE_NAME.test(stem) ? `${FALLBACK_STEM}-${stem}` : stem}.ics`;
}

function slugOf(label: string): string {
  const slug = label
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}._]+/gu, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  // Cut by code point, never inside a surrogate pair, then tidy the new end.
  return Array.from(slug)
    .slice(0, MAX_STEM_CODE_POINTS)
    .join('')
    .replace(/[.-]+$/, '');
}
