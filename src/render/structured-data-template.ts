/**
 * The card's schema.org JSON-LD as a `<script type="application/ld+json">` from a Lit
 * template. The JSON is part of the template's own markup (`unsafeStatic`), so the script
 * is parsed whole through Lit's Trusted Types policy: a page that enforces Trusted Types
 * reports giving a script text in any other way (`textContent`, an appended text node).
 */
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';

/**
 * JSON that cannot end or alter the script it sits in: every `<` (of `</script`, `<!--`)
 * as `\u003c`, which JSON readers read back as the same character.
 */
export const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export const structuredDataTemplate = (data: unknown) =>
  staticHtml`<script type="application/ld+json" data-session-card>${unsafeStatic(scriptSafeJson(data))}</script>`;
