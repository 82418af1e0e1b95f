/**
 * The HTTP application: the REST contract under `/api`, the issuer's public documents, health,
 * and (optionally) the demo site. Middleware order matters and reads top to bottom: logs,
 * CORS, body limit, write rate limit, then routes; every error leaves in the contract's shape.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ApiError } from './api-error.ts';
import type { Database } from './db/database.ts';
import { silentLogger, type Logger } from './logger.ts';
import { createRateLimiter, type RateLimit } from './rate-limit.ts';
import { staticFiles } from './static-files.ts';
import { openApiDocument } from './openapi.ts';
import { listingStore } from './store/listings.ts';
import { mentorStore } from './store/mentors.ts';
import { bookingStore } from './store/bookings.ts';
import { credentialStore } from './store/credentials.ts';
import { listingRoutes } from './routes/listings.ts';
import { mentoringRoutes } from './routes/mentoring.ts';
import { credentialRoutes } from './routes/credentials.ts';
import { adminRoutes } from './routes/admin.ts';
import { issuerRoutes } from './routes/issuer.ts';
import { createIssuer } from './credentials/issuer.ts';
import { feedRoutes } from './routes/feeds.ts';
import { pageRoutes } from './routes/pages.ts';
import { feedAdapter } from './feeds/feed-adapters.ts';
import { ownListings } from './pages/own-listings.ts';
import { clientAssetsDir } from './pages/client-assets.ts';

export interface AppOptions {
  db: Database;
  /** Where clients reach this server (credential and issuer URLs use it). */
  publicUrl: string;
  /** Enables `/api/admin/*` with `Authorization: Bearer <token>`. */
  adminToken?: string;
  /** Origins allowed to call the API from a browser (`*` for any). Same-origin needs none. */
  allowedOrigins?: readonly string[];
  /** Largest accepted request body. Default 64 KiB. */
  bodyLimitBytes?: number;
  /** Writes per client. Default 60 per minute. */
  writeRate?: RateLimit;
  /** Use `X-Forwarded-For` as the client address (only behind a proxy that sets it). */
  trustProxy?: boolean;
  /**
   * The page where a visitor manages a booking: `{id}` and `{token}` are replaced by the
   * booking's id and manage token, and bookings carry the result as `manageUrl`.
   */
  manageUrl?: string;
  /**
   * ATS boards answered in the REST contract under `/api/feeds/{ats}/{board}`, such as
   * `lever:acme`, `lever:eu:acme`, `greenhouse:acme`, `ashby:acme`, `smartrecruiters:acme`.
   */
  feeds?: readonly string[];
  /**
   * The careers pages (`/jobs`, `/jobs/{id}`, `/sitemap.xml`): the server's own listings, or
   * `feed`, one of `feeds`. `false` turns them off.
   */
  careers?: false | { feed?: string; organizationName?: string; organizationLogo?: string };
  /** The fetch feeds are read with (tests). */
  fetch?: typeof fetch;
  /** Serve the demo site and the built kit. */
  site?: { demoDir: string; kitDir: string };
  log?: Logger;
  now?: () => number;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createApp(options: AppOptions) {
  const log = options.log ?? silentLogger;
  const { db } = options;
  const listings = listingStore(db);
  const mentors = mentorStore(db);
  const bookings = bookingStore(db, options.now);
  const credentials = credentialStore(db);
  const issuer = createIssuer(db, options.publicUrl);
  const limiter = createRateLimiter(
    options.writeRate ?? { limit: 60, windowMs: 60_000 },
    options.now,
  );
  const allowed = new Set(options.allowedOrigins ?? []);
  const feeds = new Map(
    (options.feeds ?? []).map((source) => [
      source,
      feedAdapter(source, {
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.careers && options.careers.feed === source && options.careers.organizationName
          ? { company: options.careers.organizationName }
          : {}),
      }),
    ]),
  );

  const clientOf = (c: Context) =>
    (options.trustProxy && c.req.header('x-forwarded-for')?.split(',')[0]?.trim()) ||
    getConnInfo(c).remote.address ||
    'unknown';

  const app = new Hono();

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    log(c.res.status >= 500 ? 'error' : 'info', 'request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      client: clientOf(c),
    });
  });

  app.onError((error, c) => {
    const problem = ApiError.from(error);
    if (problem.status >= 500)
      log('error', 'unhandled error', {
        method: c.req.method,
        path: c.req.path,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    return c.json(problem.body, problem.status as 500);
  });

  app.notFound((c) =>
    c.json(new ApiError(404, `There is no route ${c.req.method} ${c.req.path}.`).body, 404),
  );

  app.get('/health', async (c) => {
    try {
      await db.query('select 1');
      return c.json({ status: 'ok', database: db.kind });
    } catch {
      return c.json({ status: 'unavailable', database: db.kind }, 503);
    }
  });

  // The issuer's key is for any verifier on any site: open to every origin.
  app.use('/.well-known/jwks.json', cors({ origin: '*', allowMethods: ['GET'] }));
  app.get('/.well-known/jwks.json', async (c) => c.json(await issuer.jwks()));

  const api = new Hono();
  api.use(
    cors({
      origin: (origin) => (allowed.has('*') || allowed.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowHeaders: ['content-type', 'accept-language', 'idempotency-key', 'authorization'],
      exposeHeaders: ['retry-after', 'idempotent-replayed'],
      maxAge: 600,
    }),
  );
  api.use(
    bodyLimit({
      maxSize: options.bodyLimitBytes ?? 64 * 1024,
      onError: (c) =>
        c.json(
          new ApiError(413, `The body is larger than ${options.bodyLimitBytes ?? 64 * 1024} bytes.`)
            .body,
          413,
        ),
    }),
  );
  api.use(async (c, next) => {
    if (!WRITES.has(c.req.method)) return next();
    const wait = limiter.take(clientOf(c));
    if (!wait) return next();
    c.header('retry-after', String(wait));
    throw new ApiError(429, `Too many changes from this client. Try again in ${wait} s.`);
  });
  api.get('/openapi.json', (c) => c.json(openApiDocument()));
  api.route('/', listingRoutes(listings));
  api.route('/', credentialRoutes(credentials));
  api.route('/', mentoringRoutes(mentors, bookings, { manageUrl: options.manageUrl }));
  api.route('/', issuerRoutes(issuer, credentials));
  api.route(
    '/admin',
    adminRoutes({ token: options.adminToken, listings, mentors, issuer, credentials }),
  );
  api.route('/', feedRoutes(feeds));
  app.route('/api', api);

  if (options.careers !== false) {
    const careers = options.careers ?? {};
    const feed = careers.feed ? feeds.get(careers.feed) : undefined;
    if (careers.feed && !feed)
      throw new Error(`The careers feed "${careers.feed}" must be one of the served feeds.`);
    app.route(
      '/',
      pageRoutes(
        {
          adapter: feed ?? ownListings(listings),
          jobsUrl: `${options.publicUrl}/jobs`,
          source: feed ? `rest:/api/feeds/${careers.feed!.replace(':', '/')}` : 'rest:/api',
          applyHere: !feed,
          scripts: ['/assets/careers.js'],
          stylesheet: '/assets/careers.css',
          ...(careers.organizationName ? { organizationName: careers.organizationName } : {}),
          ...(careers.organizationLogo ? { organizationLogo: careers.organizationLogo } : {}),
        },
        log,
      ),
    );
    app.use(staticFiles('/assets/', clientAssetsDir()));
  }

  if (options.site) {
    app.use(staticFiles('/kit/', options.site.kitDir));
    app.use(staticFiles('/', options.site.demoDir));
  }
  return app;
}
