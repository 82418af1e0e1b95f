/**
 * An adapter that keeps everything in memory, with the semantics of a real backend: search
 * and facets over the listings, availability from mentors' weekly hours minus bookings, a
 * `conflict` for a taken slot, and idempotent booking. For demos, stories, tests and
 * prototypes; the same data can later move to a server behind the REST adapter.
 */
import { LISTING_LINKS } from '../../core/safe-links.ts';
import { AdapterError } from '../../core/errors.ts';
import * as v from '../../core/valibot.ts';
import { checkRequest, markRead, readList } from '../../core/boundary.ts';
import { createListingIndex } from '../../core/listing-query.ts';
import { randomId } from '../../core/ids.ts';
import { toZonedIso } from '../../core/time.ts';
import type {
  CredentialsAdapter,
  ListingsAdapter,
  MentoringAdapter,
  RequestContext,
  BookingContext,
  ManageContext,
  RescheduleContext,
} from '../../core/contracts.ts';
import { ApplicationSchema } from '../../core/models/application.ts';
import {
  ListingQuerySchema,
  ListingSchema,
  type ApplicationReceipt,
  type Listing,
  type ListingPage,
  type ListingQuery,
} from '../../core/models/listing.ts';
import {
  AvailabilityRequestSchema,
  MentorSchema,
  type Mentor,
  type MentorInput,
  type MentorQuery,
  type Slot,
} from '../../core/models/mentoring.ts';
import {
  BookingRequestSchema,
  RescheduleRequestSchema,
  type Booking,
  type BookingRequest,
  type RescheduleRequest,
} from '../../core/models/booking.ts';
import type { Application } from '../../core/models/listing.ts';
import { filterMentors } from '../../core/mentor-query.ts';
import { slotsFromWeeklyHours, type WeeklyHours } from './weekly-hours.ts';

export type { WeeklyHours, Weekday } from './weekly-hours.ts';

export interface MemoryMentor extends MentorInput {
  /** The zone of `weeklyHours`. */
  timeZone: string;
  /** Recurring hours in the mentor's own `timeZone`. No hours: never available. */
  weeklyHours?: WeeklyHours[];
  /** Slots starting sooner than this are not offered. Default 120 minutes. */
  minNoticeMinutes?: number;
  /** Minutes between slot starts. Default: the session's duration. */
  slotStepMinutes?: number;
  /** Put into each booking as its `joinUrl`. */
  meetingUrl?: string;
}

export interface MemoryAdapterOptions {
  /** Raw listings; those failing the Listing schema are skipped and counted. */
  listings?: readonly unknown[];
  mentors?: readonly MemoryMentor[];
  /** Raw credentials by id: JSON objects, JWT strings or Blobs. */
  credentials?: Readonly<Record<string, unknown>>;
  /** Credential ids per holder. */
  holders?: Readonly<Record<string, readonly string[]>>;
  /** Bookings that already occupy slots. */
  bookings?: readonly Booking[];
  /** Simulated latency of every call, in milliseconds (stories, demos). */
  latencyMs?: number;
  /** The clock, in epoch milliseconds (tests). */
  now?: () => number;
}

/** No wallet exchanges: a wallet on a phone cannot reach the page's memory. */
export interface MemoryAdapter
  extends
    Required<Omit<ListingsAdapter, 'startExchange' | 'getExchange'>>,
    Omit<Required<CredentialsAdapter>, 'fetch'>,
    Required<MentoringAdapter> {
  /** Every booking made so far, cancelled ones included. */
  readonly bookings: readonly Booking[];
  /** Every application received so far. */
  readonly applications: readonly (Application & { listingId: string; id: string })[];
}

const MAX_AVAILABILITY_DAYS = 92;
const MINUTE_MS = 60_000;

