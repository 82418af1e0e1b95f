import { MicropathEvent } from '../core/events.ts';
import type { AdapterError } from '../core/errors.ts';
import type { Mentor, SessionType, Slot } from '../core/models/mentoring.ts';
import type { Booking, BookingRequest } from '../core/models/booking.ts';

/** A visitor chose a time (`event.slot`) for a session (`event.sessionType`) with `event.mentor`. */
export class MpSlotSelectEvent extends MicropathEvent {
  readonly slot: Slot;
  readonly mentor: Mentor;
  readonly sessionType: SessionType;
  readonly timeZone: string;
  constructor(slot: Slot, mentor: Mentor, sessionType: SessionType, timeZone: string) {
    super('mp-slot-select');
    this.slot = slot;
    this.mentor = mentor;
    this.sessionType = sessionType;
    this.timeZone = timeZone;
  }
}

/** The backend confirmed a booking; `event.booking` is the whole booking, links included. */
export class MpBookingConfirmedEvent extends MicropathEvent {
  readonly booking: Booking;
  constructor(booking: Booking) {
    super('mp-booking-confirmed');
    this.booking = booking;
  }
}

/**
 * A booking attempt failed (`event.error.code`: `conflict` when the time was taken meanwhile,
 * `network`, `rate-limited`…). `event.request` is what was sent; the visitor's input is kept.
 * `event.outcomeUnknown` is true when the backend may have booked it anyway (a timeout, a
 * network failure, a server error or an unreadable answer): the widget then asks again with the
 * same idempotency key before anything else is sent.
 */
export class MpBookingFailedEvent extends MicropathEvent {
  readonly error: AdapterError;
  readonly request: BookingRequest;
  readonly outcomeUnknown: boolean;
  constructor(error: AdapterError, request: BookingRequest, outcomeUnknown = false) {
    super('mp-booking-failed');
    this.error = error;
    this.request = request;
    this.outcomeUnknown = outcomeUnknown;
  }
}

/** The visitor cancelled their booking (`event.booking`, now `cancelled`; `event.reason`). */
export class MpBookingCancelledEvent extends MicropathEvent {
  readonly booking: Booking;
  readonly reason: string | undefined;
  constructor(booking: Booking, reason: string | undefined) {
    super('mp-booking-cancelled');
    this.booking = booking;
    this.reason = reason;
  }
}

/** The visitor moved their booking to another time (`event.booking`; `event.previous`). */
export class MpBookingRescheduledEvent extends MicropathEvent {
  readonly booking: Booking;
  readonly previous: Booking;
  constructor(booking: Booking, previous: Booking) {
    super('mp-booking-rescheduled');
    this.booking = booking;
    this.previous = previous;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mp-slot-select': MpSlotSelectEvent;
    'mp-booking-confirmed': MpBookingConfirmedEvent;
    'mp-booking-failed': MpBookingFailedEvent;
    'mp-booking-cancelled': MpBookingCancelledEvent;
    'mp-booking-rescheduled': MpBookingRescheduledEvent;
  }
}
