import {css} from 'lit';

/**
 * Inherits the host page's font and colour; one accent colour; logical properties only,
 * so right-to-left languages mirror; container queries, so the card fits a 280 px sidebar
 * and a 900 px column alike.
 */
export const sessionCardStyles = css`
  :host {
    --session-card-accent: #0b5cad;
    --session-card-on-accent: #ffffff;
    --session-card-muted: color-mix(in srgb, currentColor 72%, transparent);
    --session-card-border: color-mix(in srgb, currentColor 22%, transparent);
    --session-card-chip-background: color-mix(in srgb, var(--session-card-accent) 10%, transparent);
    --session-card-radius: 0.5em;
    --session-card-padding: 1em;
    display: block;
    container-type: inline-size;
    overflow-wrap: anywhere;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --session-card-accent: #8ab4f8;
      --session-card-on-accent: #0b1d33;
    }
  }
  :host([hidden]) {
    display: none;
  }
  .card {
    box-sizing: border-box;
    border: 1px solid var(--session-card-border);
    border-radius: var(--session-card-radius);
    padding: var(--session-card-padding);
    line-height: 1.45;
  }
  p, ul, ol, dl, dd, h1, h2, h3, h4, h5, h6 {
    margin: 0;
  }
  ul, ol {
    padding: 0;
    list-style: none;
  }
  .card > * + * {
    margin-block-start: 0.75em;
  }
  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    font-size: 0.8125em;
    color: var(--session-card-muted);
  }
  .type {
    text-transform: uppercase;
    letter-spacing: 0.04em;
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
    font-size: 1.25em;
    line-height: 1.25;
    font-weight: 700;
  }
  .when .primary {
    font-size: 1.0625em;
    font-weight: 600;
  }
  .when .secondary {
    color: var(--session-card-muted);
    font-size: 0.9375em;
  }
  .zone, .role, .ends-later {
    font-weight: normal;
  }
  /* Short labels stay whole; a long zone name may wrap in a narrow card. */
  .role, .ends-later {
    white-space: nowrap;
  }
  .role {
    font-size: 0.875em;
  }
  .range {
    white-space: nowrap;
  }
  time {
    unicode-bidi: isolate;
  }
  .joining {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .chip {
    border: 1px solid color-mix(in srgb, var(--session-card-accent) 45%, transparent);
    background: var(--session-card-chip-background);
    border-radius: 999px;
    padding: 0.0625em 0.625em;
    font-size: 0.8125em;
    font-weight: 600;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    font-size: 0.9375em;
  }
  .fact {
    display: flex;
    gap: 0.375em;
  }
  dt {
    color: var(--session-card-muted);
  }
  .live-status {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--session-card-muted);
  }
  .live-status.live, .live-status.soon {
    color: var(--session-card-accent);
  }
  .live-status.live::before {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.375em;
    border-radius: 50%;
    background: currentColor;
  }
  /* A cancelled or postponed session says so before anything else is read. */
  .live-status.cancelled, .live-status.postponed {
    font-size: 1em;
    font-weight: 700;
    color: var(--session-card-error, #b3261e);
  }
  .card.cancelled .time, .card.postponed .time {
    text-decoration: line-through;
  }
  .notice {
    font-weight: 700;
  }
  .deadline {
    font-size: 0.875em;
  }
  .deadline.closed {
    color: var(--session-card-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .join, .register, .calendar-button {
    padding: 0.375em 1em;
    border: 1px solid var(--session-card-accent);
    border-radius: var(--session-card-radius);
    font: inherit;
    font-weight: 600;
    line-height: inherit;
    text-decoration: none;
  }
  .join, .register {
    background: var(--session-card-accent);
    color: var(--session-card-on-accent);
  }
  .calendar {
    position: relative;
  }
  .calendar-button {
    background: transparent;
    color: var(--session-card-accent);
    cursor: pointer;
  }
  .calendar-button::after {
    content: ' ▾';
  }
  .calendar-menu {
    position: absolute;
    z-index: 1;
    inset-block-start: calc(100% + 0.25em);
    inset-inline-start: 0;
    min-inline-size: 14em;
    box-sizing: border-box;
    padding-block: 0.25em;
    border: 1px solid var(--session-card-border);
    border-radius: var(--session-card-radius);
    background: Canvas;
    color: CanvasText;
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.18);
  }
  .calendar-menu a {
    display: block;
    padding: 0.375em 1em;
    text-decoration: none;
  }
  .calendar-menu a:hover {
    background: var(--session-card-chip-background);
  }
  a {
    color: var(--session-card-accent);
  }
  a:focus-visible, summary:focus-visible, button:focus-visible {
    outline: 2px solid var(--session-card-accent);
    outline-offset: 2px;
  }
  .summary p + p, .section-body p + p {
    margin-block-start: 0.5em;
  }
  .summary, .section-body {
    white-space: pre-line;
  }
  details {
    border-block-start: 1px solid var(--session-card-border);
    padding-block: 0.375em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  .section-body {
    padding-block-start: 0.375em;
  }
  .subheading {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--session-card-muted);
  }
  .documents li, .speakers li {
    padding-inline-start: 1em;
    text-indent: -1em;
  }
  .documents li::before, .speakers li::before {
    content: '– ';
  }
  .organizers, .affiliation, .more {
    font-size: 0.875em;
    color: var(--session-card-muted);
  }
  .status {
    color: var(--session-card-muted);
  }
  .error {
    border-color: #b3261e;
    border-inline-start-width: 0.375em;
  }
  .error-title {
    font-weight: 700;
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
  @container (min-width: 36em) {
    .joining {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1.25em;
    }
    .actions {
      margin-inline-start: auto;
    }
  }
  @media (forced-colors: active) {
    .chip, .card, .register, .join, .calendar-button, .calendar-menu {
      border: 1px solid CanvasText;
    }
    .register, .join {
      background: ButtonFace;
      color: LinkText;
    }
    .calendar-button {
      color: ButtonText;
    }
  }
`;
