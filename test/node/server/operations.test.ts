// Operating the server: CORS allowlist, write rate limit, admin token, health, structured
// logs and a graceful shutdown that lets in-flight requests finish.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import {
  ADMIN_TOKEN,
  bookingBody,
  firstFreeTime,
  postJson,
  testServer,
} from '../../support/server-harness.ts';
import { configFromEnv } from '../../../packages/server/src/config.ts';

describe('CORS', () => {
  test('allowed origins get the headers, others do not; preflights name the booking headers', async () => {
    const server = await testServer({ allowedOrigins: ['https://careers.example.com'] });
    try {
      const allowed = await server.call('/api/mentors', {
        headers: { origin: 'https://careers.example.com' },
      });
      assert.equal(
        allowed.headers.get('access-control-allow-origin'),
        'https://careers.example.com',
      );
      const other = await server.call('/api/mentors', {
        headers: { origin: 'https://evil.example' },
      });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const preflight = await server.call('/api/bookings', {
        method: 'OPTIONS',
        headers: {
          origin: 'https://careers.example.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, idempotency-key',
        },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
      // The issuer's public documents are for any verifier.
      const jwks = await server.call('/.well-known/jwks.json', {
        headers: { origin: 'https://evil.example' },
      });
      assert.equal(jwks.headers.get('access-control-allow-origin'), '*');
    } finally {
      await server.close();
    }
  });
});

test('writes are rate limited per client with Retry-After; reads are not', async () => {
  const server = await testServer({ writeRate: { limit: 3, windowMs: 60_000 } });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await server.call('/api/bookings/none/cancel', postJson({}));
      statuses.push(res.status);
      if (res.status === 429) {
        const body = (await res.json()) as { error: { code: string } };
        assert.equal(body.error.code, 'rate-limited');
        assert.ok(Number(res.headers.get('retry-after')) >= 1);
      }
    }
    assert.deepEqual(statuses, [404, 404, 404, 429, 429]);
    assert.equal((await server.call('/api/mentors')).status, 200);
  } finally {
    await server.close();
  }
});

