/**
 * Moving a booked session: the time it has, the time chosen, and one button to move it. The
 * visitor's answers stay as they were; only the time changes.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { Slot } from '../core/models/mentoring.ts';
import type { Booking } from '../core/models/booking.ts';
import { formatWhen, type TimeFormat } from './booking-format.ts';
import { formError, type FormFailure } from './booking-form.ts';

export interface RescheduleContext {
  booking: Booking;
  to: Slot;
  format: TimeFormat;
  pending: boolean;
  failure: FormFailure | undefined;
  confirm: () => void;
  keep: () => void;
}

export function renderReschedulePanel(ctx: RescheduleContext) {
  return html`<div part="reschedule-panel" class="reschedule">
    <dl class="facts">
      <dt>${msg('Now')}</dt>
      <dd>${formatWhen(ctx.booking, ctx.format)}</dd>
      <dt>${msg('New time')}</dt>
      <dd part="new-time">${formatWhen(ctx.to, ctx.format)}</dd>
    </dl>
    ${formError(ctx.failure)}
    <div class="actions">
      <button
        type="button"
        part="reschedule-submit"
        class="primary"
        ?disabled=${ctx.pending}
        aria-disabled=${ctx.pending ? 'true' : 'false'}
        @click=${ctx.confirm}
      >
        ${ctx.pending ? msg('Moving…') : msg('Move the session')}
      </button>
      <button type="button" part="reschedule-keep" ?disabled=${ctx.pending} @click=${ctx.keep}>
        ${msg('Keep the current time')}
      </button>
    </div>
  </div>`;
}
