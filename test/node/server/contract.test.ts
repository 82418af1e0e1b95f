// The REST contract over real HTTP on loopback: every route, its answers held against the
// kit's schemas and against the server's own OpenAPI document, and every error's shape.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { Validator } from '@cfworker/json-schema';
import {
  BookingSchema,
  ListingPageSchema,
  ListingSchema,
  MentorSchema,
  SlotSchema,
} from '../../../packages/micropath/src/adapters/index.ts';
import {
  ADMIN_TOKEN,
  bookingBody,
  firstFreeTime,
  postJson,
  testServer,
  type TestServer,
} from '../../support/server-harness.ts';

let server: TestServer;
let openapi: {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, object> };
};

before(async () => {
  server = await testServer();
  openapi = (await server.json('/api/openapi.json')).body;
});
after(() => server.close());

/** Holds `body` against a component of the served OpenAPI document. */
function conforms(component: string, body: unknown) {
  const schema = openapi.components.schemas[component];
  assert.ok(schema, `no component ${component}`);
  const result = new Validator(schema as never, '2020-12', false).validate(body);
  assert.ok(
    result.valid,
    `${component}: ${result.errors.map((e) => `${e.instanceLocation} ${e.error}`).join('; ')}`,
  );
}

function isContractError(body: unknown, code: string) {
  conforms('Error', body);
  const error = (body as { error: { code: string; message: string } }).error;
  assert.equal(error.code, code);
  assert.ok(error.message.length > 10, `message too short: ${error.message}`);
}

describe('listings', () => {
  test('search, filters, facets and paging follow the contract', async () => {
    const first = await server.json('/api/listings?workplace=remote&limit=5&sort=newest');
    assert.equal(first.status, 200);
    v.parse(ListingPageSchema, first.body);
    conforms('ListingPage', first.body);
    assert.equal(first.body.items.length, 5);
    assert.ok(first.body.items.every((l: { workplace: string }) => l.workplace === 'remote'));
    const remote = first.body.facets.workplace.find((f: { value: string }) => f.value === 'remote');
    assert.equal(remote.count, first.body.total);
    const next = await server.json(
      `/api/listings?workplace=remote&limit=5&sort=newest&cursor=${first.body.nextCursor}`,
    );
    const ids = new Set(first.body.items.map((l: { id: string }) => l.id));
    assert.ok(
      next.body.items.every((l: { id: string }) => !ids.has(l.id)),
      'pages overlap',
    );
  });

  test('kind is repeatable (either), and a server cap keeps pages at most 100', async () => {
    const page = await server.json('/api/listings?kind=project&kind=micro-internship&limit=1000');
    assert.equal(page.status, 200);
    assert.ok(page.body.items.length <= 100);
    assert.ok(
      page.body.items.every((l: { kind: string }) =>
        ['project', 'micro-internship'].includes(l.kind),
      ),
    );
  });

  test('one listing, and a 404 in the error shape', async () => {
    const { body: page } = await server.json('/api/listings?limit=1');
    const one = await server.json(`/api/listings/${page.items[0].id}`);
    assert.equal(one.status, 200);
    v.parse(ListingSchema, one.body);
    conforms('Listing', one.body);
    const missing = await server.json('/api/listings/nope');
    assert.equal(missing.status, 404);
    isContractError(missing.body, 'not-found');
  });

  test('skills: a requirement is stored and served whole; a plain string is served as a required one', async () => {
    const { body: page } = await server.json('/api/listings?limit=1');
    const seeded = (await server.json(`/api/listings/${page.items[0].id}`)).body;
    assert.ok(seeded.skills.length > 0);
    for (const skill of seeded.skills) assert.equal(skill.importance, 'required');
    const sql = {
      label: 'SQL',
      id: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
      framework: 'ESCO',
      code: '598de5b0-5b58-4ea7-8058-a4bc4d18c742',
      altLabels: ['Structured Query Language'],
      importance: 'preferred',
    };
    const put = await server.json('/api/admin/listings/skills-1', {
      method: 'PUT',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Data apprentice',
        organization: { name: 'Northwind' },
        skills: [sql, 'Spreadsheets'],
        educationRequirements: ['professional certificate'],
        experienceInPlaceOfEducation: true,
      }),
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    const one = await server.json('/api/listings/skills-1');
    assert.deepEqual(one.body.skills, [sql, { label: 'Spreadsheets', importance: 'required' }]);
    assert.deepEqual(one.body.educationRequirements, ['professional certificate']);
    conforms('Listing', one.body);
    const found = await server.json('/api/listings?skill=sql&q=apprentice');
    assert.ok(found.body.items.some((l: { id: string }) => l.id === 'skills-1'));
  });

  test('a query of the wrong type is a 400 naming the parameter', async () => {
    const bad = await server.json('/api/listings?limit=many&workplace=moon');
    assert.equal(bad.status, 400);
    isContractError(bad.body, 'bad-request');
    assert.deepEqual(Object.keys(bad.body.error.fields).sort(), ['limit', 'workplace.0']);
  });

  test('applications: 201 with a receipt; 422 names what is wrong', async () => {
    const { body: page } = await server.json('/api/listings?limit=1');
    const id = page.items[0].id;
    const ok = await server.json(
      `/api/listings/${id}/applications`,
      postJson({ name: 'Ana', email: 'ana@example.org', consent: true }),
    );
    assert.equal(ok.status, 201);
    conforms('ApplicationReceipt', ok.body);
    assert.equal(ok.body.listingId, id);
    const bad = await server.json(
      `/api/listings/${id}/applications`,
      postJson({ name: 'Ana', email: 'not-an-email', consent: false }),
    );
    assert.equal(bad.status, 422);
    isContractError(bad.body, 'invalid');
    assert.deepEqual(Object.keys(bad.body.error.fields).sort(), ['consent', 'email']);
  });
});

