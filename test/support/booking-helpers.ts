/** Mounting `<mentor-booking>` and walking its steps the way a visitor does. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../packages/micropath/src/mentor-booking/define.ts';
import type { MentorBooking } from '../../packages/micropath/src/mentor-booking/mentor-booking.ts';
import type { MentoringAdapter } from '../../packages/micropath/src/core/contracts.ts';
import type { MemoryMentor } from '../../packages/micropath/src/adapters/memory/memory-adapter.ts';

export interface BookingAttributes {
  mentorId?: string;
  sessionType?: string;
  timeZone?: string;
  hourCycle?: string;
  weekStart?: string;
  lang?: string;
  name?: string;
  email?: string;
}

export async function booking(adapter: MentoringAdapter | undefined, a: BookingAttributes = {}) {
  const el = await fixture<MentorBooking>(
    html`<mentor-booking
      .adapter=${adapter}
      mentor-id=${ifDefined(a.mentorId)}
      session-type=${ifDefined(a.sessionType)}
      time-zone=${ifDefined(a.timeZone)}
      hour-cycle=${ifDefined(a.hourCycle)}
      week-start=${ifDefined(a.weekStart)}
      name=${ifDefined(a.name)}
      email=${ifDefined(a.email)}
      lang=${a.lang ?? 'en'}
    ></mentor-booking>`,
  );
  return el;
}

export const $ = <T extends HTMLElement = HTMLElement>(el: MentorBooking, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends HTMLElement = HTMLElement>(el: MentorBooking, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const stepTitle = (el: MentorBooking) => text($(el, '#step-title'));
export const active = (el: MentorBooking) => el.shadowRoot!.activeElement as HTMLElement | null;

export async function until(el: MentorBooking, condition: () => unknown, message: string) {
  await waitUntil(condition, message, { timeout: 4000 });
  await el.updateComplete;
}

export const availableDays = (el: MentorBooking) => $$(el, '[part~=day-available]');

/**
 * After a day is chosen: waits until its times show. They come with the form's code, a chunk
 * the booking fetches once the month is painted, which may not have come yet.
 */
export const dayShown = (el: MentorBooking) =>
  until(el, () => $(el, '#day-title'), "the day's times show");

/** Waits for the month's times; moves on month by month until one has a free day. */
export async function firstFreeDay(el: MentorBooking): Promise<HTMLButtonElement> {
  for (let month = 0; month < 3; month++) {
    await until(
      el,
      () => $(el, '[part=calendar]') && !$(el, '[part=calendar]')!.matches('[aria-busy=true]'),
      'times load',
    );
    const day = availableDays(el)[0];
    if (day) return day as HTMLButtonElement;
    $(el, '[aria-label="Next month"]')!.click();
    await el.updateComplete;
  }
  throw new Error('no free day within three months');
}

/** From the mentor list to the form: the first mentor, session, free day and time. */
export async function walkToForm(el: MentorBooking, mentorName?: string, sessionName?: string) {
  await until(el, () => $$(el, '[part=mentor]').length, 'mentors show');
  if (mentorName) {
    const card = $$(el, '[part=mentor]').find((c) => text(c.querySelector('h3')) === mentorName);
    card!.querySelector('button')!.click();
  } else $(el, '[part=mentor] button')!.click();
  await el.updateComplete;
  if ($(el, '[part=sessions]')) {
    const sessions = $$(el, '[part~=session]');
    (sessionName ? sessions.find((s) => text(s).startsWith(sessionName)) : sessions[0])!.click();
    await el.updateComplete;
  }
  const day = await firstFreeDay(el);
  day.click();
  await until(el, () => $(el, '[part~=slot]'), 'times of the day show');
  const slot = $(el, '[part~=slot]')!;
  const start = slot.dataset.start!;
  slot.click();
  await until(el, () => $(el, '[part=form]'), 'form shows');
  return start;
}

/** With the mentor and session fixed (`mentor-id`, `session-type`): the first free time, chosen. */
export async function chooseFirstTime(el: MentorBooking): Promise<void> {
  (await firstFreeDay(el)).click();
  await until(el, () => $(el, '[part~=slot]'), 'times of the day show');
  $(el, '[part~=slot]')!.click();
}

/** The form's required details filled in (a name, an e-mail, consent), then sent. */
export async function sendDetails(el: MentorBooking): Promise<void> {
  await typeInto(el, '#name', 'Bruna Costa');
  await typeInto(el, '#email', 'bruna@example.org');
  $<HTMLInputElement>(el, '#consent')!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part=submit]')!.click();
}

/**
 * A free time other than `except`, walking the days and months on show. Late in the day the
 * first free day may hold only the time just tried, and on a month's last day the next month.
 */
export async function anotherTime(el: MentorBooking, except: string): Promise<HTMLElement> {
  for (let month = 0; month < 2; month++) {
    await until(
      el,
      () => $(el, '[part=calendar]') && !$(el, '[part=calendar]')!.matches('[aria-busy=true]'),
      'times load',
    );
    for (const day of availableDays(el)) {
      day.click();
      await until(el, () => $(el, '[part~=slot]'), 'times of the day show');
      const other = $$(el, '[part~=slot]').find((slot) => slot.dataset.start !== except);
      if (other) return other;
    }
    $(el, '[aria-label="Next month"]')!.click();
    await el.updateComplete;
  }
  throw new Error(`no free time but ${except} within two months`);
}

export async function typeInto(el: MentorBooking, selector: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Mentors available every day from 06:00 to 22:00 in their zone, so any test day has times. */
export const everyDay = (
  m: Partial<MemoryMentor> & { id: string; name: string },
): MemoryMentor => ({
  timeZone: 'Europe/Madrid',
  sessionTypes: [{ id: 'intro', name: 'Intro call', durationMinutes: 30 }],
  weeklyHours: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '06:00', end: '22:00' },
  ],
  minNoticeMinutes: 0,
  ...m,
});
