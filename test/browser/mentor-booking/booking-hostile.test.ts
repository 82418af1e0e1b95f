import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { MentoringAdapter } from '../../../packages/micropath/src/core/contracts.ts';
import {
  $,
  $$,
  booking,
  dayShown,
  everyDay,
  stepTitle,
  text,
  until,
} from '../../support/booking-helpers.ts';

const ana = everyDay({ id: 'ana', name: 'Ana Ruiz' });
const hostileName = '<img src=x onerror="window.__pwned=1">Eve';

/** Next month's 10th at an hour, in UTC. */
function nextMonthAt(hour: number, minute = 0) {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 10, hour, minute));
}
const iso = (d: Date, plusMinutes = 0) =>
  new Date(d.getTime() + plusMinutes * 60_000).toISOString();

function withSlots(slots: unknown[], mentors: unknown[] = [ana]): MentoringAdapter {
  const memory = createMemoryAdapter({ mentors: [ana] });
  return {
    listMentors: async () => mentors as never,
    getAvailability: async () => slots as never,
    book: (r, ctx) => memory.book(r, ctx),
  };
}

describe('<mentor-booking>: hostile input', () => {
  it('shows unsorted, repeated, overlapping and past slots sorted, once each, future only', async () => {
    const ten = nextMonthAt(10);
    const slots = [
      { start: iso(ten, 60), end: iso(ten, 90) },
      { start: iso(ten), end: iso(ten, 30) },
      { start: iso(ten), end: iso(ten, 30) }, // repeated
      { start: iso(ten, 15), end: iso(ten, 45) }, // overlapping
      { start: 'tomorrow at ten', end: iso(ten, 30) }, // malformed
      { start: iso(ten, 30), end: iso(ten) }, // ends before it starts
      { start: '2001-01-01T10:00:00Z', end: '2001-01-01T10:30:00Z' }, // past
      'not a slot',
    ];
    const el = await booking(withSlots(slots), {
      mentorId: 'ana',
      timeZone: 'UTC',
      hourCycle: 'h23',
    });
    await until(el, () => $(el, '[part=calendar]'), 'calendar');
    $(el, '[aria-label="Next month"]')!.click();
    await until(el, () => $(el, '[part~=day-available]'), 'a free day');
    expect($$(el, '[part~=day-available]').map((d) => d.dataset.date!.slice(8))).to.deep.equal([
      '10',
    ]);
    expect(text($(el, '.month-panel'))).to.contain('Times that could not be shown: 3.');
    $(el, '[part~=day-available]')!.click();
    await dayShown(el);
    expect($$(el, '[part~=slot] .time').map(text)).to.deep.equal(['10:00', '10:15', '11:00']);
    await expect(el).to.be.accessible();
  });

  it('renders HTML in mentor names and bios as text, drops a hostile photo link, and skips malformed mentors with a count', async () => {
    const eve = {
      ...ana,
      id: 'eve',
      name: hostileName,
      bio: '<script>window.__pwned=2</script>Bio',
      photoUrl: 'javascript:alert(1)',
    };
    const broken = { id: 'x', name: 'No sessions', sessionTypes: [] };
    const el = await booking(withSlots([], [eve, ana, broken, 42]));
    await until(el, () => $$(el, '[part=mentor]').length, 'mentors show');
    // The javascript: photo costs Eve her photo, not her place; HTML stays text.
    expect($$(el, '[part=mentor] h3').map(text)).to.deep.equal([hostileName, 'Ana Ruiz']);
    expect(el.shadowRoot!.querySelector('img[src^="javascript"], [src^="javascript"]')).to.equal(
      null,
    );
    expect(text($(el, '[part=step]'))).to.contain('Mentors who could not be shown: 2.');
    const safe = {
      ...ana,
      id: 'eve',
      name: hostileName,
      bio: '<script>window.__pwned=2</script>Bio',
    };
    const el2 = await booking(withSlots([], [safe]));
    await until(el2, () => $$(el2, '[part=mentor]').length, 'mentors show');
    expect(text($(el2, '[part=mentor] h3'))).to.equal(hostileName);
    expect(text($(el2, '[part=bio]'))).to.equal('<script>window.__pwned=2</script>Bio');
    expect(el2.shadowRoot!.querySelector('img[src=x], script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('says so when the backend fails or answers nonsense, and recovers on “Try again”', async () => {
    let fail = true;
    const adapter: MentoringAdapter = {
      ...withSlots([]),
      listMentors: async () => {
        if (fail) return { mentors: 'nope' } as never;
        return [ana] as never;
      },
    };
    const el = await booking(adapter);
    await until(el, () => $(el, '[part=message][role=alert]'), 'error shows');
    expect(text($(el, '[part=message]'))).to.contain(
      'The data source sent something this widget cannot read.',
    );
    await expect(el).to.be.accessible();
    fail = false;
    $(el, '[part=message] button')!.click();
    await until(el, () => $$(el, '[part=mentor]').length, 'mentors show');
  });

  it('keeps the calendar usable when the times cannot be loaded', async () => {
    let calls = 0;
    const adapter: MentoringAdapter = {
      ...withSlots([]),
      getAvailability: async () => {
        if (++calls === 1) throw new TypeError('Failed to fetch');
        return [{ start: iso(nextMonthAt(9)), end: iso(nextMonthAt(9), 30) }] as never;
      },
    };
    const el = await booking(adapter, { mentorId: 'ana', timeZone: 'UTC' });
    await until(el, () => $(el, '.month-panel [role=alert]'), 'error shows');
    expect(text($(el, '.month-panel [role=alert]'))).to.contain('Could not reach the server');
    $(el, '.month-panel [role=alert] button')!.click();
    await until(el, () => !$(el, '.month-panel [role=alert]'), 'error gone');
    expect(stepTitle(el)).to.equal('Choose a time');
  });

  it('skips steps fixed by mentor-id and says so when that mentor is unknown', async () => {
    const el = await booking(createMemoryAdapter({ mentors: [ana] }), { mentorId: 'ana' });
    await until(el, () => $(el, '[part=calendar]'), 'calendar shows');
    expect(stepTitle(el)).to.equal('Choose a time');
    expect($(el, '[part=back]')).to.equal(null);
    const lost = await booking(createMemoryAdapter({ mentors: [ana] }), { mentorId: 'nobody' });
    await until(lost, () => $(lost, '[part=message][role=alert]'), 'message shows');
    expect(text($(lost, '[part=message]'))).to.equal(
      'This mentor is not taking bookings at the moment.',
    );
  });
});
