/**
 * Speaks the Micropath REST contract (docs/rest-contract.md) to any backend that implements
 * it, such as `@micropath/server`. Every answer passes the kit's schemas before it is returned.
 */
import {
  BOOKING_LINKS,
  LISTING_LINKS,
  MENTOR_LINKS,
  resolveLinks,
  type LinkField,
} from '../core/safe-links.ts';
import { createHttpClient, type HttpClientOptions } from '../core/http.ts';
import { AdapterError } from '../core/errors.ts';
import { readOne } from '../core/boundary.ts';
import * as v from '../core/valibot.ts';
import type { Slot } from '../core/models/mentoring.ts';
import type { CredentialsAdapter, ListingsAdapter, MentoringAdapter } from '../core/contracts.ts';

export interface RestAdapterOptions extends Omit<HttpClientOptions, 'baseUrl' | 'mapError'> {
  /** Where the contract's routes live, such as `https://api.example.org/v1` or `/api`. */
  baseUrl: string;
  /**
   * The backend also takes applications at `POST /listings/{id}/applications` (an optional
   * route of the contract). Without it, apply links go to each listing's `applyUrl`.
   */
  applications?: boolean;
}

export interface RestAdapter
  extends ListingsAdapter, Required<CredentialsAdapter>, Required<MentoringAdapter> {
  readonly baseUrl: string;
  getListing: NonNullable<ListingsAdapter['getListing']>;
}

const SlotsEnvelope = v.looseObject({ slots: v.array(v.unknown()) });
/**
 * The schemas of each shape load with the first request for it, beside that request: a page
 * with a board never loads the mentoring schemas, nor a booking page the listing ones.
 */
const listings = () => import('../core/read-listings.ts');
const mentoring = () => import('../core/read-mentoring.ts');
const applications = () => import('../core/models/listing.ts');
const exchanges = () => import('../core/models/exchange.ts');
/** A request's body, read once its schemas are in: both are asked for at once. */
const readWith = async <M, T>(
  schemas: Promise<M>,
  body: Promise<unknown>,
  read: (m: M, body: unknown) => T,
) => {
  const [m, raw] = await Promise.all([schemas, body]);
  return read(m, raw);
};
const segment = encodeURIComponent;

/** The booking's manage token, as the REST contract takes it: a bearer credential. */
const manageHeaders = (token: string | undefined): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {};

