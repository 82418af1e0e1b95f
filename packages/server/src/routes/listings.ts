/** `GET /listings`, `GET /listings/{id}` and the optional `POST /listings/{id}/applications`. */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { ListingQuerySchema, type ApplicationReceipt, type ListingQuery } from 'micropath/adapters';
import { ApiError } from '../api-error.ts';
import { readJsonBody } from '../json-body.ts';
import { ApplicationBody, checkBody, checkQuery, numeric } from '../validation.ts';
import { checkApplicationCredentials } from '../credentials/application-credentials.ts';
import { lookupFetch } from '../credentials/lookup-fetch.ts';
import type { ListingStore } from '../store/listings.ts';
import type { ExchangeStore } from '../store/exchanges.ts';
import { exchangeHolder } from './exchanges.ts';

/** The contract's listing query from a request's parameters (400 when it does not read). */
export function readListingQuery(c: Context): ListingQuery {
  const many = (key: string) => {
    const values = c.req.queries(key);
    return values?.length ? values : undefined;
  };
  const paid = c.req.query('paid');
  return checkQuery(
    ListingQuerySchema,
    {
      q: c.req.query('q'),
      kind: many('kind'),
      skill: many('skill'),
      workplace: many('workplace'),
      location: many('location'),
      paid:
        paid === undefined ? undefined : paid === 'true' ? true : paid === 'false' ? false : paid,
      maxWeeks: numeric(c.req.query('maxWeeks')),
      sort: c.req.query('sort'),
      cursor: c.req.query('cursor'),
      limit: numeric(c.req.query('limit')),
    },
    'listing query',
  );
}

/** At most 100 listings a page; 20 unless asked. */
export const limited = (query: ListingQuery): ListingQuery => ({
  ...query,
  limit: Math.min(query.limit ?? 20, 100),
});

export function listingRoutes(
  listings: ListingStore,
  lookup: (url: string) => Promise<Response> = lookupFetch(),
  exchanges?: ExchangeStore,
) {
  const routes = new Hono();

  routes.get('/listings', async (c) => c.json(await listings.query(limited(readListingQuery(c)))));

  routes.get('/listings/:id', async (c) => {
    const id = c.req.param('id');
    const listing = await listings.get(id);
    if (!listing) throw new ApiError(404, `There is no listing "${id}".`);
    return c.json(listing);
  });

  routes.post('/listings/:id/applications', async (c) => {
    const id = c.req.param('id');
    const application = checkBody(ApplicationBody, await readJsonBody(c), 'application');
    const listing = await listings.get(id);
    if (!listing) throw new ApiError(404, `There is no listing "${id}".`);
    const holder = exchanges
      ? await exchangeHolder(exchanges, id, application.exchange)
      : undefined;
    const checked = await checkApplicationCredentials(listing, application, lookup, holder);
    const receipt: ApplicationReceipt = {
      id: `app_${randomUUID()}`,
      listingId: id,
      status: 'received',
      receivedAt: new Date().toISOString(),
      ...checked,
    };
    await listings.addApplication(listing, receipt, application, checked);
    return c.json(receipt, 201);
  });

  return routes;
}
