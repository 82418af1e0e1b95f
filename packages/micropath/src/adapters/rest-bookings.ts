/** The REST adapter's bookings: book, cancel and move one (see rest-client.ts). */
import { BOOKING_LINKS } from '../core/safe-links.ts';
import type { MentoringAdapter } from '../core/contracts.ts';
import { clientFor, readWith, segment, type RestAdapterOptions } from './rest-client.ts';

const bookings = () => import('../core/read-bookings.ts');

/** The booking's manage token, as the REST contract takes it: a bearer credential. */
const manageHeaders = (token: string | undefined): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {};

export type RestBookings = Required<Pick<MentoringAdapter, 'book' | 'cancel' | 'reschedule'>>;

export function restBookings(options: RestAdapterOptions): RestBookings {
  const { http, resolved } = clientFor(options);
  return {
    book: (req, ctx) =>
      readWith(
        bookings(),
        http.request({
          method: 'POST',
          path: 'bookings',
          body: req,
          headers: { 'idempotency-key': ctx.idempotencyKey },
          signal: ctx.signal,
        }),
        (m, body) => m.readBooking(resolved(BOOKING_LINKS)(body)),
      ),

    async cancel(bookingId, reason, ctx) {
      await http.request({
        method: 'POST',
        path: `bookings/${segment(bookingId)}/cancel`,
        body: reason === undefined ? {} : { reason },
        headers: manageHeaders(ctx.manageToken),
        signal: ctx.signal,
        expect: 'none',
      });
    },

    reschedule: (bookingId, to, ctx) =>
      readWith(
        bookings(),
        http.request({
          method: 'POST',
          path: `bookings/${segment(bookingId)}/reschedule`,
          body: { start: to.start, end: to.end },
          headers: {
            'idempotency-key': ctx.idempotencyKey,
            ...manageHeaders(ctx.manageToken),
          },
          signal: ctx.signal,
        }),
        (m, body) => m.readBooking(resolved(BOOKING_LINKS)(body)),
      ),
  };
}
