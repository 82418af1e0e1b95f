/**
 * PGlite in a worker thread. PGlite is Postgres compiled to WebAssembly: a query runs on the
 * thread that holds it, so in the server's own thread a search of a large board would stop
 * every other request (`/health` included) until it ends. Here the database has a thread of
 * its own; the server's thread only posts SQL and reads rows (db/database.ts).
 *
 * Messages in: `query` (outside a transaction, or in the open transaction `tx`), `begin`,
 * `end` (commit, or roll back), `close`. Each answers with its `id`: `rows`, or `error` (the
 * error's message and its own fields, SQLSTATE `code` among them).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

export type Request =
  | { id: number; op: 'query'; sql: string; params: unknown[]; tx?: number }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'close' };

export type Reply =
  | { id: number; ok: true; rows?: unknown[]; tx?: number }
  | { id: number; ok: false; error: { message: string; fields: Record<string, unknown> } };

const port = parentPort!;
const { dataDir } = workerData as { dataDir?: string };

/** The error's message and its own plain fields (`code`, `detail`, `constraint`…). */
function describe(error: unknown): { message: string; fields: Record<string, unknown> } {
  const fields: Record<string, unknown> = {};
  if (error && typeof error === 'object')
    for (const [key, value] of Object.entries(error))
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
        fields[key] = value;
  return { message: error instanceof Error ? error.message : String(error), fields };
}

/** Thrown into a transaction's body to roll it back. */
class RolledBack extends Error {}

/** Open transactions: their handle, how to end their body, and their outcome. */
const open = new Map<
  number,
  { tx: Transaction; end: (commit: boolean) => void; outcome: Promise<unknown> }
>();
let nextTx = 1;

async function answer(request: Request): Promise<{ rows?: unknown[]; tx?: number }> {
  switch (request.op) {
    case 'query': {
      const on = request.tx === undefined ? pg : open.get(request.tx)?.tx;
      if (!on) throw new Error('The transaction has ended.');
      return { rows: (await on.query(request.sql, request.params)).rows };
    }
    case 'begin': {
      // PGlite runs one transaction at a time: other queries wait for it to end.
      let end!: (commit: boolean) => void;
      const body = new Promise<void>((resolve, reject) => {
        end = (commit) => (commit ? resolve() : reject(new RolledBack()));
      });
      let started!: (tx: Transaction) => void;
      const handle = new Promise<Transaction>((resolve) => (started = resolve));
      const outcome = pg.transaction(async (tx) => {
        started(tx);
        await body;
      });
      const tx = await Promise.race([handle, outcome.then(() => undefined)]);
      if (!tx) throw new Error('The transaction did not start.');
      const id = nextTx++;
      open.set(id, { tx, end, outcome });
      return { tx: id };
    }
    case 'end': {
      const entry = open.get(request.tx);
      if (!entry) return {};
      open.delete(request.tx);
      entry.end(request.commit);
      // Answered once the commit or the rollback is done; a failed commit is the caller's error.
      await entry.outcome.catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
      return {};
    }
    case 'close':
      await pg.close();
      return {};
  }
}

let pg: PGlite;
try {
  pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    extensions: { btree_gist, pg_trgm },
  });
  port.postMessage({ id: 0, ok: true } satisfies Reply);
} catch (error) {
  port.postMessage({ id: 0, ok: false, error: describe(error) } satisfies Reply);
}

port.on('message', (request: Request) => {
  answer(request).then(
    (result) => port.postMessage({ id: request.id, ok: true, ...result } satisfies Reply),
    (error: unknown) =>
      port.postMessage({ id: request.id, ok: false, error: describe(error) } satisfies Reply),
  );
});
