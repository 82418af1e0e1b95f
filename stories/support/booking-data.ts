/**
 * Data and walks for the booking stories: the demo's fictional mentors on the memory adapter,
 * adapters for each state, and `play` functions that click through the steps as a visitor
 * would, so every step has a story of its own.
 */
import mentors from '../../demo/data/mentors.json';
import {
  createMemoryAdapter,
  type MemoryMentor,
} from '../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { AdapterError } from '../../packages/micropath/src/core/errors.ts';
import { bookingParts } from '../../packages/micropath/src/mentor-booking/mentor-booking.ts';
import type { MentoringAdapter } from '../../packages/micropath/src/core/contracts.ts';

export const demoMentors = mentors as MemoryMentor[];

/** Every mentor available every day from 07:00 to 21:00 in their zone: stories always have times. */
const alwaysOpen = demoMentors.map((m) => ({
  ...m,
  weeklyHours: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '07:00', end: '21:00' },
  ],
  minNoticeMinutes: 60,
})) as MemoryMentor[];

export const mentoring = (list: MemoryMentor[] = alwaysOpen, latencyMs = 0) =>
  createMemoryAdapter({ mentors: list, latencyMs });

/** Answers nothing, ever: the loading state. */
export const pendingMentoring: MentoringAdapter = {
  listMentors: () => new Promise(() => {}),
  getAvailability: () => new Promise(() => {}),
  book: () => new Promise(() => {}),
};

/** The memory adapter with some calls replaced. */
export function altered(changes: Partial<MentoringAdapter>): MentoringAdapter {
  const memory = mentoring();
  return {
    listMentors: (q, c) => memory.listMentors(q, c),
    getAvailability: (r, c) => memory.getAvailability(r, c),
    book: (r, c) => memory.book(r, c),
    cancel: (id, reason, c) => memory.cancel(id, reason, c),
    reschedule: (id, to, c) => memory.reschedule(id, to, c),
    ...changes,
  };
}

export const unreachable = () =>
  altered({
    listMentors: async () => Promise.reject(new AdapterError('network', 'Failed to fetch')),
  });
export const bookingFails = (code: 'network' | 'conflict' | 'rate-limited') =>
  altered({ book: async () => Promise.reject(new AdapterError(code, `Booking failed: ${code}`)) });
/** The backend refuses the email address and a metadata field with a 422. */
export const bookingRefusesFields = () =>
  altered({
    book: async () =>
      Promise.reject(
        new AdapterError('http', 'HTTP 422', {
          status: 422,
          fields: {
            'attendee.email': 'This address does not accept mail.',
            'metadata.campaign': 'Unknown field.',
          },
        }),
      ),
  });
export const timesHang = () => altered({ getAvailability: () => new Promise(() => {}) });
export const bookingHangs = () => altered({ book: () => new Promise(() => {}) });
export const pendingConfirmation = () => {
  const memory = mentoring();
  return altered({
    book: async (r, c) => ({ ...(await memory.book(r, c)), status: 'pending' as const }),
  });
};
/** A backend with a page for managing bookings (the reference server's MICROPATH_MANAGE_URL). */
export const withManagePage = () => {
  const memory = mentoring();
  const link = (b: { id: string; manageToken?: string }) =>
    `https://mentoring.example.org/manage?booking=${b.id}&token=${b.manageToken ?? ''}`;
  return altered({
    book: async (r, c) => {
      const booking = await memory.book(r, c);
      return { ...booking, manageUrl: link(booking) };
    },
  });
};
export const someBroken = () =>
  altered({
    listMentors: async (q, c) =>
      [...(await mentoring().listMentors(q, c)), { id: 'x', name: 'No sessions' }, 7] as never,
  });
export const hostile = () =>
  mentoring([
    {
      ...alwaysOpen[0]!,
      id: 'eve',
      name: '<img src=x onerror=alert(1)>Eve',
      headline: '<b>bold</b> claims',
      bio: '<script>alert(1)</script> A bio with markup that must show as text.',
    },
  ]);

// ------------------------------------------------------------------- walks

type Canvas = { canvasElement: HTMLElement };
const shadow = (canvas: HTMLElement) => canvas.querySelector('mentor-booking')!.shadowRoot!;

async function waitFor<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`Story walk: ${what} did not appear.`);
}

const click = async (canvas: HTMLElement, selector: string) =>
  (await waitFor(() => shadow(canvas).querySelector<HTMLElement>(selector), selector)).click();