export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const now = options.now ?? Date.now;
  const checkedListings = readList(ListingSchema, options.listings ?? [], 'listing', LISTING_LINKS);
  if (checkedListings.problems.length) {
    console.warn('[micropath] Memory adapter skipped listings:', checkedListings.problems);
  }
  let index: ReturnType<typeof createListingIndex> | undefined;
  // Frozen once, so pages need no defensive copies and the widget need not re-validate them.
  const listings = () => (index ??= createListingIndex(markRead(checkedListings.items)));

  const mentors = new Map<string, { mentor: Mentor; setup: MemoryMentor }>();
  for (const setup of options.mentors ?? []) {
    const mentor = v.parse(MentorSchema, setup);
    mentors.set(mentor.id, { mentor, setup });
  }
  const bookings: Booking[] = (options.bookings ?? []).map((b) => structuredClone(b));
  const byKey = new Map<string, { fingerprint: string; booking: Booking }>();
  const reschedules = new Map<string, { fingerprint: string; booking: Booking }>();

  /** The booking `id`, when `ctx` carries its manage token. */
  function managed(id: string, ctx: ManageContext): Booking {
    const booking = bookings.find((b) => b.id === id);
    if (!booking) throw new AdapterError('not-found', `No booking "${id}".`, { status: 404 });
    if (booking.manageToken !== ctx.manageToken)
      throw new AdapterError(
        'unauthorized',
        'This booking can only be changed with its manage token.',
        {
          status: 403,
        },
      );
    return booking;
  }
  const applications: (Application & { listingId: string; id: string })[] = [];

  async function settle(ctx: RequestContext | undefined): Promise<void> {
    const signal = ctx?.signal;
    const aborted = () => new DOMException('The request was cancelled.', 'AbortError');
    if (signal?.aborted) throw aborted();
    if (!options.latencyMs) {
      // Answered a task later, as a backend would be: a signal aborted after the call (a newer
      // query won) rejects it rather than letting a stale answer through.
      await Promise.resolve();
      if (signal?.aborted) throw aborted();
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, options.latencyMs);
      signal?.addEventListener('abort', () => (clearTimeout(timer), reject(aborted())), {
        once: true,
      });
    });
  }

  function mentorAndSession(mentorId: string, sessionTypeId: string) {
    const entry = mentors.get(mentorId);
    if (!entry) throw new AdapterError('not-found', `No mentor "${mentorId}".`, { status: 404 });
    const session = entry.mentor.sessionTypes.find((s) => s.id === sessionTypeId);
    if (!session) {
      throw new AdapterError(
        'not-found',
        `Mentor "${mentorId}" has no session type "${sessionTypeId}".`,
        {
          status: 404,
        },
      );
    }
    return { ...entry, session };
  }

  /** Free slot times: weekly hours, minus the notice period, minus confirmed bookings. */
  function freeSlots(mentorId: string, sessionTypeId: string, from: number, to: number) {
    const { setup, session } = mentorAndSession(mentorId, sessionTypeId);
    const earliest = now() + (setup.minNoticeMinutes ?? 120) * MINUTE_MS;
    const taken = bookings
      .filter((b) => b.mentorId === mentorId && b.status !== 'cancelled')
      .map((b) => ({ start: Date.parse(b.start), end: Date.parse(b.end) }));
    return slotsFromWeeklyHours(
      setup.weeklyHours ?? [],
      setup.timeZone,
      { from: Math.max(from, earliest), to },
      session.durationMinutes,
      setup.slotStepMinutes,
    ).filter((slot) => !taken.some((t) => slot.start < t.end && t.start < slot.end));
  }

  return {
    instantSearch: true,
    get bookings() {
      return bookings.map((b) => structuredClone(b));
    },
    get applications() {
      return applications.map((a) => structuredClone(a));
    },

    async listListings(query: ListingQuery, ctx: RequestContext): Promise<ListingPage> {
      await settle(ctx);
      const page = listings().query(
        checkRequest(ListingQuerySchema, query, 'listing query'),
        now(),
      );
      return { ...page, skipped: checkedListings.skipped };
    },

    async getListing(id: string, ctx: RequestContext): Promise<Listing> {
      await settle(ctx);
      const listing = listings().get(id);
      if (!listing) throw new AdapterError('not-found', `No listing "${id}".`, { status: 404 });
      return listing;
    },

    async apply(
      id: string,
      application: Application,
      ctx: RequestContext,
    ): Promise<ApplicationReceipt> {
      await settle(ctx);
      if (!listings().get(id))
        throw new AdapterError('not-found', `No listing "${id}".`, { status: 404 });
      const checked = checkRequest(ApplicationSchema, application, 'application');
      const receipt: ApplicationReceipt = {
        id: randomId('app_'),
        listingId: id,
        status: 'received',
        receivedAt: new Date(now()).toISOString(),
      };
      applications.push({ ...checked, listingId: id, id: receipt.id });
      return receipt;
    },

    async getCredential(ref: string, ctx: RequestContext): Promise<unknown> {
      await settle(ctx);
      const credential = options.credentials?.[ref];
      if (credential === undefined) {
        throw new AdapterError('not-found', `No credential "${ref}".`, { status: 404 });
      }
      return credential instanceof Blob ? credential : structuredClone(credential);
    },

    async listCredentials(holder: string, ctx: RequestContext): Promise<unknown[]> {
      await settle(ctx);
      const ids = options.holders?.[holder];
      if (!ids) throw new AdapterError('not-found', `No holder "${holder}".`, { status: 404 });
      return ids.flatMap((id) => {
        const credential = options.credentials?.[id];
        if (credential === undefined) return [];
        return [credential instanceof Blob ? credential : structuredClone(credential)];
      });
    },

    async listMentors(query: MentorQuery, ctx: RequestContext): Promise<Mentor[]> {
      await settle(ctx);
      return filterMentors(
        [...mentors.values()].map(({ mentor }) => mentor),
        query,
      ).map((m) => structuredClone(m));
    },

    async getAvailability(request, ctx): Promise<Slot[]> {
      await settle(ctx);
      const req = checkRequest(AvailabilityRequestSchema, request, 'availability request');
      const from = Date.parse(req.from);
      const to = Date.parse(req.to);
      if (to <= from) return [];
      if (to - from > MAX_AVAILABILITY_DAYS * 86_400_000) {
        throw new AdapterError(
          'http',
          `Ask for at most ${MAX_AVAILABILITY_DAYS} days of availability at once.`,
          {
            status: 400,
          },
        );
      }
      return freeSlots(req.mentorId, req.sessionTypeId, from, to).map((slot) => ({
        start: toZonedIso(slot.start, req.timeZone),
        end: toZonedIso(slot.end, req.timeZone),
      }));
    },

    async book(request: BookingRequest, ctx: BookingContext): Promise<Booking> {
      await settle(ctx);
      const req = checkRequest(BookingRequestSchema, request, 'booking request');
      const fingerprint = JSON.stringify(req);
      const replay = byKey.get(ctx.idempotencyKey);
      if (replay) {
        if (replay.fingerprint !== fingerprint) {
          throw new AdapterError(
            'conflict',
            'This idempotency key was already used for a different booking.',
            {
              status: 409,
            },
          );
        }
        return structuredClone(replay.booking);
      }
      const start = Date.parse(req.start);
      const end = Date.parse(req.end);
      const { mentor, setup } = mentorAndSession(req.mentorId, req.sessionTypeId);
      const free = freeSlots(req.mentorId, req.sessionTypeId, start, start + 1);
      if (!free.some((slot) => slot.start === start && slot.end === end)) {
        throw new AdapterError(
          'conflict',
          'That time is no longer available. Please choose another slot.',
          {
            status: 409,
          },
        );
      }
      const booking: Booking = {
        id: randomId('bk_'),
        status: 'confirmed',
        start: req.start,
        end: req.end,
        mentorId: mentor.id,
        sessionTypeId: req.sessionTypeId,
        attendee: req.attendee,
        mentor: { id: mentor.id, name: mentor.name },
        ...(setup.meetingUrl ? { joinUrl: setup.meetingUrl } : {}),
        manageToken: randomId('mt_'),
        sequence: 0,
      };
      bookings.push(booking);
      byKey.set(ctx.idempotencyKey, { fingerprint, booking });
      return structuredClone(booking);
    },

    async cancel(
      bookingId: string,
      _reason: string | undefined,
      ctx: ManageContext,
    ): Promise<void> {
      await settle(ctx);
      const booking = managed(bookingId, ctx);
      if (booking.status === 'cancelled') return;
      booking.status = 'cancelled';
      booking.sequence = (booking.sequence ?? 0) + 1;
    },

    async reschedule(
      bookingId: string,
      to: RescheduleRequest,
      ctx: RescheduleContext,
    ): Promise<Booking> {
      await settle(ctx);
      const req = checkRequest(RescheduleRequestSchema, to, 'reschedule request');
      const booking = managed(bookingId, ctx);
      const fingerprint = JSON.stringify([bookingId, req]);
      const replay = reschedules.get(ctx.idempotencyKey);
      if (replay) {
        if (replay.fingerprint !== fingerprint)
          throw new AdapterError('conflict', 'This idempotency key was already used.', {
            status: 409,
          });
        return structuredClone(replay.booking);
      }
      if (booking.status === 'cancelled')
        throw new AdapterError('conflict', 'This booking is cancelled.', { status: 409 });
      const start = Date.parse(req.start);
      const end = Date.parse(req.end);
      // Its own time does not count as taken: a session may move by less than its length.
      booking.status = 'cancelled';
      const free = freeSlots(booking.mentorId, booking.sessionTypeId, start, start + 1);
      booking.status = 'confirmed';
      if (!free.some((slot) => slot.start === start && slot.end === end))
        throw new AdapterError('conflict', 'That time is no longer available.', { status: 409 });
      Object.assign(booking, {
        start: req.start,
        end: req.end,
        sequence: (booking.sequence ?? 0) + 1,
      });
      reschedules.set(ctx.idempotencyKey, { fingerprint, booking: structuredClone(booking) });
      return structuredClone(booking);
    },
  };
}
