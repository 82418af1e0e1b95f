/** The month on show: its title with previous / next buttons, the date grid, and its messages. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { AdapterError } from '../core/errors.ts';
import { describeFailure } from '../core/error-messages.ts';
import { formatMonth } from './booking-format.ts';
import { renderGrid, type GridContext } from './date-grid.ts';
import { plural } from '../core/plural.ts';

export interface MonthPanelContext extends Omit<GridContext, 'year' | 'month' | 'busy'> {
  status: 'loading' | 'ready' | 'error';
  failure: AdapterError | undefined;
  /** Times the backend sent that could not be read. */
  skipped: number;
  showMonth: (delta: number) => void;
  retry: () => void;
}

/**
 * The line under the grid: it always holds one line of text (loading, how many days are free),
 * so the grid's answer does not move what follows.
 */
function renderState(ctx: MonthPanelContext, title: string, freeDays: number) {
  if (ctx.status === 'error' && ctx.failure) {
    return html`<div part="message" class="message" role="alert">
      <p>${describeFailure(ctx.failure)}</p>
      <button type="button" @click=${ctx.retry}>${msg('Try again')}</button>
    </div>`;
  }
  if (ctx.status === 'loading')
    return html`<p class="muted" part="message">${msg('Loading free times…')}</p>`;
  if (freeDays)
    return html`<p class="muted" part="message">
      ${plural(freeDays, ctx.locale, {
        one: (n) => msg(str`${n} day with free times`, { id: 'free-days.one' }),
        two: (n) => msg(str`${n} days with free times`, { id: 'free-days.two' }),
        few: (n) => msg(str`${n} days with free times`, { id: 'free-days.few' }),
        many: (n) => msg(str`${n} days with free times`, { id: 'free-days.many' }),
        other: (n) => msg(str`${n} days with free times`, { id: 'free-days.other' }),
      })}
    </p>`;
  return html`<div part="message" class="message">
    <p>${msg(str`No free times in ${title}.`)}</p>
    <button type="button" @click=${() => ctx.showMonth(1)}>${msg('Show the next month')}</button>
  </div>`;
}

export function renderMonthPanel(ctx: MonthPanelContext) {
  const [year, month] = ctx.focus.split('-').map(Number) as [number, number];
  const title = formatMonth(year, month, ctx.locale);
  const monthKey = ctx.focus.slice(0, 7);
  const freeDays = [...ctx.counts.keys()].filter((date) => date.startsWith(monthKey)).length;
  return html`<div class="month-panel">
    <div part="month" class="month">
      <button
        type="button"
        class="icon"
        aria-label=${msg('Previous month')}
        ?disabled=${monthKey <= ctx.today.slice(0, 7)}
        @click=${() => ctx.showMonth(-1)}
      >
        <span aria-hidden="true" class="arrow">‹</span>
      </button>
      <h3 id="month-title">${title}</h3>
      <button
        type="button"
        class="icon"
        aria-label=${msg('Next month')}
        @click=${() => ctx.showMonth(1)}
      >
        <span aria-hidden="true" class="arrow">›</span>
      </button>
    </div>
    ${renderGrid({ ...ctx, year, month, busy: ctx.status === 'loading' })}
    ${renderState(ctx, title, freeDays)}
    ${
      ctx.skipped
        ? html`<p class="muted">${msg(str`Times that could not be shown: ${ctx.skipped}.`)}</p>`
        : nothing
    }
  </div>`;
}
