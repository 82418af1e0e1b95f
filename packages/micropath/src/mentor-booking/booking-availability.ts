/**
 * What can be booked (a reactive controller): the mentors, and the free times of the month on
 * show in the zone in use, grouped by date. Each load is the latest request (a newer one aborts
 * it); answers pass the boundary, which keeps what is readable and counts what is not. A month
 * already loaded for the same mentor, session and zone is not asked for again unless `forget()`
 * says the times changed (a booking, a cancellation, a time taken meanwhile).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { LatestRequest } from '../core/latest-request.ts';
import { warmIntl } from '../core/intl-warmup.ts';
import { yieldIfSpent } from '../core/pace.ts';
import { AdapterError, isAbort } from '../core/errors.ts';
import type { MentoringAdapter } from '../core/contracts.ts';
import type { Mentor, SessionType, Slot } from '../core/models/mentoring.ts';
import { addMonths, slotsByDate, startOfDay, type DateKey } from './month-grid.ts';

/** The schemas load beside the first request, not before the first paint. */
const boundary = () => import('../core/read-mentoring.ts');

export type Status = 'loading' | 'ready' | 'error';

/** Which month of whose times, in which zone. */
export interface MonthQuery {
  mentor: Mentor;
  session: SessionType;
  /** Any date of the month, `YYYY-MM-DD`. */
  date: DateKey;
  zone: string;
}

type Report = (failure: AdapterError, what: string, byUser: boolean) => void;

export class BookingAvailability implements ReactiveController {
  mentors: Mentor[] = [];
  mentorsStatus: Status = 'loading';
  mentorsFailure?: AdapterError;
  /** Mentors the backend sent that could not be shown. */
  skippedMentors = 0;

  slotsStatus: Status = 'loading';
  slotsFailure?: AdapterError;
  /** Times the backend sent that could not be shown. */
  skippedSlots = 0;
  /** The month's future times, by date in the zone in use, and how many each date has. */
  byDate = new Map<DateKey, Slot[]>();
  counts = new Map<DateKey, number>();

  private slots: Slot[] = [];
  private slotsKey?: string;
  private readonly mentorsRequest: LatestRequest;
  private readonly slotsRequest: LatestRequest;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly locale: string },
    /** Told when a load fails; `byUser` when a visitor's action started it. */
    private readonly report: Report,
  ) {
    host.addController(this);
    this.mentorsRequest = new LatestRequest(host);
    this.slotsRequest = new LatestRequest(host);
  }

  hostDisconnected(): void {
    // Its request stopped with the element (LatestRequest); it is asked again on return.
    if (this.slotsStatus === 'loading') this.slotsKey = undefined;
  }

  /** Stops every load; the next month asked for is loaded afresh. */
  reset(): void {
    this.mentorsRequest.abort();
    this.slotsRequest.abort();
    this.slotsKey = undefined;
  }

  /** The times changed: the month is asked for again the next time it shows. */
  forget(): void {
    this.slotsKey = undefined;
  }

  /** Loads the mentors; true when they arrived (and are the latest answer). */
  async loadMentors(adapter: MentoringAdapter, byUser: boolean): Promise<boolean> {
    const signal = this.mentorsRequest.start();
    this.mentorsStatus = 'loading';
    this.mentorsFailure = undefined;
    this.host.requestUpdate();
    if (isServer) return false; // a server renders "loading" and fetches nothing
    warmIntl(this.host.locale);
    try {
      const [{ readMentors }, raw] = await Promise.all([
        boundary(),
        adapter.listMentors({}, { signal, locale: this.host.locale }),
      ]);
      if (!this.mentorsRequest.isLatest(signal)) return false;
      const answered = performance.now();
      const checked = readMentors(raw);
      if (checked.problems.length)
        console.warn('[micropath] Some mentors were skipped:', checked.problems);
      // A long answer is read in one task and rendered in the next: no long task for the page.
      await yieldIfSpent(answered);
      if (!this.mentorsRequest.isLatest(signal)) return false;
      this.mentors = checked.items;
      this.skippedMentors = checked.skipped;
      this.mentorsStatus = 'ready';
      return true;
    } catch (error) {
      if (!this.mentorsRequest.isLatest(signal) || isAbort(error)) return false;
      this.mentorsFailure = AdapterError.from(error);
      this.mentorsStatus = 'error';
      this.report(this.mentorsFailure, 'could not load mentors', byUser);
      return false;
    } finally {
      this.host.requestUpdate();
    }
  }

  /**
   * Loads the free times of a month (from now on, for the current month); true when new times
   * arrived. Nothing is asked when that month is loaded already, unless `force`.
   */
  async loadSlots(
    adapter: MentoringAdapter,
    { mentor, session, date, zone }: MonthQuery,
    { force = false, byUser = false } = {},
  ): Promise<boolean> {
    const month = date.slice(0, 7);
    const key = JSON.stringify([mentor.id, session.id, month, zone]);
    if (!force && key === this.slotsKey && this.slotsStatus !== 'error') return false;
    const signal = this.slotsRequest.start();
    this.slotsKey = key;
    this.slotsStatus = 'loading';
    this.slotsFailure = undefined;
    this.host.requestUpdate();
    if (isServer) return false;
    const first = `${month}-01`;
    const from = Math.max(Date.now(), startOfDay(first, zone));
    const to = startOfDay(addMonths(first, 1), zone);
    try {
      const [{ readSlots }, raw] = await Promise.all([
        boundary(),
        to > from
          ? adapter.getAvailability(
              {
                mentorId: mentor.id,
                sessionTypeId: session.id,
                from: new Date(from).toISOString(),
                to: new Date(to).toISOString(),
                timeZone: zone,
              },
              { signal, locale: this.host.locale },
            )
          : [],
      ]);
      if (!this.slotsRequest.isLatest(signal)) return false;
      const answered = performance.now();
      const checked = readSlots(raw, session.durationMinutes);
      if (checked.problems.length)
        console.warn('[micropath] Some times were skipped:', checked.problems);
      await yieldIfSpent(answered);
      if (!this.slotsRequest.isLatest(signal)) return false;
      const now = Date.now();
      this.group(
        checked.items.filter((slot) => Date.parse(slot.start) >= now),
        zone,
      );
      this.skippedSlots = checked.skipped;
      this.slotsStatus = 'ready';
      return true;
    } catch (error) {
      if (!this.slotsRequest.isLatest(signal) || isAbort(error)) return false;
      this.slotsFailure = AdapterError.from(error);
      this.slotsStatus = 'error';
      this.report(this.slotsFailure, 'could not load free times', byUser);
      return false;
    } finally {
      this.host.requestUpdate();
    }
  }

  /** The zone in use changed: the same times, grouped by date in `zone`. */
  regroup(zone: string): void {
    this.group(this.slots, zone);
  }

  private group(slots: Slot[], zone: string): void {
    this.slots = slots;
    this.byDate = slotsByDate(slots, zone);
    this.counts = new Map([...this.byDate].map(([date, list]) => [date, list.length]));
    this.host.requestUpdate();
  }
}
