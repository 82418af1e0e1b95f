import { css } from 'lit';

/**
 * The open listing's styles (the dialog, the detail, the application form), adopted by the
 * board when the detail view's chunk loads: a board's first cards do not carry them.
 * - The apply bar: on a narrow board the way to apply stays on screen below a long description.
 */
export const detailStyles = css`
  .detail-skills h3 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  dialog {
    inline-size: min(48rem, 100vw - 2rem);
    max-block-size: calc(100vh - 2rem);
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    background: var(--_t-color-surface);
    color: var(--_t-color-text);
    padding: calc(var(--mp-board-gap) * 1.5);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .detail {
    display: grid;
    gap: 0.75rem;
  }
  .detail-head {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 1rem;
  }
  .detail-head .kind,
  .detail-head h2,
  .detail-head .org {
    grid-column: 1;
  }
  .detail-head .close {
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: start;
  }
  .detail-head h2 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* Narrow: the close button shares the kind's row, so the title has the whole width. */
  @container board (max-width: 30rem) {
    .detail-head h2,
    .detail-head .org {
      grid-column: 1 / -1;
    }
    .detail-head .close {
      grid-row: 1;
    }
  }
  .description {
    overflow-wrap: anywhere;
  }
  .description a,
  .detail-head a {
    color: var(--mp-board-accent);
  }
  .description :is(img) {
    max-inline-size: 100%;
    block-size: auto;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  @container board (max-width: 40rem) {
    [part='apply-actions'] {
      position: sticky;
      inset-block-end: 0;
      background: var(--_t-color-surface);
      border-block-start: 1px solid var(--_t-color-border);
      padding-block: 0.5rem;
    }
  }
  .application {
    display: grid;
    gap: 0.75rem;
    border-block-start: 1px solid var(--_t-color-border);
    padding-block-start: 0.75rem;
  }
  .application h3,
  .receipt h3 {
    margin: 0;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .hint {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_t-color-text-muted);
  }
  .wallet-qr {
    display: block;
  }
  .wallet-address {
    overflow-wrap: anywhere;
  }
`;
