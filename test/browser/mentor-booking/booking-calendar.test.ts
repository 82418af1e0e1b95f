import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { MentoringAdapter } from '../../../packages/micropath/src/core/contracts.ts';
import type { MentorBooking } from '../../../packages/micropath/src/mentor-booking/mentor-booking.ts';
import {
  $,
  $$,
  active,
  booking,
  dayShown,
  everyDay,
  text,
  until,
} from '../../support/booking-helpers.ts';

const ana = everyDay({
  id: 'ana',
  name: 'Ana Ruiz',
  weeklyHours: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '09:00', end: '10:00' },
  ],
});

const monthTitle = (el: MentorBooking) => text($(el, '#month-title'));
const loaded = (el: MentorBooking) =>
  until(el, () => $(el, '[part=calendar]')?.getAttribute('aria-busy') === 'false', 'times load');
const focusedDate = (el: MentorBooking) => active(el)?.dataset.date;
const press = async (el: MentorBooking, key: string) => {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main! });
  if (modifier) await sendKeys({ up: modifier });
  await el.updateComplete;
};
const longDate = (date: string) =>
  new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'full' }).format(
    new Date(`${date}T12:00:00Z`),
  );

/** Moves the grid with PageDown / Shift+PageDown to a month ("2030-03"), from the current one. */
async function goToMonth(el: MentorBooking, month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const [fy, fm] = focusedDate(el)!.split('-').map(Number) as [number, number];
  let months = (y - fy) * 12 + (m - fm);
  for (; months >= 12; months -= 12) await press(el, 'Shift+PageDown');
  for (; months > 0; months--) await press(el, 'PageDown');
  await loaded(el);
}

async function openCalendar(el: MentorBooking) {
  await until(el, () => $(el, '[part=calendar]'), 'calendar shows');
  await loaded(el);
  $<HTMLElement>(el, '[part=calendar] [tabindex="0"]')!.focus();
}

