/**
 * The last step: who and when (in the visitor's zone and the mentor's), join and manage links,
 * the session as an `.ics` file and as Google / Outlook links, and cancelling when the backend
 * allows it.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Mentor, SessionType } from '../core/models/mentoring.ts';
import type { Booking } from '../core/models/booking.ts';
import { formatWhen, zoneName, type TimeFormat } from './booking-format.ts';
import {
  googleCalendarUrl,
  icsFile,
  outlookCalendarUrl,
  type CalendarEvent,
} from './calendar-file.ts';

export type CancelState = 'idle' | 'asking' | 'pending' | 'cancelled';

export interface ConfirmationContext {
  booking: Booking;
  mentor: Mentor;
  session: SessionType;
  topic: string;
  /** The skills the visitor came for, by name ("SQL, Data visualisation"), if any. */
  skills?: string;
  format: TimeFormat;
  canCancel: boolean;
  canReschedule: boolean;
  reschedule: () => void;
  /** The calendar entry's UID, the same through every change. */
  calendarUid: string;
  cancel: CancelState;
  cancelFailure: string | undefined;
  cancelReason: string;
  askCancel: (asking: boolean) => void;
  editReason: (reason: string) => void;
  confirmCancel: () => void;
  again: () => void;
}

export function calendarEvent(ctx: ConfirmationContext): CalendarEvent {
  const { booking } = ctx;
  const lines = [
    ctx.skills ? msg(str`Help with: ${ctx.skills}`) : '',
    ctx.topic.trim(),
    booking.joinUrl ? msg(str`Join: ${booking.joinUrl}`) : '',
    booking.manageUrl ? msg(str`Manage: ${booking.manageUrl}`) : '',
  ].filter(Boolean);
  return {
    uid: ctx.calendarUid || `${booking.id}@micropath`,
    sequence: booking.sequence ?? 0,
    cancelled: booking.status === 'cancelled',
    start: booking.start,
    end: booking.end,
    title: msg(str`${ctx.session.name} with ${booking.mentor.name}`),
    ...(lines.length ? { description: lines.join('\n') } : {}),
    ...(booking.joinUrl ? { location: booking.joinUrl } : {}),
    ...(booking.manageUrl ? { url: booking.manageUrl } : {}),
  };
}

function renderWhen(ctx: ConfirmationContext) {
  const { booking, format, mentor } = ctx;
  const at = Date.parse(booking.start);
  const theirs =
    mentor.timeZone &&
    formatWhen(booking, { ...format, timeZone: mentor.timeZone }) !== formatWhen(booking, format)
      ? mentor.timeZone
      : undefined;
  return html`<dl part="when" class="when">
    <dt>${msg('When')}</dt>
    <dd>
      ${formatWhen(booking, format)}
      <span class="muted">(${zoneName(format.timeZone, format.locale, at)})</span>
    </dd>
    ${
      theirs
        ? html`<dt>${msg(str`For ${booking.mentor.name}`)}</dt>
            <dd>
              ${formatWhen(booking, { ...format, timeZone: theirs })}
              <span class="muted">(${zoneName(theirs, format.locale, at)})</span>
            </dd>`
        : nothing
    }
    <dt>${msg('Who')}</dt>
    <dd>${msg(str`${booking.attendee.name} with ${booking.mentor.name}`)}</dd>
  </dl>`;
}

function renderCancel(ctx: ConfirmationContext) {
  if (!ctx.canCancel || ctx.cancel === 'cancelled') return nothing;
  if (ctx.cancel === 'idle') {
    return html`<button type="button" part="cancel" @click=${() => ctx.askCancel(true)}>
      ${msg('Cancel this session')}
    </button>`;
  }
  const pending = ctx.cancel === 'pending';
  return html`<div
    part="cancel-form"
    class="cancel-form"
    role="group"
    aria-labelledby="cancel-title"
  >
    <p id="cancel-title"><strong>${msg('Cancel this session?')}</strong></p>
    <label for="cancel-reason">${msg('Reason (optional)')}</label>
    <textarea
      id="cancel-reason"
      rows="2"
      .value=${ctx.cancelReason}
      @input=${(e: Event) => ctx.editReason((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${ctx.cancelFailure ? html`<p class="error" role="alert">${ctx.cancelFailure}</p>` : nothing}
    <div class="actions">
      <button type="button" class="danger" ?disabled=${pending} @click=${ctx.confirmCancel}>
        ${pending ? msg('Cancelling…') : msg('Yes, cancel it')}
      </button>
      <button type="button" ?disabled=${pending} @click=${() => ctx.askCancel(false)}>
        ${msg('Keep it')}
      </button>
    </div>
  </div>`;
}

export function renderConfirmation(ctx: ConfirmationContext) {
  const { booking } = ctx;
  const cancelled = ctx.cancel === 'cancelled' || booking.status === 'cancelled';
  const event = calendarEvent(ctx);
  const ics = `data:text/calendar;charset=utf-8,${encodeURIComponent(icsFile(event))}`;
  return html`<div part="confirmation" class="confirmation">
    <p class="what">${msg(str`${ctx.session.name} with ${booking.mentor.name}`)}</p>
    ${renderWhen(ctx)}
    ${
      cancelled
        ? // Nothing here knows whether the backend told the mentor, so nothing claims it did.
          html`<p class="muted">${msg('The session is cancelled.')}</p>
            <p>
              <a class="button" part="ics" href=${ics} download="session.ics"
                >${msg('Remove it from your calendar (.ics)')}</a
              >
            </p>`
        : html`${
              booking.status === 'pending'
                ? html`<p>${msg('The mentor will confirm this request soon.')}</p>`
                : nothing
            }
            <ul part="links" class="links">
              ${
                booking.joinUrl
                  ? html`<li>
                      <a
                        part="join"
                        class="button primary"
                        href=${booking.joinUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        >${msg('Join the session')}</a
                      >
                    </li>`
                  : nothing
              }
              ${
                booking.manageUrl
                  ? html`<li>
                      <a
                        class="button"
                        href=${booking.manageUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        >${msg('Manage booking')}</a
                      >
                    </li>`
                  : nothing
              }
            </ul>
            <p class="add-label" id="add-label">${msg('Add to your calendar')}</p>
            <ul part="calendar-links" class="links" aria-labelledby="add-label">
              <li>
                <a class="button" part="ics" href=${ics} download="session.ics"
                  >${msg('Calendar file (.ics)')}</a
                >
              </li>
              <li>
                <a
                  class="button"
                  href=${googleCalendarUrl(event)}
                  target="_blank"
                  rel="noopener noreferrer"
                  >Google Calendar</a
                >
              </li>
              <li>
                <a
                  class="button"
                  href=${outlookCalendarUrl(event)}
                  target="_blank"
                  rel="noopener noreferrer"
                  >Outlook</a
                >
              </li>
            </ul>
            ${
              ctx.canReschedule
                ? html`<p>
                    <button type="button" part="reschedule" @click=${ctx.reschedule}>
                      ${msg('Change the time')}
                    </button>
                  </p>`
                : nothing
            }
            ${renderCancel(ctx)}`
    }
    <p>
      <button type="button" part="again" class="link" @click=${ctx.again}>
        ${msg('Book another session')}
      </button>
    </p>
  </div>`;
}
