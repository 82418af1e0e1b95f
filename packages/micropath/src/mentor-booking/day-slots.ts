/**
 * The chosen day's free times, in the visitor's zone, each with the mentor's own time beside it
 * when their clocks differ ("10:00 · 09:00 for Ana").
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { offsetMinutes } from '../core/time.ts';
import type { Slot } from '../core/models/mentoring.ts';
import { formatDate, formatTime, type TimeFormat } from './booking-format.ts';
import type { DateKey } from './month-grid.ts';

export interface DaySlotsContext {
  date: DateKey | undefined;
  slots: readonly Slot[];
  format: TimeFormat;
  /** The mentor's zone and first name, when the mentor's zone is known. */
  mentor: { timeZone: string | undefined; name: string };
  chosen: Slot | undefined;
  choose: (slot: Slot) => void;
}

export function renderDaySlots(ctx: DaySlotsContext) {
  if (!ctx.date) {
    return html`<div part="day" class="day-panel">
      <p class="muted">${msg('Choose a day to see its free times.')}</p>
    </div>`;
  }
  const mentorZone = ctx.mentor.timeZone;
  const mentorFormat = mentorZone ? { ...ctx.format, timeZone: mentorZone } : undefined;
  return html`<section part="day" class="day-panel" aria-labelledby="day-title">
    <h3 id="day-title" tabindex="-1">${formatDate(ctx.date, ctx.format.locale)}</h3>
    <ul part="slots" class="slots">
      ${ctx.slots.map((slot) => {
        const at = Date.parse(slot.start);
        const time = formatTime(at, ctx.format);
        const theirs =
          mentorFormat && offsetMinutes(at, mentorZone!) !== offsetMinutes(at, ctx.format.timeZone)
            ? formatTime(at, mentorFormat)
            : undefined;
        const chosen = ctx.chosen?.start === slot.start;
        return html`<li>
          <button
            type="button"
            part="slot${chosen ? ' slot-chosen' : ''}"
            class="slot"
            data-start=${slot.start}
            aria-current=${ifDefined(chosen ? 'true' : undefined)}
            @click=${() => ctx.choose(slot)}
          >
            <span class="time">${time}</span>
            ${
              theirs
                ? html`<span class="theirs">${msg(str`${theirs} for ${ctx.mentor.name}`)}</span>`
                : nothing
            }
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}
