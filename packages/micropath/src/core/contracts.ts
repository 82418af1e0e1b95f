import type {
  Application,
  ApplicationReceipt,
  Listing,
  ListingPage,
  ListingQuery,
} from './models/listing.ts';
import type { Exchange, ExchangeState } from './models/exchange.ts';
import type { AvailabilityRequest, Mentor, MentorQuery, Slot } from './models/mentoring.ts';
import type { Booking, BookingRequest, RescheduleRequest } from './models/booking.ts';

/** Passed to every adapter call: cancel with `signal`, localize with `locale`. */
export interface RequestContext {
  signal: AbortSignal;
  locale: string;
}

export interface BookingContext extends RequestContext {
  /** One key per booking attempt, reused on retry: the backend books once per key. */
  idempotencyKey: string;
}

/** Passed when changing a booking: the secret the backend gave with it (`booking.manageToken`). */
export interface ManageContext extends RequestContext {
  manageToken?: string;
}

export interface RescheduleContext extends ManageContext {
  /** One key per reschedule attempt, reused on retry: the backend moves the booking once. */
  idempotencyKey: string;
}

export interface ListingsAdapter {
  /**
   * True when queries are answered from memory (a whole board already fetched): the board then
   * searches on every keystroke instead of waiting for the visitor to pause.
   */
  readonly instantSearch?: boolean;
  listListings(query: ListingQuery, ctx: RequestContext): Promise<ListingPage>;
  getListing?(id: string, ctx: RequestContext): Promise<Listing>;
  apply?(id: string, application: Application, ctx: RequestContext): Promise<ApplicationReceipt>;
  /**
   * Opens a wallet exchange for an application to listing `id` (the applicant's wallet is
   * asked for credentials and proof that they hold them). With `getExchange`, the apply step
   * offers "Request from your wallet".
   */
  startExchange?(id: string, ctx: RequestContext): Promise<Exchange>;
  /** The exchange's state: the wallet's presentation once it has answered. */
  getExchange?(exchange: Exchange, ctx: RequestContext): Promise<ExchangeState>;
}

export interface CredentialsAdapter {
  /** Raw credential: JSON object, JWT string, or Blob (a baked image). */
  getCredential(ref: string, ctx: RequestContext): Promise<unknown>;
  listCredentials?(holder: string, ctx: RequestContext): Promise<unknown[]>;
  /** Used for every lookup during verification, so a page can route them through a proxy. */
  fetch?(url: string, init?: RequestInit): Promise<Response>;
}

export interface MentoringAdapter {
  listMentors(query: MentorQuery, ctx: RequestContext): Promise<Mentor[]>;
  getAvailability(req: AvailabilityRequest, ctx: RequestContext): Promise<Slot[]>;
  book(req: BookingRequest, ctx: BookingContext): Promise<Booking>;
  cancel?(bookingId: string, reason: string | undefined, ctx: ManageContext): Promise<void>;
  /** Moves a booking to another free time of the same session type; answers the moved booking. */
  reschedule?(bookingId: string, to: RescheduleRequest, ctx: RescheduleContext): Promise<Booking>;
}

export type AdapterKind = 'listings' | 'credentials' | 'mentoring';

export interface AdapterByKind {
  listings: ListingsAdapter;
  credentials: CredentialsAdapter;
  mentoring: MentoringAdapter;
}

/** What `<micropath-provider>` shares with the elements inside it. */
export type ProvidedAdapters = Partial<AdapterByKind>;

/** The method that makes an object an adapter of a kind. */
const REQUIRED_METHOD: Record<AdapterKind, string> = {
  listings: 'listListings',
  credentials: 'getCredential',
  mentoring: 'getAvailability',
};

export function isAdapterOf<K extends AdapterKind>(
  kind: K,
  value: unknown,
): value is AdapterByKind[K] {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)[REQUIRED_METHOD[kind]] === 'function'
  );
}
