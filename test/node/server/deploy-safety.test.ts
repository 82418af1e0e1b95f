// What a deployed server must survive, each reproduced as it was found: a second process on
// the same PGlite folder, a NUL byte or a lone surrogate in any parameter, a cross-site POST
// without Content-Type, a spoofed X-Forwarded-For, unbounded reads, a lock held on bookings
// and a PostgreSQL that goes away, and settings that are wrong or misspelled.
import { test, describe, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromEnv } from '../../../packages/server/src/config.ts';
import {
  ADMIN_TOKEN,
  bookingBody,
  firstFreeTime,
  postJson,
  postgresUrl,
  testServer,
  type TestServer,
} from '../../support/server-harness.ts';

/** Runs the bin on `dataDir` until it listens or exits; returns what it said. */
async function runBin(dataDir: string, until: 'listening' | 'exit') {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/bin.ts'], {
    env: {
      PATH: process.env.PATH,
      PORT: String(20_000 + Math.floor(Math.random() * 20_000)),
      MICROPATH_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 90_000;
  while (child.exitCode === null && !out.includes('"listening"') && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const listened = out.includes('"listening"');
  if (listened) child.kill('SIGTERM');
  const code = await exited;
  if (until === 'listening') assert.ok(listened, `the bin did not start: ${err}`);
  return { code, out, err, listened };
}

describe('one writer per PGlite folder', () => {
  test('a second process on the same folder refuses to start, naming the first', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'micropath-lock-'));
    const first = await testServer({ dataDir, inMemory: false });
    try {
      const second = await runBin(dataDir, 'exit');
      assert.equal(second.listened, false, 'both started: writes would be lost');
      assert.equal(second.code, 1);
      assert.match(
        second.err,
        new RegExp(`in use by another micropath-server \\(pid ${process.pid}`),
      );
      assert.match(second.err, /PostgreSQL \(DATABASE_URL\)/);
      // The first keeps working.
      assert.equal((await first.json('/api/listings?limit=1')).status, 200);
    } finally {
      await first.close();
    }
    // Once it stopped, the folder is free again.
    await runBin(dataDir, 'listening');
  });

  test('a lock left by a process that is gone (SIGKILL) is taken over', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'micropath-stale-'));
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
      encoding: 'utf8',
    });
    const pid = Number(gone.stdout.trim());
    writeFileSync(
      join(dataDir, 'micropath.lock'),
      JSON.stringify({ pid, host: (await import('node:os')).hostname(), since: 'earlier' }),
    );
    await runBin(dataDir, 'listening');
  });
});

describe('requests a server must refuse cleanly', () => {
  let server: TestServer;
  before(async () => {
    server = await testServer();
  });
  after(() => server.close());

  test('a NUL byte in any parameter or body is a 400, never a 500', async () => {
    const { body: openapi } = await server.json('/api/openapi.json');
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const requests: [string, string, RequestInit?][] = [];
    for (const [path, operations] of Object.entries(
      openapi.paths as Record<
        string,
        Record<string, { parameters?: { name: string; in: string }[] }>
      >,
    ))
      for (const [method, operation] of Object.entries(operations)) {
        const url = `/api${path.replace(/\{\w+\}/g, 'bad%00id')}`;
        const query = (operation.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => `${p.name}=a%00b`)
          .join('&');
        if (method === 'get') {
          if (url.includes('bad%00id')) requests.push([method, url]);
          if (query) requests.push([method, `${url.replace(/bad%00id/g, 'always')}?${query}`]);
        } else {
          const init = postJson('{"name":"a\\u0000b","reason":"\\u0000"}', {
            'idempotency-key': 'k-1234567890',
            ...admin,
          });
          requests.push([method, url, init]);
          requests.push([method, url.replace(/bad%00id/g, 'always'), init]);
        }
      }
    // The issuer's documents and the admin routes, beside the contract's.
    for (const path of ['/api/issuers/a%00', '/api/achievements/a%00', '/api/assertions/a%00'])
      requests.push(['get', path]);
    requests.push([
      'put',
      '/api/admin/listings/x',
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...admin },
        body: '{"title":"\\u0000"}',
      },
    ]);
    assert.ok(requests.length > 20);
    for (const [method, url, init] of requests) {
      const response = await server.call(url, { method: method.toUpperCase(), ...init });
      const body = await response.json();
      assert.equal(response.status, 400, `${method} ${url}: ${JSON.stringify(body)}`);
      assert.equal(body.error.code, 'bad-request');
      assert.match(body.error.message, /NUL/);
    }
  });

  test('a lone surrogate is a 400 too, in the path and in JSON', async () => {
    const path = await server.json('/api/listings/%ED%A0%80');
    assert.equal(path.status, 400);
    const [slot] = await firstFreeTime(server);
    const body = await server.call(
      '/api/bookings',
      postJson(JSON.stringify(bookingBody(slot!)).replace('Kim Lee', 'Kim \\ud800'), {
        'idempotency-key': 'surrogate-123456',
      }),
    );
    assert.equal(body.status, 400);
    assert.match((await body.json()).error.message, /surrogate/);
  });

  test('a POST without Content-Type (no CORS preflight) does not book: 415', async () => {
    const [slot] = await firstFreeTime(server);
    const json = JSON.stringify(bookingBody(slot!, 'cross-site@example.org'));
    const attempts: RequestInit[] = [
      { body: new TextEncoder().encode(json) }, // no Content-Type at all
      { body: json, headers: { 'content-type': 'text/plain' } }, // a form's or fetch's default
    ];
    for (const init of attempts) {
      const response = await server.call('/api/bookings', {
        method: 'POST',
        ...init,
        headers: { ...(init.headers as object), 'idempotency-key': `cross-${Math.random()}` },
      });
      assert.equal(response.status, 415);
      assert.equal((await response.json()).error.code, 'unsupported-media-type');
    }
    // The time is still free: the same booking as JSON gets it.
    const booked = await server.call(
      '/api/bookings',
      postJson(json, { 'idempotency-key': 'json-booking-123' }),
    );
    assert.equal(booked.status, 201);
  });

  test('every answer names its request: a sane X-Request-Id is kept, else one is made', async () => {
    const given = await server.call('/api/listings?limit=1', {
      headers: { 'x-request-id': 'trace-42' },
    });
    assert.equal(given.headers.get('x-request-id'), 'trace-42');
    const made = await server.call('/api/listings?limit=1', {
      headers: { 'x-request-id': 'no spaces <allowed>' },
    });
    assert.match(made.headers.get('x-request-id')!, /^[0-9a-f-]{36}$/);
  });
});

