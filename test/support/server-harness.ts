/**
 * Starts the reference server for tests on a free loopback port, seeded with the test
 * listings, mentors and an issuer. Storage is PGlite in memory, or, when
 * `MICROPATH_TEST_DATABASE_URL` names a PostgreSQL, a fresh schema in it (dropped on close),
 * so the storage and concurrency tests run against both.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startServer, type StartOptions } from '../../packages/server/src/index.ts';
import { makeListings } from './listing-factory.ts';
import { mentors } from './mentors.ts';

export const ADMIN_TOKEN = 'test-admin-token-123';

/** A mentor available every minute of every day in UTC, so tests always find free times. */
export const alwaysFree = {
  id: 'always',
  name: 'Sam Always',
  expertise: ['Testing'],
  languages: ['en'],
  timeZone: 'UTC',
  sessionTypes: [
    { id: 'short', name: 'Short call', durationMinutes: 15 },
    { id: 'long', name: 'Long call', durationMinutes: 60 },
  ],
  weeklyHours: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '24:00' },
  ],
  minNoticeMinutes: 0,
  meetingUrl: 'https://meet.example.org/sam',
};

export const testSeed = {
  listings: makeListings(45, 7),
  mentors: [...mentors, alwaysFree],
  issuers: [{ id: 'college', name: 'Test College', url: 'https://college.example.edu' }],
  achievements: [
    {
      id: 'sql',
      issuerId: 'college',
      name: 'SQL Basics',
      description: 'Writes queries.',
      criteria: 'Passed the exam.',
      // The ESCO concept "SQL", by its URI, and a skill known by its label alone.
      skills: [
        {
          label: 'SQL',
          id: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
          framework: 'ESCO',
        },
        'Query tuning',
      ],
    },
  ],
  credentials: [
    {
      id: 'lee-sql-3',
      format: 'ob3',
      achievementId: 'sql',
      holder: 'lee',
      recipient: { email: 'lee@example.org' },
    },
    {
      id: 'lee-sql-2',
      format: 'ob2',
      achievementId: 'sql',
      holder: 'lee',
      recipient: { email: 'lee@example.org' },
    },
  ],
};

export function writeSeed(seed: object = testSeed): string {
  const file = join(mkdtempSync(join(tmpdir(), 'micropath-seed-')), 'seed.json');
  writeFileSync(file, JSON.stringify(seed));
  return file;
}

export const postgresUrl = process.env.MICROPATH_TEST_DATABASE_URL;

/** Runs one statement on its own connection to the PostgreSQL at `url`. */
export async function runSql(url: string, sql: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Test schemas not dropped yet: a test that forgot one has it dropped when its file's process
 * ends normally (not when something kept it running or it was killed; CI makes its database
 * afresh for each run).
 */
const undropped = new Map<string, () => Promise<void>>();
process.once('beforeExit', () => {
  void Promise.allSettled([...undropped.values()].map((drop) => drop()));
});

/**
 * A connection string to a new, empty schema of the test PostgreSQL, and its clean-up: drop
 * it in a `finally`.
 */
export async function freshPostgresSchema(url: string) {
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  const run = (sql: string) => runSql(url, sql);
  await run(`create schema ${schema}`);
  const drop = async () => {
    undropped.delete(schema);
    await run(`drop schema if exists ${schema} cascade`);
  };
  undropped.set(schema, drop);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema},public`);
  return { schema, url: scoped.toString(), drop };
}

export type Storage = 'pglite' | 'postgres';
/** The storages to run a suite against: PGlite always, PostgreSQL when one is configured. */
export const storages: Storage[] = postgresUrl ? ['pglite', 'postgres'] : ['pglite'];

export async function testServer(options: StartOptions & { storage?: Storage } = {}) {
  const { storage = 'pglite', ...rest } = options;
  const pgSchema =
    storage === 'postgres' && postgresUrl ? await freshPostgresSchema(postgresUrl) : undefined;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      port: 0,
      inMemory: !rest.dataDir,
      seedFile: writeSeed(),
      adminToken: ADMIN_TOKEN,
      // Suites read a lot from one address; the read limit has a test of its own.
      readRate: { limit: 100_000, windowMs: 60_000 },
      log: () => undefined,
      ...(pgSchema ? { databaseUrl: pgSchema.url } : {}),
      ...rest,
    });
  } catch (error) {
    await pgSchema?.drop();
    throw error;
  }
  const call = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);
  return {
    ...server,
    call,
    async json(path: string, init?: RequestInit) {
      const response = await call(path, init);
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : undefined,
      };
    },
    async close() {
      try {
        await server.close();
      } finally {
        await pgSchema?.drop();
      }
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof testServer>>;

/** The first free time of `mentorId` in the coming week. */
export async function firstFreeTime(
  server: TestServer,
  mentorId = 'always',
  sessionType = 'short',
  timeZone = 'UTC',
) {
  const from = new Date(Date.now() + 3_600_000).toISOString();
  const to = new Date(Date.now() + 8 * 86_400_000).toISOString();
  const { body } = await server.json(
    `/api/mentors/${mentorId}/availability?sessionType=${sessionType}&from=${from}&to=${to}&timeZone=${encodeURIComponent(timeZone)}`,
  );
  return body.slots as { start: string; end: string }[];
}

export const bookingBody = (slot: { start: string; end: string }, email = 'kim@example.org') => ({
  mentorId: 'always',
  sessionTypeId: 'short',
  start: slot.start,
  end: slot.end,
  attendee: { name: 'Kim Lee', email, timeZone: 'UTC' },
  answers: {},
  metadata: { utm_source: 'test' },
});

export const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
