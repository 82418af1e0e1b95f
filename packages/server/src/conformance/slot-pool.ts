/**
 * Free times of one mentor's session, for the checks that book: read once, handed out one
 * by one and never twice, so each check books times no other check touches.
 */
import { randomUUID } from 'node:crypto';
import { Skip } from './clause.ts';
import type { Probe } from './probe.ts';

export interface Slot {
  start: string;
  end: string;
}

interface Question {
  id: string;
  type: string;
  required?: boolean;
  options?: string[];
}
interface SessionType {
  id: string;
  questions?: Question[];
}
export interface MentorInfo {
  id: string;
  sessionTypes: SessionType[];
}

/** The days ahead searched for free times. */
const DAYS = 14;

/** The mentor asked for, or the first one listed. */
export async function chooseMentor(probe: Probe, wanted?: string): Promise<MentorInfo> {
  const { status, body } = await probe.send('GET', '/mentors');
  if (status !== 200 || !Array.isArray(body)) throw new Skip('the mentors could not be listed');
  const mentor = (body as MentorInfo[]).find((m) => !wanted || m.id === wanted);
  if (!mentor)
    throw new Skip(wanted ? `there is no mentor "${wanted}"` : 'the backend lists no mentors');
  if (!mentor.sessionTypes?.length) throw new Skip(`mentor "${mentor.id}" has no session type`);
  return mentor;
}

export interface SlotPool {
  /** `count` free times that overlap no other time handed out; Skip when there are not enough. */
  take(count: number): Promise<Slot[]>;
  /** A booking request for `slot` (the contract's `BookingRequest`). */
  request(slot: Slot, name?: string): Promise<Record<string, unknown>>;
}

/** A fresh Idempotency-Key. */
export const newKey = () => `conformance-${randomUUID()}`;

/** Answers a required question so the booking is valid. */
function answerTo(question: Question): string | boolean {
  if (question.type === 'checkbox') return true;
  if (question.type === 'select') return question.options?.[0] ?? 'Conformance check';
  return 'Conformance check';
}

export function slotPool(probe: Probe, wantedMentor?: string): SlotPool {
  let ready: Promise<{ mentor: MentorInfo; session: SessionType; free: Slot[] }> | undefined;

  async function load() {
    const mentor = await chooseMentor(probe, wantedMentor);
    const session = mentor.sessionTypes[0]!;
    const from = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const to = new Date(Date.now() + DAYS * 86_400_000).toISOString();
    const { status, body } = await probe.send(
      'GET',
      `/mentors/${encodeURIComponent(mentor.id)}/availability`,
      {
        query: { sessionType: session.id, from, to, timeZone: 'UTC' },
      },
    );
    if (status !== 200) throw new Skip(`mentor "${mentor.id}" has no readable free times`);
    // One time per start, and none overlapping another: each can be booked on its own.
    const free: Slot[] = [];
    const sorted = [...((body?.slots ?? []) as Slot[])].sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start),
    );
    for (const slot of sorted)
      if (!free.length || Date.parse(slot.start) >= Date.parse(free.at(-1)!.end)) free.push(slot);
    return { mentor, session, free };
  }

  return {
    async take(count) {
      const { free, mentor } = await (ready ??= load());
      if (free.length < count)
        throw new Skip(
          `mentor "${mentor.id}" has too few free times in the next ${DAYS} days for this check`,
        );
      return free.splice(0, count);
    },
    async request(slot, name = 'Conformance Check') {
      const { mentor, session } = await (ready ??= load());
      const answers = Object.fromEntries(
        (session.questions ?? []).filter((q) => q.required).map((q) => [q.id, answerTo(q)]),
      );
      return {
        mentorId: mentor.id,
        sessionTypeId: session.id,
        start: slot.start,
        end: slot.end,
        attendee: { name, email: 'conformance@example.org', timeZone: 'UTC', locale: 'en' },
        answers,
        metadata: { source: 'micropath-conformance' },
      };
    },
  };
}
