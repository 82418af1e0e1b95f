import * as z from '../zod.ts';
import { text, httpUrl, instant } from '../schema-helpers.ts';
import { isKnownTimeZone } from '../time.ts';
import { SkillRefSchema } from './skill.ts';

export { isKnownTimeZone };

export const QUESTION_TYPES = ['text', 'textarea', 'select', 'checkbox'] as const;
export const BOOKING_STATUSES = ['confirmed', 'pending', 'cancelled'] as const;

/** An IANA time zone the running browser knows ("Europe/Berlin", "Asia/Kolkata"). */
export const timeZone = () =>
  z.string().check(z.refine(isKnownTimeZone, { message: 'not a known IANA time zone' }));

export const SessionQuestionSchema = z.object({
  id: text(),
  label: text(),
  type: z.enum(QUESTION_TYPES),
  required: z._default(z.boolean(), false),
  options: z.optional(z.array(text())),
});

export const SessionTypeSchema = z.object({
  id: text(),
  name: text(),
  durationMinutes: z.int().check(z.gte(5), z.lte(480)),
  description: z.optional(z.string()),
  questions: z._default(z.array(SessionQuestionSchema), []),
});

export const MentorSchema = z.object({
  id: text(),
  name: text(),
  headline: z.optional(z.string()),
  bio: z.optional(z.string()),
  photoUrl: z.optional(httpUrl()),
  expertise: z._default(z.array(text()), []),
  /**
   * The skills the mentor helps with, as references (`{ label, id?, framework?, code? }`; a
   * string is `{ label }`). `expertise` labels count as skills too (see core/skills/mentor-skills.ts).
   */
  skills: z.optional(z.array(SkillRefSchema)),
  /** BCP 47 tags of the languages the mentor speaks. */
  languages: z._default(z.array(text()), []),
  /** The mentor's own zone, when known (Cal.com's public API does not say it). */
  timeZone: z.optional(timeZone()),
  sessionTypes: z.array(SessionTypeSchema).check(z.minLength(1)),
});

export const SlotSchema = z.object({ start: instant(), end: instant() }).check(
  z.refine((s) => Date.parse(s.end) > Date.parse(s.start), {
    message: 'ends before it starts',
    path: ['end'],
  }),
);

export const AttendeeSchema = z.object({
  name: text(),
  email: z.email(),
  timeZone: timeZone(),
  locale: z.optional(z.string()),
});

export const BookingRequestSchema = z.object({
  mentorId: text(),
  sessionTypeId: text(),
  start: instant(),
  end: instant(),
  attendee: AttendeeSchema,
  answers: z._default(z.record(z.string(), z.union([z.string(), z.boolean()])), {}),
  metadata: z._default(z.record(z.string(), z.string()), {}),
});

export const BookingSchema = z.object({
  id: text(),
  status: z.enum(BOOKING_STATUSES),
  start: instant(),
  end: instant(),
  mentorId: text(),
  sessionTypeId: text(),
  attendee: AttendeeSchema,
  mentor: z.object({ id: text(), name: text() }),
  joinUrl: z.optional(httpUrl()),
  manageUrl: z.optional(httpUrl()),
  /** The secret that cancelling and rescheduling this booking require, when the backend has one. */
  manageToken: z.optional(text()),
  /** How often the booking was changed (iCalendar SEQUENCE): 0 when made, +1 per change. */
  sequence: z.optional(z.int().check(z.minimum(0))),
});

/** Moving a booking to another time (the same session type and answers). */
export const RescheduleRequestSchema = z.object({ start: instant(), end: instant() });

export const MentorQuerySchema = z.object({
  q: z.optional(z.string()),
  expertise: z.optional(z.string()),
  /** Only mentors who cover one of these skills (concept URIs or labels), those covering most first. */
  skill: z.optional(z.array(z.string())),
});

export const AvailabilityRequestSchema = z.object({
  mentorId: text(),
  sessionTypeId: text(),
  from: instant(),
  to: instant(),
  timeZone: timeZone(),
});

export type SessionQuestion = z.infer<typeof SessionQuestionSchema>;
export type SessionType = z.infer<typeof SessionTypeSchema>;
export type SessionTypeInput = z.input<typeof SessionTypeSchema>;
export type Mentor = z.infer<typeof MentorSchema>;
export type MentorInput = z.input<typeof MentorSchema>;
export type Slot = z.infer<typeof SlotSchema>;
export type Attendee = z.infer<typeof AttendeeSchema>;
export type BookingRequest = z.infer<typeof BookingRequestSchema>;
export type BookingRequestInput = z.input<typeof BookingRequestSchema>;
export type Booking = z.infer<typeof BookingSchema>;
export type RescheduleRequest = z.infer<typeof RescheduleRequestSchema>;
export type MentorQuery = z.infer<typeof MentorQuerySchema>;
export type AvailabilityRequest = z.infer<typeof AvailabilityRequestSchema>;
