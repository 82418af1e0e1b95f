import { css, unsafeCSS } from 'lit';

/**
 * The global design tokens. A page sets `--mp-*` (on :root or any ancestor) and every widget
 * follows; each default is a `light-dark()` pair, so widgets turn dark exactly when the page
 * declares `color-scheme: light dark` (or `dark`) and the visitor prefers dark. A light-only
 * page never gets a dark widget.
 */
export const TOKENS = {
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  'font-size': '1rem',
  'line-height': '1.5',
  radius: '0.5rem',
  space: '1rem',
  'color-text': 'light-dark(#1c2127, #e6eaef)',
  'color-text-muted': 'light-dark(#555f6d, #a4aeba)',
  'color-surface': 'light-dark(#ffffff, #15191e)',
  'color-surface-raised': 'light-dark(#f4f6f8, #1f252c)',
  'color-border': 'light-dark(#cfd6de, #3a434e)',
  'color-accent': 'light-dark(#1c56c9, #7aa7ff)',
  'color-accent-contrast': 'light-dark(#ffffff, #0b1220)',
  'color-success': 'light-dark(#1a7a34, #57c877)',
  'color-warning': 'light-dark(#8a5a00, #e3b341)',
  'color-danger': 'light-dark(#c0242d, #ff7b72)',
  'color-focus': 'light-dark(#1c56c9, #7aa7ff)',
} as const;

export type TokenName = `--mp-${keyof typeof TOKENS}`;

/** `--_t-x` resolves each token once per element: the page's value, else the default. */
const resolved = Object.entries(TOKENS)
  .map(([name, fallback]) => `--_t-${name}: var(--mp-${name}, ${fallback});`)
  .join('\n');

/** The resolved tokens, generated from TOKENS (trusted, static text). */
const tokenStyles = unsafeCSS(`:host { ${resolved} }`);

/** Base styles of every Micropath element's shadow root. */
export const hostStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_t-font-family);
      font-size: var(--_t-font-size);
      line-height: var(--_t-line-height);
      color: var(--_t-color-text);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    :focus-visible {
      outline: 2px solid var(--_t-color-focus);
      outline-offset: 2px;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
      }
    }
  `,
];
