import { css } from 'lit';

/** The kit's controls, shared by every widget: buttons and text fields (24 px targets), and text for screen readers only. */
export const controlStyles = css`
  button,
  input,
  select,
  textarea,
  .button {
    font: inherit;
    color: inherit;
    min-block-size: 24px;
  }
  button,
  .button {
    cursor: pointer;
    border: 1px solid var(--_t-color-border);
    background: var(--_t-color-surface-raised);
    border-radius: var(--_t-radius);
    padding-block: 0.35rem;
    padding-inline: 0.8rem;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  input[type='search'],
  input[type='text'],
  input[type='email'],
  input[type='url'],
  select,
  textarea {
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    background: var(--_t-color-surface);
    padding-block: 0.4rem;
    padding-inline: 0.6rem;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
