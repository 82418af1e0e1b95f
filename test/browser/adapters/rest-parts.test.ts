/**
 * `source="rest:…"` loads each part of the REST adapter with the first call for it: a booking's
 * sending code comes when the visitor sends. A part that cannot load (offline) fails that call
 * as an unreachable backend would, the widget says so and keeps what the visitor typed, and the
 * next try loads it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../packages/micropath/src/mentor-booking/define.ts';
import { restParts } from '../../../packages/micropath/src/core/lazy-rest.ts';
import type { MentorBooking } from '../../../packages/micropath/src/mentor-booking/mentor-booking.ts';
import { $, chooseFirstTime, sendDetails, text, until } from '../../support/booking-helpers.ts';
import { contractUrl } from '../../support/contract-url.ts';

describe('source="rest:…": a part of the adapter that cannot load', () => {
  const { bookings } = restParts;
  afterEach(() => (restParts.bookings = bookings));

  it('a booking whose sending code cannot load says so, keeps the details, and books on the next try', async () => {
    const { baseUrl, log } = contractUrl();
    let tries = 0;
    restParts.bookings = () => {
      tries++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const el = await fixture<MentorBooking>(
      html`<mentor-booking
        source=${`rest:${baseUrl}`}
        mentor-id="ana"
        session-type="intro"
        time-zone="UTC"
        lang="en"
      ></mentor-booking>`,
    );
    await chooseFirstTime(el);
    await until(el, () => $(el, '[part=form]'), 'form shows');
    await sendDetails(el);

    // Sent once and asked again once (the outcome of an attempt that could not reach its
    // backend is unknown to the widget), then the visitor is told, with their details kept.
    await until(
      el,
      () => /still could not confirm/.test(text($(el, '[part=form-error]'))),
      'the failure is said',
    );
    expect(tries).to.equal(2);
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Bruna Costa');
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal('bruna@example.org');
    expect((await log()).filter((r) => r.method === 'POST')).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // Back online: "Check again" loads the code and books.
    restParts.bookings = bookings;
    expect(text($(el, '[part=submit]'))).to.equal('Check again');
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=confirmation]'), 'confirmation shows');
    expect((await log()).filter((r) => r.method === 'POST')).to.have.length(1);
    // The REST contract moves bookings: "Change the time" is offered, as with the eager adapter.
    expect(text($(el, '[part=reschedule]'))).to.equal('Change the time');
  });
});
