/** What the booking widget relies on from a mentoring adapter. */
import type { MentoringAdapter, RequestContext } from '../core/contracts.ts';
import { MentorSchema, SlotSchema, type Mentor, type Slot } from '../core/models/mentoring.ts';
import { BookingSchema, type Booking, type BookingRequest } from '../core/models/booking.ts';
import { AdapterError } from '../core/errors.ts';
import {
  call,
  check,
  conforms,
  ContractSkip,
  rejectsAsAborted,
  rejectsWith,
  type ContractCheck,
} from './contract-check.ts';

export interface MentoringContractOptions {
  /** The mentor to check (default: the first listed). */
  mentorId?: string;
  /** The window free times are asked for (default: from an hour from now, 14 days). */
  from?: string;
  to?: string;
  timeZone?: string;
  /** Book (default true): the booking checks make bookings, cancelled again when they can be. */
  book?: boolean;
  /**
   * The backend refuses a time already taken (default true). `false` for a stand-in that
   * keeps no state, which answers every booking alike.
   */
  conflicts?: boolean;
}

const ctx = (signal = new AbortController().signal): RequestContext => ({ signal, locale: 'en' });
let keys = 0;
const newKey = () =>
  `contract-${Date.now().toString(36)}-${++keys}-${Math.random().toString(36).slice(2)}`;

interface Subject {
  mentor: Mentor;
  sessionTypeId: string;
  window: { from: string; to: string; timeZone: string };
}

