/**
 * A booking: asked for (the attendee, the time, the answers), made, and moved. Apart from the
 * mentors, their sessions and free times (mentoring.ts), which a booking page reads before any
 * of these: its first answer loads without them.
 */
import * as v from '../valibot.ts';
import { text, email, httpUrl, instant } from '../schema-helpers.ts';
import { timeZone } from './time-zone.ts';

export const BOOKING_STATUSES = ['confirmed', 'pending', 'cancelled'] as const;

export const AttendeeSchema = v.object({
  name: text(),
  email: email(),
  timeZone: timeZone(),
  locale: v.optional(v.string()),
});

export const BookingRequestSchema = v.object({
  mentorId: text(),
  sessionTypeId: text(),
  start: instant(),
  end: instant(),
  attendee: AttendeeSchema,
  answers: v.optional(v.record(v.string(), v.union([v.string(), v.boolean()])), {}),
  metadata: v.optional(v.record(v.string(), v.string()), {}),
});

export const BookingSchema = v.object({
  id: text(),
  status: v.picklist(BOOKING_STATUSES),
  start: instant(),
  end: instant(),
  mentorId: text(),
  sessionTypeId: text(),
  attendee: AttendeeSchema,
  mentor: v.object({ id: text(), name: text() }),
  joinUrl: v.optional(httpUrl()),
  manageUrl: v.optional(httpUrl()),
  /** The secret that cancelling and rescheduling this booking require, when the backend has one. */
  manageToken: v.optional(text()),
  /** How often the booking was changed (iCalendar SEQUENCE): 0 when made, +1 per change. */
  sequence: v.optional(v.pipe(v.int(), v.minValue(0))),
});

/** Moving a booking to another time (the same session type and answers). */
export const RescheduleRequestSchema = v.object({ start: instant(), end: instant() });

export type Attendee = v.InferOutput<typeof AttendeeSchema>;
export type BookingRequest = v.InferOutput<typeof BookingRequestSchema>;
export type BookingRequestInput = v.InferInput<typeof BookingRequestSchema>;
export type Booking = v.InferOutput<typeof BookingSchema>;
export type RescheduleRequest = v.InferOutput<typeof RescheduleRequestSchema>;
