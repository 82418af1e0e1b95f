import { css } from 'lit';

/**
 * The mentor and session steps' styles, adopted by the booking when their chunk
 * (choice-steps.ts) loads. The mentors' loading cards are drawn with the element's own styles
 * (mentor-booking.styles.ts: the grid, a card's box), so the page keeps its layout before this
 * chunk arrives; what is here dresses the cards' content.
 */
export const choiceStyles = css`
  .sessions,
  .tags {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .mentor > button {
    grid-column: 1 / -1;
    justify-self: start;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .covers {
    font-weight: 600;
    margin-block: 0.25rem;
  }
  .tags li {
    border: 1px solid var(--_t-color-border);
    border-radius: 999px;
    padding-inline: 0.5rem;
    font-size: 0.875rem;
  }

  /* sessions */
  .sessions {
    display: grid;
    gap: 0.5rem;
  }
  .session {
    inline-size: 100%;
    display: grid;
    justify-items: start;
    text-align: start;
    gap: 0.15rem;
    padding: 0.75rem var(--_t-space);
    background: var(--_t-color-surface);
  }
  .session[aria-current='true'] {
    border-color: var(--mp-booking-accent);
  }
  .session-name {
    font-weight: 600;
  }

  /* Mentors' own text keeps its own direction (core/bidi.styles.ts). */
  .mentor-name,
  .headline,
  [part~='bio'],
  [part~='expertise'] > li {
    unicode-bidi: plaintext;
  }
`;
