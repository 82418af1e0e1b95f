import { css } from 'lit';

/** Styles of a shown credential and of the upload box, adopted when their chunk loads. */
export const entryStyles = css`
  h2 {
    font-size: 1.25em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1em;
    margin-block-end: 0.25rem;
  }
  [part='credential'] {
    display: grid;
    grid-template-columns: var(--mp-badge-image-size) minmax(0, 1fr);
    grid-template-areas: 'image content' 'verification verification' 'share share';
    gap: var(--_t-space);
    padding: var(--_t-space);
    background: var(--mp-badge-background);
    border: 1px solid var(--mp-badge-border);
    border-radius: var(--_t-radius);
  }
  [part='image'] {
    grid-area: image;
    inline-size: var(--mp-badge-image-size);
    block-size: auto;
    aspect-ratio: 1;
    object-fit: contain;
    overflow: hidden;
  }
  .placeholder {
    display: grid;
    place-items: center;
    font-size: 3rem;
    color: var(--_t-color-text-muted);
    background: var(--_t-color-surface-raised);
    border-radius: 50%;
  }
  [part='content'] {
    grid-area: content;
    display: grid;
    gap: 0.5rem;
    align-content: start;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  [part='achievement-type'] {
    font-size: 0.875rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_t-color-text-muted);
  }
  [part='issuer'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  [part='issuer-image'] {
    inline-size: 24px;
    block-size: 24px;
    object-fit: contain;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
  }
  .facts dt {
    font-size: 0.875rem;
    color: var(--_t-color-text-muted);
  }
  .facts dd {
    margin: 0;
  }
  .past dd {
    color: var(--_t-color-warning);
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  [part='tags'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    padding: 0;
    margin: 0;
  }
  [part='tags'] li {
    border: 1px solid var(--_t-color-border);
    border-radius: 999px;
    padding-inline: 0.6rem;
    font-size: 0.875rem;
  }
  /* The full layout's sections out of view are laid out when a visitor scrolls to them. */
  [part='content'] section {
    content-visibility: auto;
    contain-intrinsic-size: auto 8rem;
  }
  [part='content'] section ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .markdown > :first-child {
    margin-block-start: 0;
  }
  [part='verification'] {
    grid-area: verification;
    display: grid;
    gap: 0.5rem;
    border-block-start: 1px solid var(--_t-color-border);
    padding-block-start: 0.75rem;
  }
  .verdict {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  /* Room for the verdict's label and two lines of its reason, taken while checking too. */
  [part='credential']:not(.layout-compact) .verdict {
    min-block-size: calc(1.5rem + 2lh + 0.25rem);
    align-content: start;
  }
  .verdict-icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    color: var(--_t-color-accent-contrast);
    background: var(--_t-color-text-muted);
    font-weight: bold;
  }
  .verdict-verified .verdict-icon {
    background: var(--_t-color-success);
  }
  .verdict-expired .verdict-icon {
    background: var(--_t-color-warning);
  }
  /* An issuer that could not be confirmed is grey, never green: nothing vouches for it. */
  .verdict-unverified .verdict-icon {
    background: var(--_t-color-text-muted);
  }
  .verdict-revoked .verdict-icon,
  .verdict-invalid .verdict-icon {
    background: var(--_t-color-danger);
  }
  .verdict-verified [part='verdict'] {
    color: var(--_t-color-success);
  }
  .verdict-revoked [part='verdict'],
  .verdict-invalid [part='verdict'] {
    color: var(--_t-color-danger);
  }
  article.verdict-invalid,
  article.verdict-revoked {
    border-color: var(--_t-color-danger);
    border-inline-start-width: 4px;
  }
  [part='warnings'] {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--_t-color-warning);
  }
  summary {
    cursor: pointer;
    min-block-size: 24px;
  }
  [part='checks'] {
    display: grid;
    gap: 0.375rem;
    margin-block: 0.5rem;
    padding-inline-start: 1.5rem;
  }
  .check-status {
    font-size: 0.8125rem;
    border-radius: 999px;
    padding-inline: 0.5rem;
    margin-inline-end: 0.25rem;
    border: 1px solid currentColor;
  }
  .check-pass .check-status {
    color: var(--_t-color-success);
  }
  .check-fail .check-status {
    color: var(--_t-color-danger);
  }
  .check-warn .check-status,
  .check-unknown .check-status {
    color: var(--_t-color-warning);
  }
  .check-skip .check-status {
    color: var(--_t-color-text-muted);
  }
  [part='recipient-check'] input {
    flex: 1 1 12rem;
    padding: 0.3rem 0.5rem;
  }
  [part='share'] {
    grid-area: share;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* compact: one row, for galleries and inline mentions */
  .layout-compact {
    grid-template-columns: 3rem minmax(0, 1fr) auto;
    grid-template-areas: 'image content verification';
    align-items: center;
    padding: 0.5rem 0.75rem;
  }
  .layout-compact [part='image'] {
    inline-size: 3rem;
  }
  .layout-compact h2 {
    font-size: 1em;
  }
  /* One line: "Claims to be from …" becomes "Issued by …" when checked, at the same height. */
  .layout-compact [part='issuer'] > span {
    min-inline-size: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .layout-compact [part='verification'] {
    border: 0;
    padding: 0;
  }
  .layout-compact .verdict > span:last-child,
  .layout-compact [part='warnings'] {
    display: none;
  }
  /* Narrow: the verdict goes under the name, so words are never broken. */
  @container (max-width: 30rem) {
    .layout-compact {
      grid-template-columns: 3rem minmax(0, 1fr);
      grid-template-areas: 'image content' 'image verification';
      row-gap: 0.25rem;
    }
    .layout-compact [part='content'] {
      overflow-wrap: break-word;
    }
  }
  .unreadable {
    display: block;
  }
  [part='gallery'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  [part='gallery'] li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.5rem;
  }
  .back {
    justify-self: start;
  }
  @container (max-width: 30rem) {
    [part='credential']:not(.layout-compact) {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'image' 'content' 'verification' 'share';
    }
    [part='credential']:not(.layout-compact) [part='image'] {
      inline-size: min(var(--mp-badge-image-size), 50%);
    }
  }
  @media print {
    [part='share'],
    [part='upload'],
    [part='recipient-check'],
    button {
      display: none;
    }
    [part='credential'] {
      break-inside: avoid;
      border-color: #888;
      background: none;
      color: #000;
    }
    .clamp {
      display: block;
    }
  }
  [part='recipient-check'],
  .upload {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .upload {
    border: 1px dashed var(--_t-color-border);
    border-radius: var(--_t-radius);
    padding: var(--_t-space);
  }
  .upload-title {
    flex-basis: 100%;
    font-weight: 600;
  }
  .upload label[for] {
    flex-basis: 100%;
  }
  .upload textarea {
    flex-basis: 100%;
    padding: 0.4rem;
    font-family: ui-monospace, monospace;
    font-size: 0.875rem;
  }
  .file input {
    position: absolute;
    opacity: 0;
    inline-size: 1px;
    block-size: 1px;
  }
  .file:focus-within {
    outline: 2px solid var(--_t-color-focus);
    outline-offset: 2px;
  }
`;