describe('<mentor-booking>: the calendar', () => {
  it('follows the APG date grid: one tab stop, arrows, Home / End, PageUp / PageDown, Shift for years', async () => {
    const el = await booking(createMemoryAdapter({ mentors: [ana] }), {
      mentorId: 'ana',
      timeZone: 'UTC',
      weekStart: 'monday',
    });
    await openCalendar(el);
    expect($$(el, '[part=calendar] button[tabindex="0"]')).to.have.length(1);
    await goToMonth(el, '2030-05');
    expect(monthTitle(el)).to.equal('May 2030');
    // Move to Wednesday 15 May 2030 from wherever the day landed.
    const start = focusedDate(el)!;
    for (let day = Number(start.slice(8)); day < 15; day++) await press(el, 'ArrowRight');
    for (let day = Number(start.slice(8)); day > 15; day--) await press(el, 'ArrowLeft');
    expect(focusedDate(el)).to.equal('2030-05-15');
    expect(active(el)!.getAttribute('aria-label')).to.equal(
      `${longDate('2030-05-15')}, 2 free times`,
    );
    await press(el, 'ArrowDown');
    expect(focusedDate(el)).to.equal('2030-05-22');
    await press(el, 'ArrowUp');
    await press(el, 'Home');
    expect(focusedDate(el)).to.equal('2030-05-13'); // Monday
    await press(el, 'End');
    expect(focusedDate(el)).to.equal('2030-05-19'); // Sunday
    await press(el, 'PageDown');
    expect(focusedDate(el)).to.equal('2030-06-19');
    await loaded(el);
    expect(monthTitle(el)).to.equal('June 2030');
    expect(text($(el, '[role=status]'))).to.equal('June 2030: 30 days with free times.');
    await press(el, 'Shift+PageUp');
    expect(focusedDate(el)).to.equal('2029-06-19');
    await press(el, 'PageUp');
    expect(focusedDate(el)).to.equal('2029-05-19');
    // Crossing into the next month with an arrow.
    for (let i = 0; i < 13; i++) await press(el, 'ArrowRight');
    expect(focusedDate(el)).to.equal('2029-06-01');
    expect(monthTitle(el)).to.equal('June 2029');
    expect($$(el, '[part=calendar] button[tabindex="0"]')).to.have.length(1);
    await loaded(el); // a day can be chosen once its month's times are in
    // Enter chooses the day: its times show, the grid keeps focus.
    await press(el, 'Enter');
    await dayShown(el);
    expect(text($(el, '#day-title'))).to.equal(longDate('2029-06-01'));
    // Madrid 09:00 in June is 07:00 UTC.
    expect($$(el, '[part~=slot] .time').map(text)).to.deep.equal(['7:00 AM', '7:30 AM']);
    expect(focusedDate(el)).to.equal('2029-06-01');
    await expect(el).to.be.accessible();
  });

  it('never moves before today', async () => {
    const el = await booking(createMemoryAdapter({ mentors: [ana] }), {
      mentorId: 'ana',
      timeZone: 'UTC',
    });
    await openCalendar(el);
    const today = new Date().toISOString().slice(0, 10);
    await press(el, 'PageUp');
    expect(focusedDate(el)).to.equal(today);
    expect($<HTMLButtonElement>(el, '[aria-label="Previous month"]')!.disabled).to.equal(true);
  });

  it('puts times on the right day across DST changes, with the mentor’s own time beside them', async () => {
    // Madrid 09:00 is 04:00 in New York before Europe's change (28 March 2030), 03:00 after it.
    const el = await booking(createMemoryAdapter({ mentors: [ana] }), {
      mentorId: 'ana',
      timeZone: 'America/New_York',
      hourCycle: 'h23',
    });
    await openCalendar(el);
    await goToMonth(el, '2030-03');
    const times = async (date: string) => {
      $(el, `[data-date="${date}"]`)!.click();
      await dayShown(el);
      return $$(el, '[part~=slot]').map(text);
    };
    // Each button says its time, the mentor's and the date (the date only to screen readers).
    expect(await times('2030-03-28')).to.deep.equal([
      '04:00 your time, 09:00 for Ana Ruiz, Thursday, March 28, 2030',
      '04:30 your time, 09:30 for Ana Ruiz, Thursday, March 28, 2030',
    ]);
    expect(await times('2030-03-31')).to.deep.equal([
      '03:00 your time, 09:00 for Ana Ruiz, Sunday, March 31, 2030',
      '03:30 your time, 09:30 for Ana Ruiz, Sunday, March 31, 2030',
    ]);
  });

  it('shows half-hour zones and 12-hour clocks', async () => {
    const el = await booking(createMemoryAdapter({ mentors: [ana] }), {
      mentorId: 'ana',
      timeZone: 'Asia/Kolkata',
      hourCycle: 'h12',
    });
    await openCalendar(el);
    await goToMonth(el, '2030-01');
    $(el, '[data-date="2030-01-10"]')!.click();
    await dayShown(el);
    // Madrid 09:00 in January is 08:00 UTC, 13:30 in India.
    expect($$(el, '[part~=slot] .time').map(text)).to.deep.equal(['1:30 PM', '2:00 PM']);
  });

  it('changes the zone with the searchable picker, keyboard only', async () => {
    const el = await booking(createMemoryAdapter({ mentors: [ana] }), {
      mentorId: 'ana',
      timeZone: 'UTC',
      hourCycle: 'h23',
    });
    await openCalendar(el);
    await goToMonth(el, '2030-01');
    $(el, '[data-date="2030-01-10"]')!.click();
    await dayShown(el);
    expect($$(el, '[part~=slot] .time').map(text)).to.deep.equal(['08:00', '08:30']);
    $<HTMLElement>(el, '#zone-button')!.focus();
    await press(el, 'Enter');
    await until(el, () => active(el)?.id === 'zone-search', 'search field focused');
    expect($(el, '#zone-panel')!.matches(':popover-open')).to.equal(true);
    await sendKeys({ type: 'kolkata' });
    // The list's chunk, fetched when focus reached the button, may still be on its way.
    await until(el, () => $$(el, '[role=option]').length > 0, 'the zones listed');
    expect($$(el, '[role=option]').map((o) => o.dataset.zone)).to.deep.equal(['Asia/Kolkata']);
    expect(text($(el, '#zone-panel [role=status]'))).to.equal('1 time zone');
    await expect(el).to.be.accessible();
    await press(el, 'Enter');
    await until(el, () => active(el)?.id === 'zone-button', 'focus back on the button');
    expect($(el, '#zone-panel')!.matches(':popover-open')).to.equal(false);
    expect(text($(el, '#zone-button')))
      .to.contain('Kolkata')
      .and.contain('UTC+05:30');
    await loaded(el);
    expect($$(el, '[part~=slot] .time').map(text)).to.deep.equal(['13:30', '14:00']);
    // Escape closes without changing anything.
    await press(el, 'Enter');
    await until(el, () => active(el)?.id === 'zone-search', 'search field focused');
    await sendKeys({ type: 'berlin' });
    await press(el, 'Escape');
    await until(el, () => active(el)?.id === 'zone-button', 'focus back on the button');
    expect(text($(el, '#zone-button'))).to.contain('Kolkata');
  });

  it('takes a search and Enter typed before the zone list has arrived', async () => {
    const el = await booking(createMemoryAdapter({ mentors: [ana] }), {
      mentorId: 'ana',
      timeZone: 'UTC',
      hourCycle: 'h23',
    });
    await openCalendar(el);
    // The list's chunk is held back until the visitor has typed and pressed Enter.
    const picker = (
      el as unknown as {
        zonePicker: { loadList: () => Promise<unknown>; list?: unknown };
      }
    ).zonePicker;
    const load = picker.loadList;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    picker.loadList = () => held.then(load);
    $<HTMLElement>(el, '#zone-button')!.focus();
    await press(el, 'Enter');
    await until(el, () => active(el)?.id === 'zone-search', 'search field focused');
    expect(picker.list).to.equal(undefined);
    expect($$(el, '[role=option]')).to.have.length(0);
    expect(active(el)!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ type: 'kolkata' });
    await press(el, 'Enter');
    expect($(el, '#zone-panel')!.matches(':popover-open')).to.equal(true);
    release();
    await until(el, () => active(el)?.id === 'zone-button', 'focus back on the button');
    expect($(el, '#zone-panel')!.matches(':popover-open')).to.equal(false);
    expect(text($(el, '#zone-button')))
      .to.contain('Kolkata')
      .and.contain('UTC+05:30');
  });

  it('keeps the newest month when an older answer arrives late', async () => {
    const memory = createMemoryAdapter({ mentors: [ana] });
    let calls = 0;
    const adapter: MentoringAdapter = {
      listMentors: (q, ctx) => memory.listMentors(q, ctx),
      book: (r, ctx) => memory.book(r, ctx),
      async getAvailability(request) {
        calls++;
        const first = calls === 1;
        // The first (slow) answer names a day of the next month: it must not show up there.
        const next = new Date(request.to);
        const day = first ? 10 : 20;
        const start = Date.UTC(
          next.getUTCFullYear(),
          next.getUTCMonth() + (first ? 0 : -1),
          day,
          9,
        );
        await new Promise((r) => setTimeout(r, first ? 400 : 10));
        return [
          { start: new Date(start).toISOString(), end: new Date(start + 1_800_000).toISOString() },
        ];
      },
    };
    const el = await booking(adapter, { mentorId: 'ana', timeZone: 'UTC' });
    await until(el, () => $(el, '[part=calendar]'), 'calendar shows');
    $(el, '[aria-label="Next month"]')!.click();
    await loaded(el);
    await new Promise((r) => setTimeout(r, 500));
    await el.updateComplete;
    expect($$(el, '[part~=day-available]').map((d) => d.dataset.date!.slice(8))).to.deep.equal([
      '20',
    ]);
  });

  it("a wide booking lays the day's times out whole: each time on one line, the mentor's inside its button", async () => {
    // From 40rem the month and the day sit side by side; a time's label once took that layout
    // too (both were `.time`), and "8:00 AM" broke over two lines with the mentor's time
    // running out of its button.
    const el = await booking(createMemoryAdapter({ mentors: [ana] }), {
      mentorId: 'ana',
      timeZone: 'UTC',
    });
    el.style.display = 'block';
    el.style.inlineSize = '900px';
    await loaded(el);
    $(el, '[part~=day-available]')!.click();
    await until(el, () => $$(el, '[part~=slot]').length > 0, "the day's times show");
    for (const slot of $$(el, '[part~=slot]')) {
      const time = slot.querySelector('.time')!;
      const lines = document.createRange();
      lines.selectNodeContents(time);
      expect(lines.getClientRects(), text(time)).to.have.length(1);
      const box = slot.getBoundingClientRect();
      const theirs = slot.querySelector('.theirs')!.getBoundingClientRect();
      expect(theirs.left, text(slot)).to.be.at.least(box.left);
      expect(theirs.right, text(slot)).to.be.at.most(box.right);
    }
  });
});
