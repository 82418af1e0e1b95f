/**
 * Bookings. Free times come from the mentor's weekly hours minus live bookings; the guarantee
 * that one time is booked once is the table's exclusion constraint, not this code: of any
 * number of concurrent inserts for overlapping times, Postgres lets exactly one commit.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  slotsFromWeeklyHours,
  toZonedIso,
  type Booking,
  type BookingRequest,
  type Slot,
} from 'micropath/adapters';
import {
  EXCLUSION_VIOLATION,
  UNIQUE_VIOLATION,
  sqlState,
  type Database,
  type Queryable,
} from '../db/database.ts';
import { ApiError } from '../api-error.ts';
import type { MentorRecord } from './mentors.ts';
import type { Notify } from '../notify/outbox.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** The longest session the kit allows (480 minutes): bookings reach at most this far past `to`. */
const LONGEST_MS = 480 * MINUTE_MS;
/**
 * The longest range one availability request may ask for: a month view with its edges (the
 * booking form asks for one month at a time). Free times are computed per request, so the bound
 * keeps each request's work small (a 92-day range took seconds under load).
 */
export const MAX_AVAILABILITY_DAYS = 42;

interface BookingRow {
  id: string;
  mentor_id: string;
  session_type_id: string;
  starts: Date;
  ends: Date;
  status: Booking['status'];
  attendee: Booking['attendee'];
  fingerprint: string;
  manage_token: string | null;
  sequence: number;
  reschedule_key: string | null;
  reschedule_fingerprint: string | null;
  profile: { id: string; name: string };
  schedule: { meetingUrl?: string };
}

const SELECT_BOOKING = `
  select b.id, b.mentor_id, b.session_type_id, lower(b.during) as starts, upper(b.during) as ends,
         b.status, b.attendee, b.fingerprint, b.manage_token, b.sequence, b.reschedule_key,
         b.reschedule_fingerprint, m.profile, m.schedule
  from bookings b join mentors m on m.id = b.mentor_id`;

/** The booking as the contract serves it, its times in the attendee's zone. */
function toBooking(row: BookingRow): Booking {
  const zone = row.attendee.timeZone;
  return {
    id: row.id,
    status: row.status,
    start: toZonedIso(new Date(row.starts).getTime(), zone),
    end: toZonedIso(new Date(row.ends).getTime(), zone),
    mentorId: row.mentor_id,
    sessionTypeId: row.session_type_id,
    attendee: row.attendee,
    mentor: { id: row.profile.id, name: row.profile.name },
    ...(row.schedule.meetingUrl ? { joinUrl: row.schedule.meetingUrl } : {}),
    ...(row.manage_token ? { manageToken: row.manage_token } : {}),
    sequence: row.sequence,
  };
}

const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/** Whether `given` is the booking's manage token (compared in constant time). */
function holdsToken(row: BookingRow, given: string | undefined): boolean {
  if (!row.manage_token || !given) return false;
  const [a, b] = [Buffer.from(row.manage_token), Buffer.from(given)];
  return a.length === b.length && timingSafeEqual(a, b);
}

function sessionOf(record: MentorRecord, sessionTypeId: string) {
  const session = record.mentor.sessionTypes.find((s) => s.id === sessionTypeId);
  if (!session)
    throw new ApiError(404, `Mentor "${record.mentor.id}" has no session type "${sessionTypeId}".`);
  return session;
}

/** The booking made with `key`; a conflict when that key was used for another request. */
async function byKey(q: Queryable, key: string, fingerprint: string) {
  const [row] = await q.query<BookingRow>(`${SELECT_BOOKING} where b.idempotency_key = $1`, [key]);
  if (!row) return undefined;
  if (row.fingerprint !== fingerprint)
    throw new ApiError(
      409,
      'This Idempotency-Key was already used for a different booking request.',
    );
  return toBooking(row);
}

async function bookingById(q: Queryable, id: string): Promise<Booking | undefined> {
  const [row] = await q.query<BookingRow>(`${SELECT_BOOKING} where b.id = $1`, [id]);
  return row && toBooking(row);
}

