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
  /* The size reserved until the credential is in, as micropath.css reserves it before the
     element is defined: loading keeps exactly this size, a failure at least this size. */
  .reserved {
    --_reserve: var(--mp-badge-loading-height, 24rem);
    min-block-size: var(--_reserve);
  }
  .reserved.layout-full {
    --_reserve: var(--mp-badge-loading-height, 32rem);
  }
  .reserved.layout-compact {
    --_reserve: var(--mp-badge-loading-height, 4.5rem);
  }
  .reserved.layout-pathway {
    --_reserve: var(--mp-badge-loading-height, 20rem);
  }
  .reserved.gallery {
    --_reserve: var(--mp-badge-loading-height, 16rem);
  }
  .reserved.upload {
    --_reserve: var(--mp-badge-loading-height, 18rem);
  }
  .reserved.loading {
    block-size: var(--_reserve);
    overflow: clip;
    align-content: start;
  }
  .skeleton {
    display: grid;
    grid-template-columns: var(--mp-badge-image-size) minmax(0, 1fr);
    gap: var(--_t-space);
    padding: var(--_t-space);
    border: 1px solid var(--mp-badge-border);
    border-radius: var(--_t-radius);
  }
  .skeleton .image {
    block-size: auto;
    aspect-ratio: 1;
    border-radius: 50%;
    padding: 0;
  }
  .skeleton .lines {
    display: grid;
    gap: 0.5rem;
    align-content: start;
  }
  .layout-compact .skeleton,
  .gallery .skeleton {
    grid-template-columns: 3rem minmax(0, 1fr);
    align-items: center;
    padding: 0.5rem 0.75rem;
  }
  .layout-compact .skeleton .bone:not(.image),
  .gallery .skeleton .bone:not(.image) {
    display: none;
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
  /* The credential's own text keeps its own direction (core/bidi.styles.ts). */
  [part~='name'],
  [part~='description'],
  [part~='tags'] > li {
    unicode-bidi: plaintext;
  }
`;
