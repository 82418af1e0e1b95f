import { css } from 'lit';

/**
 * The board's styles. Comments live here, not in the CSS, which ships as written:
 * - `.reserved`: the size reserved before the first listings, as micropath.css reserves it before the element is defined: loading keeps exactly this size, a failure at least this size.
 * - `.skip-link`: out of sight until a keyboard reaches it; then a link above the filters.
 * - `.cards > li`: cards out of view are not laid out or painted until they come near it; each keeps a card's height meanwhile (then its own, remembered), so the page's length barely moves.
 * - `[part~='card-closed']`: dimmed by colour, not opacity: text keeps its contrast.
 */
export const boardStyles = css`
  :host {
    --mp-board-accent: var(--_t-color-accent);
    --mp-board-card-background: var(--_t-color-surface);
    --mp-board-card-border: var(--_t-color-border);
    --mp-board-gap: var(--_t-space);
    --mp-board-card-min-width: 18rem;
  }
  [part='base'] {
    container-type: inline-size;
    container-name: board;
    color: var(--_t-color-text);
  }
  .reserved {
    min-block-size: var(--mp-board-loading-height, 40rem);
  }
  .reserved.loading {
    block-size: var(--mp-board-loading-height, 40rem);
    overflow: clip;
  }
  .primary {
    background: var(--mp-board-accent);
    border-color: var(--mp-board-accent);
    color: var(--_t-color-accent-contrast);
  }
  button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  .link {
    border: 0;
    background: none;
    padding: 0;
    color: var(--mp-board-accent);
    text-decoration: underline;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin-block-end: var(--mp-board-gap);
  }
  .skip-link:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link:focus {
    display: inline-block;
    margin-block-end: var(--mp-board-gap);
    color: var(--mp-board-accent);
  }
  .results:focus-visible {
    outline: 2px solid var(--mp-board-accent);
    outline-offset: 2px;
  }
  .toolbar .search {
    flex: 1 1 16rem;
    display: grid;
    gap: 0.25rem;
  }
  .toolbar .sort {
    display: grid;
    gap: 0.25rem;
  }
  .filters-toggle {
    display: inline-flex;
  }
  .layout {
    display: grid;
    gap: var(--mp-board-gap);
  }
  .filters {
    display: grid;
    gap: 0.75rem;
    align-content: start;
  }
  .filters[hidden] {
    display: none;
  }
  .group {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.15rem;
  }
  .group legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 24px;
  }
  .check input {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
  }
  .check .count {
    margin-inline-start: auto;
    color: var(--_t-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .stacked {
    display: grid;
    gap: 0.25rem;
  }
  @container board (min-width: 52rem) {
    .layout {
      grid-template-columns: 15rem minmax(0, 1fr);
    }
    .filters-toggle {
      display: none;
    }
    .filters[hidden] {
      display: grid;
    }
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    list-style: none;
    padding: 0;
    margin: 0 0 0.5rem;
  }
  .chip {
    border-radius: 999px;
    padding-block: 0.15rem;
    padding-inline: 0.7rem;
    background: var(--_t-color-surface-raised);
  }
  .count-line {
    margin-block: 0 0.75rem;
    color: var(--_t-color-text-muted);
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--mp-board-gap);
  }
  .cards > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
  }
  @container board (min-width: 40rem) {
    .cards {
      grid-template-columns: repeat(auto-fill, minmax(var(--mp-board-card-min-width), 1fr));
    }
  }
  .card {
    display: grid;
    gap: 0.5rem;
    align-content: start;
    block-size: 100%;
    background: var(--mp-board-card-background);
    border: 1px solid var(--mp-board-card-border);
    border-radius: var(--_t-radius);
    padding: var(--mp-board-gap);
  }
  .card-head {
    display: flex;
    gap: 0.75rem;
    align-items: start;
  }
  .logo {
    inline-size: 40px;
    block-size: 40px;
    object-fit: contain;
    border-radius: 0.25rem;
    flex: none;
  }
  .kind {
    font-size: 0.8125rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_t-color-text-muted);
  }
  .title {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .title .open {
    all: unset;
    cursor: pointer;
    color: var(--mp-board-accent);
    overflow-wrap: anywhere;
  }
  .title .open:hover {
    text-decoration: underline;
  }
  .title .open:focus-visible {
    outline: 2px solid var(--_t-color-focus);
    outline-offset: 2px;
  }
  .org {
    margin: 0;
    color: var(--_t-color-text-muted);
    overflow-wrap: anywhere;
  }
  .summary {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .facts,
  .skills {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: 0.9375rem;
  }
  .skills li {
    border: 1px solid var(--_t-color-border);
    border-radius: 999px;
    padding-inline: 0.5rem;
    font-size: 0.8125rem;
  }
  .skills .importance {
    color: var(--_t-color-text-muted);
  }
  .perk {
    margin: 0;
    font-size: 0.9375rem;
  }
  .card-foot {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    font-size: 0.875rem;
    color: var(--_t-color-text-muted);
    align-self: end;
  }
  .deadline.soon {
    color: var(--_t-color-warning);
    font-weight: 600;
  }
  .deadline.closed,
  .closed {
    color: var(--_t-color-danger);
  }
  /* A card's empty parts stay in its one template, hidden; a page's ::part rule cannot show them. */
  .card [hidden] {
    display: none !important;
  }
  [part~='card-closed'] {
    background: var(--_t-color-surface-raised);
  }
  .skeleton {
    min-block-size: 9rem;
    gap: 0.75rem;
  }
  .skeleton span {
    display: block;
    block-size: 0.9rem;
    border-radius: 0.25rem;
    background: var(--_t-color-surface-raised);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .skeleton span:nth-child(1) {
    inline-size: 40%;
  }
  .skeleton span:nth-child(2) {
    inline-size: 80%;
  }
  @keyframes pulse {
    to {
      opacity: 0.4;
    }
  }
  .more {
    display: flex;
    justify-content: center;
    margin-block-start: var(--mp-board-gap);
  }
  .message {
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    padding: var(--mp-board-gap);
  }
  .error {
    color: var(--_t-color-danger);
    margin-block: 0.25rem 0;
  }
  .muted {
    color: var(--_t-color-text-muted);
  }
  /* Feed text keeps its own direction (core/bidi.styles.ts). */
  .title .open,
  [part~='organization'],
  [part~='summary'],
  [part~='skill'] {
    unicode-bidi: plaintext;
  }
`;