describe('admin routes', () => {
  test('need the bearer token, then create, replace and remove listings and mentors', async () => {
    const server = await testServer();
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const put = (path: string, body: unknown, headers: Record<string, string> = auth) =>
      server.json(path, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    try {
      const listing = { title: 'Welding taster week', organization: { name: 'Forge & Co' } };
      assert.equal((await put('/api/admin/listings/weld-1', listing, {})).status, 401);
      assert.equal(
        (await put('/api/admin/listings/weld-1', listing, { authorization: 'Bearer wrong' }))
          .status,
        401,
      );
      const created = await put('/api/admin/listings/weld-1', listing);
      assert.equal(created.status, 200);
      assert.equal((await server.json('/api/listings/weld-1')).body.title, 'Welding taster week');
      const invalid = await put('/api/admin/listings/weld-2', { title: '' });
      assert.equal(invalid.status, 422);
      assert.ok(invalid.body.error.fields.title && invalid.body.error.fields.organization);
      assert.equal(
        (await server.call('/api/admin/listings/weld-1', { method: 'DELETE', headers: auth }))
          .status,
        204,
      );
      assert.equal((await server.call('/api/listings/weld-1')).status, 404);
      const mentor = await put('/api/admin/mentors/new-mentor', {
        name: 'Noor Haddad',
        expertise: ['Welding'],
        timeZone: 'Asia/Dubai',
        sessionTypes: [{ id: 'intro', name: 'Intro', durationMinutes: 20 }],
        weeklyHours: [{ days: ['sun'], start: '09:00', end: '11:00' }],
      });
      assert.equal(mentor.status, 200);
      assert.ok(!('weeklyHours' in mentor.body));
      const [slot] = await firstFreeTime(server, 'new-mentor', 'intro', 'Asia/Dubai');
      assert.match(slot!.start, /T(09|10):[0-5]\d:00\+04:00$/);
    } finally {
      await server.close();
    }
  });

  test('are off, with a message saying how to enable them, when no token is configured', async () => {
    const server = await testServer({ adminToken: undefined });
    try {
      const res = await server.json('/api/admin/listings/x', {
        method: 'DELETE',
        headers: { authorization: 'Bearer anything' },
      });
      assert.equal(res.status, 401);
      assert.match(res.body.error.message, /MICROPATH_ADMIN_TOKEN/);
    } finally {
      await server.close();
    }
  });
});

test('health, structured logs, and a graceful shutdown that finishes in-flight requests', async () => {
  const lines: Record<string, unknown>[] = [];
  const server = await testServer({
    log: (level, msg, fields) => lines.push({ level, msg, ...fields }),
  });
  const health = await server.json('/health');
  assert.deepEqual(health.body, { status: 'ok', database: 'pglite' });
  const request = lines.find((l) => l.msg === 'request' && l.path === '/health');
  assert.ok(request, 'no request log');
  assert.equal(request.status, 200);
  assert.equal(typeof request.ms, 'number');

  const [slot] = await firstFreeTime(server);
  // A booking in flight when shutdown starts still gets its answer. "In flight" for certain:
  // its headers and half its body are in the server before the shutdown starts, the rest
  // after (a connection whose request has not arrived yet is idle, and closed at once).
  const body = JSON.stringify(bookingBody(slot!));
  const { hostname, port } = new URL(server.url);
  const socket = connect(Number(port), hostname);
  const answer = new Promise<string>((resolve, reject) => {
    let text = '';
    socket.on('data', (part) => (text += part));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
  socket.write(
    `POST /api/bookings HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\n` +
      `idempotency-key: shutdown-01\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `connection: close\r\n\r\n${body.slice(0, 20)}`,
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  const closing = server.close();
  socket.write(body.slice(20));
  assert.match(await answer, /^HTTP\/1\.1 201 /);
  await closing;
  assert.ok(lines.some((l) => l.msg === 'stopped'));
  await assert.rejects(fetch(`${server.url}/health`));
});

test('settings come from the environment, with clear errors', () => {
  const config = configFromEnv({
    PORT: '9090',
    MICROPATH_ALLOWED_ORIGINS: 'https://a.example, https://b.example/',
    MICROPATH_WRITES_PER_MINUTE: '10',
  });
  assert.equal(config.port, 9090);
  assert.equal(config.publicUrl, 'http://127.0.0.1:9090');
  assert.deepEqual(config.allowedOrigins, ['https://a.example', 'https://b.example']);
  assert.deepEqual(config.writeRate, { limit: 10, windowMs: 60_000 });
  assert.match(config.dataDir, /\.data$/);
  assert.throws(() => configFromEnv({ PORT: 'eighty' }), /PORT must be a positive whole number/);
  const manage = 'https://mentoring.example.org/manage?booking={id}&token={token}';
  assert.equal(configFromEnv({ MICROPATH_MANAGE_URL: manage }).manageUrl, manage);
  for (const wrong of ['/manage?token={token}', 'https://example.org/manage?booking={id}'])
    assert.throws(() => configFromEnv({ MICROPATH_MANAGE_URL: wrong }), /MICROPATH_MANAGE_URL/);
  // Careers pages: the server's own listings unless a served feed is named.
  assert.deepEqual(configFromEnv({}).careers, {});
  const feeds = configFromEnv({
    MICROPATH_FEEDS: 'lever:eu:acme, greenhouse:acme',
    MICROPATH_JOBS: 'lever:eu:acme',
    MICROPATH_ORGANIZATION_NAME: 'Acme',
  });
  assert.deepEqual(feeds.feeds, ['lever:eu:acme', 'greenhouse:acme']);
  assert.deepEqual(feeds.careers, { feed: 'lever:eu:acme', organizationName: 'Acme' });
  assert.equal(configFromEnv({ MICROPATH_JOBS: 'off' }).careers, false);
  assert.throws(() => configFromEnv({ MICROPATH_FEEDS: 'workday:acme' }), /MICROPATH_FEEDS/);
  assert.throws(() => configFromEnv({ MICROPATH_JOBS: 'lever:acme' }), /MICROPATH_JOBS/);
  assert.throws(
    () => configFromEnv({ MICROPATH_ORGANIZATION_LOGO: 'javascript:alert(1)' }),
    /MICROPATH_ORGANIZATION_LOGO/,
  );
});

test('the micropath-server bin starts from the environment and stops cleanly on SIGTERM', async () => {
  const { spawn } = await import('node:child_process');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/bin.ts'], {
    env: {
      ...process.env,
      PORT: String(20_000 + Math.floor(Math.random() * 20_000)),
      MICROPATH_DATA_DIR: mkdtempSync(join(tmpdir(), 'micropath-bin-')),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, string>[] = [];
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
      lines.push(JSON.parse(buffer.slice(0, i)) as Record<string, string>);
      buffer = buffer.slice(i + 1);
    }
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    // A first start compiles the sources; on a loaded two-core CI machine that can take a while.
    const deadline = Date.now() + 90_000;
    while (
      !lines.some((l) => l.msg === 'listening') &&
      child.exitCode === null &&
      Date.now() < deadline
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
    const listening = lines.find((l) => l.msg === 'listening');
    assert.ok(listening, `the bin did not start: ${errors || JSON.stringify(lines)}`);
    const health = await fetch(`${listening.url}/health`);
    assert.equal(health.status, 200);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.deepEqual(
      lines.slice(-2).map((l) => l.msg),
      ['stopping', 'stopped'],
    );
  } finally {
    child.kill('SIGKILL');
  }
});

test('a seed that stopped half way loads again without issuing a credential twice', async () => {
  const { seedOnce } = await import('../../../packages/server/src/seed.ts');
  const { writeSeed, testSeed } = await import('../../support/server-harness.ts');
  const server = await testServer();
  try {
    // The same credentials under another file name, as after a load that stopped half way.
    const { renameSync } = await import('node:fs');
    const written = writeSeed({ ...testSeed, listings: [], mentors: [] });
    const renamed = written.replace(/seed\.json$/, 'seed-again.json');
    renameSync(written, renamed);
    assert.equal(await seedOnce(server.db, renamed, server.publicUrl), true);
    assert.equal((await server.json('/api/holders/lee/credentials')).body.length, 2);
    assert.equal(await seedOnce(server.db, renamed, server.publicUrl), false);
  } finally {
    await server.close();
  }
});

test('metrics for Prometheus, behind the admin token: requests by route pattern, latency, pool', async () => {
  const server = await testServer();
  try {
    assert.equal((await server.call('/metrics')).status, 401);
    await server.call('/api/listings?limit=1');
    await server.call('/api/listings/no-such-listing');
    await server.call('/api/listings/another-missing-one');
    const response = await server.call('/metrics', {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    // Two missing listings are one series, labelled by the route's pattern.
    assert.match(
      text,
      /micropath_http_requests_total\{method="GET",route="\/api\/listings\/:id",status="404"\} 2/,
    );
    assert.match(
      text,
      /micropath_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/api\/listings"\} \d/,
    );
    assert.match(text, /micropath_db_pool_connections\{state="total"\} \d/);
    assert.match(text, /micropath_process_resident_memory_bytes \d/);
  } finally {
    await server.close();
  }
});
