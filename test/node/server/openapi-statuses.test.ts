// Every status the server answers is in its OpenAPI document. Each operation of the served
// document (so a new route is covered without touching this file) gets the bad inputs that
// apply to it: for a JSON body an unknown field, a wrong type, no body, NUL and a lone
// surrogate, another content type, malformed JSON and too many bytes; for parameters NUL (and
// bytes that are not UTF-8) in the path and the query, and a query value of the wrong type;
// then a valid request. An operation behind a token is asked without one and with a valid one,
// so its checks are reached. Every answer's status must be listed in the operation's
// `responses`, none may be a server error, and each body must have the documented shape.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Validator } from '@cfworker/json-schema';
import {
  ADMIN_TOKEN,
  bookingBody,
  firstFreeTime,
  postJson,
  testServer,
  type TestServer,
} from '../../support/server-harness.ts';

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

const leverPostings = (
  JSON.parse(
    readFileSync(new URL('../../fixtures/ats/lever-postings.json', import.meta.url), 'utf8'),
  ) as { payload: unknown }
).payload;

let server: TestServer;
let openapi: Document;
/** Real values, so a request gets past "no such thing" to the checks under test. */
let listingId: string;
let feedListingId: string;
let slots: { start: string; end: string }[];
let slotsTaken = 0;
/** A wallet exchange the exchange routes read and answer. */
let exchange: { id: string; token: string };

before(async () => {
  server = await testServer({
    // A feed it serves, so the feed routes read their query rather than answer 404.
    feeds: ['lever:people-ai'],
    fetch: (async () =>
      new Response(JSON.stringify(leverPostings), {
        headers: { 'content-type': 'application/json' },
      })) as typeof fetch,
    // Hundreds of writes from one address: the write limit has tests of its own.
    writeRate: { limit: 100_000, windowMs: 60_000 },
  });
  openapi = (await server.json('/api/openapi.json')).body;
  listingId = (await server.json('/api/listings?limit=1')).body.items[0].id;
  feedListingId = (await server.json('/api/feeds/lever/people-ai/listings?limit=1')).body.items[0]
    .id;
  slots = await firstFreeTime(server);
  exchange = (await server.json('/api/exchanges', postJson({ listingId }))).body;
});
after(() => server.close());

const componentOf = (schema: Schema | undefined) =>
  schema?.$ref?.startsWith('#/components/schemas/')
    ? { name: schema.$ref.slice('#/components/schemas/'.length), schema: resolve(schema) }
    : undefined;
const resolve = (schema: Schema): Schema =>
  schema.$ref ? openapi.components.schemas[schema.$ref.split('/').pop()!]! : schema;

const nextSlot = () => {
  const slot = slots[slotsTaken++];
  assert.ok(slot, 'ran out of free times');
  return slot;
};

/** A booking of its own for each operation that needs a manage token. */
async function newBooking() {
  const booked = await server.json(
    '/api/bookings',
    postJson(bookingBody(nextSlot()), { 'idempotency-key': randomUUID() }),
  );
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  return booked.body as { id: string; manageToken: string };
}

/** The value of a path parameter that names something that exists. */
function pathValue(path: string, name: string, booking: { id: string } | undefined): string {
  if (path.startsWith('/feeds/'))
    return { ats: 'lever', board: 'people-ai', id: feedListingId }[name] ?? 'unknown';
  const segments = path.split('/');
  const owner = segments[segments.indexOf(`{${name}}`) - 1];
  const known: Record<string, string | undefined> = {
    'listings/id': listingId,
    'credentials/id': 'lee-sql-3',
    'holders/holder': 'lee',
    'mentors/id': 'always',
    'bookings/id': booking?.id,
    'exchanges/id': exchange?.id,
  };
  return known[`${owner}/${name}`] ?? 'unknown';
}

const soon = new Date(Date.now() + 3_600_000).toISOString();
const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();

