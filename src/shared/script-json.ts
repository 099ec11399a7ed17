/**
 * JSON text safe inside a `<script>` element: every `<` written as `\u003c`, so that neither
 * `</script` nor `<!--` (which changes how the HTML parser ends the script) can occur, and
 * U+2028 and U+2029 escaped too, for tools that still read the JSON as JavaScript. These
 * characters occur only inside JSON strings, where the escape reads back as the character.
 * Used for the card's JSON-LD, the server's inline session and the configurator's snippets.
 */
export function jsonForScript(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    /[<\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}
