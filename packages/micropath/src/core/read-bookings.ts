/**
 * The boundary's reader of a booking (boundary.ts): what the backend answers to booking and
 * moving. Apart from the mentors' and free times' readers (read-mentoring.ts),
 * which a booking page needs first.
 */
import { readOne } from './boundary.ts';
import { BookingSchema, type Booking } from './models/booking.ts';
import { BOOKING_LINKS } from './safe-links.ts';

export const readBooking = (raw: unknown): Booking =>
  readOne(BookingSchema, raw, 'booking', BOOKING_LINKS);