/** A value the schema accepts (named values where any string would name nothing). */
function goodValue(name: string, schema: Schema): string {
  const named: Record<string, string> = { sessionType: 'short', mentor: 'always' };
  if (named[name]) return named[name];
  if (schema.type === 'array' && schema.items) return goodValue(name, schema.items);
  if (schema.enum) return String(schema.enum[0]);
  if (schema.format === 'date-time') return name === 'to' ? inAWeek : soon;
  if (schema.type === 'integer' || schema.type === 'number')
    return String(schema.default ?? schema.minimum ?? 1);
  if (schema.type === 'boolean') return 'true';
  return 'x';
}

/** Values of the wrong type or out of range, for a parameter that is not any string. */
function badValues(schema: Schema): [string, string][] {
  if (schema.type === 'array' && schema.items) return badValues(schema.items);
  const bad: [string, string][] = [];
  if (schema.enum) bad.push(['not one of its values', 'not-one-of-them']);
  if (schema.format === 'date-time') bad.push(['not a date', 'not-a-date']);
  if (schema.type === 'integer' || schema.type === 'number')
    bad.push(['not a number', 'not-a-number']);
  if (schema.type === 'integer') bad.push(['not whole', '1.5']);
  if (schema.maximum !== undefined) bad.push(['above its maximum', String(schema.maximum + 1)]);
  if (schema.minimum !== undefined) bad.push(['below its minimum', String(schema.minimum - 1)]);
  if (schema.type === 'boolean') bad.push(['not a boolean', 'maybe']);
  return bad;
}

/** A body the schema accepts, for bodies this file does not know by name. */
function sample(schema: Schema): unknown {
  const s = resolve(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.type === 'object')
    return Object.fromEntries(
      (s.required ?? []).map((key) => [key, sample(s.properties?.[key] ?? {})]),
    );
  if (s.type === 'array') return [];
  if (s.type === 'integer' || s.type === 'number') return s.minimum ?? 1;
  if (s.type === 'boolean') return true;
  if (s.format === 'email') return 'kim@example.org';
  if (s.format === 'date-time') return soon;
  if (s.format === 'uri') return 'https://example.org';
  return 'x';
}

/** A valid body of the operation's request schema: the mutations start from it. */
function validBody(component: { name: string; schema: Schema } | undefined): unknown {
  switch (component?.name) {
    case 'BookingRequest':
      return bookingBody(nextSlot());
    case 'Reschedule': {
      const { start, end } = nextSlot();
      return { start, end };
    }
    case 'Cancellation':
      return { reason: 'Plans changed' };
    case 'Application':
      return { name: 'Ana Díaz', email: 'ana@example.org', consent: true };
    case 'ExchangeRequest':
      return { listingId };
    default:
      return component ? sample(component.schema) : {};
  }
}

interface Case {
  name: string;
  url: string;
  init: RequestInit;
}

const VALID = 'a valid request';

