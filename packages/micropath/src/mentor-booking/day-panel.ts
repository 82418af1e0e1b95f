/**
 * The day panel beside the month until the chosen day's times show: a hint before a day is
 * chosen; once one is, while the times' code (day-slots.ts, in the form's chunk, fetched as
 * soon as the month shows) is on its way, a loading line, or "Try again" if it could not come.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { renderCodeFailure } from '../core/lazy-code.ts';

export function renderDayPanel(dayChosen: boolean, codeFailed: boolean, retry: () => void) {
  return html`<div part="day" class="day-panel">
    ${
      !dayChosen
        ? html`<p class="muted">${msg('Choose a day to see its free times.')}</p>`
        : codeFailed
          ? renderCodeFailure(retry)
          : html`<p class="muted" role="status">${msg('Loading free times…')}</p>`
    }
  </div>`;
}