describe('per-client limits that proxies and loops cannot get around', () => {
  test('a spoofed leftmost X-Forwarded-For does not reset the write limit', async () => {
    for (const trustProxy of [1, ['127.0.0.1']] as const) {
      const server = await testServer({ trustProxy, writeRate: { limit: 2, windowMs: 60_000 } });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 4; i++) {
          // The client writes anything on the left; our proxy appends the address it saw.
          const response = await server.call('/api/bookings', {
            ...postJson({}, { 'idempotency-key': `spoof-${i}-123456` }),
            headers: {
              'content-type': 'application/json',
              'idempotency-key': `spoof-${i}-123456`,
              'x-forwarded-for': `10.0.0.${i}, 203.0.113.9`,
            },
          });
          statuses.push(response.status);
        }
        assert.deepEqual(statuses.slice(2), [429, 429], `trust ${JSON.stringify(trustProxy)}`);
        // Another real client (another address appended by the proxy) is not limited.
        const other = await server.call('/api/bookings', {
          method: 'POST',
          body: '{}',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': 'other-client-1',
            'x-forwarded-for': '198.51.100.7',
          },
        });
        assert.notEqual(other.status, 429);
      } finally {
        await server.close();
      }
    }
  });

  test('the write limit is shared by every server on one database', async () => {
    const first = await testServer({ writeRate: { limit: 3, windowMs: 60_000 } });
    // A second process on the same database (here, a second app on the same connection).
    const second = await testServer({ db: first.db, writeRate: { limit: 3, windowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        for (const server of [first, second])
          statuses.push(
            (
              await server.call(
                '/api/bookings',
                postJson({}, { 'idempotency-key': `shared-${i}-${server.url}` }),
              )
            ).status,
          );
      assert.equal(statuses.filter((s) => s !== 429).length, 3, statuses.join(' '));
    } finally {
      await second.close();
      await first.close();
    }
  });

  test('reads have a per-client limit too, with Retry-After', async () => {
    const server = await testServer({ readRate: { limit: 3, windowMs: 60_000 } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await server.call('/api/listings')).status);
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      const limited = await server.call('/api/mentors');
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.equal((await server.call('/health')).status, 200, 'health is never limited');
    } finally {
      await server.close();
    }
  });
});

describe('settings checked at start', () => {
  test('every bad or unknown MICROPATH_* variable is named, in one error', () => {
    assert.throws(
      () =>
        configFromEnv({
          MICROPATH_PUBLIC_URL: 'example.org',
          MICROPATH_ADMIN_TOKEN: 'x',
          MICROPATH_WRITES_PER_MINUT: '10',
          MICROPATH_TRUST_PROXY: 'yes please',
        }),
      (error: Error) => {
        const lines = error.message.split('\n').slice(1);
        assert.equal(lines.length, 4, error.message);
        assert.match(error.message, /MICROPATH_WRITES_PER_MINUT is not a setting/);
        assert.match(error.message, /MICROPATH_PUBLIC_URL must be an http\(s\) address/);
        assert.match(error.message, /MICROPATH_ADMIN_TOKEN must be at least 16 characters/);
        assert.match(error.message, /MICROPATH_TRUST_PROXY must be/);
        return true;
      },
    );
    const ok = configFromEnv({ MICROPATH_TRUST_PROXY: '2', MICROPATH_READS_PER_MINUTE: '100' });
    assert.equal(ok.trustProxy, 2);
    assert.deepEqual(ok.readRate, { limit: 100, windowMs: 60_000 });
    assert.deepEqual(configFromEnv({ MICROPATH_TRUST_PROXY: '10.0.0.1, ::1' }).trustProxy, [
      '10.0.0.1',
      '::1',
    ]);
  });
});

