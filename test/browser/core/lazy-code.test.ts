/**
 * Parts whose code comes later (lazy chunks: the board's listing view, the booking's mentor
 * and session steps, its day's times with the form, and its confirmation): when that code cannot load (offline, the CDN unreachable), the
 * part's place says so with "Try again", nothing the visitor did is lost, and "Try again"
 * brings the part. Before, the place stayed empty or a click did nothing.
 */
import { expect } from '@open-wc/testing';
import { css } from 'lit';
import { adoptStyles } from '../../../packages/micropath/src/core/lazy-code.ts';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import '../../../packages/micropath/src/apprentice-board/define.ts';
import { detailCode } from '../../../packages/micropath/src/apprentice-board/board-detail.ts';
import '../../../packages/micropath/src/mentor-booking/define.ts';
import { bookingParts } from '../../../packages/micropath/src/mentor-booking/mentor-booking.ts';
import { formParts } from '../../../packages/micropath/src/mentor-booking/booking-actions.ts';
import {
  board,
  $ as $board,
  $$ as $$board,
  settled,
  sample,
  titles,
} from '../../support/board-helpers.ts';
import {
  $,
  $$,
  booking,
  chooseFirstTime,
  everyDay,
  firstFreeDay,
  sendDetails,
  text,
  until,
} from '../../support/booking-helpers.ts';

const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
/** One mentor, free every day. */
const ana = () => createMemoryAdapter({ mentors: [everyDay({ id: 'ana', name: 'Ana Ruiz' })] });
/** Her intro session, so the booking opens on the month. */
const anaIntro = { mentorId: 'ana', sessionType: 'intro', timeZone: 'UTC' };

describe('a part whose code cannot load', () => {
  const parts = { ...bookingParts };
  const view = detailCode.view;
  const checks = formParts.checks;
  afterEach(() => {
    Object.assign(bookingParts, parts);
    detailCode.view = view;
    formParts.checks = checks;
  });

  it("board: opening a listing says so, and 'Try again' opens it", async () => {
    detailCode.view = offline;
    const el = await board(
      createMemoryAdapter({ listings: [sample({ id: 'a', title: 'Data analyst' })] }),
    );
    await settled(el, () => titles(el).length === 1);
    $$board(el, '[part~=card] .open')[0]!.click();
    await settled(el, () => $board(el, '[role=alert]') !== null, 'the failure is said');
    expect(text($board(el, '[role=alert] p'))).to.equal(
      'Could not reach the server. Check your connection and try again.',
    );
    expect($board(el, 'dialog')!.hasAttribute('open')).to.equal(false);
    expect(titles(el)).to.deep.equal(['Data analyst']);
    await expect(el).to.be.accessible();

    detailCode.view = view;
    $board<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await settled(el, () => $board(el, '[part=detail]') !== null, 'the listing opens');
    expect($board(el, '[role=alert]')).to.equal(null);
  });

  it("booking: the mentor step says so, and 'Try again' lists the mentors", async () => {
    bookingParts.choices = offline;
    const el = await booking(ana());
    await until(el, () => $(el, '[role=alert]'), 'the failure is said');
    expect(text($(el, '[role=alert] p'))).to.equal(
      'Could not reach the server. Check your connection and try again.',
    );
    await expect(el).to.be.accessible();
    bookingParts.choices = parts.choices;
    $<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await until(el, () => $$(el, '[part=mentor]').length === 1, 'the mentors show');
  });

  it("booking: the session step says so when its code cannot come, and 'Try again' lists the sessions", async () => {
    bookingParts.choices = offline;
    const twoSessions = createMemoryAdapter({
      mentors: [
        everyDay({
          id: 'ana',
          name: 'Ana Ruiz',
          sessionTypes: [
            { id: 'intro', name: 'Intro call', durationMinutes: 30 },
            { id: 'review', name: 'Portfolio review', durationMinutes: 45 },
          ],
        }),
      ],
    });
    const el = await booking(twoSessions, { mentorId: 'ana', timeZone: 'UTC' });
    await until(el, () => $(el, '[role=alert] button'), 'the failure is said');
    expect(text($(el, '#step-title'))).to.equal('Choose a session');
    await expect(el).to.be.accessible();
    bookingParts.choices = parts.choices;
    $<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await until(el, () => $$(el, '[part~=session]').length === 2, 'the sessions show');
    $$(el, '[part~=session]')[1]!.click();
    await until(el, () => text($(el, '#step-title')) === 'Choose a time', 'the month shows');
  });

  it("booking: the day's times and the form say so, 'Try again' brings them; a booking made shows its confirmation when its code comes", async () => {
    bookingParts.form = offline;
    bookingParts.afterBooking = offline;
    const el = await booking(ana(), anaIntro);
    const day = await firstFreeDay(el);
    day.click();
    // The day's times come with the form's code: the day panel says it could not load.
    await until(el, () => $(el, '[part=day] [role=alert] button'), 'the failure is said');
    expect(day.getAttribute('part')).to.contain('day-selected');
    expect($(el, '[part~=slot]')).to.equal(null);
    await expect(el).to.be.accessible();

    bookingParts.form = parts.form;
    $<HTMLButtonElement>(el, '[part=day] [role=alert] button')!.click();
    await until(el, () => $(el, '[part~=slot]'), "the day's times show");
    $(el, '[part~=slot]')!.click();
    await until(el, () => $(el, '[part=form]'), 'the form shows');
    await sendDetails(el);

    // Booked, though the confirmation's code cannot come: the step says so, and "Try again"
    // shows the confirmation.
    await until(el, () => text($(el, '#step-title')) === 'You are booked', 'the booking is made');
    await until(el, () => $(el, '[role=alert] button'), 'the failure is said');
    bookingParts.afterBooking = parts.afterBooking;
    $<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await until(el, () => $(el, '[part=confirmation]'), 'the confirmation shows');
  });

  it("booking: when the form's checks cannot load, sending keeps the details, says so, and books on the next try", async () => {
    formParts.checks = offline;
    const el = await booking(ana(), anaIntro);
    await chooseFirstTime(el);
    await until(el, () => $(el, '[part=form]'), 'the form shows');
    await sendDetails(el);
    await until(
      el,
      () => /Could not reach the server/.test(text($(el, '[part=form-error]'))),
      'the failure is said',
    );
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Bruna Costa');
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal('bruna@example.org');
    await expect(el).to.be.accessible();

    formParts.checks = checks;
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => text($(el, '#step-title')) === 'You are booked', 'the booking is made');
  });
});

describe('adoptStyles', () => {
  it("adopts a part's styles once, however often its code arrives", () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const styles = css`
      p {
        color: red;
      }
    `;
    adoptStyles(root, styles);
    adoptStyles(root, styles);
    expect(root.adoptedStyleSheets).to.deep.equal([styles.styleSheet]);
  });
});
