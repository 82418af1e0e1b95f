/**
 * What every part of the REST adapter shares: the HTTP client for one backend, its base URL,
 * and links made absolute against it. The parts (rest-listings.ts, rest-mentoring.ts,
 * rest-bookings.ts, rest-credentials.ts, rest-applications.ts) each speak one data shape of
 * the contract, so a page loads only the parts its elements use (core/lazy-rest.ts).
 */
import { resolveLinks, type LinkField } from '../core/safe-links.ts';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../core/http.ts';

export interface RestAdapterOptions extends Omit<HttpClientOptions, 'baseUrl' | 'mapError'> {
  /** Where the contract's routes live, such as `https://api.example.org/v1` or `/api`. */
  baseUrl: string;
  /**
   * The backend also takes applications at `POST /listings/{id}/applications` (an optional
   * route of the contract). Without it, apply links go to each listing's `applyUrl`.
   */
  applications?: boolean;
}

export interface RestClient {
  readonly http: HttpClient;
  /** The base URL, absolute. */
  readonly base: string;
  /** A backend may answer with links relative to itself ("/jobs/42/apply"): made absolute. */
  resolved(fields: readonly LinkField[]): (item: unknown) => unknown;
}

const clients = new WeakMap<RestAdapterOptions, RestClient>();

/** The client for an adapter's options, made once and shared by its parts. */
export function clientFor(options: RestAdapterOptions): RestClient {
  let client = clients.get(options);
  if (!client) {
    const http = createHttpClient(options);
    const base = http.url('');
    client = { http, base, resolved: (fields) => (item) => resolveLinks(item, fields, base) };
    clients.set(options, client);
  }
  return client;
}

/** A request's body, read once its schemas are in: both are asked for at once. */
export const readWith = async <M, T>(
  schemas: Promise<M>,
  body: Promise<unknown>,
  read: (m: M, body: unknown) => T,
) => {
  const [m, raw] = await Promise.all([schemas, body]);
  return read(m, raw);
};

export const segment = encodeURIComponent;
