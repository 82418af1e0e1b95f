/**
 * The HTTP application: the REST contract under `/api`, the issuer's public documents, health,
 * and (optionally) the demo site. Middleware order matters and reads top to bottom: logs,
 * CORS, body limit, write rate limit, then routes; every error leaves in the contract's shape.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { lookupFetch } from './credentials/lookup-fetch.ts';
import { cors } from 'hono/cors';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ApiError } from './api-error.ts';
import type { Database } from './db/database.ts';
import { silentLogger, type Logger } from './logger.ts';
import { createRateLimiter, type RateLimit } from './rate-limit.ts';
import { createWriteLimit } from './write-limit.ts';
import { hashedChunk, staticFiles } from './static-files.ts';
import { kitPreloads } from './kit-preloads.ts';
import { compressAnswers } from './compression.ts';
import { wellFormedRequest } from './request-guards.ts';
import { createMetrics } from './metrics.ts';
import { sameSecret } from './secrets.ts';
import { routePath } from 'hono/route';
import { clientAddress, type TrustProxy } from './client-address.ts';
import { openApiDocument } from './openapi.ts';
import { listingStore } from './store/listings.ts';
import { mentorStore } from './store/mentors.ts';
import { bookingStore } from './store/bookings.ts';
import { credentialStore } from './store/credentials.ts';
import { exchangeStore } from './store/exchanges.ts';
import { adminReads } from './store/admin-reads.ts';
import { listingRoutes } from './routes/listings.ts';
import { mentoringRoutes } from './routes/mentoring.ts';
import { credentialRoutes } from './routes/credentials.ts';
import { exchangeRoutes } from './routes/exchanges.ts';
import { adminRoutes } from './routes/admin.ts';
import { issuerRoutes } from './routes/issuer.ts';
import { demoCredentialRoutes } from './routes/demo-credentials.ts';
import { createIssuer } from './credentials/issuer.ts';
import { outboxWriter } from './notify/outbox.ts';
import type { NotifySettings } from './notify/messages.ts';
import { feedRoutes } from './routes/feeds.ts';
import { pageRoutes } from './routes/pages.ts';
import { feedAdapter, feedPath } from './feeds/feed-adapters.ts';
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
  /** Reads per client (`GET` of the API and the careers pages). Default 600 per minute. */
  readRate?: RateLimit;
  /**
   * Behind proxies: how many of yours are in front (`true` is one), or their addresses. The
   * client is then read from `X-Forwarded-For`, from the right (client-address.ts).
   */
  trustProxy?: boolean | TrustProxy;
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
  /** Where notifications go besides the outbox: the webhook, the organization's inbox. */
  notify?: Omit<NotifySettings, 'manageUrl'>;
  /** The fetch feeds are read with (tests). */
  fetch?: typeof fetch;
  /** Serve the demo site and the built kit. */
  site?: { demoDir: string; kitDir: string };
  /**
   * Demo sites only: `POST /api/demo/credentials` issues a credential for one of these
   * achievements to any e-mail address it is given. Never for a real issuer.
   */
  demoCredentials?: { achievements: readonly string[] };
  /**
   * How many recent search answers each process keeps (totals, facet counts, the first 100
   * ids), each dropped at the next write to the listings by any process. 0 keeps none.
   * Default 500.
   */
  searchCache?: number;
  log?: Logger;
  now?: () => number;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createApp(options: AppOptions) {
  const log = options.log ?? silentLogger;
  const { db } = options;
  const notify = outboxWriter({
    ...options.notify,
    ...(options.manageUrl ? { manageUrl: options.manageUrl } : {}),
  });
  const listings = listingStore(db, notify, options.searchCache);
  const mentors = mentorStore(db);
  const bookings = bookingStore(db, options.now, notify);
  const credentials = credentialStore(db);
  const exchanges = exchangeStore(db, options.now);
  const issuer = createIssuer(db, options.publicUrl);
  const writeLimit = createWriteLimit(
    db,
    options.writeRate ?? { limit: 60, windowMs: 60_000 },
    options.now,
  );
  const readLimiter = createRateLimiter(
    options.readRate ?? { limit: 600, windowMs: 60_000 },
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

  const trust: TrustProxy = options.trustProxy === true ? 1 : (options.trustProxy ?? false);
  const clientOf = (c: Context) =>
    clientAddress(
      getConnInfo(c).remote.address ?? 'unknown',
      c.req.header('x-forwarded-for'),
      trust,
    ) || 'unknown';

  const app = new Hono<{ Variables: { requestId: string } }>();
  const metrics = createMetrics(db);

  // Every answer names its request (the caller's `X-Request-Id` when it is a sane one), and
  // every log line about it carries the same id.
  app.use(async (c, next) => {
    const started = performance.now();
    const given = c.req.header('x-request-id');
    const id = given && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
    c.set('requestId', id);
    await next();
    c.header('x-request-id', id);
    const responder = routePath(c); // the pattern of the handler that answered
    const route = c.res.status === 404 && responder.endsWith('*') ? 'unmatched' : responder;
    metrics.observe(c.req.method, route, c.res.status, (performance.now() - started) / 1000);
    log(c.res.status >= 500 ? 'error' : 'info', 'request', {
      requestId: id,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      client: clientOf(c),
    });
  });

  // JSON, pages, sitemap and CSV leave compressed (brotli or gzip, as accepted).
  app.use(compressAnswers());

  app.onError((error, c) => {
    const problem = ApiError.from(error);
    if (problem.status === 503)
      log('warn', 'database unavailable', {
        requestId: c.get('requestId'),
        path: c.req.path,
        error: error instanceof Error ? error.message : String(error),
      });
    else if (problem.status >= 500)
      log('error', 'unhandled error', {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    if (problem.retryAfter) c.header('retry-after', String(problem.retryAfter));
    return c.json(problem.body, problem.status as 500);
  });

  app.notFound((c) =>
    c.json(new ApiError(404, `There is no route ${c.req.method} ${c.req.path}.`).body, 404),
  );

  // Liveness: the process answers. It never waits on the database, so a held lock or a
  // database restart does not get a healthy process killed.
  app.get('/health', (c) => c.json({ status: 'ok', database: db.kind }));
  // Readiness: the database answers, within two seconds.
  app.get('/ready', async (c) => {
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timeout')), 2_000).unref(),
    );
    try {
      await Promise.race([db.query('select 1'), timeout]);
      return c.json({ status: 'ok', database: db.kind });
    } catch {
      c.header('retry-after', '5');
      return c.json({ status: 'unavailable', database: db.kind }, 503);
    }
  });

  // Prometheus, with the admin token (a scrape config's `authorization`).
  app.get('/metrics', async (c) => {
    const given = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!options.adminToken || !given || !sameSecret(given, options.adminToken)) {
      c.header('www-authenticate', 'Bearer');
      throw new ApiError(401, 'Metrics need the admin token (Authorization: Bearer …).');
    }
    const { body, contentType } = await metrics.text();
    return c.body(body, 200, { 'content-type': contentType });
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
  api.use(wellFormedRequest);
  api.use(async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const writing = WRITES.has(c.req.method);
    const client = clientOf(c);
    const wait = writing ? await writeLimit.take(client) : readLimiter.take(client);
    if (!wait) return next();
    c.header('retry-after', String(wait));
    throw new ApiError(
      429,
      `Too many ${writing ? 'changes' : 'requests'} from this client. Try again in ${wait} s.`,
    );
  });
  api.get('/openapi.json', (c) => c.json(openApiDocument()));
  api.route('/', listingRoutes(listings, lookupFetch({ ownOrigin: options.publicUrl }), exchanges));
  api.route(
    '/',
    exchangeRoutes(exchanges, listings, {
      publicUrl: options.publicUrl,
      ...(options.now ? { now: options.now } : {}),
    }),
  );
  api.route('/', credentialRoutes(credentials));
  api.route('/', mentoringRoutes(mentors, bookings, { manageUrl: options.manageUrl }));
  api.route('/', issuerRoutes(issuer, credentials));
  if (options.demoCredentials)
    api.route('/', demoCredentialRoutes(issuer, options.demoCredentials.achievements));
  api.route(
    '/admin',
    adminRoutes({
      token: options.adminToken,
      reads: adminReads(db),
      listings,
      mentors,
      issuer,
      credentials,
    }),
  );
  api.route('/', feedRoutes(feeds));
  app.route('/api', api);

  if (options.careers !== false) {
    const careers = options.careers ?? {};
    const feed = careers.feed ? feeds.get(careers.feed) : undefined;
    if (careers.feed && !feed)
      throw new Error(`The careers feed "${careers.feed}" must be one of the served feeds.`);
    // Each page is rendered on the server: the read limit applies to them too.
    const pageLimit = async (c: Context, next: () => Promise<void>) => {
      const wait = readLimiter.take(clientOf(c));
      if (!wait) return next();
      c.header('retry-after', String(wait));
      throw new ApiError(429, `Too many requests from this client. Try again in ${wait} s.`);
    };
    for (const path of ['/jobs', '/jobs/*', '/sitemap.xml']) app.use(path, pageLimit);
    app.route(
      '/',
      pageRoutes(
        {
          adapter: feed ?? ownListings(listings),
          jobsUrl: `${options.publicUrl}/jobs`,
          source: feed ? `rest:/api/feeds/${feedPath(careers.feed!)}` : 'rest:/api',
          applyHere: !feed,
          scripts: ['/assets/careers.js'],
          stylesheet: '/assets/careers.css',
          ...(careers.organizationName ? { organizationName: careers.organizationName } : {}),
          ...(careers.organizationLogo ? { organizationLogo: careers.organizationLogo } : {}),
        },
        log,
      ),
    );
    app.use(staticFiles('/assets/', clientAssetsDir(), { immutable: hashedChunk }));
  }

  if (options.site) {
    app.use(staticFiles('/kit/', options.site.kitDir, { immutable: hashedChunk }));
    app.use(
      staticFiles('/', options.site.demoDir, { pageHeaders: kitPreloads(options.site.kitDir) }),
    );
  }
  // Browsers ask for an icon on every page without one (the careers pages): an empty answer,
  // kept a day, rather than a 404 in every visitor's console.
  app.get('/favicon.ico', (c) => c.body(null, 204, { 'cache-control': 'public, max-age=86400' }));
  return app;
}
