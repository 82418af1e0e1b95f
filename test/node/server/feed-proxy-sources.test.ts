// The caching feed proxy (`/api/feeds/{ats}/{board}`) for the sources a browser may not be able
// to read from another origin: Personio's XML, Workday's CXS POST, BambooHR, Workable's v3 list.
// The upstream is a fetch that answers with recorded payloads (test/fixtures/ats).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { testServer, type TestServer } from '../../support/server-harness.ts';
import { feedPath, parseFeed } from '../../../packages/server/src/feeds/feed-adapters.ts';

const payload = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../fixtures/ats/${name}`, import.meta.url), 'utf8')) as {
      payload: unknown;
    }
  ).payload;

describe('the feed proxy serves the new sources', () => {
  let server: TestServer;
  const requests: string[] = [];
  let workday: 'ok' | 'down' | 'garbled' = 'ok';
  const upstream = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    requests.push(`${init?.method ?? 'GET'} ${url}`);
    if (url === 'https://clark.jobs.personio.de/xml')
      return new Response(payload('personio-clark-feed.json') as string, {
        headers: { 'content-type': 'application/xml' },
      });
    if (url === 'https://workday.wd5.myworkdayjobs.com/wday/cxs/workday/Workday/jobs') {
      if (workday === 'down') return new Response('Service Unavailable', { status: 503 });
      if (workday === 'garbled') return Response.json({ jobs: 'none' });
      return Response.json(payload('workday-workday-jobs.json'));
    }
    if (url === 'https://acme.bamboohr.com/careers/list')
      return Response.json(payload('bamboohr-careers-list.json'));
    return new Response('not here', { status: 404 });
  }) as typeof fetch;

  before(async () => {
    server = await testServer({
      feeds: ['personio:clark', 'workday:workday.wd5/Workday', 'bamboohr:acme'],
      fetch: upstream,
    });
  });
  after(() => server.close());

  test('Personio’s XML feed arrives as REST listings, fetched once for many requests', async () => {
    const before = requests.length;
    const { status, body } = await server.json('/api/feeds/personio/clark/listings?limit=10');
    assert.equal(status, 200);
    assert.equal(body.total, 4);
    assert.ok(body.items.some((l: { title: string }) => l.title === 'Sales Consultant (m/w/d)'));
    await server.json('/api/feeds/personio/clark/listings?q=sales');
    assert.equal(requests.length - before, 1);
    const one = await server.json('/api/feeds/personio/clark/listings/342554');
    assert.equal(one.body.department, 'DE - Sales Life & Health');
  });

  test('a Workday board, its slash written %2F; BambooHR', async () => {
    const { status, body } = await server.json(
      '/api/feeds/workday/workday.wd5%2FWorkday/listings?limit=10',
    );
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.total, 4);
    assert.equal(body.items[0].workplace, 'onsite');
    const bamboo = await server.json('/api/feeds/bamboohr/acme/listings');
    assert.equal(bamboo.body.total, 2);
  });

  test('an upstream failure is a 502 naming the feed; a garbled answer too; not cached', async () => {
    workday = 'down';
    const other = await testServer({ feeds: ['workday:workday.wd5/Workday'], fetch: upstream });
    try {
      const down = await other.json('/api/feeds/workday/workday.wd5%2FWorkday/listings');
      assert.equal(down.status, 502);
      assert.equal(down.body.error.code, 'unavailable');
      assert.match(down.body.error.message, /could not be read/);
      workday = 'garbled';
      const garbled = await other.json('/api/feeds/workday/workday.wd5%2FWorkday/listings');
      assert.equal(garbled.status, 502);
      assert.match(garbled.body.error.message, /Workday site "workday\/Workday"/);
      workday = 'ok';
      const back = await other.json('/api/feeds/workday/workday.wd5%2FWorkday/listings');
      assert.equal(back.status, 200);
      assert.equal(back.body.total, 4);
    } finally {
      workday = 'ok';
      await other.close();
    }
  });

  test('only listed boards, and only well-formed ones', async () => {
    assert.equal((await server.json('/api/feeds/personio/someone-else/listings')).status, 404);
    assert.deepEqual(parseFeed('workday:acme/External'), {
      ats: 'workday',
      board: 'acme/External',
    });
    assert.throws(() => parseFeed('workday:acme'), /workday:TENANT\/SITE/);
    assert.equal(feedPath('workday:acme.wd5/External'), 'workday/acme.wd5%2FExternal');
    assert.equal(feedPath('lever:eu:acme'), 'lever/eu:acme');
    assert.throws(() => parseFeed('personio:a/b'), /not a feed/);
  });
});
