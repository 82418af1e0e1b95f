/** `GET /mentors`, availability, `POST /bookings` (idempotent) and cancelling. */
import { Hono } from 'hono';
import * as v from 'valibot';
import { object } from '../schema.ts';
import { AvailabilityRequestSchema, MentorQuerySchema, timeZone } from 'micropath/adapters';
import { ApiError } from '../api-error.ts';
import { readJsonBody } from '../json-body.ts';
import { BookingBody, ReasonBody, RescheduleBody, checkBody, checkQuery } from '../validation.ts';
import type { Booking } from 'micropath/adapters';
import type { BookingStore } from '../store/bookings.ts';
import type { MentorStore } from '../store/mentors.ts';

const AvailabilityQuery = object({
  sessionType: v.pipe(v.string(), v.minLength(1)),
  from: AvailabilityRequestSchema.entries.from,
  to: AvailabilityRequestSchema.entries.to,
  timeZone: v.optional(timeZone(), 'UTC'),
});

/** Keys are made by clients (UUIDs, usually): printable, and short enough to index. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,255}$/;

function idempotencyKeyOf(key: string | undefined): string {
  if (!key)
    throw new ApiError(
      400,
      'Send an Idempotency-Key header (one new random value per attempt, reused when retrying it).',
    );
  if (!IDEMPOTENCY_KEY.test(key))
    throw new ApiError(400, 'The Idempotency-Key must be 8 to 255 printable ASCII characters.');
  return key;
}

export interface MentoringOptions {
  /** A template with `{id}` and `{token}`: the booking's manage page (see AppOptions). */
  manageUrl?: string | undefined;
}

export function mentoringRoutes(
  mentors: MentorStore,
  bookings: BookingStore,
  options: MentoringOptions = {},
) {
  const routes = new Hono();

  /** The booking as served: with its manage page, when the server has one. */
  const served = (booking: Booking): Booking => {
    const { manageUrl } = options;
    if (!manageUrl || !booking.manageToken) return booking;
    const link = manageUrl
      .replaceAll('{id}', encodeURIComponent(booking.id))
      .replaceAll('{token}', encodeURIComponent(booking.manageToken));
    return { ...booking, manageUrl: link };
  };

  async function mentorOr404(id: string) {
    const record = await mentors.get(id);
    if (!record) throw new ApiError(404, `There is no mentor "${id}".`);
    return record;
  }

  routes.get('/mentors', async (c) => {
    const query = checkQuery(
      MentorQuerySchema,
      {
        q: c.req.query('q'),
        expertise: c.req.query('expertise'),
        skill: c.req.queries('skill'),
      },
      'mentor query',
    );
    return c.json(await mentors.list(query));
  });

  routes.get('/mentors/:id/availability', async (c) => {
    const query = checkQuery(
      AvailabilityQuery,
      {
        sessionType: c.req.query('sessionType'),
        from: c.req.query('from'),
        to: c.req.query('to'),
        timeZone: c.req.query('timeZone'),
      },
      'availability query',
    );
    const record = await mentorOr404(c.req.param('id'));
    const slots = await bookings.availability(record, {
      sessionTypeId: query.sessionType,
      from: Date.parse(query.from),
      to: Date.parse(query.to),
      timeZone: query.timeZone,
    });
    return c.json({ slots });
  });

  routes.post('/bookings', async (c) => {
    const key = idempotencyKeyOf(c.req.header('idempotency-key'));
    const request = checkBody(BookingBody, await readJsonBody(c), 'booking request');
    const record = await mentorOr404(request.mentorId);
    const { booking, replayed } = await bookings.book(record, request, key);
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(served(booking), 201);
  });

  /** The booking's manage token, sent as `Authorization: Bearer <token>`. */
  const manageToken = (header: string | undefined) => /^Bearer (.+)$/.exec(header ?? '')?.[1];
  const noBooking = (id: string) => new ApiError(404, `There is no booking "${id}".`);

  routes.post('/bookings/:id/cancel', async (c) => {
    const { reason } = checkBody(ReasonBody, await readJsonBody(c), 'cancellation');
    const id = c.req.param('id');
    const mentorId = await bookings.mentorOf(id);
    const record = mentorId ? await mentors.get(mentorId) : undefined;
    if (!(await bookings.cancel(id, reason, manageToken(c.req.header('authorization')), record)))
      throw noBooking(id);
    return c.body(null, 204);
  });

  routes.post('/bookings/:id/reschedule', async (c) => {
    const key = idempotencyKeyOf(c.req.header('idempotency-key'));
    const to = checkBody(RescheduleBody, await readJsonBody(c), 'reschedule request');
    const id = c.req.param('id');
    const mentorId = await bookings.mentorOf(id);
    if (!mentorId) throw noBooking(id);
    const moved = await bookings.reschedule(
      await mentorOr404(mentorId),
      id,
      to,
      manageToken(c.req.header('authorization')),
      key,
    );
    if (!moved) throw noBooking(id);
    return c.json(served(moved), 200);
  });

  return routes;
}