export function mentoringChecks(
  options: MentoringContractOptions = {},
): ContractCheck<MentoringAdapter>[] {
  const from = options.from ?? new Date(Date.now() + 3_600_000).toISOString();
  const to = options.to ?? new Date(Date.parse(from) + 14 * 86_400_000).toISOString();
  const window = { from, to, timeZone: options.timeZone ?? 'UTC' };

  async function subject(adapter: MentoringAdapter): Promise<Subject> {
    const mentors = await call('listMentors', () => adapter.listMentors({}, ctx()));
    check(Array.isArray(mentors), 'listMentors did not answer a list');
    const mentor = (mentors as Mentor[]).find(
      (m) => !options.mentorId || m.id === options.mentorId,
    );
    if (!mentor)
      throw new ContractSkip(
        options.mentorId ? `no mentor "${options.mentorId}"` : 'the adapter lists no mentors',
      );
    return { mentor, sessionTypeId: mentor.sessionTypes[0]!.id, window };
  }

  async function freeTimes(
    adapter: MentoringAdapter,
    { mentor, sessionTypeId }: Subject,
  ): Promise<Slot[]> {
    const slots = await call('getAvailability', () =>
      adapter.getAvailability({ mentorId: mentor.id, sessionTypeId, ...window }, ctx()),
    );
    const free: Slot[] = [];
    for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)))
      if (!free.length || Date.parse(slot.start) >= Date.parse(free.at(-1)!.end)) free.push(slot);
    return free;
  }

  function request({ mentor, sessionTypeId }: Subject, slot: Slot): BookingRequest {
    const session = mentor.sessionTypes.find((s) => s.id === sessionTypeId)!;
    const answers: Record<string, string | boolean> = {};
    for (const q of session.questions)
      if (q.required)
        answers[q.id] = q.type === 'checkbox' ? true : (q.options?.[0] ?? 'Contract check');
    return {
      mentorId: mentor.id,
      sessionTypeId,
      start: slot.start,
      end: slot.end,
      attendee: {
        name: 'Contract Check',
        email: 'contract@example.org',
        timeZone: 'UTC',
        locale: 'en',
      },
      answers,
      metadata: { source: 'micropath-testing' },
    };
  }

  /** Bookings the checks made: cancelled at the end of each check, when the adapter can. */
  async function withBookings(
    adapter: MentoringAdapter,
    run: (book: (r: BookingRequest, key: string) => Promise<Booking>) => Promise<void>,
  ) {
    if (options.book === false) throw new ContractSkip('booking turned off (book: false)');
    const made = new Map<string, Booking>();
    const book = async (req: BookingRequest, key: string) => {
      const booking = conforms(
        BookingSchema,
        await call('book', () => adapter.book(req, { ...ctx(), idempotencyKey: key })),
        'The booking',
      );
      made.set(booking.id, booking);
      return booking;
    };
    try {
      await run(book);
    } finally {
      for (const booking of made.values())
        await adapter
          .cancel?.(booking.id, 'Contract check', {
            ...ctx(),
            ...(booking.manageToken ? { manageToken: booking.manageToken } : {}),
          })
          .catch(() => undefined);
    }
  }

  return [
    {
      id: 'mentors.schema',
      title: 'Mentors pass the kit’s schema, each with a session type',
      async run(adapter) {
        const mentors = await call('listMentors', () => adapter.listMentors({}, ctx()));
        check(Array.isArray(mentors) && mentors.length > 0, 'listMentors answered no mentors');
        mentors.forEach((mentor, index) => conforms(MentorSchema, mentor, `Mentor ${index}`));
      },
    },
    {
      id: 'availability.schema',
      title:
        'Free times pass the kit’s schema, lie in the window asked for and end after they start',
      async run(adapter) {
        const who = await subject(adapter);
        const slots = await call('getAvailability', () =>
          adapter.getAvailability(
            { mentorId: who.mentor.id, sessionTypeId: who.sessionTypeId, ...window },
            ctx(),
          ),
        );
        check(Array.isArray(slots), 'getAvailability did not answer a list');
        if (!slots.length) throw new ContractSkip(`no free times between ${from} and ${to}`);
        for (const [index, slot] of slots.entries()) {
          conforms(SlotSchema, slot, `Slot ${index}`);
          const [start, end] = [Date.parse(slot.start), Date.parse(slot.end)];
          check(end > start, `slot ${slot.start} ends at ${slot.end}`);
          check(
            start >= Date.parse(from) - 60_000 && start <= Date.parse(to),
            `slot ${slot.start} is outside the window asked for`,
          );
        }
      },
    },
    {
      id: 'availability.not-found',
      title: 'Free times of an unknown mentor are AdapterError "not-found"',
      async run(adapter) {
        const who = await subject(adapter);
        await rejectsWith(
          'getAvailability for an unknown mentor',
          call('getAvailability', () =>
            adapter.getAvailability(
              {
                mentorId: `no-such-mentor-${newKey()}`,
                sessionTypeId: who.sessionTypeId,
                ...window,
              },
              ctx(),
            ),
          ),
          'not-found',
        );
      },
    },
    {
      id: 'mentoring.abort',
      title: 'An aborted signal rejects the call with an AbortError',
      async run(adapter) {
        const who = await subject(adapter);
        const aborted = new AbortController();
        aborted.abort();
        await rejectsAsAborted(
          'getAvailability',
          adapter.getAvailability(
            { mentorId: who.mentor.id, sessionTypeId: who.sessionTypeId, ...window },
            ctx(aborted.signal),
          ),
        );
        await rejectsAsAborted('listMentors', adapter.listMentors({}, ctx(aborted.signal)));
      },
    },
    {
      id: 'booking.idempotent',
      title: 'The same idempotency key books once, also for two calls at the same time',
      async run(adapter) {
        const who = await subject(adapter);
        const [one, two] = await freeTimes(adapter, who);
        if (!one || !two) throw new ContractSkip('fewer than two free times to book');
        await withBookings(adapter, async (book) => {
          const key = newKey();
          const first = await book(request(who, one), key);
          const again = await book(request(who, one), key);
          check(
            again.id === first.id,
            `the same key booked again ("${first.id}", then "${again.id}")`,
          );
          const together = newKey();
          const [a, b] = await Promise.all([
            book(request(who, two), together),
            book(request(who, two), together),
          ]);
          check(
            a.id === b.id,
            `two calls with one key at the same time made two bookings ("${a.id}", "${b.id}")`,
          );
        });
      },
    },
    {
      id: 'booking.conflict',
      title: 'A taken time is AdapterError "conflict"',
      async run(adapter) {
        if (options.conflicts === false)
          throw new ContractSkip('the backend keeps no state (conflicts: false)');
        const who = await subject(adapter);
        const [one] = await freeTimes(adapter, who);
        if (!one) throw new ContractSkip('no free time to book');
        await withBookings(adapter, async (book) => {
          await book(request(who, one), newKey());
          let outcome: unknown;
          try {
            await book(request(who, one), newKey());
          } catch (error) {
            outcome = error;
          }
          check(
            outcome instanceof AdapterError && outcome.code === 'conflict',
            `booking a taken time ${outcome ? `rejected with ${(outcome as Error).message}` : 'booked it again'}, not AdapterError "conflict"`,
          );
        });
      },
    },
  ];
}
