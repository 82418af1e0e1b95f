/**
 * What the badge shows while its credential loads: the layout to come in placeholders (an
 * image, the name, a few lines), inside the size the element reserved, so nothing on the page
 * moves when the credential arrives. The first line says what is happening.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';

const bone = (kind = '') => html`<span class="bone ${kind}" aria-hidden="true"></span>`;

export function renderLoading() {
  return html`<div part="message" class="skeleton">
    <span class="bone image" aria-hidden="true"></span>
    <div class="lines">
      <p role="status">${msg('Loading the credential…')}</p>
      ${bone('long')} ${bone('half')} ${bone()} ${bone('short')}
    </div>
  </div>`;
}
