// The conformance kit catches what it claims: a backend with one fault (a proxy in front of the
// reference server, test/support/faulty-backend.ts) fails that fault's clause and no other.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { runConformance } from '../../../packages/server/src/conformance/run-conformance.ts';
import { faultyBackend, FAULTS, type Fault } from '../../support/faulty-backend.ts';
import { conformanceServer, runOptions } from '../../support/conformance-run.ts';
import type { TestServer } from '../../support/server-harness.ts';

const CAUGHT_BY: Record<Fault, string[]> = {
  none: [],
  'duplicate-across-pages': ['listings.paging'],
  'facets-ignore-filters': ['listings.facets'],
  'listing-without-title': ['listings.one'],
  'error-shape': ['errors.shape'],
  'no-cors': ['cors.read'],
  'credential-wrong-type': ['credentials.media-type'],
  'replay-books-twice': ['bookings.replay'],
  'taken-slot-500': ['bookings.slot-taken'],
  'manage-token-ignored': ['bookings.manage-token'],
  'sequence-stuck': ['bookings.reschedule'],
  'text-plain-writes': ['writes.json-only'],
};

let server: TestServer;
before(async () => {
  server = await conformanceServer();
});
after(() => server.close());

describe('a backend with one fault fails its clause, and only its clause', () => {
  for (const fault of FAULTS)
    test(fault, async () => {
      const backend = await faultyBackend(server.url, fault);
      try {
        const results = await runConformance(runOptions(`${backend.url}/api`));
        const failed = results.filter((r) => r.status === 'fail');
        assert.deepEqual(
          failed.map((r) => r.id),
          CAUGHT_BY[fault],
          failed
            .map((r) => `${r.id}: ${r.message}\n  ${r.exchange?.request}\n  ${r.exchange?.answer}`)
            .join('\n'),
        );
        assert.deepEqual(
          results.filter((r) => r.status === 'skip').map((r) => r.id),
          [],
        );
        // A failure says what was asked and what came back.
        for (const failure of failed) {
          assert.ok(failure.message);
          assert.match(failure.exchange!.request, /^(GET|POST|OPTIONS) \//);
          assert.match(failure.exchange!.answer, /^\d{3}/);
        }
      } finally {
        await backend.close();
      }
    });
});
