// An employer reads back a listing's applications and a programme its bookings, as JSON and as
// CSV a spreadsheet opens safely, behind the admin token.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@cfworker/json-schema';
import {
  ADMIN_TOKEN,
  bookingBody,
  firstFreeTime,
  postJson,
  testServer,
  type TestServer,
} from '../../support/server-harness.ts';

let server: TestServer;
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
before(async () => {
  server = await testServer();
});
after(() => server.close());

function conforms(
  openapi: { components: { schemas: Record<string, object> } },
  name: string,
  value: unknown,
) {
  const result = new Validator(
    openapi.components.schemas[name] as never,
    '2020-12',
    false,
  ).validate(value);
  assert.ok(
    result.valid,
    `${name}: ${result.errors.map((e) => `${e.instanceLocation} ${e.error}`).join('; ')}`,
  );
}

/** RFC 4180 rows, quoted fields with commas, quotes and line breaks included. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) field += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

test('a listing’s applications: JSON, and CSV with no formula a spreadsheet would run', async () => {
  const { body: page } = await server.json('/api/listings?limit=1');
  const listing = page.items[0].id as string;
  const sent = [
    {
      name: 'Ana Ruiz',
      email: 'ana@example.org',
      message: 'Hello, "team"\nI can start Monday.',
      consent: true,
    },
    {
      name: '=HYPERLINK("https://evil.example","Open")',
      email: 'eve@example.org',
      links: ['https://eve.example/cv'],
      consent: true,
    },
  ];
  for (const application of sent)
    assert.equal(
      (await server.call(`/api/listings/${listing}/applications`, postJson(application))).status,
      201,
    );

  assert.equal((await server.json(`/api/admin/listings/${listing}/applications`)).status, 401);
  const { status, body } = await server.json(`/api/admin/listings/${listing}/applications`, {
    headers: admin,
  });
  assert.equal(status, 200);
  assert.deepEqual(
    body.items.map((a: { name: string }) => a.name),
    sent.map((a) => a.name),
  );
  const { body: openapi } = await server.json('/api/openapi.json');
  for (const item of body.items) conforms(openapi, 'ApplicationRow', item);

  const csv = await server.call(`/api/admin/listings/${listing}/applications?format=csv`, {
    headers: admin,
  });
  assert.match(csv.headers.get('content-type')!, /^text\/csv/);
  assert.match(csv.headers.get('content-disposition')!, /attachment; filename="applications-/);
  const [header, first, second] = parseCsv(await csv.text());
  assert.deepEqual(header, [
    'id',
    'listingId',
    'receivedAt',
    'name',
    'email',
    'message',
    'links',
    'consent',
    'skillsShown',
  ]);
  assert.equal(first![5], 'Hello, "team"\nI can start Monday.');
  assert.equal(second![3], `'=HYPERLINK("https://evil.example","Open")`);
  assert.equal(second![6], 'https://eve.example/cv');
  assert.equal(
    (await server.json('/api/admin/listings/nope/applications', { headers: admin })).status,
    404,
  );
});

test('bookings of a mentor in a date range, with their status, as JSON and CSV', async () => {
  const slots = await firstFreeTime(server);
  const booked: { id: string; manageToken: string }[] = [];
  for (const [i, slot] of [slots[0]!, slots[2]!].entries()) {
    const response = await server.call(
      '/api/bookings',
      postJson(bookingBody(slot, `b${i}@example.org`), {
        'idempotency-key': `admin-read-${i}-123`,
      }),
    );
    assert.equal(response.status, 201);
    booked.push(await response.json());
  }
  const cancel = await server.call(`/api/bookings/${booked[1].id}/cancel`, {
    ...postJson({ reason: 'Ill' }),
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${booked[1].manageToken}`,
    },
  });
  assert.equal(cancel.status, 204);

  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 9 * 86_400_000).toISOString();
  const { body } = await server.json(`/api/admin/bookings?mentor=always&from=${from}&to=${to}`, {
    headers: admin,
  });
  const mine = body.items.filter((b: { id: string }) => booked.some((x) => x.id === b.id));
  assert.deepEqual(
    mine.map((b: { attendeeEmail: string; status: string }) => [b.attendeeEmail, b.status]),
    [
      ['b0@example.org', 'confirmed'],
      ['b1@example.org', 'cancelled'],
    ],
  );
  assert.equal(mine[1].cancelReason, 'Ill');
  const { body: openapi } = await server.json('/api/openapi.json');
  for (const item of body.items) conforms(openapi, 'BookingRow', item);

  const earlier = await server.json(
    `/api/admin/bookings?mentor=always&from=2020-01-01&to=2020-02-01`,
    { headers: admin },
  );
  assert.deepEqual(earlier.body.items, []);
  const csv = await server.call(`/api/admin/bookings?from=${from}&to=${to}`, {
    headers: { ...admin, accept: 'text/csv' },
  });
  const rows = parseCsv(await csv.text());
  assert.equal(rows[0]![0], 'id');
  assert.ok(rows.some((r) => r[0] === booked[0].id));
  const missing = await server.json('/api/admin/bookings?mentor=always', { headers: admin });
  assert.equal(missing.status, 400);
  assert.deepEqual(Object.keys(missing.body.error.fields), ['from', 'to']);
});
