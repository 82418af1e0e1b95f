/**
 * Cal.com as a mentoring backend, through its public API v2, no API key for a public event
 * type: `GET /v2/event-types` (`cal-api-version: 2024-06-14`) for the host's name and photo
 * and the event's title, length and description; `GET /v2/slots` (`2024-09-04`);
 * `POST /v2/bookings`, `…/{uid}/reschedule` and `…/{uid}/cancel` (`2024-08-13`). One Cal.com
 * event type is one mentor with one session type. What the page gives (`mentor`, `session`)
 * wins over what Cal.com says. An event named by id alone cannot be looked up without a key,
 * so the page names its mentor and session.
 */
import { createHttpClient, type HttpClientOptions } from '../core/http.ts';
import { AdapterError } from '../core/errors.ts';
import { readBooking } from '../core/read-bookings.ts';
import * as v from '../core/valibot.ts';
import { MentorSchema } from '../core/models/mentoring.ts';
import { describeIssues } from '../core/schema-helpers.ts';
import { mentorsCovering } from '../core/skills/mentor-skills.ts';
import type { Mentor, MentorInput, SessionTypeInput, Slot } from '../core/models/mentoring.ts';
import type { Booking } from '../core/models/booking.ts';
import type { MentoringAdapter } from '../core/contracts.ts';

export interface CalComOptions extends Omit<HttpClientOptions, 'baseUrl' | 'mapError'> {
  /** The host's Cal.com username, with `eventSlug`: `cal.com/USERNAME/EVENT-SLUG`. */
  username?: string;
  eventSlug?: string;
  /** Or the event type's numeric id, instead of `username` and `eventSlug`. */
  eventTypeId?: number;
  /** For users inside a Cal.com organization. */
  organizationSlug?: string;
  /** Default `https://api.cal.com/v2`; a self-hosted Cal.com's API v2 otherwise. */
  apiBase?: string;
  /**
   * How the mentor is shown: name, headline, photo, expertise, skills, languages, time zone.
   * Cal.com has no skills: `skills` here are what `listMentors({ skill })` filters by.
   */
  mentor?: Partial<Omit<MentorInput, 'sessionTypes'>>;
  /** The session: name, length, description and extra questions (booking fields by id). */
  session?: Partial<SessionTypeInput>;
}

export interface CalComAdapter extends Required<MentoringAdapter> {
  readonly apiBase: string;
}

const EVENT_TYPES_VERSION = '2024-06-14';
const SLOTS_VERSION = '2024-09-04';
const BOOKINGS_VERSION = '2024-08-13';
/** Cal.com answers 400 (not 409) when the slot was taken meanwhile. */
const TAKEN =
  /not available|already has (a )?booking|no available users|already booked|seats_full/i;
/**
 * Cal.com's other 400s about the time itself (its booking handler's messages): in the past,
 * under the minimum notice, outside the bookable window. The time cannot be booked, so the
 * visitor chooses another; `fields.start` says why.
 */
const TIME_REFUSED: [RegExp, string][] = [
  [/in the past/i, 'past'],
  [/minimum booking notice/i, 'too-soon'],
  [/out_of_bounds|outside (of )?(the )?booking window|period/i, 'outside-window'],
];
/** `{email}error_required_field`, `responses - {notes}…`: a booking field Cal.com refused. */
const FIELD = /\{(\w+)\}\s*(error_required_field|invalid\w*)/i;

/** A Cal.com 400, as the widget can act on it; undefined for anything else. */
function calRefusal(status: number, fallback: AdapterError): AdapterError | undefined {
  if (status !== 400) return undefined;
  const { message } = fallback;
  if (TAKEN.test(message)) return new AdapterError('conflict', message, { status });
  const time = TIME_REFUSED.find(([pattern]) => pattern.test(message))?.[1];
  if (time) return new AdapterError('conflict', message, { status, fields: { start: time } });
  const field = FIELD.exec(message);
  if (field) {
    const name = field[1]!;
    const path = name === 'email' || name === 'name' ? `attendee.${name}` : `answers.${name}`;
    const why = /required/i.test(field[2]!) ? 'required' : 'invalid';
    return new AdapterError('http', message, { status, fields: { [path]: why } });
  }
  return new AdapterError('http', message, { status, retryable: false });
}

