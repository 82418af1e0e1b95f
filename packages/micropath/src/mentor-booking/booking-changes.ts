/**
 * Changing a booking after it was made (a reactive controller): cancelling it and moving it to
 * another time, both with the manage token the backend gave with it. A move has one
 * idempotency key per chosen time, reused when it is retried, so a lost answer cannot move a
 * booking twice. The calendar entry keeps the first booking's UID whatever ids a backend gives
 * later (Cal.com makes a new booking for a move), so calendars update it instead of adding one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { randomId } from '../core/ids.ts';
import type { ManageContext, MentoringAdapter } from '../core/contracts.ts';
import type { Slot } from '../core/models/mentoring.ts';
import type { Booking } from '../core/models/booking.ts';

const boundary = () => import('../core/read-bookings.ts');

export class BookingChanges implements ReactiveController {
  /** The calendar entry's UID. */
  calendarUid = '';
  private move?: { key: string; target: string };

  constructor(private readonly host: ReactiveControllerHost & { readonly locale: string }) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new booking was made: its id names the calendar entry from now on. */
  started(booking: Booking): void {
    this.calendarUid = `${booking.id}@micropath`;
    this.move = undefined;
  }

  private context(booking: Booking): ManageContext {
    // A change is never aborted once sent: leaving the page must not leave it half known.
    return {
      signal: new AbortController().signal,
      locale: this.host.locale,
      ...(booking.manageToken ? { manageToken: booking.manageToken } : {}),
    };
  }

  /** Cancels `booking`; answers it as cancelled, one change later. */
  async cancel(adapter: MentoringAdapter, booking: Booking, reason?: string): Promise<Booking> {
    await adapter.cancel!(booking.id, reason, this.context(booking));
    return { ...booking, status: 'cancelled', sequence: (booking.sequence ?? 0) + 1 };
  }

  /** Moves `booking` to `slot`; answers the moved booking. */
  async reschedule(adapter: MentoringAdapter, booking: Booking, slot: Slot): Promise<Booking> {
    const target = JSON.stringify([booking.id, slot.start, slot.end]);
    if (this.move?.target !== target) this.move = { key: randomId('mpr_'), target };
    const raw = await adapter.reschedule!(
      booking.id,
      { start: slot.start, end: slot.end },
      { ...this.context(booking), idempotencyKey: this.move.key },
    );
    const moved = (await boundary()).readBooking(raw);
    this.move = undefined;
    return {
      ...moved,
      // A backend may not repeat the token or count changes; the widget still needs both.
      ...(!moved.manageToken && booking.manageToken ? { manageToken: booking.manageToken } : {}),
      sequence: moved.sequence ?? (booking.sequence ?? 0) + 1,
    };
  }
}
