/**
 * The per-client write limit, kept in the database so that every server process on it counts
 * the same writes (an in-process count gave each process its own allowance). Fixed windows of
 * `windowMs`: a client may make `limit` writes in each, counted with one atomic upsert.
 */
import type { Queryable } from './db/database.ts';
import type { RateLimit } from './rate-limit.ts';

export function createWriteLimit(
  db: Queryable,
  { limit, windowMs }: RateLimit,
  now: () => number = Date.now,
) {
  let lastSweep = 0;
  return {
    /** Counts one write of `client`: 0 when allowed, else the seconds until its next window. */
    async take(client: string): Promise<number> {
      const t = now();
      const window = Math.floor(t / windowMs);
      if (window !== lastSweep) {
        lastSweep = window;
        await db.query('delete from write_counts where window_start < $1', [window]);
      }
      const [row] = await db.query<{ count: number }>(
        `insert into write_counts (client, window_start, count) values ($1, $2, 1)
         on conflict (client, window_start) do update set count = write_counts.count + 1
         returning count`,
        [client, window],
      );
      if ((row?.count ?? 0) <= limit) return 0;
      return Math.max(1, Math.ceil(((window + 1) * windowMs - t) / 1000));
    },
  };
}
