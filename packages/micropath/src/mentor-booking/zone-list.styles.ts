import { css } from 'lit';

/**
 * The time-zone list's styles, adopted by the picker when the list's chunk (zone-list.ts)
 * loads: the button and the search field are styled before it.
 */
export const zoneListStyles = css`
  #zone-list {
    flex: 1 1 auto;
    min-block-size: 0;
    list-style: none;
    margin: 0;
    padding: 0;
    overflow: auto;
  }
  [role='option'] {
    display: grid;
    grid-template-columns: 6.5rem 1fr;
    gap: 0 0.5rem;
    padding: 0.35rem 0.5rem;
    border-radius: calc(var(--_t-radius) / 2);
    cursor: pointer;
    min-block-size: 24px;
  }
  [role='option'] .muted {
    grid-column: 2;
    font-size: 0.875rem;
  }
  [role='option'].active {
    outline: 2px solid var(--_t-color-focus);
    outline-offset: -2px;
  }
  [role='option'][aria-selected='true'] {
    font-weight: 600;
  }
  .zone-offset {
    font-variant-numeric: tabular-nums;
  }
`;