export function bookingStore(
  db: Database,
  now: () => number = Date.now,
  /** Writes the change's notifications into the outbox, in the change's transaction. */
  notify?: Notify,
) {
  /** Tells whoever must know of a booking's change (notify/outbox.ts). */
  async function told(
    tx: Queryable,
    type: 'booking.confirmed' | 'booking.rescheduled' | 'booking.cancelled',
    record: MentorRecord,
    booking: Booking,
  ) {
    if (!notify) return;
    const session = record.mentor.sessionTypes.find((s) => s.id === booking.sessionTypeId);
    // The skills the visitor came for travel in the booking's metadata (`skills`, by name).
    const [row] = await tx.query<{ skills: string | null }>(
      `select metadata->>'skills' as skills from bookings where id = $1`,
      [booking.id],
    );
    const skills = row?.skills?.trim();
    await notify(tx, {
      type,
      booking,
      ...(skills ? { skills } : {}),
      sessionName: session?.name ?? booking.sessionTypeId,
      mentorTimeZone: record.schedule.timeZone,
      ...(record.schedule.email ? { mentorEmail: record.schedule.email } : {}),
    });
  }

  /** Offered times in [from, to): weekly hours, after the notice period, minus live bookings. */
  async function freeTimes(
    q: Queryable,
    record: MentorRecord,
    sessionTypeId: string,
    from: number,
    to: number,
    ignoring = '',
  ) {
    const session = sessionOf(record, sessionTypeId);
    const { schedule } = record;
    const earliest = now() + schedule.minNoticeMinutes * MINUTE_MS;
    const taken = (
      await q.query<{ starts: Date; ends: Date }>(
        `select lower(during) as starts, upper(during) as ends from bookings
         where mentor_id = $1 and status <> 'cancelled' and id <> $4
           and during && tstzrange($2::timestamptz, $3::timestamptz)`,
        [
          record.mentor.id,
          new Date(from).toISOString(),
          new Date(to + LONGEST_MS).toISOString(),
          ignoring,
        ],
      )
    ).map((t) => ({ start: new Date(t.starts).getTime(), end: new Date(t.ends).getTime() }));
    return slotsFromWeeklyHours(
      schedule.weeklyHours,
      schedule.timeZone,
      { from: Math.max(from, earliest), to },
      session.durationMinutes,
      schedule.slotStepMinutes,
    ).filter((slot) => !taken.some((t) => slot.start < t.end && t.start < slot.end));
  }

  return {
    async availability(
      record: MentorRecord,
      req: { sessionTypeId: string; from: number; to: number; timeZone: string },
    ): Promise<Slot[]> {
      if (req.to - req.from > MAX_AVAILABILITY_DAYS * DAY_MS)
        throw new ApiError(400, `Ask for at most ${MAX_AVAILABILITY_DAYS} days at once.`);
      if (req.to <= req.from) return [];
      return (await freeTimes(db, record, req.sessionTypeId, req.from, req.to)).map((slot) => ({
        start: toZonedIso(slot.start, req.timeZone),
        end: toZonedIso(slot.end, req.timeZone),
      }));
    },

    /**
     * Books `req` once per idempotency key: the same key and body answer with the first
     * booking (`replayed`), the same key with another body is a conflict. Requests with one key
     * take turns (a transaction-scoped advisory lock on the key), so a burst of replays all see
     * the first booking, never the slot it took; requests with different keys for one time are
     * kept apart by the table's exclusion constraint.
     */
    async book(
      record: MentorRecord,
      req: BookingRequest,
      idempotencyKey: string,
    ): Promise<{ booking: Booking; replayed: boolean }> {
      const fingerprint = hash(req);
      const start = Date.parse(req.start);
      const end = Date.parse(req.end);
      return db.transaction(async (tx) => {
        await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [idempotencyKey]);
        const earlier = await byKey(tx, idempotencyKey, fingerprint);
        if (earlier) return { booking: earlier, replayed: true };
        const offered = await freeTimes(tx, record, req.sessionTypeId, start, start + 1);
        if (!offered.some((slot) => slot.start === start && slot.end === end))
          throw new ApiError(409, 'That time is no longer available. Please choose another one.');
        try {
          const [row] = await tx.query<{ id: string }>(
            `insert into bookings (id, mentor_id, session_type_id, during, status, attendee,
                                   answers, metadata, idempotency_key, fingerprint, manage_token)
             values ($1, $2, $3, tstzrange($4::timestamptz, $5::timestamptz), 'confirmed',
                     $6::jsonb, $7::jsonb, $8::jsonb, $9, $10, $11)
             returning id`,
            [
              `bk_${randomUUID()}`,
              record.mentor.id,
              req.sessionTypeId,
              new Date(start).toISOString(),
              new Date(end).toISOString(),
              JSON.stringify(req.attendee),
              JSON.stringify(req.answers),
              JSON.stringify(req.metadata),
              idempotencyKey,
              fingerprint,
              randomBytes(24).toString('base64url'),
            ],
          );
          const booking = (await bookingById(tx, row!.id))!;
          await told(tx, 'booking.confirmed', record, booking);
          return { booking, replayed: false };
        } catch (error) {
          const state = sqlState(error);
          if (state !== UNIQUE_VIOLATION && state !== EXCLUSION_VIOLATION) throw error;
          throw new ApiError(
            409,
            'That time was just booked by someone else. Please choose another one.',
          );
        }
      });
    },

    get: (id: string) => bookingById(db, id),

    /**
     * Cancels a booking, which frees its time; only with its manage token. Cancelling twice is
     * not an error. Answers false when there is no such booking.
     */
    async cancel(
      id: string,
      reason: string | undefined,
      token: string | undefined,
      record?: MentorRecord,
    ) {
      return db.transaction(async (tx) => {
        const row = await managedRow(tx, id, token);
        if (!row) return false;
        const wasLive = row.status !== 'cancelled';
        await tx.query(
          `update bookings
           set status = 'cancelled', cancel_reason = coalesce($2, cancel_reason),
               cancelled_at = coalesce(cancelled_at, now()),
               sequence = sequence + case when status = 'cancelled' then 0 else 1 end
           where id = $1`,
          [id, reason ?? null],
        );
        if (wasLive && record)
          await told(tx, 'booking.cancelled', record, (await bookingById(tx, id))!);
        return true;
      });
    },

    /**
     * Moves a booking to another offered time of its session type, with its manage token. The
     * same Idempotency-Key and body answer with the moved booking again; the same key with
     * another body is a conflict. Its own current time does not count as taken.
     */
    async reschedule(
      record: MentorRecord,
      id: string,
      to: { start: string; end: string },
      token: string | undefined,
      idempotencyKey: string,
    ): Promise<Booking | undefined> {
      const fingerprint = hash(to);
      return db.transaction(async (tx) => {
        const row = await managedRow(tx, id, token);
        if (!row) return undefined;
        if (row.reschedule_key === idempotencyKey) {
          if (row.reschedule_fingerprint !== fingerprint)
            throw new ApiError(409, 'This Idempotency-Key was already used for another change.');
          return toBooking(row);
        }
        if (row.status === 'cancelled')
          throw new ApiError(409, 'This booking is cancelled; book a new session instead.');
        const start = Date.parse(to.start);
        const end = Date.parse(to.end);
        const offered = await freeTimes(tx, record, row.session_type_id, start, start + 1, id);
        if (!offered.some((slot) => slot.start === start && slot.end === end))
          throw new ApiError(409, 'That time is no longer available. Please choose another one.');
        try {
          await tx.query(
            `update bookings
             set during = tstzrange($2::timestamptz, $3::timestamptz), sequence = sequence + 1,
                 reschedule_key = $4, reschedule_fingerprint = $5
             where id = $1`,
            [
              id,
              new Date(start).toISOString(),
              new Date(end).toISOString(),
              idempotencyKey,
              fingerprint,
            ],
          );
        } catch (error) {
          if (sqlState(error) !== EXCLUSION_VIOLATION) throw error;
          throw new ApiError(
            409,
            'That time was just booked by someone else. Please choose another one.',
          );
        }
        const moved = (await bookingById(tx, id))!;
        await told(tx, 'booking.rescheduled', record, moved);
        return moved;
      });
    },

    /** The mentor a booking belongs to (for routes that need the mentor's schedule). */
    async mentorOf(id: string): Promise<string | undefined> {
      const [row] = await db.query<{ mentor_id: string }>(
        'select mentor_id from bookings where id = $1',
        [id],
      );
      return row?.mentor_id;
    },
  };
}

/**
 * The booking `id`, locked for the transaction, when `token` is its manage token; undefined
 * when there is no such booking; a 403 when the token is missing or another.
 */
async function managedRow(
  tx: Queryable,
  id: string,
  token: string | undefined,
): Promise<BookingRow | undefined> {
  const [row] = await tx.query<BookingRow>(`${SELECT_BOOKING} where b.id = $1 for update of b`, [
    id,
  ]);
  if (row && !holdsToken(row, token)) throw notYours();
  return row;
}

const notYours = () =>
  new ApiError(
    403,
    'This booking can only be changed with its manage token (Authorization: Bearer …).',
  );

export type BookingStore = ReturnType<typeof bookingStore>;
