import {css} from 'lit';

/**
 * The card's stylesheet. It inherits the host page's font and text colour and has no
 * background of its own; logical properties only, so right-to-left languages mirror;
 * container queries on the host's width (never the viewport), so it fits a 280 px sidebar
 * and a 900 px column alike.
 *
 * Public custom properties: set them on `:root`, any ancestor or the element. Their
 * defaults live only at the point of use (`var(--session-card-x, default)`), never on
 * `:host`, which would hide a value set on an ancestor.
 *
 * | property                         | default                                              |
 * | -------------------------------- | ---------------------------------------------------- |
 * | `--session-card-accent`          | #0b5cad on light, #8ab4f8 on dark                    |
 * | `--session-card-on-accent`       | #fff on light, #000 on dark                          |
 * | `--session-card-text`            | inherited                                            |
 * | `--session-card-muted`           | color-mix(in srgb, currentColor 72%, transparent)    |
 * | `--session-card-background`      | transparent                                          |
 * | `--session-card-border`          | color-mix(in srgb, currentColor 22%, transparent)    |
 * | `--session-card-error`           | #b3261e on light, #f2b8b5 on dark                    |
 * | `--session-card-radius`          | 0.5em                                                |
 * | `--session-card-padding`         | 1em; 0.75em under 360 px; 0.625em compact            |
 * | `--session-card-gap`             | 0.75em; 0.5em compact                                |
 * | `--session-card-chip-background` | color-mix(in srgb, accent 10%, transparent)          |
 * | `--session-card-chip-text`       | inherited                                            |
 * | `--session-card-font-family`     | inherited                                            |
 * | `--session-card-title-size`      | 1.25em; 1.125em under 360 px; 1.0625em compact       |
 * | `--session-card-title-weight`    | 700                                                  |
 * | `--session-card-focus-ring`      | the accent                                           |
 *
 * The palette: private `--_*` values on `:host`, each a `light-dark()` pair, picked by the
 * host's `color-scheme`: `dark` for `:state(dark)` (the ThemeController found the page
 * behind the card dark, or `theme="dark"` asks for it), `light` for `:state(light)`. Before
 * the first decision, and in browsers without custom states, `light dark` follows the
 * system's preference, as `@media (prefers-color-scheme)` would. Properties without a
 * default (`font-family: var(--session-card-font-family)`) fall back to inheriting, or to
 * their initial value.
 */
