/** Bookings: made once per key, never twice for one time, changed only with the manage token. */
import { cite, expect, SECTIONS, type Clause, type ClauseContext } from '../clause.ts';
import type { Answer } from '../probe.ts';
import { newKey, type Slot } from '../slot-pool.ts';
import { expectErrorShape } from './errors.ts';

interface Booking {
  id: string;
  start: string;
  end: string;
  status: string;
  manageToken?: string;
  sequence?: number;
}

const behaviour = (rule: string) => cite(SECTIONS.behaviour, rule);

export async function postBooking(
  ctx: ClauseContext,
  slot: Slot,
  key: string,
  name?: string,
): Promise<Answer> {
  const answer = await ctx.probe.send('POST', '/bookings', {
    json: await ctx.slots.request(slot, name),
    headers: { 'idempotency-key': key },
  });
  if (answer.status === 201 || answer.status === 200) {
    const { id, manageToken } = answer.body as Booking;
    if (!ctx.made.some((made) => made.id === id)) ctx.made.push({ id, manageToken });
  }
  return answer;
}

/** Books `slot`, failing the clause unless the backend answers 201 with the booking. */
export async function book(
  ctx: ClauseContext,
  slot: Slot,
  key = newKey(),
  name?: string,
): Promise<Booking> {
  const answer = await postBooking(ctx, slot, key, name);
  expect(
    answer.status === 201,
    `booking a free time answered ${answer.status}, not 201`,
    answer.exchange,
  );
  return answer.body as Booking;
}

const bearer = (token: string | undefined): Record<string, string> =>
  token === undefined ? {} : { authorization: `Bearer ${token}` };

export const cancel = (
  ctx: ClauseContext,
  id: string,
  token: string | undefined,
  reason?: string,
) =>
  ctx.probe.send('POST', `/bookings/${encodeURIComponent(id)}/cancel`, {
    json: reason ? { reason } : {},
    headers: bearer(token),
  });

const reschedule = (
  ctx: ClauseContext,
  id: string,
  token: string | undefined,
  to: Slot,
  key = newKey(),
) =>
  ctx.probe.send('POST', `/bookings/${encodeURIComponent(id)}/reschedule`, {
    json: { start: to.start, end: to.end },
    headers: { ...bearer(token), 'idempotency-key': key },
  });

const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b);

