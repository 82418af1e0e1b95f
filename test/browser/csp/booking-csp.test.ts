/** <mentor-booking> under the strict CSP with Trusted Types: no violation from mentor to cancel. */
import { expect, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import {
  $,
  booking,
  everyDay,
  typeInto,
  until,
  walkToForm,
} from '../../support/booking-helpers.ts';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(
    `${event.violatedDirective} ${event.sample} at ${event.sourceFile}:${event.lineNumber}`,
  );
});

describe('<mentor-booking> under the strict CSP', () => {
  it('books, opens the zone picker, shows calendar links and cancels without a violation', async () => {
    const mentor = everyDay({
      id: 'ana',
      name: 'Ana Ruiz',
      sessionTypes: [
        { id: 'a', name: 'Intro call', durationMinutes: 30 },
        { id: 'b', name: 'Review', durationMinutes: 60 },
      ],
    });
    const el = await booking(createMemoryAdapter({ mentors: [mentor] }), { lang: 'de' });
    await walkToForm(el);
    $(el, '#zone-button')!.click();
    await until(el, () => $(el, '#zone-search'), 'zone picker opens');
    await waitUntil(() => $(el, '#zone-panel')!.style.top !== '', 'zone picker placed');
    $<HTMLElement>(el, '#zone-panel')!.hidePopover();
    await typeInto(el, '#name', 'Lena Vogel');
    await typeInto(el, '#email', 'lena@example.org');
    $<HTMLInputElement>(el, '#consent')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=ics]'), 'confirmation');
    expect($(el, '[part=ics]')!.getAttribute('href')).to.match(/^data:text\/calendar/);
    $(el, '[part=cancel]')!.click();
    await el.updateComplete;
    $(el, '.cancel-form .danger')!.click();
    // Cancelled: the calendar file now removes the entry (METHOD:CANCEL).
    await until(
      el,
      () =>
        decodeURIComponent($(el, '[part=ics]')?.getAttribute('href') ?? '').includes(
          'METHOD:CANCEL',
        ),
      'cancelled',
    );
    expect(violations).to.deep.equal([]);
  });
});
