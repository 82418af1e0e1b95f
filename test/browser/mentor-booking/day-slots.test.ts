/**
 * The day's times as a visitor reads them: on a fall-back day (New York, 7 November 2027) the
 * repeated hour is told apart by its zone when the mentor's zone is unknown (always so with
 * Cal.com), one instant shows once however it was written, and every button's accessible name
 * is a sentence.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../../packages/micropath/src/mentor-booking/define.ts';
import { renderDaySlots } from '../../../packages/micropath/src/mentor-booking/day-slots.ts';
import { readSlots } from '../../../packages/micropath/src/core/read-mentoring.ts';
import type { Slot } from '../../../packages/micropath/src/core/models/mentoring.ts';

const format = { locale: 'en-US', timeZone: 'America/New_York', hourCycle: 'h12' as const };
const slot = (start: string, minutes = 30): Slot => ({
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
});

/** A button's accessible name: its text, the visually hidden words included. */
const nameOf = (button: HTMLElement) => button.textContent!.replace(/\s+/g, ' ').trim();

async function show(slots: Slot[], mentor: { timeZone: string | undefined; name: string }) {
  // Rendered synchronously: a plain <div> fixture would wait for an animation frame.
  const host = fixtureSync<HTMLElement>(
    html`<div>
      ${renderDaySlots({ date: '2027-11-07', slots, format, mentor, chosen: undefined, choose: () => {} })}
    </div>`,
  );
  return [...host.querySelectorAll<HTMLButtonElement>('[part~=slot]')];
}

describe('<mentor-booking>: a day’s times', () => {
  it('tells the repeated hour apart by its zone, and says each time as a sentence', async () => {
    // 05:00Z is 1:00 AM EDT; 06:00Z is 1:00 AM EST, an hour later on the same wall clock.
    const buttons = await show(
      [
        slot('2027-11-07T04:30:00Z'),
        slot('2027-11-07T05:00:00Z'),
        slot('2027-11-07T06:00:00Z'),
        slot('2027-11-07T07:00:00Z'),
      ],
      { timeZone: undefined, name: 'Grace Hopper' },
    );
    const shown = buttons.map((b) => b.querySelector('.time')!.textContent!.trim());
    expect(shown).to.deep.equal(['12:30 AM', '1:00 AM EDT', '1:00 AM EST', '2:00 AM']);
    expect(new Set(shown).size).to.equal(shown.length);
    expect(nameOf(buttons[1]!)).to.equal('1:00 AM EDT, Sunday, November 7, 2027');
  });

  it('names both clocks and the date when the mentor’s zone differs', async () => {
    const [button] = await show([slot('2027-11-07T14:00:00Z')], {
      timeZone: 'Europe/London',
      name: 'Grace Hopper',
    });
    expect(nameOf(button!)).to.equal(
      '9:00 AM your time, 2:00 PM for Grace Hopper, Sunday, November 7, 2027',
    );
    // What is visible is the start of that name, in order (WCAG 2.5.3, label in name).
    const visible = [...button!.querySelectorAll('.time, .theirs')].map((n) => n.textContent);
    expect(visible).to.deep.equal(['9:00 AM', '2:00 PM for Grace Hopper']);
  });

  it('shows one button for one instant, in whatever notation and with whatever end it came', async () => {
    const given = [
      // 9:00 AM EST three times: with a 45-minute end, in UTC, and in UTC written another way.
      { start: '2027-11-07T09:00:00-05:00', end: '2027-11-07T09:45:00-05:00' },
      { start: '2027-11-07T14:00:00Z', end: '2027-11-07T14:30:00Z' },
      { start: '2027-11-07T14:00:00.000+00:00', end: '2027-11-07T14:30:00.000+00:00' },
      slot('2027-11-07T15:00:00Z'),
    ];
    const { items } = readSlots(given, 30);
    const buttons = await show(items, { timeZone: undefined, name: 'Grace Hopper' });
    const shown = buttons.map((b) => b.querySelector('.time')!.textContent!.trim());
    expect(shown).to.deep.equal(['9:00 AM', '10:00 AM']);
    // The one kept lasts the session's 30 minutes; without a length, the first listed.
    expect(items[0]!.end).to.equal('2027-11-07T14:30:00Z');
    expect(readSlots(given).items[0]!.end).to.equal('2027-11-07T09:45:00-05:00');
  });

  it('merges duplicate times and counts the unreadable ones', () => {
    const checked = readSlots([
      slot('2027-11-07T14:00:00Z'),
      { start: '2027-11-07T09:00:00-05:00', end: '2027-11-07T09:30:00-05:00' },
      { start: 'tomorrow', end: 'later' },
      { start: '2027-11-07T15:00:00Z' },
    ]);
    expect(checked.items).to.have.length(1);
    expect(checked.skipped).to.equal(2);
  });
});
