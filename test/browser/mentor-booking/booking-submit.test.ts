import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import type {
  MentoringAdapter,
  BookingContext,
} from '../../../packages/micropath/src/core/contracts.ts';
import type { BookingRequest } from '../../../packages/micropath/src/core/models/booking.ts';
import type {
  MpBookingCancelledEvent,
  MpBookingFailedEvent,
  MpBookingRescheduledEvent,
} from '../../../packages/micropath/src/mentor-booking/events.ts';
import { sendKeys } from '@web/test-runner-commands';
import type { MentorBooking } from '../../../packages/micropath/src/mentor-booking/mentor-booking.ts';
import {
  $,
  $$,
  anotherTime,
  active,
  booking,
  firstFreeDay,
  everyDay,
  stepTitle,
  text,
  typeInto,
  until,
  walkToForm,
} from '../../support/booking-helpers.ts';

const mentor = everyDay({
  id: 'ana',
  name: 'Ana Ruiz',
  sessionTypes: [
    {
      id: 'review',
      name: 'Portfolio review',
      durationMinutes: 30,
      questions: [{ id: 'link', label: 'Portfolio link', type: 'text', required: true }],
    },
  ],
});

type Answer =
  | 'fail-network'
  | 'fail-429'
  | 'conflict'
  | 'book'
  /** Books, then loses the answer (a timeout): the visitor cannot know it worked. */
  | 'book-then-timeout'
  /** Books, then answers with a body that cannot be read (a proxy's HTML page). */
  | 'book-then-garbage'
  | 'reject-fields'
  /** Cal.com's "does not meet minimum booking notice", as its adapter maps it. */
  | 'too-soon'
  /** A 400 nothing the visitor does can fix. */
  | 'refused';

/** A memory adapter whose `book` answers as scripted, recording every call. */
function scripted(...answers: Answer[]) {
  const memory = createMemoryAdapter({ mentors: [mentor] });
  const calls: { request: BookingRequest; key: string }[] = [];
  const adapter: MentoringAdapter = {
    listMentors: (q, ctx) => memory.listMentors(q, ctx),
    getAvailability: (r, ctx) => memory.getAvailability(r, ctx),
    cancel: (id, reason, ctx) => memory.cancel(id, reason, ctx),
    reschedule: (id, to, ctx) => memory.reschedule(id, to, ctx),
    async book(request, ctx: BookingContext) {
      calls.push({ request, key: ctx.idempotencyKey });
      await new Promise((r) => setTimeout(r, 30));
      const answer = answers.shift() ?? 'book';
      if (answer === 'fail-network') throw new AdapterError('network', 'Failed to fetch');
      if (answer === 'fail-429')
        throw new AdapterError('rate-limited', 'HTTP 429', { status: 429 });
      if (answer === 'conflict') throw new AdapterError('conflict', 'Slot taken', { status: 409 });
      if (answer === 'reject-fields')
        throw new AdapterError('http', 'HTTP 422', {
          status: 422,
          fields: {
            'attendee.email': 'This address does not accept mail.',
            'metadata.ref': 'Unknown.',
          },
        });
      if (answer === 'too-soon')
        throw new AdapterError('conflict', 'Booking does not meet minimum booking notice', {
          status: 400,
          fields: { start: 'too-soon' },
        });
      if (answer === 'refused')
        throw new AdapterError('http', 'Invalid event length', { status: 400, retryable: false });
      const booked = await memory.book(request, ctx);
      if (answer === 'book-then-timeout')
        throw new AdapterError('timeout', 'The booking took longer than 10000 ms.');
      if (answer === 'book-then-garbage') return '<html>Bad gateway</html>' as never;
      return booked;
    },
  };
  return { adapter, calls, memory };
}

async function fillIn(el: MentorBooking) {
  await typeInto(el, '#name', 'Lena Vogel');
  await typeInto(el, '#email', 'lena@example.org');
  await typeInto(el, '#topic', 'Moving into data.');
  await typeInto(el, '#q-link', 'https://lena.example.org');
  $<HTMLInputElement>(el, '#consent')!.click();
  await el.updateComplete;
}

