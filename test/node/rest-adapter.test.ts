// The REST adapter also runs in Node (server-side rendering, backend-to-backend use): the
// same contract double, served by node:http on loopback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createContractDouble } from '../support/contract-double.ts';
import { createRestAdapter } from '../../packages/micropath/src/adapters/rest-adapter.ts';
import { AdapterError } from '../../packages/micropath/src/core/errors.ts';

let server: Server;
let origin: string;
const ctx = () => ({ signal: new AbortController().signal, locale: 'es' });

before(async () => {
  const handle = createContractDouble();
  server = createServer((req, res) => {
    void handle(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('lists, filters and pages listings from Node', async () => {
  const adapter = createRestAdapter({ baseUrl: `${origin}/contract/node1/ok` });
  const page = await adapter.listListings({ workplace: ['remote'], limit: 10 }, ctx());
  assert.ok(page.items.length > 0);
  assert.ok(page.items.every((item) => item.workplace === 'remote'));
  assert.equal(page.facets?.workplace?.find((f) => f.value === 'remote')?.count, page.total);
});

test('books once under concurrent retries with the same idempotency key', async () => {
  const adapter = createRestAdapter({ baseUrl: `${origin}/contract/node2/ok` });
  const from = new Date(Date.now() + 86_400_000).toISOString();
  const to = new Date(Date.now() + 15 * 86_400_000).toISOString();
  const [slot] = await adapter.getAvailability(
    { mentorId: 'ana', sessionTypeId: 'intro', from, to, timeZone: 'Asia/Tokyo' },
    ctx(),
  );
  assert.ok(slot, 'no slot offered');
  assert.match(slot.start, /\+09:00$/);
  const request = {
    mentorId: 'ana',
    sessionTypeId: 'intro',
    ...slot,
    attendee: { name: 'Yui', email: 'yui@example.org', timeZone: 'Asia/Tokyo' },
    answers: {},
    metadata: {},
  };
  const results = await Promise.allSettled(
    Array.from({ length: 5 }, () =>
      adapter.book(request, { ...ctx(), idempotencyKey: 'same-attempt' }),
    ),
  );
  const ids = new Set(results.map((r) => (r.status === 'fulfilled' ? r.value.id : 'failed')));
  assert.equal(ids.size, 1);
  assert.ok(!ids.has('failed'));
  const other = await adapter
    .book(request, { ...ctx(), idempotencyKey: 'another' })
    .catch((e: unknown) => e);
  assert.ok(other instanceof AdapterError);
  assert.equal(other.code, 'conflict');
});

test('a base URL that is relative needs a page: Node gets a not-configured error', () => {
  assert.throws(
    () => createRestAdapter({ baseUrl: '/api' }),
    (error: unknown) => {
      return error instanceof AdapterError && error.code === 'not-configured';
    },
  );
});

test('makes relative links absolute against the base URL, and keeps a listing whose link is unsafe', async () => {
  const answers: Record<string, unknown> = {
    '/v1/listings': {
      items: [
        {
          id: 'rel',
          title: 'Welder',
          organization: { name: 'Forge', url: '/about', logoUrl: 'logo.png' },
          applyUrl: 'jobs/rel/apply',
          url: '/jobs/rel',
        },
        { id: 'bad', title: 'Baker', organization: { name: 'Oven' }, applyUrl: 'javascript:x' },
      ],
    },
    '/v1/listings/rel': {
      id: 'rel',
      title: 'Welder',
      organization: { name: 'Forge' },
      url: '../rel',
    },
  };
  const fetch = (async (input: RequestInfo | URL) => {
    const { pathname } = new URL(String(input));
    return new Response(JSON.stringify(answers[pathname]), {
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  const adapter = createRestAdapter({ baseUrl: 'https://api.example.org/v1/', fetch });
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    const page = await adapter.listListings({}, ctx());
    assert.deepEqual(
      page.items.map((i) => [i.id, i.applyUrl, i.url, i.organization]),
      [
        [
          'rel',
          'https://api.example.org/v1/jobs/rel/apply',
          'https://api.example.org/jobs/rel',
          {
            name: 'Forge',
            url: 'https://api.example.org/about',
            logoUrl: 'https://api.example.org/v1/logo.png',
          },
        ],
        ['bad', undefined, undefined, { name: 'Oven' }],
      ],
    );
    assert.equal((await adapter.getListing('rel', ctx())).url, 'https://api.example.org/rel');
  } finally {
    console.warn = warn;
  }
});
