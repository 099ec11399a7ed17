/**
 * Text from the input kept inside its isolate. An isolate (`<bdi>`, an element with a `dir`
 * attribute, FSI … PDI around a value in a message) ends every embedding and override begun
 * inside it (U+202A–U+202E), and an isolate opened inside it (U+2066–U+2068) ends with it.
 * One character can still break out: a POP DIRECTIONAL ISOLATE (U+2069) with no initiator
 * of its own in the text closes the enclosing isolate early, and what follows it (an
 * override, say) then reorders the words after the field, in both engines.
 */

const PDI = '\u2069';
const ISOLATE_CONTROLS = /[\u2066-\u2069]/;

/**
 * The text with every PDI that closes nothing of its own dropped (it is invisible), and
 * a PDI added for each isolate it leaves open: its isolates then nest inside the field's.
 * Text without isolate controls comes back as it is.
 */
export function balanceIsolates(text: string): string {
  if (!ISOLATE_CONTROLS.test(text)) return text;
  let open = 0;
  let balanced = '';
  for (const char of text) {
    if (char === PDI) {
      if (open === 0) continue;
      open--;
    } else if (char >= '\u2066' && char <= '\u2068') {
      open++;
    }
    balanced += char;
  }
  return balanced + PDI.repeat(open);
}

/**
 * A value quoted in a message, in a first-strong isolate of its own (FSI … PDI): its own
 * script sets its direction, and nothing in it reorders the message's words.
 */
export function isolateQuoted(value: string | number): string {
  return `\u2068${balanceIsolates(String(value))}${PDI}`;
}
