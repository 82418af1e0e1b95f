/** Schema migrations: the numbered SQL files of the package's `migrations/` folder. */
import { readdir, readFile } from 'node:fs/promises';
import { sqlState, type Database, type Queryable } from './db/database.ts';

// One level below the package root, both as source (src/) and built (dist/).
const MIGRATIONS = new URL('../migrations/', import.meta.url);

/** The extensions the migrations use: `btree_gist` (no overlapping bookings), `pg_trgm` (search). */
export const EXTENSIONS = ['btree_gist', 'pg_trgm'] as const;
/** Where the server creates them when they are missing: one schema for every application schema. */
export const EXTENSION_SCHEMA = 'extensions';

const MIGRATION_LOCK = 7210642;

/**
 * Applies the numbered files of `migrations/` that have not run yet, each in its own
 * transaction. An advisory lock keeps two servers starting at once on one PostgreSQL from
 * applying the same file twice.
 *
 * The extensions come first, once per database: an extension lives in one schema of the
 * database, whichever application schema asked for it, so it is created in `extensions`
 * (or left where an administrator put it) and that schema is added to each migration's
 * search path. The migrations name operator classes unqualified; an index or constraint
 * keeps the class it was built with, so queries need no extension schema on their path.
 */
export async function migrate(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await ensureExtensions(tx);
  });
  const files = (await readdir(MIGRATIONS)).filter((f) => f.endsWith('.sql')).sort();
  await db.query(
    `create table if not exists schema_migrations (
       version text primary key,
       applied_at timestamptz not null default now()
     )`,
  );
  for (const file of files) {
    await db.transaction(async (tx) => {
      await tx.query(`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      const done = await tx.query('select 1 from schema_migrations where version = $1', [file]);
      if (done.length) return;
      await tx.query(
        `select set_config('search_path', current_setting('search_path') || ', ' ||
           string_agg(distinct quote_ident(n.nspname), ', '), true)
         from pg_extension e join pg_namespace n on n.oid = e.extnamespace
         where e.extname = any($1)`,
        [EXTENSIONS],
      );
      for (const statement of splitStatements(await readFile(new URL(file, MIGRATIONS), 'utf8')))
        await tx.query(statement);
      await tx.query('insert into schema_migrations (version) values ($1)', [file]);
    });
  }
}

/** Creates the extensions that no schema of the database holds yet, in `extensions`. */
async function ensureExtensions(tx: Queryable): Promise<void> {
  const present = await tx.query<{ extname: string }>(
    'select extname from pg_extension where extname = any($1)',
    [EXTENSIONS],
  );
  const missing = EXTENSIONS.filter((name) => !present.some((row) => row.extname === name));
  if (!missing.length) return;
  try {
    await tx.query(`create schema if not exists ${EXTENSION_SCHEMA}`);
    for (const name of missing)
      await tx.query(`create extension if not exists ${name} schema ${EXTENSION_SCHEMA}`);
  } catch (error) {
    if (sqlState(error) !== '42501') throw error;
    throw new Error(
      `The database has no ${missing.join(' or ')} extension and this role may not create it. ` +
        `Ask an administrator to run, once per database: create schema if not exists ${EXTENSION_SCHEMA}; ` +
        missing.map((name) => `create extension ${name} schema ${EXTENSION_SCHEMA};`).join(' ') +
        ' (or grant this role CREATE on the database).',
      { cause: error },
    );
  }
}

/**
 * The statements of a migration file: split on semicolons at line ends, outside `$$` bodies
 * (functions), comments dropped.
 */
function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  sql
    .replace(/--.*$/gm, '')
    .split(/(\$\$[\s\S]*?\$\$)/)
    .forEach((part, i) => {
      if (i % 2) {
        current += part; // a body, whole
        return;
      }
      const [first, ...rest] = part.split(/;\s*$/m);
      current += first;
      for (const piece of rest) {
        statements.push(current);
        current = piece;
      }
    });
  statements.push(current);
  return statements.map((s) => s.trim()).filter(Boolean);
}
