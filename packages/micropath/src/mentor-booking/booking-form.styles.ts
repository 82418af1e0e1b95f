import { css } from 'lit';

/**
 * The styles of what follows the month: the chosen day's times, the form and the confirmation
 * (the move panel's too), adopted by the booking when the form's chunk (booking-actions.ts)
 * loads: a month of free times does not carry them.
 */
export const formStyles = css`
  .slots,
  .links {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* the day's times */
  .slots {
    display: grid;
    gap: 0.4rem;
    grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
  }
  .slot {
    inline-size: 100%;
    display: grid;
    justify-items: center;
    padding-block: 0.5rem;
    border-color: var(--mp-booking-accent);
    background: var(--_t-color-surface);
    color: var(--mp-booking-accent);
    font-weight: 600;
  }
  .slot[aria-current='true'] {
    background: var(--mp-booking-accent);
    color: var(--_t-color-accent-contrast);
  }
  .theirs {
    font-size: 0.8125rem;
    font-weight: 400;
    overflow-wrap: anywhere;
  }
  textarea,
  input[type='email'] {
    inline-size: 100%;
  }
  .danger {
    border-color: var(--_t-color-danger);
    color: var(--_t-color-danger);
  }
  .link {
    border: 0;
    background: none;
    padding: 0;
    color: var(--mp-booking-accent);
    text-decoration: underline;
  }
  /* form */
  .form {
    display: grid;
    gap: 0.75rem;
    max-inline-size: 36rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: start;
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin-block-start: 0.15rem;
    flex: none;
  }
  .hint {
    font-size: 0.875rem;
    color: var(--_t-color-text-muted);
  }
  .honeypot {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .actions,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  /* confirmation */
  .confirmation {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
  }
  .what {
    font-weight: 600;
  }
  .when {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .when dt {
    font-weight: 600;
  }
  .when dd {
    margin: 0;
  }
  .cancel-form {
    display: grid;
    gap: 0.4rem;
    inline-size: min(100%, 28rem);
  }
`;