export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  const http = createHttpClient(options);
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const dropped = (what: string, problems: string[]) => {
    if (problems.length)
      console.warn(`[micropath] Skipped ${what} from ${options.baseUrl}:`, problems);
  };

  // A backend may answer with links relative to itself ("/jobs/42/apply"): they are made
  // absolute against the base URL before the boundary judges them.
  const base = http.url('');
  const resolved = (fields: readonly LinkField[]) => (item: unknown) =>
    resolveLinks(item, fields, base);
  const page = (body: unknown) => {
    const items = (body as { items?: unknown } | null)?.items;
    return Array.isArray(items)
      ? { ...(body as object), items: items.map(resolved(LISTING_LINKS)) }
      : body;
  };
  const each = (fields: readonly LinkField[]) => (body: unknown) =>
    Array.isArray(body) ? body.map(resolved(fields)) : body;

  const adapter: RestAdapter = {
    baseUrl: base,

    listListings: (query, ctx) =>
      readWith(
        listings(),
        http.request({
          path: 'listings',
          query: {
            q: query.q?.trim(),
            kind: query.kind,
            skill: query.skill,
            workplace: query.workplace,
            location: query.location,
            paid: query.paid || undefined,
            maxWeeks: query.maxWeeks,
            sort: query.sort,
            cursor: query.cursor,
            limit: query.limit,
          },
          signal: ctx.signal,
          headers: { 'accept-language': ctx.locale },
        }),
        (m, body) => m.readListingPage(page(body)),
      ),

    getListing: (id, ctx) =>
      readWith(
        listings(),
        http.request({
          path: `listings/${segment(id)}`,
          signal: ctx.signal,
          headers: { 'accept-language': ctx.locale },
        }),
        (m, body) => m.readListing(resolved(LISTING_LINKS)(body)),
      ),

    async getCredential(ref, ctx) {
      const response = await http.request({
        path: `credentials/${segment(ref)}`,
        signal: ctx.signal,
        headers: { accept: 'application/json, application/jwt, text/plain;q=0.5' },
        expect: 'text',
        read: (body) => String(body),
      });
      // JSON credentials come back parsed; a compact JWT stays a string.
      const text = response.trim();
      if (!text.startsWith('{')) return text;
      try {
        return JSON.parse(text) as unknown;
      } catch (cause) {
        throw new AdapterError('invalid-response', `Credential "${ref}" is not valid JSON.`, {
          cause,
        });
      }
    },

    listCredentials: (holder, ctx) =>
      http.request({
        path: `holders/${segment(holder)}/credentials`,
        signal: ctx.signal,
        read: (body) => readOne(v.array(v.unknown()), body, 'credential list'),
      }),

    fetch: (url, init) => fetchImpl(url, init),

    async listMentors(query, ctx) {
      const checked = await readWith(
        mentoring(),
        http.request({
          path: 'mentors',
          query: { q: query.q, expertise: query.expertise, skill: query.skill },
          signal: ctx.signal,
          headers: { 'accept-language': ctx.locale },
        }),
        (m, body) => m.readMentors(each(MENTOR_LINKS)(body)),
      );
      dropped('mentors', checked.problems);
      return checked.items;
    },

    // Slots go to the widget as the backend sent them: its boundary sorts them, merges
    // repeats and counts the unreadable ones, so the visitor is told how many were left out.
    getAvailability: (req, ctx) =>
      http.request({
        path: `mentors/${segment(req.mentorId)}/availability`,
        query: {
          sessionType: req.sessionTypeId,
          from: req.from,
          to: req.to,
          timeZone: req.timeZone,
        },
        signal: ctx.signal,
        read: (body) => readOne(SlotsEnvelope, body, 'availability').slots as Slot[],
      }),

    book: (req, ctx) =>
      readWith(
        mentoring(),
        http.request({
          method: 'POST',
          path: 'bookings',
          body: req,
          headers: { 'idempotency-key': ctx.idempotencyKey },
          signal: ctx.signal,
        }),
        (m, body) => m.readBooking(resolved(BOOKING_LINKS)(body)),
      ),

    async cancel(bookingId, reason, ctx) {
      await http.request({
        method: 'POST',
        path: `bookings/${segment(bookingId)}/cancel`,
        body: reason === undefined ? {} : { reason },
        headers: manageHeaders(ctx.manageToken),
        signal: ctx.signal,
        expect: 'none',
      });
    },

    reschedule: (bookingId, to, ctx) =>
      readWith(
        mentoring(),
        http.request({
          method: 'POST',
          path: `bookings/${segment(bookingId)}/reschedule`,
          body: { start: to.start, end: to.end },
          headers: {
            'idempotency-key': ctx.idempotencyKey,
            ...manageHeaders(ctx.manageToken),
          },
          signal: ctx.signal,
        }),
        (m, body) => m.readBooking(resolved(BOOKING_LINKS)(body)),
      ),
  };
  if (options.applications) {
    adapter.apply = (id, application, ctx) =>
      readWith(
        applications(),
        http.request({
          method: 'POST',
          path: `listings/${segment(id)}/applications`,
          body: application,
          signal: ctx.signal,
        }),
        (m, body) => readOne(m.ApplicationReceiptSchema, body, 'application receipt'),
      );
    adapter.startExchange = (listingId, ctx) =>
      readWith(
        exchanges(),
        http.request({
          method: 'POST',
          path: 'exchanges',
          body: { listingId },
          signal: ctx.signal,
        }),
        (m, body) => readOne(m.ExchangeSchema, body, 'exchange'),
      );
    adapter.getExchange = (exchange, ctx) =>
      readWith(
        exchanges(),
        http.request({
          path: `exchanges/${segment(exchange.id)}`,
          headers: { authorization: `Bearer ${exchange.token}` },
          signal: ctx.signal,
        }),
        (m, body) => readOne(m.ExchangeStateSchema, body, 'exchange'),
      );
  }
  return adapter;
}