describe('credentials', () => {
  test('a VC-JWT as application/jwt text, an assertion as JSON, and a holder’s list', async () => {
    const jwt = await server.call('/api/credentials/lee-sql-3');
    assert.equal(jwt.headers.get('content-type'), 'application/jwt');
    assert.match(await jwt.text(), /^[\w-]+\.[\w-]+\.[\w-]+$/);
    const assertion = await server.json('/api/credentials/lee-sql-2');
    assert.equal(assertion.body.type, 'Assertion');
    const list = await server.json('/api/holders/lee/credentials');
    assert.equal(list.status, 200);
    assert.equal(list.body.length, 2);
    assert.equal((await server.json('/api/holders/nobody/credentials')).status, 404);
    isContractError((await server.json('/api/credentials/nope')).body, 'not-found');
  });
});

describe('mentors and bookings', () => {
  test('mentors, filtered by expertise, pass the kit’s schema; schedules stay private', async () => {
    const all = await server.json('/api/mentors');
    assert.equal(all.status, 200);
    all.body.forEach((m: unknown) => (v.parse(MentorSchema, m), conforms('Mentor', m)));
    assert.ok(all.body.every((m: object) => !('weeklyHours' in m) && !('meetingUrl' in m)));
    const sql = await server.json('/api/mentors?expertise=sql');
    assert.deepEqual(
      sql.body.map((m: { id: string }) => m.id),
      ['ana'],
    );
  });

  test('availability in the asked zone, from the mentor’s hours in theirs', async () => {
    const slots = await firstFreeTime(server, 'ravi', 'intro', 'America/New_York');
    assert.ok(slots.length > 0);
    for (const slot of slots) {
      v.parse(SlotSchema, slot);
      assert.match(slot.start, /-0[45]:00$/);
      // Saturdays 10:30–12:30 in Kolkata.
      const kolkata = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Kolkata',
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(slot.start));
      assert.match(kolkata, /^Sat (10:30|11:00|11:30|12:00)$/);
    }
    conforms('Slots', { slots });
  });

  test('availability errors: a missing parameter, too long a range, unknown mentor', async () => {
    const from = new Date().toISOString();
    const far = new Date(Date.now() + 43 * 86_400_000).toISOString();
    const missing = await server.json(`/api/mentors/always/availability?from=${from}&to=${far}`);
    assert.equal(missing.status, 400);
    assert.ok(missing.body.error.fields.sessionType);
    const long = await server.json(
      `/api/mentors/always/availability?sessionType=short&from=${from}&to=${far}`,
    );
    assert.equal(long.status, 400);
    assert.match(long.body.error.message, /42 days/);
    const nobody = await server.json(
      `/api/mentors/nobody/availability?sessionType=short&from=${from}&to=${from}`,
    );
    assert.equal(nobody.status, 404);
    const noSession = await server.json(
      `/api/mentors/always/availability?sessionType=nope&from=${from}&to=${far}`,
    );
    assert.equal(noSession.status, 400);
  });

  test('booking: 201 once, the same key replays it, another key is a 409', async () => {
    const [slot] = await firstFreeTime(server);
    const body = bookingBody(slot!);
    const first = await server.json(
      '/api/bookings',
      postJson(body, { 'idempotency-key': 'key-a-000001' }),
    );
    assert.equal(first.status, 201);
    v.parse(BookingSchema, first.body);
    conforms('Booking', first.body);
    assert.equal(first.body.start, slot!.start);
    assert.equal(first.body.joinUrl, 'https://meet.example.org/sam');
    const replay = await server.json(
      '/api/bookings',
      postJson(body, { 'idempotency-key': 'key-a-000001' }),
    );
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(replay.body, first.body);
    const other = await server.json(
      '/api/bookings',
      postJson(body, { 'idempotency-key': 'key-b-000001' }),
    );
    assert.equal(other.status, 409);
    isContractError(other.body, 'conflict');
    const reused = await server.json(
      '/api/bookings',
      postJson(bookingBody(slot!, 'someone@example.org'), { 'idempotency-key': 'key-a-000001' }),
    );
    assert.equal(reused.status, 409);
    assert.match(reused.body.error.message, /different booking/);
    // The booked time is no longer offered.
    assert.ok(!(await firstFreeTime(server)).some((s) => s.start === slot!.start));
  });

  test('an overlapping time of another session type is a 409 too', async () => {
    const [, , slot] = await firstFreeTime(server, 'always', 'long');
    const long = { ...bookingBody(slot!), sessionTypeId: 'long' };
    assert.equal(
      (await server.json('/api/bookings', postJson(long, { 'idempotency-key': 'long-00001' })))
        .status,
      201,
    );
    const inside = new Date(Date.parse(slot!.start) + 15 * 60_000).toISOString();
    const end = new Date(Date.parse(inside) + 15 * 60_000).toISOString();
    const short = bookingBody({ start: inside, end });
    assert.equal(
      (await server.json('/api/bookings', postJson(short, { 'idempotency-key': 'short-0001' })))
        .status,
      409,
    );
  });

  test('cancelling needs the manage token; it frees the time; cancelling twice is fine; an unknown booking is a 404', async () => {
    const [slot] = await firstFreeTime(server);
    const booked = await server.json(
      '/api/bookings',
      postJson(bookingBody(slot!), { 'idempotency-key': 'cancel-0001' }),
    );
    assert.equal(typeof booked.body.manageToken, 'string');
    const cancelWith = (token: string | undefined, body: unknown = {}) =>
      server.call(
        `/api/bookings/${booked.body.id}/cancel`,
        postJson(body, token ? { authorization: `Bearer ${token}` } : {}),
      );
    // The booking id alone is not enough: it shows up in links, logs and calendar files.
    for (const token of [undefined, 'guess', `${booked.body.manageToken}x`]) {
      const refused = await server.json(
        `/api/bookings/${booked.body.id}/cancel`,
        postJson({}, token ? { authorization: `Bearer ${token}` } : {}),
      );
      assert.equal(refused.status, 403);
      isContractError(refused.body, 'forbidden');
    }
    assert.ok(!(await firstFreeTime(server)).some((s) => s.start === slot!.start));
    const cancel = await cancelWith(booked.body.manageToken, {
      reason: 'Found a mentor closer to home',
    });
    assert.equal(cancel.status, 204);
    assert.ok((await firstFreeTime(server)).some((s) => s.start === slot!.start));
    assert.equal((await cancelWith(booked.body.manageToken)).status, 204);
    const missing = await server.json('/api/bookings/nope/cancel', postJson({}));
    assert.equal(missing.status, 404);
    isContractError(missing.body, 'not-found');
  });

  test('with a manage page configured, a booking and its move carry manageUrl holding the id and the token', async () => {
    const managed = await testServer({
      manageUrl: 'https://mentoring.example.org/manage?booking={id}&token={token}',
    });
    try {
      const [first, second] = await firstFreeTime(managed);
      const booked = await managed.json(
        '/api/bookings',
        postJson(bookingBody(first!), { 'idempotency-key': 'manage-url-0001' }),
      );
      assert.equal(booked.status, 201);
      conforms('Booking', booked.body);
      const link = new URL(booked.body.manageUrl as string);
      assert.equal(link.origin + link.pathname, 'https://mentoring.example.org/manage');
      assert.equal(link.searchParams.get('booking'), booked.body.id);
      assert.equal(link.searchParams.get('token'), booked.body.manageToken);
      const moved = await managed.json(
        `/api/bookings/${booked.body.id}/reschedule`,
        postJson(second!, {
          'idempotency-key': 'manage-url-0002',
          authorization: `Bearer ${booked.body.manageToken}`,
        }),
      );
      assert.equal(moved.body.manageUrl, booked.body.manageUrl);
      // What the link holds is what cancelling needs.
      const cancel = await managed.call(
        `/api/bookings/${link.searchParams.get('booking')}/cancel`,
        postJson({}, { authorization: `Bearer ${link.searchParams.get('token')}` }),
      );
      assert.equal(cancel.status, 204);
    } finally {
      await managed.close();
    }
    // Without one, a booking has no manageUrl.
    const [slot] = await firstFreeTime(server);
    const plain = await server.json(
      '/api/bookings',
      postJson(bookingBody(slot!), { 'idempotency-key': 'manage-url-0003' }),
    );
    assert.equal(plain.body.manageUrl, undefined);
  });

  test('rescheduling moves a booking with its token and a key; a replay answers the same; taken times and cancelled bookings are 409', async () => {
    const [first, second, third] = await firstFreeTime(server);
    const booked = await server.json(
      '/api/bookings',
      postJson(bookingBody(first!), { 'idempotency-key': 'resched-0001' }),
    );
    const token = booked.body.manageToken as string;
    const move = (to: { start: string; end: string }, key: string, auth = token) =>
      server.json(
        `/api/bookings/${booked.body.id}/reschedule`,
        postJson(to, { 'idempotency-key': key, authorization: `Bearer ${auth}` }),
      );
    const moved = await move(second!, 'move-0001');
    assert.equal(moved.status, 200);
    assert.equal(moved.body.id, booked.body.id);
    assert.equal(Date.parse(moved.body.start), Date.parse(second!.start));
    assert.equal(moved.body.sequence, 1);
    const replay = await move(second!, 'move-0001');
    assert.equal(replay.status, 200);
    assert.equal(replay.body.sequence, 1);
    assert.equal((await move(third!, 'move-0001')).status, 409);
    assert.equal((await move(third!, 'move-0002', 'guess')).status, 403);
    // The old time is free again, the new one is taken.
    const free = (await firstFreeTime(server)).map((s) => Date.parse(s.start));
    assert.ok(free.includes(Date.parse(first!.start)));
    assert.ok(!free.includes(Date.parse(second!.start)));
    const other = await server.json(
      '/api/bookings',
      postJson(bookingBody(third!), { 'idempotency-key': 'resched-0002' }),
    );
    assert.equal(other.status, 201);
    assert.equal((await move(third!, 'move-0003')).status, 409);
    await server.call(
      `/api/bookings/${booked.body.id}/cancel`,
      postJson({}, { authorization: `Bearer ${token}` }),
    );
    assert.equal((await move(first!, 'move-0004')).status, 409);
  });
});

