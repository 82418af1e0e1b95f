/**
 * What an employer and a mentoring programme read back: the applications of a listing, and
 * the bookings of a mentor (or all mentors) in a date range. Admin only (routes/admin.ts).
 */
import type { Queryable } from '../db/database.ts';
import type { CheckedCredentials } from '../credentials/application-credentials.ts';
import { skillsShown } from '../credentials/skills-shown.ts';

export const MAX_EXPORT_ROWS = 10_000;

export interface ApplicationRow {
  id: string;
  listingId: string;
  receivedAt: string;
  name: string;
  email: string;
  message?: string;
  links?: string[];
  consent?: boolean;
  /** "Skills shown (verified)": what the server found in the credentials shown, in a line. */
  skillsShown?: string;
  /** The server's reports of those credentials and of the listing's skills. */
  verification?: CheckedCredentials;
}

export interface BookingRow {
  id: string;
  mentorId: string;
  sessionTypeId: string;
  start: string;
  end: string;
  status: string;
  attendeeName: string;
  attendeeEmail: string;
  attendeeTimeZone?: string;
  createdAt: string;
  cancelledAt?: string;
  cancelReason?: string;
}

const iso = (value: unknown) => new Date(value as string).toISOString();

export function adminReads(db: Queryable) {
  return {
    outbox: (status: OutboxRow['status'] | undefined, limit: number) =>
      outboxRows(db, status, limit),

    /** A listing's applications, oldest first. */
    async applications(listingId: string, limit: number): Promise<ApplicationRow[]> {
      const rows = await db.query<{
        id: string;
        data: Record<string, unknown>;
        received_at: unknown;
      }>(
        `select id, data, received_at from applications where listing_id = $1
         order by received_at, id limit $2`,
        [listingId, limit],
      );
      return rows.map(({ id, data, received_at }) => ({
        id,
        listingId,
        receivedAt: iso(received_at),
        name: String(data.name ?? ''),
        email: String(data.email ?? ''),
        ...(typeof data.message === 'string' ? { message: data.message } : {}),
        ...(Array.isArray(data.links) ? { links: data.links.map(String) } : {}),
        ...(typeof data.consent === 'boolean' ? { consent: data.consent } : {}),
        ...(data.verification
          ? {
              skillsShown: skillsShown(data.verification as CheckedCredentials),
              verification: data.verification as CheckedCredentials,
            }
          : {}),
      }));
    },

    /** Bookings overlapping [from, to), of one mentor or of all, by start time. */
    async bookings(
      range: { mentorId?: string; from: string; to: string },
      limit: number,
    ): Promise<BookingRow[]> {
      const rows = await db.query<Record<string, unknown>>(
        `select id, mentor_id, session_type_id, lower(during) as start, upper(during) as "end",
                status, attendee, created_at, cancelled_at, cancel_reason
           from bookings
          where ($1::text is null or mentor_id = $1)
            and during && tstzrange($2::timestamptz, $3::timestamptz)
          order by lower(during), id
          limit $4`,
        [range.mentorId ?? null, range.from, range.to, limit],
      );
      return rows.map((row) => {
        const attendee = row.attendee as { name?: string; email?: string; timeZone?: string };
        return {
          id: String(row.id),
          mentorId: String(row.mentor_id),
          sessionTypeId: String(row.session_type_id),
          start: iso(row.start),
          end: iso(row.end),
          status: String(row.status),
          attendeeName: attendee.name ?? '',
          attendeeEmail: attendee.email ?? '',
          ...(attendee.timeZone ? { attendeeTimeZone: attendee.timeZone } : {}),
          createdAt: iso(row.created_at),
          ...(row.cancelled_at ? { cancelledAt: iso(row.cancelled_at) } : {}),
          ...(row.cancel_reason ? { cancelReason: String(row.cancel_reason) } : {}),
        };
      });
    },
  };
}

export type AdminReads = ReturnType<typeof adminReads>;

export interface OutboxRow {
  id: string;
  eventId: string;
  eventType: string;
  channel: 'email' | 'webhook';
  recipient: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  createdAt: string;
  deliveredAt?: string;
  lastError?: string;
  payload: unknown;
}

/** The outbox, newest first: what was sent, what waits (no SMTP server yet), what failed. */
export async function outboxRows(
  db: Queryable,
  status: OutboxRow['status'] | undefined,
  limit: number,
): Promise<OutboxRow[]> {
  const rows = await db.query<Record<string, unknown>>(
    `select id, event_id, event_type, channel, recipient, payload, attempts, created_at,
            delivered_at, failed_at, last_error,
            case when delivered_at is not null then 'delivered'
                 when failed_at is not null then 'failed' else 'pending' end as status
       from outbox
      where $1::text is null
         or $1 = case when delivered_at is not null then 'delivered'
                      when failed_at is not null then 'failed' else 'pending' end
      order by id desc limit $2`,
    [status ?? null, limit],
  );
  return rows.map((row) => ({
    id: String(row.id),
    eventId: String(row.event_id),
    eventType: String(row.event_type),
    channel: row.channel as OutboxRow['channel'],
    recipient: String(row.recipient),
    status: row.status as OutboxRow['status'],
    attempts: Number(row.attempts),
    createdAt: iso(row.created_at),
    ...(row.delivered_at ? { deliveredAt: iso(row.delivered_at) } : {}),
    ...(row.last_error ? { lastError: String(row.last_error) } : {}),
    payload: row.payload,
  }));
}
