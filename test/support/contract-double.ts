/**
 * A loopback HTTP implementation of the REST contract (docs/rest-contract.md) over the memory
 * adapter, for testing the REST adapter over real HTTP from Chromium and from Node. Each test
 * uses its own namespace (`/contract/<ns>/<mode>/...`), so state never leaks between tests;
 * `<mode>` injects failures: ok, slow, flaky, garbage, wrong-shape, rate-limited, locked,
 * down.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  createMemoryAdapter,
  type MemoryAdapter,
} from '../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { AdapterError } from '../../packages/micropath/src/core/errors.ts';
import { makeListings } from './listing-factory.ts';
import { mentors } from './mentors.ts';
import { readFileSync } from 'node:fs';

/** Recorded 1EdTech samples, for galleries served over HTTP. */
const badgeSamples = JSON.parse(
  readFileSync(new URL('../fixtures/badges/validator-samples.json', import.meta.url), 'utf8'),
) as { files: Record<string, { text?: string; json?: unknown }> };

export interface LoggedRequest {
  method: string;
  route: string;
  query: string;
  idempotencyKey?: string;
  acceptLanguage?: string;
  accept?: string;
}

interface Namespace {
  adapter: MemoryAdapter;
  log: LoggedRequest[];
  attempts: Map<string, number>;
}

const STATUS_FOR: Record<string, number> = {
  'not-found': 404,
  conflict: 409,
  unauthorized: 401,
  'rate-limited': 429,
  timeout: 408,
};

export const CREDENTIALS = {
  'json-1': {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: 'urn:uuid:1',
    type: ['VerifiableCredential'],
  },
  'jwt-1': 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2V4YW1wbGUub3JnIn0.c2ln',
};

function seed(): MemoryAdapter {
  return createMemoryAdapter({
    listings: [
      ...makeListings(45, 7),
      {
        id: 'fixed-1',
        title: 'Électricien apprentice',
        organization: { name: 'Volt & Co' },
        kind: 'apprenticeship',
      },
    ],
    mentors,
    credentials: {
      ...CREDENTIALS,
      teamwork: badgeSamples.files['ob3-vcjwt-rs256.jwt']!.text!,
      'simple-json': badgeSamples.files['ob30/simple.json']!.json,
      'not-a-badge': { hello: 'world' },
    },
    holders: { sam: ['json-1', 'jwt-1'], learner: ['teamwork', 'simple-json', 'not-a-badge'] },
  });
}

const send = (
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
    ...headers,
  });
  res.end(text);
};

const errorBody = (code: string, message: string, fields?: Record<string, string>) => ({
  error: { code, message, ...(fields ? { fields } : {}) },
});

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : undefined;
}

const all = (params: URLSearchParams, key: string) => {
  const values = params.getAll(key);
  return values.length ? values : undefined;
};

/** The contract's routes, served from one namespace's memory adapter. */
async function route(
  ns: Namespace,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  params: URLSearchParams,
) {
  const ctx = {
    signal: new AbortController().signal,
    locale: req.headers['accept-language'] ?? 'en',
  };
  const method = req.method ?? 'GET';
  let m: RegExpExecArray | null;
  if (method === 'GET' && path === '/listings') {
    const page = await ns.adapter.listListings(
      {
        q: params.get('q') ?? undefined,
        kind: all(params, 'kind') as never,
        skill: all(params, 'skill'),
        workplace: all(params, 'workplace') as never,
        location: all(params, 'location'),
        paid: params.get('paid') === 'true' || undefined,
        maxWeeks: params.has('maxWeeks') ? Number(params.get('maxWeeks')) : undefined,
        sort: (params.get('sort') ?? undefined) as never,
        cursor: params.get('cursor') ?? undefined,
        limit: params.has('limit') ? Number(params.get('limit')) : undefined,
      },
      ctx,
    );
    return send(res, 200, page);
  }
  if (method === 'GET' && (m = /^\/listings\/([^/]+)$/.exec(path))) {
    return send(res, 200, await ns.adapter.getListing(decodeURIComponent(m[1]!), ctx));
  }
  if (method === 'POST' && (m = /^\/listings\/([^/]+)\/applications$/.exec(path))) {
    const receipt = await ns.adapter.apply(
      decodeURIComponent(m[1]!),
      (await readJson(req)) as never,
      ctx,
    );
    return send(res, 201, receipt);
  }
  if (method === 'GET' && (m = /^\/credentials\/([^/]+)$/.exec(path))) {
    const credential = await ns.adapter.getCredential(decodeURIComponent(m[1]!), ctx);
    return typeof credential === 'string'
      ? send(res, 200, credential, { 'content-type': 'application/jwt' })
      : send(res, 200, credential);
  }
  if (method === 'GET' && (m = /^\/holders\/([^/]+)\/credentials$/.exec(path))) {
    return send(res, 200, await ns.adapter.listCredentials(decodeURIComponent(m[1]!), ctx));
  }
  if (method === 'GET' && path === '/mentors') {
    const list = await ns.adapter.listMentors(
      { q: params.get('q') ?? undefined, expertise: params.get('expertise') ?? undefined },
      ctx,
    );
    return send(res, 200, list);
  }
  if (method === 'GET' && (m = /^\/mentors\/([^/]+)\/availability$/.exec(path))) {
    const slots = await ns.adapter.getAvailability(
      {
        mentorId: decodeURIComponent(m[1]!),
        sessionTypeId: params.get('sessionType') ?? '',
        from: params.get('from') ?? '',
        to: params.get('to') ?? '',
        timeZone: params.get('timeZone') ?? 'UTC',
      },
      ctx,
    );
    return send(res, 200, { slots });
  }
  if (method === 'POST' && path === '/bookings') {
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !key) {
      return send(res, 400, errorBody('http', 'The Idempotency-Key header is required.'));
    }
    const booking = await ns.adapter.book((await readJson(req)) as never, {
      ...ctx,
      idempotencyKey: key,
    });
    return send(res, 201, booking);
  }
  // The manage token comes as a bearer credential, as the contract says.
  const manageToken = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const manage = { ...ctx, ...(manageToken ? { manageToken } : {}) };
  if (method === 'POST' && (m = /^\/bookings\/([^/]+)\/cancel$/.exec(path))) {
    await ns.adapter.cancel(decodeURIComponent(m[1]!), undefined, manage);
    return send(res, 204);
  }
  if (method === 'POST' && (m = /^\/bookings\/([^/]+)\/reschedule$/.exec(path))) {
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !key)
      return send(res, 400, errorBody('http', 'The Idempotency-Key header is required.'));
    const booking = await ns.adapter.reschedule(
      decodeURIComponent(m[1]!),
      (await readJson(req)) as never,
      { ...manage, idempotencyKey: key },
    );
    return send(res, 200, booking);
  }
  return send(res, 404, errorBody('not-found', `No route ${method} ${path}.`));
}

