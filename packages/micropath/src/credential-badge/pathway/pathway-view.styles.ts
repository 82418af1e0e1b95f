import { css } from 'lit';

/** Styles of the pathway layout, adopted when its chunk loads. */
export const pathwayStyles = css`
  [part~='pathway'] {
    display: grid;
    gap: var(--_t-space);
    padding: var(--_t-space);
    background: var(--mp-badge-background);
    border: 1px solid var(--mp-badge-border);
    border-radius: var(--_t-radius);
    overflow-wrap: anywhere;
  }
  [part~='pathway'] h2,
  [part~='pathway'] h3,
  [part~='pathway'] p {
    margin: 0;
  }
  [part~='pathway'] h2 {
    font-size: 1.25em;
    line-height: 1.25;
  }
  [part~='pathway'] h3 {
    font-size: 1em;
    margin-block-end: 0.5rem;
  }
  [part~='pathway-problems'] {
    color: var(--_t-color-danger);
  }
  [part~='pathway-problems'] ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  ol[part~='steps'] {
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step calc(var(--_start, 1) - 1);
    display: grid;
    gap: 0.5rem;
  }
  [part~='step'] {
    counter-increment: step;
    position: relative;
    display: grid;
    gap: 0.125rem;
    padding-block: 0.25rem 0.5rem;
    padding-inline-start: 2.5rem;
    border-inline-start: 2px solid var(--_t-color-border);
    margin-inline-start: 0.875rem;
  }
  [part~='step']::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: -0.875rem;
    inset-block-start: 0.125rem;
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    font-weight: bold;
    font-size: 0.875rem;
    color: var(--_t-color-accent-contrast);
    background: var(--_t-color-text-muted);
  }
  [part~='step'].verdict-verified::before {
    background: var(--_t-color-success);
  }
  [part~='step'].verdict-expired::before {
    background: var(--_t-color-warning);
  }
  [part~='step'].verdict-revoked::before,
  [part~='step'].verdict-invalid::before {
    background: var(--_t-color-danger);
  }
  [part~='step-name'] {
    font-weight: 600;
  }
  [part~='step-details'],
  [part~='step-relations'],
  [part~='pathway-record'] {
    color: var(--_t-color-text-muted);
    font-size: 0.9375em;
  }
  .verdict-verified [part~='step-verdict'] {
    color: var(--_t-color-success);
  }
  .verdict-revoked [part~='step-verdict'],
  .verdict-invalid [part~='step-verdict'] {
    color: var(--_t-color-danger);
  }
  [part~='pathway-skills'] ul,
  [part~='pathway-gaps'] ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  [part~='mentor-link'] {
    color: var(--mp-badge-accent);
  }
  @media (forced-colors: active) {
    [part~='step']::before {
      border: 1px solid CanvasText;
    }
  }
`;