function type(canvas: HTMLElement, selector: string, value: string) {
  const input = shadow(canvas).querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Ana Ruiz's portfolio review: the session step. */
export const toSessions = async ({ canvasElement }: Canvas) => {
  await click(canvasElement, '[data-mentor=ana-ruiz]');
  await waitFor(() => shadow(canvasElement).querySelector('[part=sessions]'), 'sessions');
};

export const toCalendar = async (canvas: Canvas) => {
  await toSessions(canvas);
  await click(canvas.canvasElement, '[data-session=portfolio]');
  await waitFor(
    () => shadow(canvas.canvasElement).querySelector('[part=calendar][aria-busy=false]'),
    'times',
  );
};

export const toDay = async (canvas: Canvas) => {
  await toCalendar(canvas);
  await click(canvas.canvasElement, '[part~=day-available]');
  await waitFor(() => shadow(canvas.canvasElement).querySelector('[part~=slot]'), 'slots');
};

export const toForm = async (canvas: Canvas) => {
  await toDay(canvas);
  await click(canvas.canvasElement, '[part~=slot]');
  await waitFor(() => shadow(canvas.canvasElement).querySelector('[part=form]'), 'form');
};

/**
 * A day chosen while the code of its times and the form cannot come (offline): the day's place
 * says so, with "Try again", which brings the times (the code is reachable again once the walk
 * ends).
 */
export const toFormCouldNotLoad = async (canvas: Canvas) => {
  const form = bookingParts.form;
  bookingParts.form = () =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  try {
    await toCalendar(canvas);
    await click(canvas.canvasElement, '[part~=day-available]');
    await waitFor(
      () => shadow(canvas.canvasElement).querySelector('[part=day] [role=alert] button'),
      'failure',
    );
  } finally {
    bookingParts.form = form;
  }
};

/**
 * A day chosen while the code of its times is still on its way (a slow network): the day's
 * place says "Loading free times…" until it comes (held back for good here).
 */
export const toDayTimesLoading = async (canvas: Canvas) => {
  const form = bookingParts.form;
  bookingParts.form = () => new Promise(() => {});
  try {
    await toCalendar(canvas);
    await click(canvas.canvasElement, '[part~=day-available]');
    await waitFor(
      () => shadow(canvas.canvasElement).querySelector('[part=day] [role=status]'),
      'loading',
    );
  } finally {
    bookingParts.form = form;
  }
};

let choices = bookingParts.choices;
/**
 * Offline from the start: the mentors came, but the code of the mentor and session steps did
 * not (a story-level `beforeEach`, as the element asks for it beside the mentors).
 */
export const choicesOffline = () => {
  choices = bookingParts.choices;
  bookingParts.choices = () =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  return () => {
    bookingParts.choices = choices;
  };
};

export const toStepsCouldNotLoad = async ({ canvasElement }: Canvas) => {
  try {
    await waitFor(() => shadow(canvasElement).querySelector('[role=alert] button'), 'failure');
  } finally {
    bookingParts.choices = choices;
  }
};

export const toErrors = async (canvas: Canvas) => {
  await toForm(canvas);
  await click(canvas.canvasElement, '[part=submit]');
  await waitFor(() => shadow(canvas.canvasElement).querySelector('.error'), 'errors');
};

export const toSubmitted = async (canvas: Canvas) => {
  await toForm(canvas);
  const c = canvas.canvasElement;
  type(c, '#name', 'Lena Vogel');
  type(c, '#email', 'lena@example.org');
  type(c, '#topic', 'Moving from QA into data engineering.');
  type(c, '#q-link', 'https://lena.example.org/pipeline');
  const level = shadow(c).querySelector<HTMLSelectElement>('#q-level')!;
  level.value = 'Changing careers';
  level.dispatchEvent(new Event('change'));
  await click(c, '#consent');
  await click(c, '[part=submit]');
};

export const toConfirmation = async (canvas: Canvas) => {
  await toSubmitted(canvas);
  await waitFor(
    () => shadow(canvas.canvasElement).querySelector('[part=confirmation]'),
    'confirmation',
  );
};

export const toCancelQuestion = async (canvas: Canvas) => {
  await toConfirmation(canvas);
  await click(canvas.canvasElement, '[part=cancel]');
};

export const toCancelled = async (canvas: Canvas) => {
  await toCancelQuestion(canvas);
  await click(canvas.canvasElement, '.cancel-form .danger');
  await waitFor(
    () => shadow(canvas.canvasElement).querySelector('[part=confirmation] .muted'),
    'cancelled',
  );
};

/** From the confirmation to the move panel: "Change the time", a day, another time. */
export const toRescheduling = async (canvas: Canvas) => {
  await toConfirmation(canvas);
  const c = canvas.canvasElement;
  await click(c, '[part=reschedule]');
  await waitFor(() => shadow(c).querySelector('[part~=day-available]'), 'calendar');
  await click(c, '[part~=day-available]');
  await waitFor(() => shadow(c).querySelector('[part~=slot]'), 'slots');
  await click(c, '[part~=slot]');
  await waitFor(() => shadow(c).querySelector('[part=reschedule-panel]'), 'move panel');
};

export const toMoved = async (canvas: Canvas) => {
  await toRescheduling(canvas);
  await click(canvas.canvasElement, '[part=reschedule-submit]');
  await waitFor(() => shadow(canvas.canvasElement).querySelector('[part=reschedule]'), 'moved');
};

export const toZonePicker = async (canvas: Canvas) => {
  await toDay(canvas);
  await click(canvas.canvasElement, '#zone-button');
  await waitFor(() => shadow(canvas.canvasElement).querySelector('#zone-search'), 'zone search');
};
