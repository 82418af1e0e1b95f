/**
 * Sending a booking, at most once per visitor intention (a reactive controller).
 *
 * Each attempt has one idempotency key. A retry of the same request reuses it; a changed
 * request gets a new one. But when an attempt's outcome is unknown (a timeout, a network
 * failure, a server error or an answer that cannot be read: the backend may have booked
 * already), every retry re-sends that attempt, its key and its body, whatever the visitor has
 * edited meanwhile; the edits apply only once the backend has answered that attempt in a way
 * that settles it (booked, or refused with a 4xx). With a backend that answers a replayed key
 * with the first booking (the REST contract's rule), a lost answer can never book twice.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError } from '../core/errors.ts';
import { randomId } from '../core/ids.ts';
import type { MentoringAdapter } from '../core/contracts.ts';
import type { Booking, BookingRequest } from '../core/models/booking.ts';

const boundary = () => import('../core/read-bookings.ts');

export type SendResult =
  | { booked: Booking; request: BookingRequest }
  | { failed: AdapterError; request: BookingRequest; outcomeUnknown: boolean };

interface Attempt {
  key: string;
  request: BookingRequest;
  fingerprint: string;
  /** The backend may have booked it: retries re-send it as it was. */
  unknown: boolean;
}

/** A failure after which the backend may still have carried the request out. */
export function mayHaveBooked(error: AdapterError): boolean {
  switch (error.code) {
    case 'timeout':
    case 'network':
    case 'invalid-response':
      return true;
    case 'http':
      return error.status === undefined || error.status >= 500;
    default:
      return false;
  }
}

/** An answer to a replayed attempt that says it was not booked (a 4xx, not a busy 429). */
const settlesAsNotBooked = (error: AdapterError) =>
  !mayHaveBooked(error) && error.code !== 'rate-limited';

export class BookingSubmission implements ReactiveController {
  private attempt?: Attempt;

  constructor(private readonly host: ReactiveControllerHost & { readonly locale: string }) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the last attempt may have booked; a retry then re-sends it unchanged. */
  get outcomeUnknown(): boolean {
    return this.attempt?.unknown ?? false;
  }

  /** Forgets the attempt: the visitor starts another booking. */
  reset(): void {
    this.attempt = undefined;
  }

  /** Sends `request`, or, while an earlier attempt's outcome is unknown, that attempt again. */
  async send(adapter: MentoringAdapter, request: BookingRequest): Promise<SendResult> {
    const fingerprint = JSON.stringify(request);
    if (!this.attempt?.unknown && this.attempt?.fingerprint !== fingerprint)
      this.attempt = { key: randomId('mpb_'), request, fingerprint, unknown: false };
    const attempt = this.attempt!;
    try {
      // A booking is never aborted once sent: leaving the page must not leave it half known.
      const raw = await adapter.book(attempt.request, {
        signal: new AbortController().signal,
        locale: this.host.locale,
        idempotencyKey: attempt.key,
      });
      const booked = (await boundary()).readBooking(raw);
      this.attempt = undefined;
      return { booked, request: attempt.request };
    } catch (error) {
      const failed = AdapterError.from(error);
      attempt.unknown = attempt.unknown ? !settlesAsNotBooked(failed) : mayHaveBooked(failed);
      if (failed.code === 'conflict' && !attempt.unknown) this.attempt = undefined;
      return { failed, request: attempt.request, outcomeUnknown: attempt.unknown };
    }
  }
}