describe('hostile and malformed requests', () => {
  const key = () => ({ 'idempotency-key': `bad-${Math.random().toString(36).slice(2, 12)}` });

  test('no Idempotency-Key: 400 saying what to send', async () => {
    const [slot] = await firstFreeTime(server);
    const res = await server.json('/api/bookings', postJson(bookingBody(slot!)));
    assert.equal(res.status, 400);
    isContractError(res.body, 'bad-request');
    assert.match(res.body.error.message, /Idempotency-Key/);
  });

  test('malformed JSON: 400', async () => {
    const res = await server.json('/api/bookings', postJson('{"mentorId": ', key()));
    assert.equal(res.status, 400);
    isContractError(res.body, 'bad-request');
    assert.match(res.body.error.message, /not valid JSON/);
  });

  test('wrong types: 422 with one message per field', async () => {
    const [slot] = await firstFreeTime(server);
    const body = {
      ...bookingBody(slot!),
      start: 'tomorrow',
      attendee: { name: 42, email: 'x', timeZone: 'Mars/Olympus' },
    };
    const res = await server.json('/api/bookings', postJson(body, key()));
    assert.equal(res.status, 422);
    isContractError(res.body, 'invalid');
    assert.deepEqual(Object.keys(res.body.error.fields).sort(), [
      'attendee.email',
      'attendee.name',
      'attendee.timeZone',
      'start',
    ]);
  });

  test('unknown fields: 422 naming each, nested ones too', async () => {
    const [slot] = await firstFreeTime(server);
    const base = bookingBody(slot!);
    const body = { ...base, coupon: 'FREE', attendee: { ...base.attendee, phone: '555' } };
    const res = await server.json('/api/bookings', postJson(body, key()));
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.error.fields, {
      coupon: 'not a field of the contract',
      'attendee.phone': 'not a field of the contract',
    });
  });

  test('an oversized body: 413', async () => {
    const res = await server.json('/api/bookings', postJson({ note: 'x'.repeat(200_000) }, key()));
    assert.equal(res.status, 413);
    isContractError(res.body, 'too-large');
  });

  test('another media type: 415', async () => {
    const res = await server.json('/api/bookings', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...key() },
      body: 'mentorId=always',
    });
    assert.equal(res.status, 415);
    isContractError(res.body, 'unsupported-media-type');
  });

  test('an unknown route: 404 in the error shape', async () => {
    const res = await server.json('/api/nothing-here');
    assert.equal(res.status, 404);
    isContractError(res.body, 'not-found');
  });
});

