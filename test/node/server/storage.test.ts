// Storage guarantees, on PGlite and (when MICROPATH_TEST_DATABASE_URL is set, as in CI) on
// PostgreSQL: no double booking under a race, idempotent replay under a race, and data that
// survives a restart.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bookingBody,
  firstFreeTime,
  freshPostgresSchema,
  postJson,
  postgresUrl,
  storages,
  testServer,
} from '../../support/server-harness.ts';

for (const storage of storages) {
  describe(`on ${storage}`, () => {
    test('100 concurrent bookings of one time: exactly one 201 and 99 409s', async () => {
      const server = await testServer({ storage, writeRate: { limit: 1000, windowMs: 60_000 } });
      try {
        const [slot] = await firstFreeTime(server);
        const statuses = await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            server
              .call(
                '/api/bookings',
                postJson(bookingBody(slot!, `racer${i}@example.org`), {
                  'idempotency-key': `race-key-${i}`,
                }),
              )
              .then(async (r) => (await r.text(), r.status)),
          ),
        );
        const count = (status: number) => statuses.filter((s) => s === status).length;
        assert.deepEqual(
          { created: count(201), conflict: count(409) },
          { created: 1, conflict: 99 },
        );
        const [{ n }] = await server.db.query<{ n: number }>(
          `select count(*)::int as n from bookings where status = 'confirmed'`,
        );
        assert.equal(n, 1);
      } finally {
        await server.close();
      }
    });

    test('one Idempotency-Key sent 100 times at once books once, and all get that booking, three times over', async () => {
      const server = await testServer({ storage, writeRate: { limit: 1000, windowMs: 60_000 } });
      try {
        const slots = await firstFreeTime(server);
        for (const [round, slot] of slots.slice(0, 3).entries()) {
          // 100 requests with one key wait in line for it; on a loaded machine one may wait
          // past the lock timeout and be told 503 with Retry-After, which a client (the
          // widget does) sends again. The guarantee is what everyone ends with: that booking.
          const send = () =>
            server.json(
              '/api/bookings',
              postJson(bookingBody(slot), { 'idempotency-key': `same-key-00${round}` }),
            );
          let retried = 0;
          const answers = await Promise.all(
            Array.from({ length: 100 }, async () => {
              let answer = await send();
              for (let attempt = 0; answer.status === 503 && attempt < 5; attempt++) {
                retried++;
                assert.ok(Number(answer.headers.get('retry-after')) > 0, 'a 503 says when');
                await new Promise((resolve) => setTimeout(resolve, 200));
                answer = await send();
              }
              return answer;
            }),
          );
          const statuses = answers.map((a) => a.status);
          assert.deepEqual(
            [...new Set(statuses)],
            [201],
            `round ${round}: ${statuses.filter((s) => s !== 201).length} of 100 not 201 (${retried} retried)`,
          );
          assert.equal(new Set(answers.map((a) => a.body.id)).size, 1);
        }
        const [{ n }] = await server.db.query<{ n: number }>(
          'select count(*)::int as n from bookings',
        );
        assert.equal(n, 3);
      } finally {
        await server.close();
      }
    });

    test('the database refuses overlapping bookings even when the server is bypassed', async () => {
      const server = await testServer({ storage });
      try {
        const insert = (id: string, start: string, end: string) =>
          server.db.query(
            `insert into bookings (id, mentor_id, session_type_id, during, status, attendee, answers,
                                   metadata, idempotency_key, fingerprint)
             values ($1, 'always', 'short', tstzrange($2::timestamptz, $3::timestamptz), 'confirmed',
                     '{}', '{}', '{}', $1, 'x')`,
            [id, start, end],
          );
        await insert('direct-1', '2031-01-01T10:00:00Z', '2031-01-01T11:00:00Z');
        await assert.rejects(insert('direct-2', '2031-01-01T10:30:00Z', '2031-01-01T10:45:00Z'), {
          code: '23P01',
        });
        // Back to back is not an overlap.
        await insert('direct-3', '2031-01-01T11:00:00Z', '2031-01-01T11:15:00Z');
      } finally {
        await server.close();
      }
    });

    test('data survives a restart, and the seed is not loaded twice', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'micropath-data-'));
      const pg =
        storage === 'postgres' && postgresUrl ? await freshPostgresSchema(postgresUrl) : undefined;
      const where = pg ? { databaseUrl: pg.url, storage: 'pglite' as const } : { dataDir };
      try {
        const first = await testServer(where);
        const [slot] = await firstFreeTime(first);
        const booked = await first.json(
          '/api/bookings',
          postJson(bookingBody(slot!), { 'idempotency-key': 'restart-key-1' }),
        );
        assert.equal(booked.status, 201);
        const jwks = (await first.json('/.well-known/jwks.json')).body;
        await first.close();

        const second = await testServer(where);
        try {
          const replay = await second.json(
            '/api/bookings',
            postJson(bookingBody(slot!), { 'idempotency-key': 'restart-key-1' }),
          );
          assert.equal(replay.status, 201);
          assert.equal(replay.body.id, booked.body.id);
          assert.ok(!(await firstFreeTime(second)).some((s) => s.start === slot!.start));
          assert.deepEqual(
            (await second.json('/.well-known/jwks.json')).body,
            jwks,
            'the key changed',
          );
          const { body: page } = await second.json('/api/listings?limit=100');
          assert.equal(page.total, 45, 'the seed was loaded twice');
        } finally {
          await second.close();
        }
      } finally {
        await pg?.drop();
      }
    });
  });
}
