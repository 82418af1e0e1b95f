/** The boundary's readers of mentoring (boundary.ts): mentors, free times and bookings. */
import { readList, readOne, type CheckedList } from './boundary.ts';
import { BookingSchema, MentorSchema, SlotSchema } from './models/mentoring.ts';
import type { Booking, Mentor, Slot } from './models/mentoring.ts';
import { BOOKING_LINKS, MENTOR_LINKS } from './safe-links.ts';

export const readBooking = (raw: unknown): Booking =>
  readOne(BookingSchema, raw, 'booking', BOOKING_LINKS);
export const readMentors = (raw: unknown): CheckedList<Mentor> =>
  readList(MentorSchema, raw, 'mentor', MENTOR_LINKS);

/**
 * Valid slots, sorted by start, one per instant: a start written twice (in another offset
 * notation, or with another end) is one time. Of those, the one lasting `durationMinutes`
 * (the chosen session's length) is kept, else the first the backend listed.
 */
export function readSlots(raw: unknown, durationMinutes?: number): CheckedList<Slot> {
  const checked = readList(SlotSchema, raw, 'slot');
  const byStart = new Map<number, Slot>();
  const lasts = (slot: Slot) =>
    Date.parse(slot.end) - Date.parse(slot.start) === (durationMinutes ?? Number.NaN) * 60_000;
  for (const slot of checked.items) {
    const at = Date.parse(slot.start);
    const kept = byStart.get(at);
    if (!kept || (!lasts(kept) && lasts(slot))) byStart.set(at, slot);
  }
  const unique = [...byStart].sort(([a], [b]) => a - b).map(([, slot]) => slot);
  return { ...checked, items: unique };
}
