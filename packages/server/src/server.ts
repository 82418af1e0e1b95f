/**
 * Starts the server: opens the database (migrating it), loads the seed on first start, listens,
 * and shuts down gracefully: no new connections, in-flight requests finish (up to a grace
 * period), then the database closes.
 */
import type { AddressInfo } from 'node:net';
import { createServer, type RequestListener } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createApp, type AppOptions } from './app.ts';
import { openDatabase, type Database, type DatabaseOptions } from './db/database.ts';
import { seedOnce } from './seed.ts';
import { jsonLogger } from './logger.ts';
import { startDelivery } from './notify/delivery.ts';
import { ApiError } from './api-error.ts';
import type { ServerConfig } from './config.ts';

export interface StartOptions
  extends
    Partial<ServerConfig>,
    Omit<Partial<AppOptions>, 'db' | 'publicUrl' | 'writeRate' | 'trustProxy'> {
  /** An open database to use instead of opening one from `databaseUrl` / `dataDir`. */
  db?: Database;
  /** Keep data in memory (tests). */
  inMemory?: boolean;
  /** Timeouts of a PostgreSQL database (see `DatabaseOptions`). */
  database?: Pick<DatabaseOptions, 'statementTimeoutMs' | 'lockTimeoutMs' | 'connectTimeoutMs'>;
  /** How long in-flight requests may take to finish on shutdown. Default 10 s. */
  graceMs?: number;
  /** How often the outbox is looked at. Default 1 s. */
  deliveryIntervalMs?: number;
}

export interface RunningServer {
  /** Where it listens, such as `http://127.0.0.1:8080`. */
  url: string;
  publicUrl: string;
  db: Database;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? jsonLogger;
  const db =
    options.db ??
    (await openDatabase({
      ...(options.databaseUrl
        ? { url: options.databaseUrl }
        : options.inMemory
          ? {}
          : { dataDir: options.dataDir ?? '.data' }),
      ...(options.database ?? {}),
      log,
    }));
  const host = options.host ?? '127.0.0.1';
  // Listen first (port 0 picks a free one), then build the app with the address it got.
  let handle: RequestListener = (_req, res) =>
    res
      .writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' })
      .end(
        JSON.stringify(new ApiError(503, 'The server is starting. Try again in a moment.').body),
      );
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shown === '0.0.0.0' || shown === '[::]' ? 'localhost' : shown}:${port}`;
  const publicUrl = options.publicUrl ?? url;

  try {
    if (options.seedFile && (await seedOnce(db, options.seedFile, publicUrl)))
      log('info', 'seeded', { file: options.seedFile });
  } catch (error) {
    server.close();
    if (!options.db) await db.close();
    throw error;
  }

  const app = createApp({
    ...options,
    db,
    publicUrl,
    log,
    notify: {
      ...(options.webhookUrl ? { webhookUrl: options.webhookUrl } : {}),
      ...(options.notifyEmail ? { notifyEmail: options.notifyEmail } : {}),
    },
  });
  handle = getRequestListener(app.fetch);
  // Every process delivers the outbox; SKIP LOCKED keeps them from sending a message twice.
  const delivery = startDelivery({
    db,
    log,
    ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
    ...(options.mailFrom ? { mailFrom: options.mailFrom } : {}),
    ...(options.webhookSecret ? { webhookSecret: options.webhookSecret } : {}),
    ...(options.deliveryIntervalMs ? { intervalMs: options.deliveryIntervalMs } : {}),
  });
  log('info', 'listening', { url, publicUrl, database: db.kind });

  let closing: Promise<void> | undefined;
  return {
    url,
    publicUrl,
    db,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => server.closeAllConnections(), options.graceMs ?? 10_000);
          server.close(() => (clearTimeout(force), resolve()));
          server.closeIdleConnections();
        });
        await delivery.stop();
        if (!options.db) await db.close();
        log('info', 'stopped');
      })()),
  };
}
