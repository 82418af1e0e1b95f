// The conformance kit on the reference server (PGlite, and PostgreSQL when configured): every
// clause passes; and the bin's report, exit codes and JUnit XML.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  runConformance,
  CLAUSES,
} from '../../../packages/server/src/conformance/run-conformance.ts';
import { storages, testServer } from '../../support/server-harness.ts';
import { conformanceServer, PAGE_ORIGIN, runOptions } from '../../support/conformance-run.ts';
import { faultyBackend } from '../../support/faulty-backend.ts';

const bin = new URL('../../../packages/server/src/conformance-bin.ts', import.meta.url).pathname;

/** Runs `micropath-conformance` from its source; resolves with its exit code and output. */
async function conformanceBin(...args: string[]) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      bin,
      ...args,
    ]);
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

for (const storage of storages)
  describe(`the reference server passes every clause (${storage})`, () => {
    test('with writes', async () => {
      const server = await conformanceServer(storage);
      try {
        const results = await runConformance(runOptions(`${server.url}/api`));
        assert.deepEqual(
          results.map((r) => `${r.id} ${r.status}${r.message ? `: ${r.message}` : ''}`),
          CLAUSES.map((c) => `${c.id} pass`),
        );
        // Its bookings are cancelled again: the mentor's week is as free as before.
        const { body } = await server.json(
          '/api/admin/bookings?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z',
          {
            headers: { authorization: 'Bearer test-admin-token-123' },
          },
        );
        assert.ok(body.items.length > 0);
        assert.deepEqual(
          body.items.filter((b: { status: string }) => b.status !== 'cancelled'),
          [],
        );
      } finally {
        await server.close();
      }
    });
  });

describe('micropath-conformance', () => {
  test('waits as long as a busy backend asks (429 with Retry-After), then sends again', async () => {
    // Ten writes a second: a run with writes makes dozens.
    const server = await testServer({
      allowedOrigins: [PAGE_ORIGIN],
      writeRate: { limit: 10, windowMs: 1_000 },
    });
    try {
      const results = await runConformance(runOptions(`${server.url}/api`));
      assert.deepEqual(
        results.filter((r) => r.status !== 'pass').map((r) => `${r.id}: ${r.message}`),
        [],
      );
    } finally {
      await server.close();
    }
  });

  test('reads only unless told to write, and says why each check is skipped', async () => {
    const server = await conformanceServer();
    try {
      const results = await runConformance({ baseUrl: `${server.url}/api`, origin: false });
      const skipped = Object.fromEntries(
        results.filter((r) => r.status === 'skip').map((r) => [r.id, r.message]),
      );
      const writes = CLAUSES.filter((c) => c.writes).map((c) => c.id);
      assert.ok(writes.length >= 8);
      for (const id of writes) assert.equal(skipped[id], 'writes: run with --write');
      assert.match(skipped['cors.read']!, /same-origin/);
      assert.equal(skipped['credentials.media-type'], 'no --credential given');
      assert.equal(results.filter((r) => r.status === 'fail').length, 0);
      const { body } = await server.json(
        '/api/admin/bookings?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z',
        {
          headers: { authorization: 'Bearer test-admin-token-123' },
        },
      );
      assert.deepEqual(body.items, []);
    } finally {
      await server.close();
    }
  });

  test('prints a line per clause, writes JUnit XML, and exits 1 on a failure only', async () => {
    const server = await conformanceServer();
    const faulty = await faultyBackend(server.url, 'no-cors');
    const dir = mkdtempSync(join(tmpdir(), 'micropath-conformance-'));
    try {
      const common = [
        '--write',
        '--mentor',
        'always',
        '--credential',
        'lee-sql-3',
        '--holder',
        'lee',
        '--origin',
        PAGE_ORIGIN,
      ];
      const good = await conformanceBin(
        `${server.url}/api`,
        ...common,
        '--junit',
        join(dir, 'good.xml'),
      );
      assert.equal(good.code, 0, good.stdout + good.stderr);
      assert.equal(good.stdout.match(/^PASS /gm)?.length, CLAUSES.length);
      assert.match(good.stdout, /^PASS listings\.paging .*\[docs\/rest-contract\.md#shapes/m);
      const xml = readFileSync(join(dir, 'good.xml'), 'utf8');
      assert.equal(xml.match(/<testcase /g)?.length, CLAUSES.length);
      assert.match(xml, /<testsuite [^>]*tests="\d+" failures="0" skipped="0"/);

      const bad = await conformanceBin(
        `${faulty.url}/api`,
        ...common,
        '--junit',
        join(dir, 'bad.xml'),
      );
      assert.equal(bad.code, 1, bad.stdout + bad.stderr);
      assert.match(
        bad.stdout,
        /^FAIL cors\.read .*\n\s+failed: Access-Control-Allow-Origin is missing for Origin https:\/\/widget\.example\n\s+request: GET \/listings\?limit=1 \[origin: https:\/\/widget\.example\]\n\s+answer:  200 /m,
      );
      assert.match(bad.stdout, /failed, 0 skipped$/m);
      const failures = readFileSync(join(dir, 'bad.xml'), 'utf8').match(
        /<failure message="([^"]*)"/g,
      );
      assert.deepEqual(failures, [
        '<failure message="Access-Control-Allow-Origin is missing for Origin https://widget.example"',
      ]);

      const usage = await conformanceBin('not-a-url');
      assert.equal(usage.code, 2);
      assert.match(
        usage.stderr,
        /is not an http\(s\) URL[\s\S]*Usage: micropath-conformance <base-url>/,
      );
    } finally {
      await faulty.close();
      await server.close();
    }
  });
});

test('docs/rest-contract.md lists every clause, and every clause cites a heading it has', () => {
  const doc = readFileSync(new URL('../../../docs/rest-contract.md', import.meta.url), 'utf8');
  const anchors = new Set(
    [...doc.matchAll(/^#+ (.+)$/gm)].map(([, heading]) =>
      heading!
        .toLowerCase()
        .replace(/[^\w\s-]/g, '')
        .replace(/\s+/g, '-'),
    ),
  );
  const table = doc.slice(doc.indexOf('### The clauses'));
  for (const clause of CLAUSES) {
    assert.ok(anchors.has(clause.section.anchor), `no heading #${clause.section.anchor}`);
    assert.match(table, new RegExp(`^\\| \`${clause.id.replace('.', '\\.')}\` +\\|`, 'm'));
  }
  assert.equal(table.match(/^\| `[\w.-]+` +\|/gm)?.length, CLAUSES.length);
});
