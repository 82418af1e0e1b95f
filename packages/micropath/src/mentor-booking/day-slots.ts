/**
 * The chosen day's free times, in the visitor's zone, each with the mentor's own time beside it
 * when their clocks differ ("10:00 · 09:00 for Ana"). On a day whose clocks fall back, the
 * repeated hour's times carry their zone ("1:00 AM EDT", "1:00 AM EST"), so no two buttons
 * read alike (`readSlots` has made each instant one slot). Each button's accessible name is a whole sentence with the date and both clocks.
 * Part of the form's lazy chunk (booking-actions.ts), fetched as soon as a month of free times
 * is shown; until it comes, day-panel.ts stands in.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { offsetMinutes } from '../core/time.ts';
import type { Slot } from '../core/models/mentoring.ts';
import { formatDate, formatTime, formatTimeWithZone, type TimeFormat } from './booking-format.ts';
import type { DateKey } from './month-grid.ts';

export interface DaySlotsContext {
  date: DateKey;
  slots: readonly Slot[];
  format: TimeFormat;
  /** The mentor's zone and first name, when the mentor's zone is known. */
  mentor: { timeZone: string | undefined; name: string };
  chosen: Slot | undefined;
  choose: (slot: Slot) => void;
}

export function renderDaySlots(ctx: DaySlotsContext) {
  const mentorZone = ctx.mentor.timeZone;
  const mentorFormat = mentorZone ? { ...ctx.format, timeZone: mentorZone } : undefined;
  const day = formatDate(ctx.date, ctx.format.locale);
  const plain = ctx.slots.map((slot) => formatTime(slot.start, ctx.format));
  const repeated = new Set(plain.filter((label, i) => plain.indexOf(label) !== i));
  return html`<section part="day" class="day-panel" aria-labelledby="day-title">
    <h3 id="day-title" tabindex="-1">${day}</h3>
    <ul part="slots" class="slots">
      ${ctx.slots.map((slot, i) => {
        const at = Date.parse(slot.start);
        const time = repeated.has(plain[i]!) ? formatTimeWithZone(at, ctx.format) : plain[i]!;
        const theirs =
          mentorFormat && offsetMinutes(at, mentorZone!) !== offsetMinutes(at, ctx.format.timeZone)
            ? formatTime(at, mentorFormat)
            : undefined;
        const name = ctx.mentor.name;
        // One sentence, partly hidden: its visible words are the button's label, so the
        // accessible name contains them in order (WCAG 2.5.3) and says the date and both clocks.
        const label = theirs
          ? msg(
              html`<span class="time">${time}</span><span class="visually-hidden"> your time,</span>
                <span class="theirs">${theirs} for ${name}</span
                ><span class="visually-hidden">, ${day}</span>`,
            )
          : msg(
              html`<span class="time">${time}</span><span class="visually-hidden">, ${day}</span>`,
            );
        const chosen = ctx.chosen !== undefined && Date.parse(ctx.chosen.start) === at;
        return html`<li>
          <button
            type="button"
            part="slot${chosen ? ' slot-chosen' : ''}"
            class="slot"
            data-start=${slot.start}
            aria-current=${ifDefined(chosen ? 'true' : undefined)}
            @click=${() => ctx.choose(slot)}
          >
            ${label}
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}
