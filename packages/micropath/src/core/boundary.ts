/**
 * The adapter boundary. Adapters may be written by anyone, so whatever they return is read
 * here before a widget uses it: a malformed item is dropped and counted ("2 listings could not
 * be shown"), a malformed envelope or single object is an `invalid-response` error naming the
 * field at fault. Nothing here throws anything but AdapterError.
 */
import { AdapterError } from './errors.ts';
import * as v from './valibot.ts';
import { describeIssues, issueField } from './schema-helpers.ts';
import { ListingSchema, ListingPageSchema, FacetsSchema } from './models/listing.ts';
import type { Listing, ListingPage } from './models/listing.ts';
import { BookingSchema, MentorSchema, SlotSchema } from './models/mentoring.ts';
import type { Booking, Mentor, Slot } from './models/mentoring.ts';
import {
  BOOKING_LINKS,
  LISTING_LINKS,
  MENTOR_LINKS,
  dropUnsafeLinks,
  type LinkField,
} from './safe-links.ts';

/**
 * Objects this module has already read and deep-frozen: they cannot have changed since, so
 * reading them again (an adapter's own result, then the widget's boundary) skips the schema.
 */
const alreadyRead = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Freezes items that passed their schema and remembers them as read. */
export function markRead<T extends object>(items: T[]): T[] {
  for (const item of items) alreadyRead.add(deepFreeze(item));
  return items;
}

export interface CheckedList<T> {
  items: T[];
  /** How many items were dropped because they failed their schema. */
  skipped: number;
  /** Why the first few were dropped, for the console. */
  problems: string[];
}

/** Says which links were left out, so a page's developer can see why a link is missing. */
function reportDropped(what: string, dropped: string[], count = dropped.length): void {
  if (count)
    console.warn(
      `[micropath] ${count} ${count === 1 ? 'link was' : 'links were'} left out of the ${what}s (not http(s)):`,
      dropped.slice(0, 3),
    );
}

export function readOne<S extends v.GenericSchema>(
  schema: S,
  given: unknown,
  what: string,
  links: readonly LinkField[] = [],
): v.InferOutput<S> {
  const { value: raw, dropped } = dropUnsafeLinks(given, links);
  reportDropped(what, dropped);
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  throw new AdapterError(
    'invalid-response',
    `The ${what} could not be read: ${describeIssues(result.issues, raw)}.`,
  );
}

/**
 * Checks what a caller sends (a booking request, an application). A failure is the
 * contract's 422: an `http` AdapterError with a message per field.
 */
export function checkRequest<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  what: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const fields: Record<string, string> = {};
  for (const issue of result.issues) {
    const key = issueField(issue) || '(root)';
    fields[key] ??= describeIssues([issue], value).replace(/^[^:]*: /, '');
  }
  const summary = describeIssues(result.issues, value);
  throw new AdapterError('http', `The ${what} is not valid: ${summary}.`, {
    status: 422,
    fields,
  });
}

export function readList<S extends v.GenericSchema>(
  schema: S,
  raw: unknown,
  what: string,
  links: readonly LinkField[] = [],
): CheckedList<v.InferOutput<S>> {
  if (!Array.isArray(raw)) {
    throw new AdapterError('invalid-response', `The ${what} list could not be read: not a list.`);
  }
  const items: v.InferOutput<S>[] = [];
  const problems: string[] = [];
  const dropped: string[] = [];
  let droppedCount = 0;
  raw.forEach((given, index) => {
    if (typeof given === 'object' && given !== null && alreadyRead.has(given)) {
      items.push(given as v.InferOutput<S>);
      return;
    }
    // An unusable link costs the item that field, not its place in the list.
    const { value: entry, dropped: found } = dropUnsafeLinks(given, links);
    droppedCount += found.length;
    if (dropped.length < 3) dropped.push(...found.map((l) => `${what} ${index} ${l}`));
    const result = v.safeParse(schema, entry);
    if (result.success) items.push(result.output);
    else if (problems.length < 3)
      problems.push(`${what} ${index}: ${describeIssues(result.issues, entry, 2)}`);
  });
  reportDropped(what, dropped, droppedCount);
  return { items, skipped: raw.length - items.length, problems };
}

const PageEnvelope = v.looseObject({
  items: v.array(v.unknown()),
  total: ListingPageSchema.entries.total,
  nextCursor: ListingPageSchema.entries.nextCursor,
  facets: v.optional(FacetsSchema),
  skipped: ListingPageSchema.entries.skipped,
});

export function readListingPage(raw: unknown): ListingPage {
  const envelope = readOne(PageEnvelope, raw, 'listing page');
  const { items, skipped, problems } = readList(
    ListingSchema,
    envelope.items,
    'listing',
    LISTING_LINKS,
  );
  if (problems.length) console.warn('[micropath] Some listings were skipped:', problems);
  const page: ListingPage = { items, skipped: (envelope.skipped ?? 0) + skipped };
  if (envelope.total !== undefined) page.total = envelope.total;
  if (envelope.nextCursor) page.nextCursor = envelope.nextCursor;
  if (envelope.facets) page.facets = envelope.facets;
  return page;
}

export const readListing = (raw: unknown): Listing =>
  readOne(ListingSchema, raw, 'listing', LISTING_LINKS);
export const readBooking = (raw: unknown): Booking =>
  readOne(BookingSchema, raw, 'booking', BOOKING_LINKS);
export const readMentors = (raw: unknown): CheckedList<Mentor> =>
  readList(MentorSchema, raw, 'mentor', MENTOR_LINKS);

/**
 * Valid slots, sorted by start, one per instant: a start written twice (in another offset
 * notation, or with another end) is one time. Of those, the one lasting `durationMinutes`
 * (the chosen session's length) is kept, else the first the backend listed.
 */
export function readSlots(raw: unknown, durationMinutes?: number): CheckedList<Slot> {
  const checked = readList(SlotSchema, raw, 'slot');
  const byStart = new Map<number, Slot>();
  const lasts = (slot: Slot) =>
    Date.parse(slot.end) - Date.parse(slot.start) === (durationMinutes ?? Number.NaN) * 60_000;
  for (const slot of checked.items) {
    const at = Date.parse(slot.start);
    const kept = byStart.get(at);
    if (!kept || (!lasts(kept) && lasts(slot))) byStart.set(at, slot);
  }
  const unique = [...byStart].sort(([a], [b]) => a - b).map(([, slot]) => slot);
  return { ...checked, items: unique };
}
