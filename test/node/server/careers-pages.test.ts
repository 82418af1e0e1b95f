// Careers pages as a crawler without JavaScript reads them: `/jobs` (the board rendered on the
// server with its first page), `/jobs/{id}` (the listing, its JobPosting JSON-LD, canonical link,
// meta description and Open Graph tags) and `/sitemap.xml`, for the server's own listings and for
// an ATS feed it reads (recorded real Lever answers; a hostile board made for these tests).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { testServer, type TestServer } from '../../support/server-harness.ts';
import { elements, scriptsOfType } from '../../support/html-document.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')) as {
    payload: unknown;
  };
const lever = fixture('ats/lever-postings.json');
const hostile = fixture('ats/greenhouse-hostile.json');
const payloads = (
  JSON.parse(
    readFileSync(new URL('../../fixtures/xss-payloads.json', import.meta.url), 'utf8'),
  ) as { payloads: string[] }
).payloads;

async function page(server: TestServer, path: string) {
  const response = await server.call(path);
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/**
 * Google's required JobPosting properties, and the recommended ones a listing has. A place is
 * required too (an address with its country, or a fully remote job): it is never invented, so a
 * listing with no place the board can read has no JobPosting at all rather than an invalid one.
 */
function assertJobPosting(posting: Record<string, unknown>, url: string) {
  assert.equal(posting['@type'], 'JobPosting');
  for (const key of ['title', 'description', 'datePosted', 'hiringOrganization'])
    assert.ok(posting[key], `JobPosting.${key} is required`);
  assert.ok(
    posting.jobLocation || posting.jobLocationType === 'TELECOMMUTE',
    'jobLocation, or TELECOMMUTE',
  );
  assert.equal(posting.url, url);
  assert.ok((posting.identifier as { value?: string }).value, 'identifier');
  assert.ok(!Number.isNaN(Date.parse(String(posting.datePosted))), 'datePosted is a date');
  for (const place of (posting.jobLocation as { address: Record<string, string> }[]) ?? []) {
    assert.equal(place.address['@type'], 'PostalAddress');
    assert.match(place.address.addressCountry ?? '', /^[A-Z]{2}$/, 'every address has a country');
  }
  for (const area of (posting.applicantLocationRequirements as { name: string }[]) ?? [])
    assert.doesNotMatch(area.name, /remote|anywhere|global/i, 'a place, not a way of working');
}

const titlesOnCards = (html: string) =>
  elements(html, (el) => el.tag === 'h3' && el.attr('part') === 'title').map((el) => el.text);

describe('careers pages of the server’s own listings', () => {
  let server: TestServer;
  let listings: {
    id: string;
    title: string;
    applyBy?: string;
    workplace?: string;
    locations: { city?: string; country?: string }[];
  }[];
  before(async () => {
    server = await testServer();
    listings = (await server.json('/api/listings?limit=100')).body.items;
    assert.equal(listings.length, 45);
  });
  after(() => server.close());

  test('/jobs lists every opening in its HTML, with no JavaScript', async () => {
    const { status, headers, html } = await page(server, '/jobs');
    assert.equal(status, 200);
    assert.match(headers.get('content-type')!, /^text\/html/);
    // Strict, with the hash of the board's own styles: styled before any script runs.
    const policy = headers.get('content-security-policy')!;
    assert.match(policy, /script-src 'self';/);
    const styles = elements(html, (el) => el.tag === 'style');
    assert.ok(styles.length > 0);
    assert.match(policy, /style-src 'self' 'sha256-[\w+/=]+'/);
    assert.deepEqual(new Set(titlesOnCards(html)), new Set(listings.map((l) => l.title)));
    // Each card title links to its listing.
    const links = elements(html, (el) => el.tag === 'a' && el.attr('class') === 'open');
    assert.equal(links.length, 45);
    for (const link of links) assert.match(link.attr('href')!, /^\?jobs\.open=/);
    assert.ok(elements(html, (el) => el.attr('part') === 'count')[0]?.text.includes('45 openings'));
    const [canonical] = elements(html, (el) => el.tag === 'link' && el.attr('rel') === 'canonical');
    assert.equal(canonical!.attr('href'), `${server.publicUrl}/jobs`);
    // The browser's first render reads the same page from the board.
    const [json] = scriptsOfType(html, 'application/json');
    const prerendered = JSON.parse(json!);
    assert.deepEqual(
      prerendered.page.items.map((l: { id: string }) => l.id),
      listings.map((l) => l.id),
    );
  });

  test('/jobs renders the search in its URL, and a listing opened there names its own page', async () => {
    const { html } = await page(server, `/jobs?jobs.kind=internship&jobs.open=${listings[0]!.id}`);
    const shown = titlesOnCards(html);
    const internships = (await server.json('/api/listings?kind=internship&limit=100')).body;
    assert.ok(shown.length > 0 && shown.length < 45);
    assert.equal(shown.length, internships.items.length);
    const [canonical] = elements(html, (el) => el.tag === 'link' && el.attr('rel') === 'canonical');
    assert.equal(canonical!.attr('href'), `${server.publicUrl}/jobs/${listings[0]!.id}`);
  });

  test('/jobs/{id}: the listing, valid JobPosting JSON-LD, canonical, description and Open Graph', async () => {
    const unplaced: string[] = [];
    for (const listing of listings) {
      const url = `${server.publicUrl}/jobs/${listing.id}`;
      const { status, html } = await page(server, `/jobs/${listing.id}`);
      assert.equal(status, 200);
      assert.equal(elements(html, (el) => el.tag === 'h1')[0]?.text, listing.title);
      const ld = scriptsOfType(html, 'application/ld+json');
      if (!ld.length) {
        // Only a posting Google would reject goes without: on site, at no place with a country.
        assert.notEqual(listing.workplace, 'remote', listing.id);
        assert.ok(!listing.locations.some((l) => l.country), listing.id);
        unplaced.push(listing.id);
        continue;
      }
      assert.equal(ld.length, 1);
      const posting = JSON.parse(ld[0]!);
      assertJobPosting(posting, url);
      assert.equal(posting.title, listing.title);
      if (listing.applyBy) assert.equal(posting.validThrough, listing.applyBy);
      const meta = (attr: string, value: string) =>
        elements(html, (el) => el.tag === 'meta' && el.attr(attr) === value)[0]?.attr('content');
      assert.ok(meta('name', 'description'));
      assert.equal(meta('property', 'og:url'), url);
      assert.equal(meta('property', 'og:title')?.startsWith(listing.title), true);
      const [canonical] = elements(
        html,
        (el) => el.tag === 'link' && el.attr('rel') === 'canonical',
      );
      assert.equal(canonical!.attr('href'), url);
    }
    // The test listings include on-site ones placed only at "Remote (EU)": those have none.
    assert.ok(unplaced.length > 0 && unplaced.length < listings.length / 2);
  });

  test('an unknown listing is a 404 page, and the sitemap names every listing', async () => {
    const missing = await page(server, '/jobs/no-such-opening');
    assert.equal(missing.status, 404);
    assert.match(missing.html, /Opening not found/);
    const sitemap = await page(server, '/sitemap.xml');
    assert.match(sitemap.headers.get('content-type')!, /xml/);
    const locs = [...sitemap.html.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    assert.deepEqual(
      new Set(locs),
      new Set([
        `${server.publicUrl}/jobs`,
        ...listings.map((l) => `${server.publicUrl}/jobs/${l.id}`),
      ]),
    );
  });
});

describe('careers pages and the REST contract for an ATS feed', () => {
  let server: TestServer;
  const requests: string[] = [];
  let failing = false;
  const feedFetch = (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    requests.push(url);
    if (failing) return new Response('upstream down', { status: 503 });
    const body = url.includes('lever.co') ? lever.payload : hostile.payload;
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  before(async () => {
    server = await testServer({
      feeds: ['lever:people-ai', 'greenhouse:hostile'],
      careers: { feed: 'lever:people-ai', organizationName: 'People.ai' },
      fetch: feedFetch,
    });
  });
  after(() => server.close());

  test('/jobs shows the feed’s postings, under the organization set for it', async () => {
    const { status, html } = await page(server, '/jobs');
    assert.equal(status, 200);
    const titles = (lever.payload as { text: string }[]).map((p) => p.text);
    assert.deepEqual(new Set(titlesOnCards(html)), new Set(titles));
    const [board] = elements(html, (el) => el.tag === 'apprentice-board');
    assert.equal(board!.attr('source'), 'rest:/api/feeds/lever/people-ai');
    assert.equal(board!.attr('organization-name'), 'People.ai');
    const { body } = await server.json('/api/feeds/lever/people-ai/listings?limit=2');
    assert.equal(body.items.length, 2);
    assert.equal(body.total, 4);
    for (const id of body.items.map((l: { id: string }) => l.id)) {
      const { html: one } = await page(server, `/jobs/${id}`);
      const posting = JSON.parse(scriptsOfType(one, 'application/ld+json')[0]!);
      assertJobPosting(posting, `${server.publicUrl}/jobs/${id}`);
      assert.equal(posting.hiringOrganization.name, 'People.ai');
    }
  });

  test('the feed is fetched once for many requests (kept a minute)', async () => {
    const before = requests.length;
    for (let i = 0; i < 5; i++) await server.json('/api/feeds/lever/people-ai/listings?q=engineer');
    assert.equal(requests.length, before);
  });

  test('hostile feed text stays text in the server’s HTML', async () => {
    const { body } = await server.json('/api/feeds/greenhouse/hostile/listings?limit=100');
    assert.ok(body.items.length > 30);
    // Markup in a payload must arrive escaped (JSON strings hold quotes, escaped, which is safe).
    const dangerous = payloads.slice(0, 40).filter((p) => p.includes('<'));
    for (const listing of body.items.slice(0, 10)) {
      // Served through a careers page of its own: the same functions a static build calls.
      const { renderJobPage } = await import('../../../packages/server/src/pages/index.ts');
      const html = (await renderJobPage(
        {
          adapter: {
            listListings: async () => body,
            getListing: async () => listing,
          },
          jobsUrl: 'https://example.org/jobs',
          source: 'rest:/api',
        },
        listing.id,
      ))!;
      for (const payload of dangerous) assert.ok(!html.includes(payload), payload);
      assert.equal(elements(html, (el) => el.tag === 'h1')[0]?.text, listing.title);
      assert.equal(
        elements(html, (el) => el.tag === 'script' && !el.attr('type')?.includes('json')).length,
        0,
      );
      const handlers = ['onload', 'onerror', 'onclick', 'onmouseover', 'onfocus'];
      assert.equal(
        elements(html, (el) => handlers.some((h) => el.attr(h) !== undefined)).length,
        0,
      );
    }
  });

  test('only listed feeds are served; a failing feed is a 502 / a 503 page, not a crash', async () => {
    assert.equal((await server.json('/api/feeds/lever/someone-else/listings')).status, 404);
    assert.equal((await server.json('/api/feeds/workday/acme/listings')).status, 404);
    failing = true;
    const other = await testServer({
      feeds: ['lever:people-ai'],
      careers: { feed: 'lever:people-ai' },
      fetch: feedFetch,
    });
    try {
      const api = await other.json('/api/feeds/lever/people-ai/listings');
      assert.equal(api.status, 502);
      assert.equal(api.body.error.code, 'unavailable');
      const jobs = await page(other, '/jobs');
      assert.equal(jobs.status, 503);
      assert.ok(jobs.headers.get('retry-after'));
      assert.match(jobs.html, /could not be loaded/);
    } finally {
      failing = false;
      await other.close();
    }
  });
});
