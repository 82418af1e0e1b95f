/** Schema migrations: the numbered SQL files of the package's `migrations/` folder. */
import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './db/database.ts';

// One level below the package root, both as source (src/) and built (dist/).
const MIGRATIONS = new URL('../migrations/', import.meta.url);

/**
 * Applies the numbered files of `migrations/` that have not run yet, each in its own
 * transaction. An advisory lock keeps two servers starting at once on one PostgreSQL from
 * applying the same file twice.
 */
export async function migrate(db: Database): Promise<void> {
  const files = (await readdir(MIGRATIONS)).filter((f) => f.endsWith('.sql')).sort();
  await db.query(
    `create table if not exists schema_migrations (
       version text primary key,
       applied_at timestamptz not null default now()
     )`,
  );
  for (const file of files) {
    await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(7210642)');
      const done = await tx.query('select 1 from schema_migrations where version = $1', [file]);
      if (done.length) return;
      for (const statement of splitStatements(await readFile(new URL(file, MIGRATIONS), 'utf8')))
        await tx.query(statement);
      await tx.query('insert into schema_migrations (version) values ($1)', [file]);
    });
  }
}

/** The statements of a migration file: split on semicolons at line ends, comments dropped. */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
