/** The reference server as the conformance tests run it, and the options they run the kit with. */
import type { ConformanceOptions } from '../../packages/server/src/conformance/clause.ts';
import { testServer, type Storage } from './server-harness.ts';

export const PAGE_ORIGIN = 'https://widget.example';

/** The reference server, open to the page origin the kit sends, with room for its writes. */
export const conformanceServer = (storage: Storage = 'pglite') =>
  testServer({
    storage,
    allowedOrigins: [PAGE_ORIGIN],
    // Each run books a dozen times; the write limit has a test of its own.
    writeRate: { limit: 100_000, windowMs: 60_000 },
  });

/** Every clause: writes on, a mentor always free, a credential and a holder of the test seed. */
export const runOptions = (baseUrl: string): ConformanceOptions => ({
  baseUrl,
  write: true,
  mentor: 'always',
  credential: 'lee-sql-3',
  holder: 'lee',
  origin: PAGE_ORIGIN,
});
