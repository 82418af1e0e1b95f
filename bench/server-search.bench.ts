/**
 * The reference server's listing search at 100,000 listings (PGlite in memory, or the
 * PostgreSQL of BENCH_DATABASE_URL), over HTTP as a board asks: a query mix (free text,
 * filters, sorts, deep pages) from 8 clients at once, and `/health` asked meanwhile. Prints JSON: p50 / p95 per request, /health's p95, throughput and
 * the process's resident memory. Run by `npm run bench` (BENCH_LISTINGS to change the count).
 */
import { startServer } from '../packages/server/src/index.ts';
import { listingStore } from '../packages/server/src/store/listings.ts';
import { makeListings } from '../test/support/listing-factory.ts';

const COUNT = Number(process.env.BENCH_LISTINGS ?? 100_000);
const CLIENTS = 8;
const REQUESTS = 200;
const QUERIES = [
  'q=data',
  'q=engin&sort=newest',
  'q=cafe%20operations',
  'kind=internship&workplace=remote',
  'skill=SQL&skill=Figma&paid=true',
  'location=Berlin%2C%20Germany&sort=deadline',
  'maxWeeks=6&sort=shortest',
  'q=munchen&kind=micro-apprenticeship',
  'cursor=5000',
  '',
];

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

// BENCH_DATABASE_URL: the same on a PostgreSQL (an empty database: its listings are replaced).
const databaseUrl = process.env.BENCH_DATABASE_URL;
const server = await startServer({
  port: 0,
  ...(databaseUrl ? { databaseUrl } : { inMemory: true }),
  log: () => undefined,
  readRate: { limit: 1e9, windowMs: 60_000 },
});
try {
  if (databaseUrl) await server.db.query('delete from listings');
  const started = performance.now();
  await listingStore(server.db).putMany(makeListings(COUNT, 7));
  await server.db.query('analyze');
  const loadMs = performance.now() - started;
  process.stderr.write(`loaded ${COUNT} listings in ${Math.round(loadMs / 1000)} s\n`);

  const times: number[] = [];
  const health: number[] = [];
  let next = 0;
  const t0 = performance.now();
  let done = false;
  const healthLoop = (async () => {
    while (!done) {
      const t = performance.now();
      await fetch(`${server.url}/health`)
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
      health.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < REQUESTS) {
        const query = QUERIES[next++ % QUERIES.length];
        const t = performance.now();
        // A socket the server closed while it was busy is opened again, as a browser would.
        const response = await fetch(`${server.url}/api/listings?${query}`).catch(() =>
          fetch(`${server.url}/api/listings?${query}`),
        );
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${query}: ${response.status}`);
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  done = true;
  await healthLoop;
  process.stdout.write(
    JSON.stringify({
      listings: COUNT,
      database: server.db.kind,
      'load (putMany), s': { value: loadMs / 1000, unit: 's' },
      'search request, p50': { value: percentile(times, 0.5), unit: 'ms' },
      'search request, p95': { value: percentile(times, 0.95), unit: 'ms' },
      'searches per second (8 clients)': { value: REQUESTS / seconds, unit: '/s' },
      '/health during searches, p95': { value: percentile(health, 0.95), unit: 'ms' },
      'resident memory after': { value: process.memoryUsage().rss / 2 ** 20, unit: 'MiB' },
    }),
  );
} finally {
  await server.close();
}