describe(
  'PostgreSQL busy or away: 503 with Retry-After, and /health still answers',
  { skip: !postgresUrl && 'no MICROPATH_TEST_DATABASE_URL' },
  () => {
    test('a lock held on bookings: writes give up after the lock timeout', async () => {
      const server = await testServer({ storage: 'postgres', database: { lockTimeoutMs: 1_000 } });
      const { default: pg } = await import('pg');
      const holder = new pg.Client({
        connectionString: (server.db as unknown as { url?: string }).url ?? postgresUrl,
      });
      try {
        const [slot] = await firstFreeTime(server);
        await holder.connect();
        const schema = (await server.db.query<{ s: string }>('select current_schema() as s'))[0]!.s;
        await holder.query('begin');
        await holder.query(`lock table ${schema}.bookings in access exclusive mode`);
        const started = Date.now();
        const [booking, health] = await Promise.all([
          server.call(
            '/api/bookings',
            postJson(bookingBody(slot!), { 'idempotency-key': 'held-lock-1234' }),
          ),
          (async () => {
            await new Promise((resolve) => setTimeout(resolve, 100));
            const t = Date.now();
            const response = await server.call('/health');
            return { status: response.status, ms: Date.now() - t };
          })(),
        ]);
        assert.equal(health.status, 200);
        assert.ok(health.ms < 500, `/health took ${health.ms} ms while the lock was held`);
        assert.equal(booking.status, 503);
        assert.ok(Number(booking.headers.get('retry-after')) > 0);
        assert.equal((await booking.json()).error.code, 'unavailable');
        assert.ok(Date.now() - started < 5_000, 'it gave up after the lock timeout');
        await holder.query('rollback');
        const retried = await server.call(
          '/api/bookings',
          postJson(bookingBody(slot!), { 'idempotency-key': 'held-lock-1234' }),
        );
        assert.equal(retried.status, 201, 'the same attempt books once the lock is gone');
      } finally {
        await holder.end().catch(() => undefined);
        await server.close();
      }
    });

    test('PostgreSQL going away mid-run: 503 with Retry-After, /ready says so, and it recovers', async () => {
      // The server reaches PostgreSQL through a relay the test can cut, as a restart would.
      const target = new URL(postgresUrl!);
      const sockets = new Set<Socket>();
      let relay: Server | undefined;
      const open = (port: number) =>
        new Promise<void>((resolve) => {
          relay = createServer((client) => {
            const upstream = connect(Number(target.port || 5432), target.hostname);
            for (const s of [client, upstream]) {
              sockets.add(s);
              s.on('error', () => undefined);
              s.on('close', () => sockets.delete(s));
            }
            client.pipe(upstream).pipe(client);
          }).listen(port, '127.0.0.1', () => resolve());
        });
      await open(0);
      const port = (relay!.address() as { port: number }).port;
      const { freshPostgresSchema } = await import('../../support/server-harness.ts');
      // Made and dropped directly: the relay is closed by then.
      const schema = await freshPostgresSchema(postgresUrl!);
      const viaRelay = new URL(schema.url);
      viaRelay.hostname = '127.0.0.1';
      viaRelay.port = String(port);
      const server = await testServer({
        databaseUrl: viaRelay.toString(),
        database: { connectTimeoutMs: 1_000 },
      });
      try {
        assert.equal((await server.call('/api/listings?limit=1')).status, 200);
        // Down: no new connections, and the open ones cut (close waits for them to end).
        const closed = new Promise<void>((resolve) => relay!.close(() => resolve()));
        for (const s of sockets) s.destroy();
        await closed;
        const down = await server.call('/api/listings?limit=1');
        assert.equal(down.status, 503);
        assert.ok(Number(down.headers.get('retry-after')) > 0);
        assert.equal((await down.json()).error.code, 'unavailable');
        assert.equal((await server.call('/health')).status, 200);
        assert.equal((await server.call('/ready')).status, 503);
        await open(port);
        let back = 0;
        for (let i = 0; i < 20 && back !== 200; i++) {
          back = (await server.call('/api/listings?limit=1')).status;
          if (back !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
        }
        assert.equal(back, 200, 'it recovers when the database is back');
        assert.equal((await server.call('/ready')).status, 200);
      } finally {
        await server.close();
        relay?.close();
        for (const s of sockets) s.destroy();
        await schema.drop();
      }
    });
  },
);
