/** The boundary's readers of mentors and free times (boundary.ts); a booking's: read-bookings.ts. */
import { readList, type CheckedList } from './boundary.ts';
import { MentorSchema, SlotSchema } from './models/mentoring.ts';
import type { Mentor, Slot } from './models/mentoring.ts';
import { MENTOR_LINKS } from './safe-links.ts';

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
