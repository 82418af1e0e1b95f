/**
 * A backend with one fault: a loopback proxy in front of the reference server that breaks one
 * behaviour of the REST contract and passes everything else through unchanged, so the
 * conformance kit can be shown to fail that behaviour's clause and no other.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAULTS = [
  'none',
  /** A page after the first repeats the first page's first listing. */
  'duplicate-across-pages',
  /** Facets are counted without the filters. */
  'facets-ignore-filters',
  /** A listing read on its own lacks its title (which the OpenAPI document requires). */
  'listing-without-title',
  /** A 404 on a read answers `{ "message" }`, not the error body. */
  'error-shape',
  /** Reads carry no Access-Control-Allow-Origin. */
  'no-cors',
  /** A credential is served with the wrong content type (a JWT as JSON, JSON as text). */
  'credential-wrong-type',
  /** A replayed Idempotency-Key answers a new booking. */
  'replay-books-twice',
  /** A taken time answers 500, not 409. */
  'taken-slot-500',
  /** Cancelling and rescheduling work without the manage token. */
  'manage-token-ignored',
  /** Rescheduling leaves `sequence` as it was. */
  'sequence-stuck',
  /** A write sent as text/plain is taken as JSON. */
  'text-plain-writes',
] as const;
export type Fault = (typeof FAULTS)[number];

interface Upstream {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const HOP = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection']);

async function bodyOf(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}

/** Serves `upstream` (the reference server's base URL, such as `http://127.0.0.1:1234`) with `fault`. */
export async function faultyBackend(upstream: string, fault: Fault) {
  const seenKeys = new Set<string>();
  const tokens = new Map<string, string>();

  async function forward(
    method: string,
    url: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<Upstream> {
    const response = await fetch(`${upstream}${url}`, {
      method,
      headers: { ...headers, 'accept-encoding': 'identity' },
      ...(body && method !== 'GET' && method !== 'OPTIONS' ? { body } : {}),
    });
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!HOP.has(name)) out[name] = value;
    });
    return { status: response.status, headers: out, body: await response.text() };
  }

  async function handle(req: IncomingMessage): Promise<Upstream> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://proxy');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string' && name !== 'host' && !HOP.has(name)) headers[name] = value;
    const body = await bodyOf(req);
    const path = url.pathname;
    const key = headers['idempotency-key'];
    const manage = /^\/api\/bookings\/([^/]+)\/(cancel|reschedule)$/.exec(path);

    if (
      fault === 'text-plain-writes' &&
      method === 'POST' &&
      headers['content-type'] === 'text/plain'
    )
      headers['content-type'] = 'application/json';
    if (fault === 'manage-token-ignored' && manage && tokens.has(manage[1]!))
      headers.authorization = `Bearer ${tokens.get(manage[1]!)}`;

    const answer = await forward(method, `${path}${url.search}`, headers, body);
    const json = () => JSON.parse(answer.body);
    const rewrite = (value: unknown) => {
      answer.body = JSON.stringify(value);
    };

    if (method === 'POST' && path === '/api/bookings' && answer.status === 201) {
      const booking = json();
      if (booking.manageToken) tokens.set(booking.id, booking.manageToken);
      if (fault === 'replay-books-twice' && answer.headers['idempotent-replayed'] === 'true')
        rewrite({ ...booking, id: `${booking.id}-again` });
    }
    if (
      fault === 'taken-slot-500' &&
      path === '/api/bookings' &&
      answer.status === 409 &&
      key &&
      !seenKeys.has(key)
    ) {
      answer.status = 500;
      rewrite({ error: { code: 'internal', message: 'Something went wrong on the server.' } });
    }
    if (key) seenKeys.add(key);
    if (fault === 'sequence-stuck' && manage?.[2] === 'reschedule' && answer.status === 200) {
      const booking = json();
      rewrite({ ...booking, sequence: booking.sequence - 1 });
    }
    if (method === 'GET' && path === '/api/listings' && answer.status === 200) {
      if (fault === 'duplicate-across-pages' && url.searchParams.has('cursor')) {
        const first = new URLSearchParams(url.search);
        first.delete('cursor');
        const page = json();
        const firstPage = JSON.parse((await forward('GET', `${path}?${first}`, headers)).body);
        page.items[0] = firstPage.items[0];
        rewrite(page);
      }
      const filters = ['kind', 'workplace', 'skill'].filter((f) => url.searchParams.has(f));
      if (fault === 'facets-ignore-filters' && filters.length) {
        const unfiltered = new URLSearchParams(url.search);
        for (const f of filters) unfiltered.delete(f);
        const page = json();
        page.facets = JSON.parse(
          (await forward('GET', `${path}?${unfiltered}`, headers)).body,
        ).facets;
        rewrite(page);
      }
    }
    if (fault === 'error-shape' && method === 'GET' && answer.status === 404)
      rewrite({ message: json().error.message });
    if (fault === 'no-cors' && method !== 'OPTIONS')
      for (const name of Object.keys(answer.headers))
        if (name.startsWith('access-control-')) delete answer.headers[name];
    if (
      fault === 'listing-without-title' &&
      /^\/api\/listings\/[^/]+$/.test(path) &&
      answer.status === 200
    ) {
      const listing = json();
      delete listing.title;
      rewrite(listing);
    }
    // A JWT said to be JSON, JSON said to be text.
    if (fault === 'credential-wrong-type' && path.startsWith('/api/credentials/'))
      answer.headers['content-type'] = /json/.test(answer.headers['content-type'] ?? '')
        ? 'text/plain; charset=utf-8'
        : 'application/json';
    return answer;
  }

  const server = createServer((req, res: ServerResponse) => {
    handle(req).then(
      ({ status, headers, body }) => res.writeHead(status, headers).end(body),
      (error: Error) => res.writeHead(502, { 'content-type': 'text/plain' }).end(error.message),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
