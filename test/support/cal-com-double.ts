/**
 * A loopback stand-in for Cal.com's API v2, answering with recorded payloads
 * (test/fixtures/booking/cal-com.json) at `/cal/{mode}/v2/…`:
 *   GET  event-types           `username=jane&eventSlug=60min` answers one public event type
 *                              (`eventTypes`); any other, an empty list (hidden or missing)
 *   GET  slots                 the documented range example; `eventTypeId` 1 and 2 answer the
 *                              upstream e2e slots in UTC and Europe/Rome ("time" format)
 *   POST bookings              the booking assembled from the documented examples
 *   POST bookings/{uid}/cancel 200
 * Modes (a suffix such as `ok-t1` gives a test its own log): `ok`; `taken` (400 "not available", as Cal.com answers a slot taken meanwhile);
 * `busy` (429); `broken` (an HTML page); `hostile` (slots unsorted, repeated and malformed);
 * and Cal.com's other booking 400s, with the messages its booking handler throws
 * (calcom/cal.com, packages/features/bookings): `past` ("Attempting to book a meeting in the
 * past."), `soon` ("Booking does not meet minimum booking notice"), `window`
 * ("booking_time_out_of_bounds_error"), `field` ("{email}error_required_field"), `other`.
 *   POST bookings/{uid}/reschedule  the booking again, under a new uid (as Cal.com moves one)
 * Every request is logged, with its headers and body, at `/cal/{mode}/v2/__log`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';

const recorded = JSON.parse(
  readFileSync(new URL('../fixtures/booking/cal-com.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

export interface CalRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  version: string | null;
  body?: unknown;
}

const logs = new Map<string, CalRequest[]>();
const ROUTE = /^\/cal\/([\w-]+)\/v2\/(.*)$/;

const hostileSlots = {
  status: 'success',
  data: {
    '2050-09-06': [
      { start: '2050-09-06T10:00:00.000+02:00', end: '2050-09-06T11:00:00.000+02:00' },
      { start: '2050-09-06T09:00:00.000+02:00', end: '2050-09-06T10:00:00.000+02:00' },
      { start: '2050-09-06T09:00:00.000+02:00', end: '2050-09-06T10:00:00.000+02:00' },
      { start: 'tomorrow at nine', end: '2050-09-06T10:00:00.000+02:00' },
      { start: '2050-09-06T12:00:00.000+02:00', end: '2050-09-06T11:00:00.000+02:00' },
    ],
  },
};

const REFUSALS: Record<string, string> = {
  past: 'Attempting to book a meeting in the past.',
  soon: 'Booking does not meet minimum booking notice',
  window: 'booking_time_out_of_bounds_error',
  field: '{email}error_required_field',
  other: 'Invalid event length',
};

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json') {
  res
    .writeHead(status, { 'content-type': type })
    .end(typeof body === 'string' ? body : JSON.stringify(body));
}

export async function serveCalCom(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://loopback');
  const match = ROUTE.exec(url.pathname);
  if (!match) return false;
  const [, mode = 'ok', path = ''] = match;
  if (path === '__log') {
    send(res, 200, logs.get(mode) ?? []);
    return true;
  }
  let text = '';
  for await (const chunk of req) text += String(chunk);
  const entry: CalRequest = {
    method: req.method ?? 'GET',
    path,
    query: Object.fromEntries(url.searchParams),
    version: req.headers['cal-api-version'] as string | null,
    ...(text ? { body: JSON.parse(text) as unknown } : {}),
  };
  logs.set(mode, [...(logs.get(mode) ?? []), entry]);
  const kind = mode.split('-')[0];

  if (kind === 'busy') send(res, 429, { status: 'error', error: { message: 'Too many requests' } });
  else if (kind === 'broken') send(res, 200, '<html>Maintenance</html>', 'text/html');
  else if (path === 'event-types') {
    const jane = url.searchParams.get('username') === 'jane';
    const event = url.searchParams.get('eventSlug') === '60min';
    send(res, 200, jane && event ? recorded.eventTypes : { status: 'success', data: [] });
  } else if (path === 'slots') {
    const byId: Record<string, unknown> = { '1': recorded.e2eUtc, '2': recorded.e2eRome };
    send(
      res,
      200,
      kind === 'hostile'
        ? hostileSlots
        : (byId[url.searchParams.get('eventTypeId') ?? ''] ?? recorded.slotsRange),
    );
  } else if (path === 'bookings' && kind === 'taken') {
    send(res, 400, {
      status: 'error',
      timestamp: '2050-09-05T08:00:00.000Z',
      path: '/v2/bookings',
      error: {
        code: 'BadRequestException',
        message: 'User either already has booking at this time or is not available',
      },
    });
  } else if (path === 'bookings' && REFUSALS[kind!]) {
    send(res, 400, {
      status: 'error',
      path: '/v2/bookings',
      error: { code: 'BadRequestException', message: REFUSALS[kind!] },
    });
  } else if (path === 'bookings') send(res, 201, recorded.booking);
  else if (/^bookings\/[^/]+\/reschedule$/.test(path)) {
    const booking = recorded.booking as { data: Record<string, unknown> };
    send(res, 201, { ...booking, data: { ...booking.data, uid: 'booking_uid_moved' } });
  } else if (/^bookings\/[^/]+\/cancel$/.test(path))
    send(res, 200, { status: 'success', data: {} });
  else send(res, 404, { status: 'error', error: { message: `No route ${path}` } });
  return true;
}