/** The bad requests for one operation, with the valid parts filled in, then a valid one. */
function requests(path: string, method: string, op: Operation, booking?: { id: string }) {
  const params = op.parameters ?? [];
  const realPath = (override: Record<string, string> = {}) =>
    `/api${path.replace(/\{(\w+)\}/g, (_, name: string) => override[name] ?? encodeURIComponent(pathValue(path, name, booking)))}`;
  const query = (override: Record<string, string> = {}, omit?: string) => {
    const search = new URLSearchParams();
    for (const p of params)
      if (p.in === 'query' && p.required) search.set(p.name, goodValue(p.name, p.schema));
    for (const [key, value] of Object.entries(override)) search.set(key, value);
    if (omit) search.delete(omit);
    const text = search.toString();
    return text ? `?${text}` : '';
  };
  const headers = (): Record<string, string> =>
    Object.fromEntries(
      params
        .filter((p) => p.in === 'header' && p.required)
        .map((p) => [p.name, p.name === 'Idempotency-Key' ? randomUUID() : 'x']),
    );
  const jsonType = Object.keys(op.requestBody?.content ?? {}).find((type) => /json/.test(type));
  const component = componentOf(jsonType ? op.requestBody!.content[jsonType]!.schema : undefined);
  const body = op.requestBody ? validBody(component) : undefined;
  const send = (raw: string | undefined, type: string | null = 'application/json') => ({
    method: method.toUpperCase(),
    headers: { ...headers(), ...(type ? { 'content-type': type } : {}) },
    // Bytes, not a string: fetch would label a string `text/plain`.
    ...(raw === undefined ? {} : { body: type ? raw : new TextEncoder().encode(raw) }),
  });
  const validInit = () =>
    send(
      body === undefined ? undefined : JSON.stringify(body),
      method === 'get' ? null : 'application/json',
    );
  const cases: Case[] = [];
  const add = (name: string, url: string, init: RequestInit) => cases.push({ name, url, init });

  for (const p of params.filter((p) => p.in === 'path')) {
    add(`NUL in path parameter ${p.name}`, realPath({ [p.name]: 'a%00b' }) + query(), validInit());
    add(
      `not UTF-8 in path parameter ${p.name}`,
      realPath({ [p.name]: 'a%FFb' }) + query(),
      validInit(),
    );
  }
  for (const p of params.filter((p) => p.in === 'query')) {
    add(
      `NUL in query parameter ${p.name}`,
      realPath() + query({ [p.name]: 'a\u0000b' }),
      validInit(),
    );
    for (const [why, value] of badValues(p.schema))
      add(`query parameter ${p.name} ${why}`, realPath() + query({ [p.name]: value }), validInit());
  }
  for (const p of params.filter((p) => p.in === 'query' && p.required))
    add(`no query parameter ${p.name}`, realPath() + query({}, p.name), validInit());
  for (const p of params.filter((p) => p.in === 'header' && p.required)) {
    const init = validInit();
    const rest = Object.entries(init.headers).filter(([name]) => name !== p.name);
    add(`no ${p.name} header`, realPath() + query(), {
      ...init,
      headers: Object.fromEntries(rest),
    });
  }
  if (op.requestBody) {
    const object =
      body && typeof body === 'object' && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : {};
    const url = realPath() + query();
    const firstKey =
      Object.keys(object)[0] ?? Object.keys(component?.schema.properties ?? {})[0] ?? 'field';
    const firstText = Object.keys(object).find((key) => typeof object[key] === 'string');
    const withText = (text: string) =>
      firstText ? { ...object, [firstText]: text } : { ...object, [`key${text}`]: 'x' };
    add('an unknown field', url, send(JSON.stringify({ ...object, notAField: 'x' })));
    add(
      `a wrong type for ${firstKey}`,
      url,
      send(
        JSON.stringify({
          ...object,
          [firstKey]: typeof object[firstKey] === 'string' ? 12345 : 'wrong',
        }),
      ),
    );
    add('an array for the body', url, send(JSON.stringify([object])));
    add('no body', url, send(undefined));
    add('an empty body', url, send(''));
    add('NUL in a string', url, send(JSON.stringify(withText('a\u0000b'))));
    add('a lone surrogate in a string', url, send(JSON.stringify(withText('a\ud800b'))));
    add('text/plain', url, send(JSON.stringify(object), 'text/plain'));
    add('no content type', url, send(JSON.stringify(object), null));
    add('no content type and no body', url, send(undefined, null));
    add('malformed JSON', url, send('{"name": '));
    add('too large', url, send(JSON.stringify({ ...object, padding: 'x'.repeat(100_000) })));
  }
  // Last, as it may change what the others ask about (cancel the booking, move it).
  add(VALID, realPath() + query(), validInit());
  return cases;
}

