/**
 * A story-only element that shows every `--mp-*` design token as the widgets resolve it, so
 * designers can see a theme (light, dark, their brand) before any widget is on the page.
 */
import { LitElement, html, css } from 'lit';
import { hostStyles, TOKENS } from '../../packages/micropath/src/core/tokens.styles.ts';

export class MpTokenSheet extends LitElement {
  static override styles = [
    hostStyles,
    css`
      :host {
        background: var(--_t-color-surface);
        padding: var(--_t-space);
        border-radius: var(--_t-radius);
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
      }
      th,
      td {
        text-align: start;
        padding-block: 0.35rem;
        padding-inline: 0.5rem;
        border-block-end: 1px solid var(--_t-color-border);
      }
      .swatch {
        display: inline-block;
        inline-size: 1.5rem;
        block-size: 1.5rem;
        border-radius: 0.25rem;
        border: 1px solid var(--_t-color-border);
        vertical-align: middle;
      }
      code {
        font-size: 0.875em;
      }
    `,
  ];

  override render() {
    return html`<table part="base">
      <caption>
        Micropath design tokens
      </caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Sample</th>
          <th scope="col">Default</th>
        </tr>
      </thead>
      <tbody>
        ${Object.entries(TOKENS).map(
          ([name, value]) =>
            html`<tr>
              <th scope="row"><code>--mp-${name}</code></th>
              <td>
                ${
                  name.startsWith('color')
                    ? html`<span class="swatch" data-token=${name} aria-hidden="true"></span>`
                    : html`<span data-token=${name}>Aa</span>`
                }
              </td>
              <td><code>${value}</code></td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  override updated() {
    // Paint each swatch with its token through the CSSOM (allowed under a strict CSP).
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-token]')) {
      const name = el.dataset.token!;
      if (name.startsWith('color')) el.style.background = `var(--_t-${name})`;
      else if (name === 'font-family') el.style.fontFamily = `var(--_t-${name})`;
    }
  }
}

if (!customElements.get('mp-token-sheet')) customElements.define('mp-token-sheet', MpTokenSheet);
