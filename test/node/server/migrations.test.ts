// The migrations' extensions (btree_gist, pg_trgm) live in one schema for the whole database,
// whichever application schema migrates first: every schema then finds their operator classes.
// On PostgreSQL (MICROPATH_TEST_DATABASE_URL, as in CI) the test makes a database of its own,
// so that no extension is in it beforehand (the role needs CREATEDB), and migrates two
// schemas at once.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '../../../packages/server/src/index.ts';
import { EXTENSION_SCHEMA } from '../../../packages/server/src/migrate.ts';
import { postgresUrl, runSql } from '../../support/server-harness.ts';

const extensionSchemas = async (db: Database) =>
  Object.fromEntries(
    (
      await db.query<{ extname: string; schema: string }>(
        `select extname, extnamespace::regnamespace::text as schema from pg_extension
         where extname in ('btree_gist', 'pg_trgm') order by extname`,
      )
    ).map((row) => [row.extname, row.schema]),
  );

/** What the extensions serve: the search table with its trigram index, and no overlapping bookings. */
async function assertWorks(db: Database, label: string) {
  await db.query(`insert into listings (id, data) values ('x', '{}')`);
  await db.query(
    `insert into listing_search (id, position, search_title, search_skills, search_org,
       search_summary, search_all, kind_key, skill_keys, skill_labels, location_keys,
       location_labels, paid, posted_ms)
     values ('x', 1, '', '', '', '', 'data engineering', 'k', '{}', '{}', '{}', '{}', true, 0)`,
  );
  const found = await db.query(`select id from listing_search where search_all like '%engin%'`);
  assert.equal(found.length, 1, `${label}: search`);
  await db.query(`insert into mentors (id, profile, schedule) values ('m', '{}', '{}')`);
  const book = (id: string, from: string, to: string) =>
    db.query(
      `insert into bookings (id, mentor_id, session_type_id, during, status, attendee, answers,
         metadata, idempotency_key, fingerprint)
       values ($1, 'm', 's', tstzrange($2, $3), 'confirmed', '{}', '{}', '{}', $1, '')`,
      [id, from, to],
    );
  await book('b1', '2031-01-01T10:00:00Z', '2031-01-01T11:00:00Z');
  await assert.rejects(
    book('b2', '2031-01-01T10:30:00Z', '2031-01-01T11:30:00Z'),
    /bookings_no_overlap/,
    `${label}: overlap refused`,
  );
}

describe('extensions on PGlite', () => {
  test('a new database gets them in the extensions schema', async () => {
    const db = await openDatabase();
    try {
      assert.deepEqual(await extensionSchemas(db), {
        btree_gist: EXTENSION_SCHEMA,
        pg_trgm: EXTENSION_SCHEMA,
      });
      await assertWorks(db, 'pglite');
    } finally {
      await db.close();
    }
  });

  test('extensions an administrator created elsewhere are used where they are', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'micropath-ext-'));
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const { btree_gist } = await import('@electric-sql/pglite/contrib/btree_gist');
    const admin = await PGlite.create({ dataDir, extensions: { pg_trgm, btree_gist } });
    await admin.exec('create schema ops; create extension pg_trgm schema ops;');
    await admin.close();
    const db = await openDatabase({ dataDir });
    try {
      assert.deepEqual(await extensionSchemas(db), {
        btree_gist: EXTENSION_SCHEMA,
        pg_trgm: 'ops',
      });
      await assertWorks(db, 'pglite, pg_trgm in ops');
    } finally {
      await db.close();
    }
  });
});

describe(
  'extensions on PostgreSQL',
  { skip: !postgresUrl && 'MICROPATH_TEST_DATABASE_URL is not set' },
  () => {
    test('two schemas of a new database migrate at once, and a third after the first is dropped', async () => {
      const name = `micropath_ext_${randomUUID().replaceAll('-', '')}`;
      const run = runSql;
      await run(postgresUrl!, `create database ${name}`).catch((error) => {
        throw new Error('the role of MICROPATH_TEST_DATABASE_URL needs CREATEDB for this test', {
          cause: error,
        });
      });
      const base = new URL(postgresUrl!);
      base.pathname = `/${name}`;
      const inSchema = async (schema: string) => {
        await run(base.toString(), `create schema ${schema}`);
        const url = new URL(base);
        url.searchParams.set('options', `-c search_path=${schema}`);
        return url.toString();
      };
      const open: Database[] = [];
      try {
        const [a, b] = await Promise.all([inSchema('app_a'), inSchema('app_b')]);
        open.push(...(await Promise.all([openDatabase({ url: a }), openDatabase({ url: b })])));
        for (const [i, db] of open.entries()) {
          assert.deepEqual(await extensionSchemas(db), {
            btree_gist: EXTENSION_SCHEMA,
            pg_trgm: EXTENSION_SCHEMA,
          });
          await assertWorks(db, `schema ${i ? 'b' : 'a'}`);
        }
        await open.shift()!.close();
        await run(base.toString(), 'drop schema app_a cascade');
        open.push(await openDatabase({ url: await inSchema('app_c') }));
        await assertWorks(open.at(-1)!, 'schema c, after a was dropped');
      } finally {
        await Promise.all(open.map((db) => db.close()));
        await run(postgresUrl!, `drop database if exists ${name} with (force)`);
      }
    });
  },
);
