import { css } from 'lit';

/** The element's own styles: its properties, messages and the drop outline (the rest arrives with the entry view). */
export const badgeStyles = css`
  :host {
    --mp-badge-accent: var(--_t-color-accent);
    --mp-badge-background: var(--_t-color-surface);
    --mp-badge-border: var(--_t-color-border);
    --mp-badge-image-size: 8rem;
  }
  [part='base'] {
    container-type: inline-size;
    display: grid;
    gap: var(--_t-space);
  }
  .dragging {
    outline: 2px dashed var(--mp-badge-accent);
    outline-offset: 4px;
  }
  a {
    color: var(--mp-badge-accent);
  }
  .muted {
    color: var(--_t-color-text-muted);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  .error {
    color: var(--_t-color-danger);
  }
  [part='message'].error {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    border: 1px solid var(--_t-color-danger);
    border-radius: var(--_t-radius);
    padding: var(--_t-space);
  }
`;
