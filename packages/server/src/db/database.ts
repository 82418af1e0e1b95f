/**
 * One small interface over the two places data can live: PGlite (Postgres compiled to
 * WebAssembly, in a local folder or in memory) by default, or a real PostgreSQL when
 * `DATABASE_URL` is set. Both run the same SQL and migrations.
 */
import { migrate } from '../migrate.ts';
import { jsonLogger, type Logger } from '../logger.ts';
import { lockFolder } from './folder-lock.ts';

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

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const [{ PGlite }, { btree_gist }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/btree_gist'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ]);
  const release = dataDir ? lockFolder(dataDir) : () => undefined;
  let pg: InstanceType<typeof PGlite>;
  try {
    pg = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      extensions: { btree_gist, pg_trgm },
    });
  } catch (error) {
    release();
    throw error;
  }
  const run = (q: Pick<typeof pg, 'query'>) => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await q.query<T>(sql, [...params])).rows;
    },
  });
  return {
    kind: 'pglite',
    ...run(pg),
    transaction: (fn) => pg.transaction((tx) => fn(run(tx))),
    close: () => pg.close().finally(release),
  };
}

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
