/**
 * One small interface over the two places data can live: PGlite (Postgres compiled to
 * WebAssembly, in a local folder or in memory) by default, or a real PostgreSQL when
 * `DATABASE_URL` is set. Both run the same SQL and migrations.
 */
import { migrate } from '../migrate.ts';
import { jsonLogger, type Logger } from '../logger.ts';
import { lockFolder } from './folder-lock.ts';
import type { Reply, Request } from './pglite-worker.ts';

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PostgreSQL: the pool's connections now (for metrics). */
  poolStats?(): { total: number; idle: number; waiting: number };
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without it, PGlite. */
  url?: string;
  /** PGlite's data folder; without it, in memory (tests). */
  dataDir?: string;
  /** PostgreSQL: longest a statement may run. Default 10 s. */
  statementTimeoutMs?: number;
  /** PostgreSQL: longest a statement waits for a lock. Default 5 s. */
  lockTimeoutMs?: number;
  /** PostgreSQL: longest a request waits for a connection of the pool. Default 5 s. */
  connectTimeoutMs?: number;
  /** Where a lost connection is reported. */
  log?: Logger;
}

/** SQLSTATE codes the server acts on. */
export const UNIQUE_VIOLATION = '23505';
export const EXCLUSION_VIOLATION = '23P01';
export const sqlState = (error: unknown): string | undefined =>
  (error as { code?: unknown } | null)?.code as string | undefined;

/**
 * Whether an error says the database is busy or away for now (a restart, a timeout, a lock
 * held too long, no free connection) rather than that the request is wrong: the client should
 * try again in a moment (503 with Retry-After).
 */
export function isUnavailable(error: unknown): boolean {
  const code = sqlState(error) ?? '';
  if (/^(08|53|57P0)/.test(code)) return true; // connection, resources, shutting down
  if (['57014', '55P03', '40001', '40P01'].includes(code)) return true; // timeout, lock, retry
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'].includes(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /timeout exceeded when trying to connect|Connection terminated|not queryable|connection error/i.test(
    message,
  );
}

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const db = options.url ? await openPostgres(options) : await openPglite(options.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * PGlite in a worker thread (db/pglite-worker.ts), so that a long query never holds up the
 * server's own thread: requests that need no database (`/health`) answer meanwhile, and the
 * others queue for the one connection as they did before. Transactions keep the worker's one
 * connection until they end; queries outside wait for them, as in PGlite itself.
 */
async function openPglite(dataDir: string | undefined): Promise<Database> {
  const { Worker } = await import('node:worker_threads');
  const release = dataDir ? lockFolder(dataDir) : () => undefined;
  let worker: InstanceType<typeof Worker>;
  try {
    worker = startWorker(Worker, { workerData: { dataDir } });
  } catch (error) {
    release();
    throw error;
  }
  const waiting = new Map<
    number,
    { resolve: (reply: Reply) => void; reject: (e: Error) => void }
  >();
  let nextId = 1;
  let gone: Error | undefined;
  const ready = new Promise<Reply>((resolve, reject) => waiting.set(0, { resolve, reject }));
  worker.on('message', (reply: Reply) => {
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    // An idle database thread does not keep the process alive, as PGlite in-thread did not.
    if (!waiting.size) worker.unref();
    entry?.resolve(reply);
  });
  const fail = (error: Error) => {
    gone ??= error;
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The database's thread ended (exit code ${code}).`)));

  const send = async (request: DistributiveOmit<Request, 'id'>) => {
    if (gone) throw gone;
    const id = nextId++;
    const reply = await new Promise<Reply>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...request, id });
    });
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), reply.error.fields);
    return reply;
  };
  const started = await ready.catch((error: Error) => ({
    id: 0,
    ok: false as const,
    error: { message: error.message, fields: {} },
  }));
  if (!started.ok) {
    await worker.terminate();
    release();
    throw Object.assign(new Error(started.error.message), started.error.fields);
  }
  const run = (tx?: number): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const reply = await send({ op: 'query', sql, params: [...params], ...(tx ? { tx } : {}) });
      return (reply as { rows: T[] }).rows;
    },
  });
  let closing: Promise<void> | undefined;
  return {
    kind: 'pglite',
    ...run(),
    async transaction(fn) {
      const { tx } = (await send({ op: 'begin' })) as { tx: number };
      let result;
      try {
        result = await fn(run(tx));
      } catch (error) {
        await send({ op: 'end', tx, commit: false }).catch(() => undefined);
        throw error;
      }
      await send({ op: 'end', tx, commit: true });
      return result;
    },
    close: () =>
      (closing ??= (async () => {
        try {
          if (!gone) await send({ op: 'close' });
        } finally {
          worker.removeAllListeners('exit');
          await worker.terminate();
          release();
        }
      })()),
  };
}

/**
 * The database thread: beside this module as source (tests, run by tsx: the thread registers
 * tsx's loader first, as Node 20 does not pass it on), at the root of dist/ when built, where
 * every chunk is.
 */
function startWorker(
  Worker: typeof import('node:worker_threads').Worker,
  options: import('node:worker_threads').WorkerOptions,
) {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./pglite-worker.js', import.meta.url), options);
  const loader = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./pglite-worker.ts', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`,
    { ...options, eval: true },
  );
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

async function openPostgres(options: DatabaseOptions): Promise<Database> {
  const { default: pg } = await import('pg');
  // Nothing waits without end: a statement, a lock, an idle transaction, a free connection.
  const pool = new pg.Pool({
    connectionString: options.url,
    max: 10,
    statement_timeout: options.statementTimeoutMs ?? 10_000,
    lock_timeout: options.lockTimeoutMs ?? 5_000,
    idle_in_transaction_session_timeout: 30_000,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', (error) =>
    (options.log ?? jsonLogger)('error', 'database connection lost', { error: error.message }),
  );
  const run = (q: Pick<typeof pool, 'query'>) => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await q.query(sql, [...params])).rows as T[];
    },
  });
  return {
    kind: 'postgres',
    ...run(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(run(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
  };
}