export const bookingClauses: Clause[] = [
  {
    id: 'bookings.create',
    title: 'POST /bookings books a free time: 201 with the booking',
    section: cite(SECTIONS.routes, 'POST /bookings'),
    writes: true,
    async check(ctx) {
      const [slot] = await ctx.slots.take(1);
      const booking = await book(ctx, slot!);
      expect(
        sameInstant(booking.start, slot!.start) && sameInstant(booking.end, slot!.end),
        `booked ${booking.start}–${booking.end}, asked for ${slot!.start}–${slot!.end}`,
        ctx.probe.last,
      );
      expect(
        booking.status === 'confirmed' || booking.status === 'pending',
        `a new booking is "${booking.status}"`,
        ctx.probe.last,
      );
    },
  },
  {
    id: 'bookings.replay',
    title: 'The same Idempotency-Key and body answer the first booking, also at the same time',
    section: behaviour('Idempotent booking'),
    writes: true,
    async check(ctx) {
      const [one, two] = await ctx.slots.take(2);
      const key = newKey();
      const first = await book(ctx, one!, key);
      const again = await postBooking(ctx, one!, key);
      expect(
        again.status === 201 || again.status === 200,
        `the replay answered ${again.status}, not the booking`,
        again.exchange,
      );
      expect(
        again.body.id === first.id,
        `the replay answered booking "${again.body.id}", not the first, "${first.id}"`,
        again.exchange,
      );
      const together = newKey();
      const answers = await Promise.all([
        postBooking(ctx, two!, together),
        postBooking(ctx, two!, together),
      ]);
      for (const answer of answers)
        expect(
          answer.status === 201 || answer.status === 200,
          `one of two requests sent together answered ${answer.status}`,
          answer.exchange,
        );
      expect(
        answers[0].body.id === answers[1].body.id,
        `two requests sent together made two bookings ("${answers[0].body.id}", "${answers[1].body.id}")`,
        answers[1].exchange,
      );
    },
  },
  {
    id: 'bookings.key-reuse',
    title: 'The same Idempotency-Key with another body is a 409 with no booking data',
    section: behaviour('Idempotent booking'),
    writes: true,
    async check(ctx) {
      const [one, two] = await ctx.slots.take(2);
      const key = newKey();
      const first = await book(ctx, one!, key);
      const other = await postBooking(ctx, two!, key);
      expect(
        other.status === 409,
        `another body under a used key answered ${other.status}, not 409`,
        other.exchange,
      );
      expectErrorShape(other, 'the 409');
      expect(
        !other.text.includes(first.id) &&
          (!first.manageToken || !other.text.includes(first.manageToken)),
        'the 409 gives away the first booking',
        other.exchange,
      );
    },
  },
  {
    id: 'bookings.slot-taken',
    title: 'A taken time is a 409; of two requests for one time, one books',
    section: behaviour('No double booking'),
    writes: true,
    async check(ctx) {
      const [one, two] = await ctx.slots.take(2);
      await book(ctx, one!);
      const taken = await postBooking(ctx, one!, newKey(), 'Second Visitor');
      expect(
        taken.status === 409,
        `booking a taken time answered ${taken.status}, not 409`,
        taken.exchange,
      );
      expectErrorShape(taken, 'the 409');
      const race = await Promise.all([
        postBooking(ctx, two!, newKey()),
        postBooking(ctx, two!, newKey(), 'Second Visitor'),
      ]);
      const statuses = race.map((a) => a.status).sort();
      expect(
        statuses[0] === 201 && statuses[1] === 409,
        `two requests for one free time answered ${statuses.join(' and ')}, not 201 and 409`,
        race.find((a) => a.status !== 201)?.exchange ?? race[1].exchange,
      );
    },
  },
  {
    id: 'bookings.manage-token',
    title: 'Cancelling or rescheduling without the manage token is a 403',
    section: behaviour('Changing a booking needs its manage token'),
    writes: true,
    async check(ctx) {
      const [one, two] = await ctx.slots.take(2);
      const booking = await book(ctx, one!);
      expect(
        typeof booking.manageToken === 'string' && booking.manageToken,
        'the booking carries no manageToken',
        ctx.probe.last,
      );
      for (const [what, token] of [
        ['no token', undefined],
        ['another token', `${booking.manageToken}x`],
      ] as const) {
        const cancelled = await cancel(ctx, booking.id, token);
        expect(
          cancelled.status === 403,
          `cancelling with ${what} answered ${cancelled.status}, not 403`,
          cancelled.exchange,
        );
        const moved = await reschedule(ctx, booking.id, token, two!);
        expect(
          moved.status === 403,
          `rescheduling with ${what} answered ${moved.status}, not 403`,
          moved.exchange,
        );
      }
    },
  },
  {
    id: 'bookings.reschedule',
    title: 'Rescheduling moves the booking, sequence one higher, once per key',
    section: behaviour('Rescheduling'),
    writes: true,
    async check(ctx) {
      const [one, two, three] = await ctx.slots.take(3);
      const booking = await book(ctx, one!);
      const key = newKey();
      const moved = await reschedule(ctx, booking.id, booking.manageToken, two!, key);
      expect(
        moved.status === 200,
        `rescheduling answered ${moved.status}, not 200`,
        moved.exchange,
      );
      expect(
        moved.body.id === booking.id && sameInstant(moved.body.start, two!.start),
        'the answer is not the booking at its new time',
        moved.exchange,
      );
      expect(
        typeof moved.body.sequence === 'number' &&
          moved.body.sequence === (booking.sequence ?? 0) + 1,
        `sequence went from ${booking.sequence} to ${moved.body.sequence}, not one higher`,
        moved.exchange,
      );
      const again = await reschedule(ctx, booking.id, booking.manageToken, two!, key);
      expect(
        again.status === 200 &&
          again.body.sequence === moved.body.sequence &&
          sameInstant(again.body.start, two!.start),
        'the same key and body did not answer the same move',
        again.exchange,
      );
      const other = await reschedule(ctx, booking.id, booking.manageToken, three!, key);
      expect(
        other.status === 409,
        `another time under a used key answered ${other.status}, not 409`,
        other.exchange,
      );
    },
  },
  {
    id: 'bookings.cancel',
    title: 'Cancelling with the manage token is a 204; a cancelled booking cannot move',
    section: cite(SECTIONS.routes, 'POST /bookings/{id}/cancel'),
    writes: true,
    async check(ctx) {
      const [one, two] = await ctx.slots.take(2);
      const booking = await book(ctx, one!);
      const cancelled = await cancel(ctx, booking.id, booking.manageToken, 'Conformance check');
      expect(
        cancelled.status === 204,
        `cancelling answered ${cancelled.status}, not 204`,
        cancelled.exchange,
      );
      const moved = await reschedule(ctx, booking.id, booking.manageToken, two!);
      expect(
        moved.status === 409,
        `rescheduling a cancelled booking answered ${moved.status}, not 409`,
        moved.exchange,
      );
    },
  },
  {
    id: 'writes.json-only',
    title: 'A write without Content-Type: application/json is a 415',
    section: cite(SECTIONS.errors, 'a backend should answer 415 to writes without it'),
    writes: true,
    async check(ctx) {
      const [slot] = await ctx.slots.take(1);
      const answer = await ctx.probe.send('POST', '/bookings', {
        body: JSON.stringify(await ctx.slots.request(slot!)),
        headers: { 'content-type': 'text/plain', 'idempotency-key': newKey() },
      });
      if (answer.status === 201)
        ctx.made.push({ id: answer.body?.id, manageToken: answer.body?.manageToken });
      expect(
        answer.status === 415,
        `a text/plain booking answered ${answer.status}, not 415`,
        answer.exchange,
      );
    },
  },
];
