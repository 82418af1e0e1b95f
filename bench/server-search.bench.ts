/**
 * The reference server's listing search (PGlite in memory, or the PostgreSQL of
 * BENCH_DATABASE_URL), over HTTP as a board asks: a query mix (free text, filters, sorts, deep
 * pages) from 8 clients at once, and `/health` asked meanwhile. Prints JSON: p50 / p95 per
 * request, throughput, /health's p95 and the process's resident memory, each with its goal
 * where it has one (docs/decisions.md): p95 and /health within 50 ms, and on PostgreSQL at least
 * 200 searches a second. PGlite past 10,000 listings is reported without goals: it is one
 * connection (packages/server/README.md). Run by `npm run bench` for PGlite at 10,000 and
 * 100,000 and PostgreSQL at 10,000 and 100,000 (BENCH_LISTINGS, default 10,000; BENCH_REQUESTS,
 * default 600).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { startServer } from '../packages/server/src/index.ts';
import { listingStore } from '../packages/server/src/store/listings.ts';
import { makeListings } from '../test/support/listing-factory.ts';

const COUNT = Number(process.env.BENCH_LISTINGS ?? 10_000);
const CLIENTS = 8;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
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

interface Measured {
  times: number[];
  health: number[];
  seconds: number;
}

/** 8 clients asking REQUESTS searches of the mix in turn, and /health every 50 ms meanwhile. */
async function ask(url: string): Promise<Measured> {
  const times: number[] = [];
  const health: number[] = [];
  let next = 0;
  const t0 = performance.now();
  let done = false;
  const healthLoop = (async () => {
    while (!done) {
      const t = performance.now();
      await fetch(`${url}/health`)
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
        const response = await fetch(`${url}/api/listings?${query}`).catch(() =>
          fetch(`${url}/api/listings?${query}`),
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
  return { times, health, seconds };
}

if (!isMainThread) {
  parentPort!.postMessage(await ask((workerData as { url: string }).url));
} else {
  await main();
}

async function main() {
  // BENCH_DATABASE_URL: the same on a PostgreSQL (an empty database: its listings are replaced).
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  const server = await startServer({
    port: 0,
    ...(databaseUrl ? { databaseUrl } : { inMemory: true }),
    log: () => undefined,
    readRate: { limit: 1e9, windowMs: 60_000 },
  });
  try {
    if (databaseUrl) await server.db.query('truncate listings cascade');
    const started = performance.now();
    await listingStore(server.db).putMany(makeListings(COUNT, 7));
    // As autovacuum leaves a loaded table: its statistics and visibility map (index-only scans).
    await server.db.query('vacuum analyze');
    const loadMs = performance.now() - started;
    process.stderr.write(`loaded ${COUNT} listings in ${Math.round(loadMs / 1000)} s\n`);

    // The clients and the /health prober run in a thread of their own, as clients run elsewhere:
    // on the server's thread, their own work (reading, decompressing) would be timed as the
    // server's.
    const measure = async (url: string) => {
      const clients = new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => {
         tsx.register();
         return import(${JSON.stringify(import.meta.url)});
       })`,
        { eval: true, workerData: { url } },
      );
      try {
        return await new Promise<Measured>((resolve, reject) => {
          clients.once('message', resolve);
          clients.once('error', reject);
        });
      } finally {
        await clients.terminate();
      }
    };
    // The server as it runs (answers kept between writes, packages/server/README.md), then a
    // second server on the same database that keeps none: every search computed, as a board's
    // searches are when no two visitors ask the same.
    const { times, health, seconds } = await measure(server.url);
    const computing = await startServer({
      port: 0,
      db: server.db,
      searchCache: 0,
      log: () => undefined,
      readRate: { limit: 1e9, windowMs: 60_000 },
    });
    const computed = await measure(computing.url).finally(() => computing.close());
    // Goals (none for PGlite past 10,000 listings): see the header.
    const goals = server.db.kind === 'postgres' || COUNT <= 10_000;
    const row = (value: number, unit: string, goal?: { max?: number; min?: number }) => ({
      value,
      unit,
      ...(goals && goal
        ? {
            goal,
            met: goal.max !== undefined ? value <= goal.max : value >= (goal.min ?? -Infinity),
          }
        : {}),
    });
    process.stdout.write(
      JSON.stringify({
        listings: COUNT,
        database: server.db.kind,
        'load (putMany), s': row(loadMs / 1000, 's'),
        'search request, p50': row(percentile(times, 0.5), 'ms'),
        'search request, p95': row(percentile(times, 0.95), 'ms', { max: 50 }),
        'searches per second (8 clients)': row(
          REQUESTS / seconds,
          '/s',
          server.db.kind === 'postgres' ? { min: 200 } : undefined,
        ),
        '/health during searches, p95': row(percentile(health, 0.95), 'ms', { max: 50 }),
        'every search computed: request p50': row(percentile(computed.times, 0.5), 'ms'),
        'every search computed: request p95': row(percentile(computed.times, 0.95), 'ms'),
        'every search computed: per second': row(REQUESTS / computed.seconds, '/s'),
        'every search computed: /health p95': row(percentile(computed.health, 0.95), 'ms'),
        'resident memory after': row(process.memoryUsage().rss / 2 ** 20, 'MiB'),
      }),
    );
  } finally {
    await server.close();
  }
}
