/**
 * `GET /metrics` in Prometheus text format (prom-client): requests by route and status, a
 * latency histogram, the database pool's connections, the notification outbox (waiting,
 * failed, oldest age), and the process's own (CPU, memory, event-loop delay). Routes are labelled by their pattern (`/api/listings/:id`), never by the
 * raw path, so the series stay few.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from './db/database.ts';

export function createMetrics(db: Database) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'micropath_' });
  const requests = new Counter({
    name: 'micropath_http_requests_total',
    help: 'Requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'micropath_http_request_duration_seconds',
    help: 'Time to answer, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'micropath_db_pool_connections',
    help: 'PostgreSQL pool connections: total, idle, and requests waiting for one (PGlite: one connection).',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = db.poolStats?.() ?? { total: 1, idle: 0, waiting: 0 };
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });

  // The outbox as an operator watches it: what waits, what gave up, and how long the oldest
  // has waited (a stuck SMTP server shows as a growing age). Read at each scrape; a database
  // that does not answer leaves zeros rather than failing the scrape.
  const outboxState = () =>
    db
      .query<{ channel: string; pending: number; failed: number; oldest: number | null }>(
        `select channel,
           count(*) filter (where delivered_at is null and failed_at is null)::int as pending,
           count(*) filter (where failed_at is not null)::int as failed,
           extract(epoch from now() - min(created_at)
             filter (where delivered_at is null and failed_at is null))::float8 as oldest
         from outbox group by channel`,
      )
      .catch(() => []);
  const CHANNELS = ['email', 'webhook'];
  new Gauge({
    name: 'micropath_outbox_messages',
    help: 'Outbox messages by channel and state: pending (to be sent or retried) or failed (gave up).',
    labelNames: ['channel', 'state'] as const,
    registers: [registry],
    async collect() {
      const rows = await outboxState();
      for (const channel of CHANNELS) {
        const row = rows.find((r) => r.channel === channel);
        this.set({ channel, state: 'pending' }, row?.pending ?? 0);
        this.set({ channel, state: 'failed' }, row?.failed ?? 0);
      }
    },
  });
  new Gauge({
    name: 'micropath_outbox_oldest_pending_seconds',
    help: 'Age of the oldest message still to be delivered, by channel (0 when none waits).',
    labelNames: ['channel'] as const,
    registers: [registry],
    async collect() {
      const rows = await outboxState();
      for (const channel of CHANNELS)
        this.set({ channel }, rows.find((r) => r.channel === channel)?.oldest ?? 0);
    },
  });

  return {
    observe(method: string, route: string, status: number, seconds: number) {
      requests.inc({ method, route, status: String(status) });
      duration.observe({ method, route }, seconds);
    },
    async text(): Promise<{ body: string; contentType: string }> {
      return { body: await registry.metrics(), contentType: registry.contentType };
    },
  };
}
