import { css } from 'lit';

export const bookingStyles = css`
  :host {
    --mp-booking-accent: var(--_t-color-accent);
    --mp-booking-available: var(--_t-color-accent);
    --mp-booking-day-size: 2.75rem;
    --mp-booking-photo-size: 3.5rem;
  }
  [part='base'] {
    container-type: inline-size;
    container-name: booking;
  }
  /* The size reserved before the mentors arrive, as micropath.css reserves it before the
     element is defined: loading keeps exactly this size, a failure at least this size. */
  .reserved {
    min-block-size: var(--mp-booking-loading-height, 40rem);
  }
  .reserved.one-mentor {
    min-block-size: var(--mp-booking-loading-height, 32rem);
  }
  .reserved.loading {
    block-size: var(--mp-booking-loading-height, 40rem);
    overflow: clip;
  }
  .reserved.one-mentor.loading {
    block-size: var(--mp-booking-loading-height, 32rem);
  }
  .days-skeleton {
    display: grid;
    grid-template-columns: repeat(7, var(--mp-booking-day-size));
    gap: 2px;
  }
  .bone.title {
    inline-size: 12rem;
    font-size: 1.25rem;
  }
  .bone.day {
    block-size: var(--mp-booking-day-size);
    padding: 0.25rem;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1rem;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .step {
    display: grid;
    gap: var(--_t-space);
  }
  .step-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .primary {
    background: var(--mp-booking-accent);
    border-color: var(--mp-booking-accent);
    color: var(--_t-color-accent-contrast);
  }
  button[disabled] {
    opacity: 0.7;
    cursor: not-allowed;
  }
  select,
  input[type='text'] {
    inline-size: 100%;
  }
  .muted {
    color: var(--_t-color-text-muted);
  }
  .message,
  .notice {
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    padding: var(--_t-space);
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .notice {
    border-color: var(--_t-color-warning);
  }
  .error {
    color: var(--_t-color-danger);
    margin-block: 0.25rem 0;
  }
  [dir='rtl'] .arrow,
  :host(:dir(rtl)) .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }

  /* mentors */
  .filter {
    display: grid;
    gap: 0.25rem;
    max-inline-size: 20rem;
  }
  .mentors {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .mentors {
    display: grid;
    gap: var(--_t-space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  }
  /* Out of view, a mentor's card is not laid out or painted; it keeps a card's
     height (the loading cards too, so they are laid out as the real ones). */
  .mentors > .mentor {
    content-visibility: auto;
    contain-intrinsic-size: auto 15rem;
  }
  .mentor {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.75rem;
    align-content: start;
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    background: var(--_t-color-surface);
    padding: var(--_t-space);
  }
  .mentor-text {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .bio {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
    font-size: 0.9375rem;
  }
  .photo {
    inline-size: var(--mp-booking-photo-size);
    block-size: var(--mp-booking-photo-size);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_t-color-surface-raised);
  }
  .initials {
    display: grid;
    place-items: center;
    font-weight: 600;
    color: var(--_t-color-text-muted);
  }
  /* summary */
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding-block-end: var(--_t-space);
    border-block-end: 1px solid var(--_t-color-border);
  }
  .summary > div {
    flex: 1 1 12rem;
  }
  .summary-name {
    font-weight: 600;
  }
  .summary .photo {
    --mp-booking-photo-size: 2.5rem;
  }

  /* time zone */
  .zone-panel {
    position: fixed;
    inset: auto;
    margin: 0;
    inline-size: min(24rem, 100vw - 1rem);
    max-block-size: 24rem;
    overflow: hidden;
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    background: var(--_t-color-surface);
    color: var(--_t-color-text);
    padding: 0.75rem;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.2);
  }
  .zone-panel:popover-open {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
  }
  .globe {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  /* calendar: the month beside the chosen day (.time is a slot's own time, day-slots.ts) */
  .time-step {
    display: grid;
    gap: calc(var(--_t-space) * 1.5);
  }
  @container booking (max-width: 22rem) {
    .day {
      --mp-booking-day-size: 2.25rem;
    }
  }
  @container booking (min-width: 40rem) {
    .time-step {
      grid-template-columns: minmax(0, auto) minmax(12rem, 1fr);
      align-items: start;
    }
  }
  .month-panel {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .month {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    inline-size: 100%;
    max-inline-size: calc(var(--mp-booking-day-size) * 7 + 1rem);
  }
  .month h3 {
    flex: 1;
    text-align: center;
  }
  .icon {
    inline-size: 2.25rem;
    justify-content: center;
    padding-inline: 0;
  }
  .calendar {
    border-collapse: separate;
    border-spacing: 2px;
  }
  .calendar th {
    font-size: 0.8125rem;
    font-weight: 500;
    color: var(--_t-color-text-muted);
  }
  .calendar td {
    padding: 0;
    text-align: center;
  }
  .day {
    inline-size: var(--mp-booking-day-size);
    block-size: var(--mp-booking-day-size);
    min-inline-size: 24px;
    justify-content: center;
    padding: 0;
    border-radius: 50%;
    border-color: transparent;
    background: none;
    font-variant-numeric: tabular-nums;
    color: var(--_t-color-text-muted);
  }
  .day[aria-disabled='true'] {
    cursor: default;
  }
  [part~='day-available'] {
    color: var(--mp-booking-available);
    font-weight: 700;
    background: color-mix(in srgb, var(--mp-booking-available) 12%, transparent);
  }
  [part~='day-selected'] {
    background: var(--mp-booking-accent);
    color: var(--_t-color-accent-contrast);
  }
  .day[aria-current='date'] {
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .day-panel {
    display: grid;
    gap: 0.5rem;
    align-content: start;
  }
`;
