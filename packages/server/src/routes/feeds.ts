/**
 * `GET /feeds/{ats}/{board}/listings` and `/feeds/{ats}/{board}/listings/{id}`: an ATS board on
 * the list (`MICROPATH_FEEDS`) answered in the REST contract, so a board points at it with
 * `source="rest:https://server.example/api/feeds/lever/acme"`: for feeds a browser cannot read
 * from another origin, and to fetch a large board once for every visitor. A Workday board
 * (`workday:acme.wd5/External`) writes its slash as `%2F`: `/feeds/workday/acme.wd5%2FExternal`.
 */
import { Hono } from 'hono';
import { AdapterError, type ListingsAdapter } from 'micropath/adapters';
import { ApiError } from '../api-error.ts';
import { limited, readListingQuery } from './listings.ts';

export function feedRoutes(feeds: ReadonlyMap<string, ListingsAdapter>) {
  const routes = new Hono();
  const feedOf = (ats: string, board: string) => {
    const feed = feeds.get(`${ats}:${board}`);
    if (!feed) throw new ApiError(404, `This server does not serve the feed "${ats}:${board}".`);
    return feed;
  };
  const context = (c: { req: { raw: Request; header(name: string): string | undefined } }) => ({
    signal: c.req.raw.signal,
    locale: c.req.header('accept-language')?.split(',')[0]?.trim() || 'en',
  });

  routes.get('/feeds/:ats/:board/listings', async (c) => {
    const feed = feedOf(c.req.param('ats'), c.req.param('board'));
    const query = limited(readListingQuery(c));
    const page = await fromFeed(() => feed.listListings(query, context(c)));
    c.header('cache-control', 'public, max-age=60');
    return c.json(page);
  });

  routes.get('/feeds/:ats/:board/listings/:id', async (c) => {
    const feed = feedOf(c.req.param('ats'), c.req.param('board'));
    const id = c.req.param('id');
    if (!feed.getListing) throw new ApiError(404, `There is no listing "${id}".`);
    const listing = await fromFeed(() => feed.getListing!(id, context(c)));
    c.header('cache-control', 'public, max-age=60');
    return c.json(listing);
  });

  return routes;
}

/** A feed's own failure is the gateway's (502), never the server's (500); "not found" stays. */
async function fromFeed<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const failure = AdapterError.from(error);
    if (failure.code === 'not-found') throw new ApiError(404, failure.message);
    throw new ApiError(502, `The feed could not be read: ${failure.message}`);
  }
}