export const sessionCardStyles = css`
  :host {
    --_accent: light-dark(#0b5cad, #8ab4f8);
    --_on-accent: light-dark(#fff, #000);
    --_error: light-dark(#b3261e, #f2b8b5);
    color-scheme: light dark;
    display: block;
    container-type: inline-size;
  }
  :host(:state(light)) {
    color-scheme: light;
  }
  :host(:state(dark)) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  .card, .calendar-menu, .join, .register, .calendar-button, .chip {
    border: 1px solid var(--session-card-border, color-mix(in srgb, currentColor 22%, transparent));
    border-radius: var(--session-card-radius, 0.5em);
  }
  .card {
    display: grid;
    padding: var(--session-card-padding, var(--_pad, 1em));
    background: var(--session-card-background);
    color: var(--session-card-text);
    font-family: var(--session-card-font-family);
    line-height: 1.45;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  * {
    box-sizing: border-box;
    margin: 0;
    padding: 0;
  }
  ul, ol {
    list-style: none;
  }
  .card > * + * {
    margin-block-start: var(--session-card-gap, var(--_gap, 0.75em));
  }
  .title, p {
    max-inline-size: 70ch;
  }
  .eyebrow, .joining, .chips, .facts, .fact, .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .eyebrow {
    justify-content: space-between;
    gap: 0.25em 1em;
  }
  .eyebrow, .secondary, dt, .live-status, .deadline.closed, .subheading, .organizers, .affiliation, .more,
  .status {
    color: var(--session-card-muted, color-mix(in srgb, currentColor 72%, transparent));
  }
  .eyebrow, .chip {
    font-size: 0.8125em;
  }
  .type {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .type, .primary :is(.date, .range), .chip, .live-status, summary, .subheading {
    font-weight: 600;
  }
  .type + .id::before {
    content: ' · ';
  }
  .tracks li {
    display: inline;
  }
  .tracks li + li::before {
    content: ' › ';
    white-space: pre;
  }
  .title {
    font-size: var(--session-card-title-size, var(--_title, 1.25em));
    line-height: 1.25;
    font-weight: var(--session-card-title-weight, 700);
  }
  .title a {
    color: inherit;
  }
  .primary {
    font-size: 1.0625em;
  }
  .secondary, .facts {
    font-size: 0.9375em;
  }
  /* Short labels stay whole, but for a narrow card. */
  .role, .ends-later, .range {
    white-space: nowrap;
  }
  .role, .live-status, .deadline, .subheading, .organizers, .affiliation, .more {
    font-size: 0.875em;
  }
  time {
    unicode-bidi: isolate;
  }
  .joining {
    position: relative;
    flex-direction: column;
    gap: 0.5em;
  }
  .chip {
    background: var(
      --session-card-chip-background,
      color-mix(in srgb, var(--session-card-accent, var(--_accent)) 10%, transparent)
    );
    color: var(--session-card-chip-text);
    border-radius: 1em;
    padding: 0.0625em 0.625em;
  }
  .facts {
    gap: 0.25em 1.25em;
  }
  a, .live-status.live, .live-status.soon, .calendar-button {
    color: var(--session-card-accent, var(--_accent));
  }
  /* A character, not a box: forced colours keep it; no name for screen readers. */
  .live-status.live::before {
    content: '● ' / '';
  }
  /* A cancelled or postponed session says so before anything else is read. */
  .live-status:is(.cancelled, .postponed) {
    font-size: 1em;
    color: var(--session-card-error, var(--_error));
  }
  .live-status:is(.cancelled, .postponed), .notice, .error-title {
    font-weight: 700;
  }
  :is(.cancelled, .postponed) .time {
    text-decoration: line-through;
  }
  .actions {
    align-items: center;
    gap: 0.5em;
  }
  .join, .register, .calendar-button {
    padding: 0.375em 1em;
    border-color: var(--session-card-accent, var(--_accent));
    font: inherit;
    font-weight: 600;
    text-decoration: none;
  }
  .join, .register {
    background: var(--session-card-accent, var(--_accent));
    color: var(--session-card-on-accent, var(--_on-accent));
  }
  .calendar-button {
    background: none;
  }
  summary, .calendar-button {
    cursor: pointer;
  }
  .calendar-button::after {
    content: ' ▾';
  }
  /*
   * Under the button, over what follows, at the end edge of the badges-and-actions block
   * (where the button is, or else across from it): wherever the button lands, the list stays
   * inside the card. Canvas: white, or the browser's dark canvas under color-scheme: dark.
   */
  /* Each card is a stacking context of its own (a size container): the one whose list is
     open rises above the cards after it, which would otherwise paint over the list. */
  :host(:state(calendar-open)) {
    position: relative;
    z-index: 1;
  }
  .calendar-menu {
    position: absolute;
    z-index: 1;
    inset-inline-end: 0;
    margin-block-start: 0.25em;
    min-inline-size: min(14em, 100%);
    padding-block: 0.25em;
    background: Canvas;
  }
  .calendar-menu a {
    display: block;
    padding: 0.375em 1em;
  }
  .calendar-menu a:not(:hover) {
    text-decoration: none;
  }
  :focus-visible {
    outline: 2px solid var(--session-card-focus-ring, var(--session-card-accent, var(--_accent)));
    outline-offset: 2px;
  }
  .summary p + p, .section-body p + p {
    margin-block-start: 0.5em;
  }
  .summary, .section-body {
    white-space: pre-line;
  }
  details {
    border-block-start: 1px solid var(--session-card-border, color-mix(in srgb, currentColor 22%, transparent));
    padding-block: 0.375em;
  }
  .section-body {
    padding-block-start: 0.375em;
  }
  /* Not list markers: a document's item takes its title's direction, and an outside marker would follow it. */
  .documents li, .speakers li {
    padding-inline-start: 1em;
    text-indent: -1em;
  }
  .documents li::before, .speakers li::before {
    content: '– ';
  }
  .error {
    border-color: var(--session-card-error, var(--_error));
    border-inline-start-width: 0.375em;
  }
  .error ul {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :host([variant='compact']) .card {
    --_pad: 0.625em;
    --_gap: 0.5em;
    --_title: 1.0625em;
  }
  /* Narrow: one column; the tracks go below the badges and actions, so the time stays near the top. */
  @container (width < 360px) {
    .card {
      --_pad: 0.75em;
      --_title: 1.125em;
    }
    .eyebrow {
      display: contents;
    }
    .tracks {
      order: 1;
      margin-block-start: var(--session-card-gap, var(--_gap, 0.75em));
    }
    .joining ~ * {
      order: 2;
    }
    .role, .ends-later, .range {
      white-space: normal;
    }
  }
  @container (360px <= width < 720px) {
    .joining {
      flex-flow: row wrap;
      align-items: center;
      gap: 0.5em 1.25em;
    }
    .actions {
      margin-inline-start: auto;
    }
  }
  /*
   * Wide: the eyebrow and title across, then the text (at most six blocks) beside the "when"
   * block and, under it, the badges and actions, which span the rows below to the last (1fr):
   * that row alone grows when they are taller than the text beside them. Rows are spaced by
   * the items' margins, not a row gap, so the rows no item fills take no room. Dense
   * placement puts the text's first block beside the "when" block.
   */
  @container (width >= 720px) {
    .card {
      grid-template: repeat(8, auto) 1fr / minmax(0, 70ch) minmax(15em, 1fr);
      grid-auto-flow: dense;
      column-gap: 2em;
    }
    .eyebrow, .title {
      grid-column: 1 / -1;
    }
    .when {
      grid-column: 2;
    }
    .joining {
      grid-area: span 7 / 2;
    }
    /* A compact card: the time beside the title, the badges and actions under it. */
    :host([variant='compact']) :is(.title, .joining) {
      grid-column: 1;
    }
  }
  /* System colours are kept in forced colours: the links that look like buttons look like buttons. */
  @media (forced-colors: active) {
    .join, .register {
      background: ButtonFace;
      color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    * {
      color: #000 !important;
    }
    .card {
      background: #fff;
    }
    /* Closed sections hide their content with content-visibility (Chromium and Firefox alike). */
    details::details-content {
      content-visibility: visible;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
    .join, .register {
      all: unset;
    }
    /* The title already prints the session page's address. */
    .calendar, .more {
      display: none;
    }
  }
`;
