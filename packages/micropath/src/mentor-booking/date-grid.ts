/**
 * The month calendar as a WAI-ARIA APG date grid: one tab stop (the focused date), arrows move
 * by day and week (in a right-to-left layout ArrowLeft is the next day, as the grid is drawn), Home / End to the week's ends, PageUp / PageDown by month, with Shift by
 * year; Enter or Space choose the date. Each date's accessible name is the full date and how
 * many times are free, so a screen reader never hears a bare "23".
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import {
  addDays,
  addMonths,
  monthWeeks,
  weekdayOf,
  type DateKey,
  type Weekday,
} from './month-grid.ts';
import { formatDate, weekdayNames } from './booking-format.ts';
import { plural } from '../core/plural.ts';

export interface GridContext {
  year: number;
  month: number;
  weekStart: Weekday;
  locale: string;
  /** The date holding the grid's tab stop. */
  focus: DateKey;
  selected: DateKey | undefined;
  today: DateKey;
  /** Free times per date. */
  counts: ReadonlyMap<DateKey, number>;
  busy: boolean;
  pick: (date: DateKey) => void;
  move: (date: DateKey) => void;
}

/** Where a key moves the focus from `date`, or undefined for keys the grid leaves alone. */
export function keyTarget(
  key: string,
  shift: boolean,
  date: DateKey,
  weekStart: Weekday,
  rtl = false,
): DateKey | undefined {
  const intoWeek = (weekdayOf(date) - weekStart + 7) % 7;
  switch (key) {
    case 'ArrowRight':
      return addDays(date, rtl ? -1 : 1);
    case 'ArrowLeft':
      return addDays(date, rtl ? 1 : -1);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'Home':
      return addDays(date, -intoWeek);
    case 'End':
      return addDays(date, 6 - intoWeek);
    case 'PageDown':
      return addMonths(date, shift ? 12 : 1);
    case 'PageUp':
      return addMonths(date, shift ? -12 : -1);
    default:
      return undefined;
  }
}

function dayLabel(date: DateKey, count: number, locale: string): string {
  const full = formatDate(date, locale);
  if (!count) return msg(str`${full}, no free times`);
  return plural(count, locale, {
    one: (n) => msg(str`${full}, ${n} free time`, { id: 'date-free-times.one' }),
    two: (n) => msg(str`${full}, ${n} free times`, { id: 'date-free-times.two' }),
    few: (n) => msg(str`${full}, ${n} free times`, { id: 'date-free-times.few' }),
    many: (n) => msg(str`${full}, ${n} free times`, { id: 'date-free-times.many' }),
    other: (n) => msg(str`${full}, ${n} free times`, { id: 'date-free-times.other' }),
  });
}

export function renderGrid(ctx: GridContext) {
  const names = weekdayNames(ctx.locale, ctx.weekStart);
  const inMonth = `${ctx.year}-${String(ctx.month).padStart(2, '0')}`;
  const onKey = (event: KeyboardEvent) => {
    const date = (event.target as HTMLElement).dataset.date;
    if (!date || event.altKey || event.ctrlKey || event.metaKey) return;
    // The direction the grid is laid out in, from the element, the page or the language.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const target = keyTarget(event.key, event.shiftKey, date, ctx.weekStart, rtl);
    if (!target) return;
    event.preventDefault();
    ctx.move(target < ctx.today ? ctx.today : target);
  };
  return html`<table
    role="grid"
    part="calendar"
    class="calendar"
    aria-labelledby="month-title"
    aria-busy=${ctx.busy ? 'true' : 'false'}
    @keydown=${onKey}
  >
    <thead>
      <tr>
        ${names.map((n) => html`<th scope="col" abbr=${n.long}>${n.short}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${monthWeeks(ctx.year, ctx.month, ctx.weekStart).map(
        (week) =>
          html`<tr>
            ${week.map((date) => {
              if (!date.startsWith(inMonth)) return html`<td></td>`;
              const count = ctx.counts.get(date) ?? 0;
              const selected = date === ctx.selected;
              return html`<td aria-selected=${selected ? 'true' : 'false'}>
                <button
                  type="button"
                  part="day${count ? ' day-available' : ''}${selected ? ' day-selected' : ''}"
                  class="day"
                  data-date=${date}
                  tabindex=${date === ctx.focus ? 0 : -1}
                  aria-label=${dayLabel(date, count, ctx.locale)}
                  aria-disabled=${ifDefined(count ? undefined : 'true')}
                  aria-current=${ifDefined(date === ctx.today ? 'date' : undefined)}
                  @click=${() => count && ctx.pick(date)}
                  @focus=${() => date !== ctx.focus && ctx.move(date)}
                >
                  ${Number(date.slice(8))}
                </button>
              </td>`;
            })}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