const SlotsAnswer = v.looseObject({ data: v.record(v.string(), v.array(v.unknown())) });
/** The public fields of `EventTypeOutput_2024_06_14` the widget shows; the rest is ignored. */
const EventTypesAnswer = v.looseObject({
  data: v.array(
    v.looseObject({
      title: v.optional(v.string()),
      slug: v.optional(v.string()),
      lengthInMinutes: v.optional(v.finiteNumber()),
      description: v.optional(v.nullable(v.string())),
      users: v.optional(
        v.array(
          v.looseObject({
            name: v.optional(v.nullable(v.string())),
            username: v.optional(v.nullable(v.string())),
            avatarUrl: v.optional(v.nullable(v.string())),
          }),
        ),
      ),
    }),
  ),
});
type EventType = v.InferOutput<typeof EventTypesAnswer>['data'][number];
const BookingAnswer = v.looseObject({ data: v.unknown() });

const STATUS: Record<string, string> = {
  accepted: 'confirmed',
  pending: 'pending',
  cancelled: 'cancelled',
  rejected: 'cancelled',
};

const httpLink = (value: unknown) =>
  typeof value === 'string' && /^https?:\/\//i.test(value) ? value : undefined;

export function calComAdapter(options: CalComOptions): CalComAdapter {
  const { username, eventSlug, eventTypeId, organizationSlug } = options;
  if (eventTypeId === undefined && !(username && eventSlug))
    throw new TypeError('calComAdapter needs username and eventSlug, or eventTypeId.');
  const apiBase = options.apiBase ?? 'https://api.cal.com/v2';
  const http = createHttpClient({
    ...options,
    baseUrl: apiBase,
    mapError: (status, _body, fallback) => calRefusal(status, fallback),
  });
  // Which event type: by id, or by user and slug (the way cal.com/USER/EVENT links name it).
  const eventQuery =
    eventTypeId !== undefined
      ? { eventTypeId }
      : { username: username!, eventTypeSlug: eventSlug!, organizationSlug };
  const eventBody = Object.fromEntries(
    Object.entries(eventQuery).filter(([, value]) => value !== undefined),
  );

  const slugMinutes = /^(\d+)\s*-?\s*min/i.exec(eventSlug ?? '')?.[1];
  /** The mentor from what the page gave and, when it was looked up, the event type. */
  function describe(event?: EventType): Mentor {
    const host = event?.users?.find((user) => user.username === username) ?? event?.users?.[0];
    const described = v.safeParse(MentorSchema, {
      id: username ?? `event-${String(eventTypeId)}`,
      name: host?.name?.trim() || username || 'Cal.com',
      ...(httpLink(host?.avatarUrl) ? { photoUrl: host!.avatarUrl } : {}),
      ...options.mentor,
      sessionTypes: [
        {
          id: eventSlug ?? String(eventTypeId),
          name: event?.title?.trim() || eventSlug || 'Session',
          durationMinutes: event?.lengthInMinutes ?? (slugMinutes ? Number(slugMinutes) : 30),
          ...(event?.description?.trim() ? { description: event.description.trim() } : {}),
          ...options.session,
        },
      ],
    });
    if (!described.success) {
      const where = event ? 'Cal.com’s event type' : 'calComAdapter';
      throw new TypeError(`${where}: ${describeIssues(described.issues, options.mentor)}.`);
    }
    return described.output;
  }
  let mentor = describe();
  let session = mentor.sessionTypes[0]!;
  // A public event type is looked up once, when first shown, unless the page named it all.
  const lookUp = username && eventSlug && !(options.mentor?.name && options.session?.name);
  let described: Promise<void> | undefined;

  async function lookUpEventType(signal: AbortSignal): Promise<void> {
    const answer = await http.request({
      path: 'event-types',
      query: { username: username!, eventSlug: eventSlug!, orgSlug: organizationSlug },
      headers: { 'cal-api-version': EVENT_TYPES_VERSION },
      signal,
      read: (body) => v.parse(EventTypesAnswer, body),
    });
    const event = answer.data.find((item) => item.slug === undefined || item.slug === eventSlug);
    if (!event)
      throw new AdapterError(
        'not-found',
        `Cal.com has no public event "${username!}/${eventSlug!}" (a hidden or missing event type).`,
      );
    try {
      mentor = describe(event);
    } catch (error) {
      throw new AdapterError('invalid-response', (error as Error).message);
    }
    session = mentor.sessionTypes[0]!;
  }

  const checkIds = (mentorId: string, sessionTypeId: string) => {
    if (mentorId !== mentor.id || sessionTypeId !== session.id)
      throw new AdapterError('not-found', `No Cal.com event "${mentorId}/${sessionTypeId}" here.`);
  };

  /** A Cal.com booking (for a recurring event type, its first occurrence) as the contract's. */
  function toBooking(data: unknown, attendee: Booking['attendee'] | undefined): Booking {
    const booked = [data].flat()[0] as Record<string, unknown> | undefined;
    const hosts = Array.isArray(booked?.hosts) ? (booked.hosts as { name?: unknown }[]) : [];
    const attendees = Array.isArray(booked?.attendees)
      ? (booked.attendees as Record<string, unknown>[])
      : [];
    return readBooking({
      id: String(booked?.uid ?? booked?.id ?? ''),
      status: STATUS[String(booked?.status)] ?? 'pending',
      start: booked?.start,
      end: booked?.end,
      mentorId: mentor.id,
      sessionTypeId: session.id,
      attendee: attendee ?? {
        name: attendees[0]?.name,
        email: attendees[0]?.email,
        timeZone: attendees[0]?.timeZone,
      },
      mentor: {
        id: mentor.id,
        name: typeof hosts[0]?.name === 'string' ? hosts[0].name : mentor.name,
      },
      joinUrl: httpLink(booked?.meetingUrl) ?? httpLink(booked?.location),
    });
  }

  return {
    apiBase: http.url(''),

    async listMentors(query, ctx) {
      // The mentor is known from the options once looked up: a cancelled call still rejects.
      ctx.signal.throwIfAborted();
      if (lookUp) {
        // Kept once it succeeds; a failed lookup (offline, say) is tried again next time.
        described ??= lookUpEventType(ctx.signal).catch((error: unknown) => {
          described = undefined;
          throw error;
        });
        await described;
      }
      const wanted = (query.q ?? '').trim().toLowerCase();
      const text = [mentor.name, mentor.headline, ...mentor.expertise].join(' ').toLowerCase();
      const matches =
        (!wanted || text.includes(wanted)) &&
        (!query.expertise || mentor.expertise.includes(query.expertise));
      // Cal.com knows nothing of skills: the page's `mentor.skills` (and expertise) answer.
      const skills = query.skill?.filter((s) => s.trim()) ?? [];
      const covers = !skills.length || mentorsCovering([mentor], skills).length > 0;
      return matches && covers ? [mentor] : [];
    },

    async getAvailability(req, ctx) {
      checkIds(req.mentorId, req.sessionTypeId);
      const answer = await http.request({
        path: 'slots',
        query: {
          ...eventQuery,
          start: new Date(req.from).toISOString(),
          end: new Date(req.to).toISOString(),
          timeZone: req.timeZone,
          format: 'range',
        },
        headers: { 'cal-api-version': SLOTS_VERSION },
        signal: ctx.signal,
        read: (body) => v.parse(SlotsAnswer, body),
      });
      // The "time" format (start only) is read too: the session's length gives the end. A
      // slot that cannot be read is passed on as it came, for the widget's boundary to drop and
      // count ("2 times could not be shown"), rather than vanish here without a word.
      const length = session.durationMinutes * 60_000;
      return Object.values(answer.data)
        .flat()
        .map((item) => {
          const { start, end } = (item ?? {}) as { start?: unknown; end?: unknown };
          const at = typeof start === 'string' ? Date.parse(start) : Number.NaN;
          return end === undefined && !Number.isNaN(at)
            ? { start, end: new Date(at + length).toISOString() }
            : item;
        }) as Slot[];
    },

    async book(req, ctx) {
      checkIds(req.mentorId, req.sessionTypeId);
      const { name, email, timeZone, locale } = req.attendee;
      const language = locale?.split('-')[0];
      const answer = await http.request({
        method: 'POST',
        path: 'bookings',
        headers: { 'cal-api-version': BOOKINGS_VERSION },
        body: {
          ...eventBody,
          start: new Date(req.start).toISOString(),
          attendee: { name, email, timeZone, ...(language ? { language } : {}) },
          bookingFieldsResponses: req.answers,
          metadata: req.metadata,
        },
        signal: ctx.signal,
        read: (body) => v.parse(BookingAnswer, body),
      });
      return toBooking(answer.data, req.attendee);
    },

    /** Cal.com moves a booking by making a new one (a new uid) and cancelling the old. */
    async reschedule(bookingId, to, ctx) {
      const answer = await http.request({
        method: 'POST',
        path: `bookings/${encodeURIComponent(bookingId)}/reschedule`,
        headers: { 'cal-api-version': BOOKINGS_VERSION },
        body: { start: new Date(to.start).toISOString() },
        signal: ctx.signal,
        read: (body) => v.parse(BookingAnswer, body),
      });
      // The new booking names its attendee; it keeps the answers given when it was made.
      return toBooking(answer.data, undefined);
    },

    async cancel(bookingId, reason, ctx) {
      await http.request({
        method: 'POST',
        path: `bookings/${encodeURIComponent(bookingId)}/cancel`,
        headers: { 'cal-api-version': BOOKINGS_VERSION },
        body: reason ? { cancellationReason: reason } : {},
        signal: ctx.signal,
        expect: 'none',
      });
    },
  };
}