describe('<mentor-booking>: sending', () => {
  it('books once on a double click, with the button disabled while pending', async () => {
    const { adapter, calls, memory } = scripted('book');
    const el = await booking(adapter);
    await walkToForm(el);
    await fillIn(el);
    const submit = $<HTMLButtonElement>(el, '[part=submit]')!;
    submit.click();
    submit.click();
    await el.updateComplete;
    expect(submit.disabled).to.equal(true);
    expect(text(submit)).to.equal('Booking…');
    await until(el, () => $(el, '[part=confirmation]'), 'confirmation shows');
    // The live region speaks the outcome, not the day's count it said before.
    expect(text($(el, ':host > * > [role=status], .visually-hidden[role=status]'))).to.equal(
      'You are booked',
    );
    expect(calls).to.have.length(1);
    expect(memory.bookings).to.have.length(1);
    expect(calls[0]!.request.answers).to.deep.equal({
      link: 'https://lena.example.org',
      notes: 'Moving into data.',
    });
  });

  it('after a network failure checks again with the same key, through a 429, and books once', async () => {
    const { adapter, calls, memory } = scripted('fail-network', 'fail-429', 'book');
    const el = await booking(adapter);
    const failures: [string, boolean][] = [];
    el.addEventListener('mp-booking-failed', (e: MpBookingFailedEvent) =>
      failures.push([e.error.code, e.outcomeUnknown]),
    );
    await walkToForm(el);
    await fillIn(el);
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=form-error]'), 'failure shows');
    expect(text($(el, '[part=form-error]'))).to.contain('It may have gone through; checking');
    expect($(el, '[part=form-error]')!.getAttribute('role')).to.equal('alert');
    // The automatic check meets a 429: still unknown, so the button only checks again.
    await until(el, () => text($(el, '[part=form-error]')).includes('still could not'), 'unknown');
    expect(text($(el, '[part=submit]'))).to.equal('Check again');
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Lena Vogel');
    expect($<HTMLTextAreaElement>(el, '#topic')!.value).to.equal('Moving into data.');
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=confirmation]'), 'confirmation shows');
    expect(failures).to.deep.equal([
      ['network', true],
      ['rate-limited', true],
    ]);
    expect(calls).to.have.length(3);
    expect(new Set(calls.map((c) => c.key)).size).to.equal(1);
    expect(memory.bookings).to.have.length(1);
  });

  it('a lost answer plus an edited retry books once: the retry re-sends the first attempt', async () => {
    const { adapter, calls, memory } = scripted('book-then-timeout', 'book-then-timeout', 'book');
    const el = await booking(adapter);
    await walkToForm(el);
    await fillIn(el);
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => text($(el, '[part=form-error]')).includes('still could not'), 'unknown');
    // The visitor edits the topic meanwhile, then presses the button.
    await typeInto(el, '#topic', 'Something else entirely.');
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=confirmation]'), 'confirmation shows');
    expect(memory.bookings).to.have.length(1);
    expect(new Set(calls.map((c) => c.key)).size).to.equal(1);
    expect(calls.every((c) => c.request.answers.notes === 'Moving into data.')).to.equal(true);
    expect(text($(el, '[part=confirmation]'))).not.to.contain('was just taken');
  });

  it('an answer it cannot read is an unknown outcome, resolved by asking again', async () => {
    const { adapter, calls, memory } = scripted('book-then-garbage', 'book');
    const el = await booking(adapter);
    const unknown: boolean[] = [];
    el.addEventListener('mp-booking-failed', (e: MpBookingFailedEvent) =>
      unknown.push(e.outcomeUnknown),
    );
    await walkToForm(el);
    await fillIn(el);
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=confirmation]'), 'confirmation shows');
    expect(unknown).to.deep.equal([true]);
    expect(calls).to.have.length(2);
    expect(calls[0]!.key).to.equal(calls[1]!.key);
    expect(memory.bookings).to.have.length(1);
  });

  it('puts refused fields on the fields, names the rest, and sends a new key for the corrected request', async () => {
    const { adapter, calls } = scripted('reject-fields', 'book');
    const el = await booking(adapter);
    await walkToForm(el);
    await fillIn(el);
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=form-error]'), 'failure shows');
    expect(text($(el, '#email-error'))).to.equal('This address does not accept mail.');
    expect($(el, '#email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(active(el)?.id).to.equal('email');
    expect(text($(el, '[part=form-error]'))).to.contain('metadata.ref');
    await typeInto(el, '#email', 'lena@work.example.org');
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=confirmation]'), 'confirmation shows');
    expect(calls[0]!.key).not.to.equal(calls[1]!.key);
  });

  it('says why a time cannot be booked (too soon), back on the calendar; a refusal nothing can fix offers no Try again', async () => {
    const { adapter } = scripted('too-soon', 'refused');
    const el = await booking(adapter);
    await walkToForm(el);
    await fillIn(el);
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=calendar]'), 'back to the calendar');
    expect(text(el.shadowRoot!.querySelector('.notice, [part=notice]'))).to.contain('too soon');
    const day = await firstFreeDay(el);
    day.click();
    await until(el, () => $(el, '[part~=slot]'), 'times');
    $(el, '[part~=slot]')!.click();
    await until(el, () => $(el, '[part=form]'), 'form again');
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Lena Vogel');
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=form-error]'), 'refusal shows');
    expect(text($(el, '[part=form-error]'))).to.equal('The booking service refused this booking.');
    expect(text($(el, '[part=submit]'))).to.equal('Book session');
  });

  it('on a slot taken meanwhile says so, refreshes the times and keeps the answers', async () => {
    const { adapter, calls } = scripted('conflict', 'book');
    const el = await booking(adapter);
    const first = await walkToForm(el);
    await fillIn(el);
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=notice]'), 'notice shows');
    expect(stepTitle(el)).to.equal('Choose a time');
    expect(active(el)!.id).to.equal('step-title');
    expect(text($(el, '[part=notice]'))).to.contain('that time was just taken');
    await until(
      el,
      () => $(el, '[part=calendar]')!.getAttribute('aria-busy') === 'false',
      'times reload',
    );
    // Pick another time: the form comes back filled in.
    const other = await anotherTime(el, first);
    other.click();
    await until(el, () => $(el, '[part=form]'), 'form shows');
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Lena Vogel');
    expect($<HTMLInputElement>(el, '#q-link')!.value).to.equal('https://lena.example.org');
    expect($<HTMLInputElement>(el, '#consent')!.checked).to.equal(true);
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=confirmation]'), 'confirmation shows');
    expect(calls[1]!.request.start).to.equal(other.dataset.start);
    expect(calls[0]!.key).not.to.equal(calls[1]!.key);
  });

  it('keeps choices and answers when the page moves the element', async () => {
    const { adapter, calls } = scripted('book');
    const el = await booking(adapter);
    const start = await walkToForm(el);
    await fillIn(el);
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Your details');
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Lena Vogel');
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=confirmation]'), 'confirmation shows');
    expect(text($(el, '[part=when]'))).to.contain('Lena Vogel');
    expect(calls[0]!.request.start).to.equal(start);
    elsewhere.remove();
  });

  it('ignores a submission whose honeypot is filled in', async () => {
    const { adapter, calls } = scripted('book');
    const el = await booking(adapter);
    await walkToForm(el);
    await fillIn(el);
    await typeInto(el, '#website', 'http://spam.example');
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).to.have.length(0);
    expect($(el, '[part=confirmation]')).to.equal(null);
  });

  it('prefills name and email, and sends the page metadata', async () => {
    const { adapter, calls } = scripted('book');
    const el = await booking(adapter, { name: 'Lena Vogel', email: 'lena@example.org' });
    el.metadata = { utm_campaign: 'spring' };
    await walkToForm(el);
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Lena Vogel');
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal('lena@example.org');
    await typeInto(el, '#q-link', 'https://lena.example.org');
    $<HTMLInputElement>(el, '#consent')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=confirmation]'), 'confirmation shows');
    expect(calls[0]!.request.metadata).to.deep.equal({ utm_campaign: 'spring' });
    expect(calls[0]!.request.attendee).to.include({ name: 'Lena Vogel', locale: 'en' });
  });

  it('cancels from the confirmation by keyboard with a reason: tells the page, and gives a calendar file that removes the entry', async () => {
    const { adapter, memory } = scripted('book');
    const el = await booking(adapter);
    const cancelled: [string, string | undefined][] = [];
    el.addEventListener('mp-booking-cancelled', (e: MpBookingCancelledEvent) =>
      cancelled.push([e.booking.status, e.reason]),
    );
    await walkToForm(el);
    await fillIn(el);
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=cancel]'), 'cancel shows');
    const uid = /UID:(.*)/.exec(
      decodeURIComponent($<HTMLAnchorElement>(el, '[part=ics]')!.href),
    )![1];
    $(el, '[part=cancel]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)!.id).to.equal('cancel-reason');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'Clash at work' });
    [...el.shadowRoot!.querySelectorAll('button')]
      .find((b) => text(b) === 'Yes, cancel it')!
      .focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => stepTitle(el) === 'Session cancelled', 'cancelled');
    expect(memory.bookings[0]!.status).to.equal('cancelled');
    expect(cancelled).to.deep.equal([['cancelled', 'Clash at work']]);
    // Nothing claims the mentor was told: nothing here knows.
    expect(text($(el, '[part=confirmation]'))).not.to.contain('has been told');
    const ics = decodeURIComponent($<HTMLAnchorElement>(el, '[part=ics]')!.href);
    expect(ics).to.contain('METHOD:CANCEL');
    expect(ics).to.contain('STATUS:CANCELLED');
    expect(ics).to.contain('SEQUENCE:1');
    expect(ics).to.contain(`UID:${uid}`);
    await expect(el).to.be.accessible();
    $(el, '[part=again]')!.click();
    await until(el, () => $(el, '[part=calendar]'), 'calendar again');
  });

  it('moves a booking to another time by keyboard: same answers, the page told, the calendar entry updated', async () => {
    const { adapter, memory } = scripted('book');
    const el = await booking(adapter);
    const moves: [string, string][] = [];
    el.addEventListener('mp-booking-rescheduled', (e: MpBookingRescheduledEvent) =>
      moves.push([e.previous.start, e.booking.start]),
    );
    await walkToForm(el);
    await fillIn(el);
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $(el, '[part=reschedule]'), 'change time shows');
    const before = memory.bookings[0]!;
    const uid = /UID:(.*)/.exec(
      decodeURIComponent($<HTMLAnchorElement>(el, '[part=ics]')!.href),
    )![1];
    $(el, '[part=reschedule]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => $(el, '[part=calendar]'), 'calendar shows');
    await expect(el).to.be.accessible();
    const day = await firstFreeDay(el);
    day.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => $(el, '[part~=slot]'), 'times show');
    const target = $$<HTMLButtonElement>(el, '[part~=slot]').find(
      (b) => Date.parse(b.dataset.start!) !== Date.parse(before.start),
    )!;
    target.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => $(el, '[part=reschedule-panel]'), 'move panel shows');
    expect(stepTitle(el)).to.equal('Move your session');
    await expect(el).to.be.accessible();
    $(el, '[part=reschedule-submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => stepTitle(el) === 'You are booked', 'moved');
    expect(memory.bookings).to.have.length(1);
    const after = memory.bookings[0]!;
    expect(Date.parse(after.start)).to.equal(Date.parse(target.dataset.start!));
    expect(after.sequence).to.equal(1);
    expect(moves).to.deep.equal([[before.start, after.start]]);
    const ics = decodeURIComponent($<HTMLAnchorElement>(el, '[part=ics]')!.href);
    expect(ics).to.contain(`UID:${uid}`);
    expect(ics).to.contain('SEQUENCE:1');
    expect(text($(el, '.visually-hidden[role=status]'))).to.equal('The session is moved.');
  });
});