test('the OpenAPI document lists exactly the contract’s routes, and the answers every route may give', () => {
  assert.equal((openapi as unknown as { openapi: string }).openapi, '3.1.0');
  const routes = Object.entries(openapi.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
  );
  assert.deepEqual(routes.sort(), [
    'GET /admin/bookings',
    'GET /admin/listings/{id}/applications',
    'GET /admin/outbox',
    'GET /credentials/{id}',
    'GET /exchanges/{id}',
    'GET /feeds/{ats}/{board}/listings',
    'GET /feeds/{ats}/{board}/listings/{id}',
    'GET /holders/{holder}/credentials',
    'GET /listings',
    'GET /listings/{id}',
    'GET /mentors',
    'GET /mentors/{id}/availability',
    'POST /bookings',
    'POST /bookings/{id}/cancel',
    'POST /bookings/{id}/reschedule',
    'POST /exchanges',
    'POST /exchanges/{id}',
    'POST /listings/{id}/applications',
  ]);
  for (const [path, ops] of Object.entries(openapi.paths))
    for (const [method, op] of Object.entries(ops)) {
      const statuses = Object.keys(op.responses);
      for (const status of ['400', '429', '500', '503'])
        assert.ok(statuses.includes(status), `${method} ${path} documents ${status}`);
      if (method !== 'get')
        for (const status of ['413', '415'])
          assert.ok(statuses.includes(status), `${method} ${path} documents ${status}`);
    }
});