/** Whether the status is one the operation lists, or is in a listed range or default. */
const documented = (op: Operation, status: number) =>
  String(status) in op.responses ||
  `${String(status)[0]}XX` in op.responses ||
  `${String(status)[0]}xx` in op.responses ||
  'default' in op.responses;
const listed = (op: Operation, status: number) =>
  op.responses[status] ??
  op.responses[`${String(status)[0]}XX`] ??
  op.responses[`${String(status)[0]}xx`] ??
  op.responses.default;

/** Why `body` is not of `schema` (its references to the document's components resolved). */
function shapeProblem(schema: Schema, body: unknown): string | undefined {
  const rooted = structuredClone({ ...schema, components: openapi.components });
  const result = new Validator(rooted as never, '2020-12', false).validate(body);
  return result.valid
    ? undefined
    : result.errors.map((e) => `${e.instanceLocation} ${e.error}`).join('; ');
}

test('the document lists operations to check', () => {
  const operations = Object.values(openapi.paths).flatMap((ops) =>
    Object.keys(ops).filter((method) => METHODS.has(method)),
  );
  assert.ok(operations.length > 0, 'the OpenAPI document has no operations');
});

test('every status any route answers, to bad inputs and to a valid request, is in its operation’s responses', async () => {
  const problems: string[] = [];
  let sent = 0;
  for (const [path, ops] of Object.entries(openapi.paths))
    for (const [method, op] of Object.entries(ops)) {
      if (!METHODS.has(method)) continue;
      const route = `${method.toUpperCase()} ${path}`;
      const schemes = (op.security ?? []).flatMap((requirement) => Object.keys(requirement));
      const booking = schemes.includes('manageToken') ? await newBooking() : undefined;
      const tokens: [string, string | undefined][] = [['', undefined]];
      for (const scheme of schemes) {
        if (scheme === 'adminToken') tokens.push(['with the admin token', ADMIN_TOKEN]);
        else if (scheme === 'manageToken')
          tokens.push(['with the manage token', booking!.manageToken]);
        else if (scheme === 'exchangeToken')
          tokens.push(['with the exchange token', exchange.token]);
        else problems.push(`${route}: no token known for the security scheme "${scheme}"`);
      }
      let pastTheToken = false;
      for (const [who, token] of tokens)
        // Made afresh for each token: a new Idempotency-Key, a free time not tried yet.
        for (const { name, url, init } of requests(path, method, op, booking)) {
          const headers = {
            ...(init.headers as Record<string, string>),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          };
          const response = await server.call(url, { ...init, headers });
          sent++;
          const text = await response.text();
          const what = `${route}${who ? ` (${who})` : ''}, ${name}: ${response.status}`;
          if (token && name === VALID && ![401, 403].includes(response.status)) pastTheToken = true;
          if (response.status >= 500) problems.push(`${what}, a server error`);
          if (!documented(op, response.status)) {
            problems.push(
              `${what}, not documented (it lists ${Object.keys(op.responses).join(', ')})`,
            );
            continue;
          }
          const type = response.headers.get('content-type')?.split(';')[0]?.trim();
          const content = listed(op, response.status)?.content;
          if (!content) continue;
          if (!type || !(type in content)) {
            problems.push(
              `${what}, answered as ${type ?? 'nothing'}, documented as ${Object.keys(content).join(', ')}`,
            );
            continue;
          }
          const schema = content[type]!.schema;
          if (!schema || !/json/.test(type)) continue;
          const shape = shapeProblem(schema, text ? JSON.parse(text) : undefined);
          if (shape) problems.push(`${what}, the body is not the documented shape: ${shape}`);
        }
      if (tokens.length > 1 && !pastTheToken)
        problems.push(`${route}: a valid request with a valid token was refused as unauthorized`);
    }
  assert.ok(sent > 0, 'no requests were sent');
  assert.ok(
    problems.length === 0,
    `${problems.length} answers not as documented:\n${problems.join('\n')}`,
  );
});
