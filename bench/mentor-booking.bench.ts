/**
 * Booking scenarios, in the page:
 * - a month with 500 free times: from the adapter's answer to the month laid out with its free
 *   days marked (validating, grouping by day in the zone, rendering, style and layout), and
 *   from the visitor's "next month" click to the same point (adds the loading frame), p50 and p95;
 * - switching days: choosing another date to its times laid out, p50 and p95.
 */
import '../packages/micropath/src/mentor-booking/define.ts';
import type { MentoringAdapter } from '../packages/micropath/src/core/contracts.ts';
import type { MentorBooking } from '../packages/micropath/src/mentor-booking/mentor-booking.ts';

const SLOTS_PER_MONTH = 500;
let answeredAt = 0;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
/** Yields to the event loop without setTimeout's 4 ms clamp. */
const yieldTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** 500 half-hour times spread over the requested range, from 08:00 UTC each day. */
const adapter: MentoringAdapter = {
  listMentors: async () => [
    {
      id: 'ana',
      name: 'Ana Ruiz',
      timeZone: 'Europe/Madrid',
      expertise: [],
      languages: [],
      sessionTypes: [{ id: 'intro', name: 'Intro call', durationMinutes: 30, questions: [] }],
    },
  ],
  async getAvailability(request) {
    const from = Date.parse(request.from);
    const to = Date.parse(request.to);
    const days = Math.ceil((to - from) / 86_400_000);
    const perDay = Math.ceil(SLOTS_PER_MONTH / days);
    const slots = [];
    const first = new Date(from);
    for (let day = 0; day < days && slots.length < SLOTS_PER_MONTH; day++) {
      const base = Date.UTC(
        first.getUTCFullYear(),
        first.getUTCMonth(),
        first.getUTCDate() + day,
        8,
      );
      for (let i = 0; i < perDay && slots.length < SLOTS_PER_MONTH; i++) {
        const start = base + i * 1_800_000;
        if (start < from || start >= to) continue;
        slots.push({
          start: new Date(start).toISOString(),
          end: new Date(start + 1_800_000).toISOString(),
        });
      }
    }
    answeredAt = performance.now();
    return slots;
  },
  book: async () => Promise.reject(new Error('not in the bench')),
};

const $ = <T extends HTMLElement>(el: MentorBooking, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/**
 * Resolves right after the render that announces a month ("June 2030: 30 days with free
 * times"), the same render that shows its times: a mutation observer runs before any frame.
 */
const announced = (el: MentorBooking) =>
  new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe($(el, '[role=status]')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });

async function until(el: MentorBooking, condition: () => boolean) {
  while (!condition()) {
    await yieldTask();
    await el.updateComplete;
  }
}

export async function run() {
  const el = document.createElement('mentor-booking');
  el.setAttribute('mentor-id', 'ana');
  el.setAttribute('time-zone', 'UTC');
  el.adapter = adapter;
  document.body.append(el);
  await until(el, () => $(el, '[part=calendar][aria-busy=false]') !== null);

  const months: number[] = [];
  const renders: number[] = [];
  const counted: number[] = [];
  for (let i = 0; i < 25; i++) {
    const start = performance.now();
    const shown = announced(el);
    $<HTMLButtonElement>(el, '[aria-label="Next month"]')!.click();
    await shown;
    $(el, '[part=base]')!.getBoundingClientRect();
    const end = performance.now();
    if (i > 0) {
      // the first warms up
      months.push(end - start);
      renders.push(end - answeredAt);
    }
    counted.push(el.shadowRoot!.querySelectorAll('[part~=day-available]').length);
  }

  const days = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=day-available]')];
  // A day's times come with the form's code, which the booking fetches once a month is painted
  // (or when a day is chosen first): not part of switching days.
  days[0]!.click();
  await until(el, () => $(el, '[part~=slot]') !== null);
  const switches: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const day of days) {
      const start = performance.now();
      day.click();
      await el.updateComplete;
      $(el, '[part=base]')!.getBoundingClientRect();
      switches.push(performance.now() - start);
    }
  }
  const times = el.shadowRoot!.querySelectorAll('[part~=slot]').length;
  el.remove();
  if (!counted.every((n) => n >= 28) || times < 1)
    throw new Error('The bench month did not render its times.');
  return {
    'month with 500 times, answer to layout, p50': {
      value: percentile(renders, 0.5),
      unit: 'ms',
      samples: renders.length,
    },
    'month with 500 times, answer to layout, p95': {
      value: percentile(renders, 0.95),
      unit: 'ms',
      samples: renders.length,
    },
    'month with 500 times, next month to layout, p50': {
      value: percentile(months, 0.5),
      unit: 'ms',
      samples: months.length,
    },
    'month with 500 times, next month to layout, p95': {
      value: percentile(months, 0.95),
      unit: 'ms',
      samples: months.length,
    },
    'switching days, click to layout, p50': {
      value: percentile(switches, 0.5),
      unit: 'ms',
      samples: switches.length,
    },
    'switching days, click to layout, p95': {
      value: percentile(switches, 0.95),
      unit: 'ms',
      samples: switches.length,
    },
  };
}

(window as unknown as { micropathBench: unknown }).micropathBench = { run };
