/**
 * Admin routes behind `Authorization: Bearer <MICROPATH_ADMIN_TOKEN>`: create or replace
 * listings and mentors, set up issuers and achievements, issue and revoke credentials (and a
 * holder's CLR 2.0 record), and read
 * back (JSON or CSV) a listing's applications and the bookings of a date range.
 * Without a configured token they answer 401 and say how to enable them.
 */
import { Hono, type Context } from 'hono';
import { ApiError } from '../api-error.ts';
import { sameSecret } from '../secrets.ts';
import { readJsonBody } from '../json-body.ts';
import { ReasonBody, checkBody } from '../validation.ts';
import { served, type CredentialStore } from '../store/credentials.ts';
import type { ListingStore } from '../store/listings.ts';
import type { MentorStore } from '../store/mentors.ts';
import type { CredentialIssuer } from '../credentials/issuer.ts';
import {
  MAX_EXPORT_ROWS,
  type AdminReads,
  type ApplicationRow,
  type BookingRow,
} from '../store/admin-reads.ts';
import { toCsv } from '../csv.ts';

interface AdminDeps {
  token: string | undefined;
  reads: AdminReads;
  listings: ListingStore;
  mentors: MentorStore;
  issuer: CredentialIssuer;
  credentials: CredentialStore;
}

const asObject = (value: unknown): Record<string, unknown> => {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return value as Record<string, unknown>;
  throw new ApiError(422, 'The body must be a JSON object.');
};

export function adminRoutes({ token, reads, listings, mentors, issuer, credentials }: AdminDeps) {
  const routes = new Hono();

  routes.use(async (c, next) => {
    if (!token)
      throw new ApiError(
        401,
        'Admin routes are off. Start the server with MICROPATH_ADMIN_TOKEN set.',
      );
    const given = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    if (!sameSecret(given, token)) {
      c.header('www-authenticate', 'Bearer');
      throw new ApiError(401, 'A valid admin token is required (Authorization: Bearer …).');
    }
    return next();
  });

  /** The JSON body with the address's id: the address names what is created or replaced. */
  const withId = async (c: Context) => ({
    ...asObject(await readJsonBody(c)),
    id: c.req.param('id'),
  });

  routes.put('/listings/:id', async (c) => {
    return c.json(await listings.put(await withId(c)));
  });

  routes.delete('/listings/:id', async (c) => {
    if (!(await listings.remove(c.req.param('id'))))
      throw new ApiError(404, `There is no listing "${c.req.param('id')}".`);
    return c.body(null, 204);
  });

  routes.put('/mentors/:id', async (c) => c.json(await mentors.put(await withId(c))));

  routes.put('/issuers/:id', async (c) => c.json(await issuer.putIssuer(await withId(c))));

  routes.put('/achievements/:id', async (c) =>
    c.json(await issuer.putAchievement(await withId(c))),
  );

  routes.post('/keys/rotate', async (c) => c.json(await issuer.rotateKey(), 201));

  routes.post('/credentials', async (c) => {
    const row = await issuer.issue(await readJsonBody(c));
    c.header('location', issuer.urls.credential(row.id));
    return c.json(
      { id: row.id, url: issuer.urls.credential(row.id), credential: served(row) },
      201,
    );
  });

  /** A CLR 2.0 record of the holder's Open Badges 3.0 credentials, signed; not stored. */
  routes.post('/holders/:holder/clr', async (c) =>
    c.json(await issuer.issueRecord(c.req.param('holder'), await readJsonBody(c))),
  );

  routes.post('/credentials/:id/revoke', async (c) => {
    const { reason } = checkBody(ReasonBody, await readJsonBody(c), 'revocation');
    if (!(await credentials.revoke(c.req.param('id'), reason)))
      throw new ApiError(404, `There is no credential "${c.req.param('id')}".`);
    return c.body(null, 204);
  });

  /** JSON (`{ items }`), or CSV with `?format=csv` or `Accept: text/csv`. */
  const table = <T extends object>(
    c: Context,
    name: string,
    columns: readonly (keyof T & string)[],
    rows: T[],
  ) => {
    const csv = c.req.query('format') === 'csv' || /text\/csv/.test(c.req.header('accept') ?? '');
    if (!csv) return c.json({ items: rows });
    return c.body(toCsv(columns, rows), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}.csv"`,
    });
  };
  const limitOf = (c: Context) => {
    const limit = Number(c.req.query('limit') ?? MAX_EXPORT_ROWS);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EXPORT_ROWS)
      throw new ApiError(400, `limit must be a whole number from 1 to ${MAX_EXPORT_ROWS}.`);
    return limit;
  };

  routes.get('/listings/:id/applications', async (c) => {
    const id = c.req.param('id');
    if (!(await listings.get(id))) throw new ApiError(404, `There is no listing "${id}".`);
    const rows = await reads.applications(id, limitOf(c));
    return table(c, `applications-${id}`, APPLICATION_COLUMNS, rows);
  });

  routes.get('/outbox', async (c) => {
    const status = c.req.query('status');
    if (status && !['pending', 'delivered', 'failed'].includes(status))
      throw new ApiError(400, 'status must be pending, delivered or failed.');
    return c.json({
      items: await reads.outbox(status as 'pending' | undefined, Math.min(limitOf(c), 1000)),
    });
  });

  routes.get('/bookings', async (c) => {
    const from = c.req.query('from');
    const to = c.req.query('to');
    if (!from || !to || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)))
      throw new ApiError(400, 'Give the range as from= and to=, ISO 8601 dates or instants.', {
        ...(!from || Number.isNaN(Date.parse(from)) ? { from: 'an ISO 8601 date or instant' } : {}),
        ...(!to || Number.isNaN(Date.parse(to)) ? { to: 'an ISO 8601 date or instant' } : {}),
      });
    const mentorId = c.req.query('mentor');
    const rows = await reads.bookings(
      {
        ...(mentorId ? { mentorId } : {}),
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
      },
      limitOf(c),
    );
    return table(c, `bookings${mentorId ? `-${mentorId}` : ''}`, BOOKING_COLUMNS, rows);
  });

  return routes;
}

const APPLICATION_COLUMNS = [
  'id',
  'listingId',
  'receivedAt',
  'name',
  'email',
  'message',
  'links',
  'consent',
  'skillsShown',
] as const satisfies readonly (keyof ApplicationRow)[];
const BOOKING_COLUMNS = [
  'id',
  'mentorId',
  'sessionTypeId',
  'start',
  'end',
  'status',
  'attendeeName',
  'attendeeEmail',
  'attendeeTimeZone',
  'createdAt',
  'cancelledAt',
  'cancelReason',
] as const satisfies readonly (keyof BookingRow)[];