/** Answers that break the contract on purpose, for the `wrong-shape` mode. */
function wrongShape(res: ServerResponse, path: string) {
  const valid = { id: 'ok-1', title: 'Valid listing', organization: { name: 'Org' } };
  if (path === '/listings') {
    return send(res, 200, {
      items: [valid, { id: 'bad-1', title: 42, organization: { name: 'Org' } }, { id: 'bad-2' }],
      total: 3,
    });
  }
  if (path.startsWith('/listings/'))
    return send(res, 200, { id: 'x', title: 42, organization: {} });
  if (path === '/mentors') return send(res, 200, { mentors: [] });
  if (path.endsWith('/availability')) {
    return send(res, 200, {
      slots: [
        { start: '2030-01-02T10:00:00Z', end: '2030-01-02T10:30:00Z' },
        { start: 'tomorrow', end: 'later' },
        { start: '2030-01-01T10:00:00+01:00', end: '2030-01-01T10:30:00+01:00' },
        { start: '2030-01-02T10:00:00Z', end: '2030-01-02T10:30:00Z' },
        { start: '2030-01-03T10:00:00Z', end: '2030-01-03T09:00:00Z' },
      ],
    });
  }
  if (path === '/bookings') return send(res, 201, { id: 'b-1', status: 'maybe' });
  return send(res, 200, { unexpected: true });
}

export function createContractDouble() {
  const namespaces = new Map<string, Namespace>();

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://loopback');
    const match = /^\/contract\/([\w-]+)\/([\w-]+)(\/.*)?$/.exec(url.pathname);
    if (!match) return false;
    const [, id, mode, path = '/'] = match as unknown as [string, string, string, string?];
    let ns = namespaces.get(id);
    if (!ns) namespaces.set(id, (ns = { adapter: seed(), log: [], attempts: new Map() }));

    if (path === '/__log') {
      send(res, 200, ns.log);
      return true;
    }
    const header = (name: string) => {
      const value = req.headers[name];
      return typeof value === 'string' ? value : undefined;
    };
    ns.log.push({
      method: req.method ?? 'GET',
      route: path,
      query: url.search,
      ...(header('idempotency-key') ? { idempotencyKey: header('idempotency-key') } : {}),
      ...(header('accept-language') ? { acceptLanguage: header('accept-language') } : {}),
      ...(header('accept') ? { accept: header('accept') } : {}),
    });
    const attemptKey = `${req.method} ${path}${url.search}`;
    const attempt = (ns.attempts.get(attemptKey) ?? 0) + 1;
    ns.attempts.set(attemptKey, attempt);

    try {
      switch (mode) {
        case 'slow':
          await new Promise((resolve) => setTimeout(resolve, 2000));
          break;
        case 'flaky':
          if (attempt <= 2) {
            send(res, 503, errorBody('http', 'Temporarily unavailable.'));
            return true;
          }
          break;
        case 'rate-limited':
          if (attempt === 1) {
            send(res, 429, errorBody('rate-limited', 'Slow down.'), { 'retry-after': '0' });
            return true;
          }
          break;
        case 'locked':
          send(res, 401, errorBody('unauthorized', 'A token is required.'));
          return true;
        case 'down':
          send(res, 500, errorBody('http', 'Internal error.'));
          return true;
        case 'garbage':
          send(res, 200, '<html><body>Gateway says hi</body></html>', {
            'content-type': 'text/html',
          });
          return true;
        case 'wrong-shape':
          wrongShape(res, path);
          return true;
      }
      await route(ns, req, res, path, url.searchParams);
    } catch (error) {
      if (error instanceof SyntaxError) {
        send(res, 400, errorBody('http', 'The body is not valid JSON.'));
      } else if (error instanceof AdapterError) {
        const status = error.status ?? STATUS_FOR[error.code] ?? 500;
        send(res, status, errorBody(error.code, error.message, error.fields));
      } else {
        send(res, 500, errorBody('http', String(error)));
      }
    }
    return true;
  };
}
