import { expect, oneEvent } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type {
  MpBookingConfirmedEvent,
  MpSlotSelectEvent,
} from '../../../packages/micropath/src/mentor-booking/events.ts';
import {
  $,
  $$,
  active,
  booking,
  everyDay,
  firstFreeDay,
  stepTitle,
  text,
  typeInto,
  until,
} from '../../support/booking-helpers.ts';

const team = [
  everyDay({
    id: 'ana',
    name: 'Ana Ruiz',
    headline: 'Senior data engineer',
    expertise: ['Data', 'SQL'],
    languages: ['es', 'en'],
    bio: 'Ten years of pipelines.',
    sessionTypes: [
      {
        id: 'intro',
        name: 'Intro call',
        durationMinutes: 30,
        description: 'Get to know each other.',
      },
      {
        id: 'review',
        name: 'Portfolio review',
        durationMinutes: 60,
        questions: [
          { id: 'link', label: 'Portfolio link', type: 'text', required: true },
          {
            id: 'level',
            label: 'Your level',
            type: 'select',
            options: ['Junior', 'Senior'],
            required: true,
          },
          { id: 'recorded', label: 'May we record it?', type: 'checkbox' },
        ],
      },
    ],
    meetingUrl: 'https://meet.example.org/ana',
  }),
  everyDay({
    id: 'ravi',
    name: 'Ravi Menon',
    expertise: ['Cybersecurity'],
    languages: ['en', 'hi'],
    timeZone: 'Asia/Kolkata',
  }),
];

describe('<mentor-booking>: the flow', () => {
  it('lists mentors with their expertise and languages, filtered by expertise', async () => {
    const el = await booking(createMemoryAdapter({ mentors: team }));
    await until(el, () => $$(el, '[part=mentor]').length === 2, 'mentors show');
    expect(stepTitle(el)).to.equal('Choose a mentor');
    const ana = $$(el, '[part=mentor]')[0]!;
    expect(text(ana)).to.contain('Ana Ruiz').and.contain('Senior data engineer');
    expect(text(ana)).to.contain('Speaks Spanish and English');
    expect(text($(el, '[part=count]'))).to.equal('2 mentors');
    const filter = $<HTMLSelectElement>(el, '[part=expertise-filter]')!;
    filter.value = 'Cybersecurity';
    filter.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '[part=mentor] h3').map(text)).to.deep.equal(['Ravi Menon']);
    expect(text($(el, '[part=count]'))).to.equal('1 mentor');
    await expect(el).to.be.accessible();
  });

  it('books a session end to end and hands over the whole booking', async () => {
    const adapter = createMemoryAdapter({ mentors: team });
    let confirmedAnswers: unknown;
    const book = adapter.book.bind(adapter);
    adapter.book = (request, ctx) => ((confirmedAnswers = request.answers), book(request, ctx));
    const el = await booking(adapter);
    await until(el, () => $$(el, '[part=mentor]').length, 'mentors show');
    $(el, '[data-mentor=ana]')!.click();
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Choose a session');
    expect(active(el)!.id).to.equal('step-title');
    expect(text($(el, '[part=sessions]')))
      .to.contain('Portfolio review')
      .and.contain('60 minutes');
    $(el, '[data-session=review]')!.click();
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Choose a time');
    const day = await firstFreeDay(el);
    day.click();
    await until(el, () => $(el, '[part~=slot]'), 'times show');
    await expect(el).to.be.accessible();
    const selected = oneEvent(el, 'mp-slot-select') as Promise<MpSlotSelectEvent>;
    const slot = $(el, '[part~=slot]')!;
    slot.click();
    const chosen = await selected;
    expect(chosen.slot.start).to.equal(slot.dataset.start);
    expect(chosen.sessionType.id).to.equal('review');
    await until(el, () => $(el, '[part=form]'), 'form shows');
    expect(stepTitle(el)).to.equal('Your details');

    // Sending an empty form: errors under each field, focus on the first.
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await until(el, () => $$(el, '.error').length, 'errors show');
    expect(active(el)!.id).to.equal('name');
    expect($(el, '#name')!.getAttribute('aria-describedby')).to.equal('name-error');
    expect(text($(el, '#name-error'))).to.equal('Enter your name.');
    expect($$(el, '.error').map((e) => e.id)).to.deep.equal([
      'name-error',
      'email-error',
      'q-link-error',
      'q-level-error',
      'consent-error',
    ]);
    await expect(el).to.be.accessible();

    await typeInto(el, '#name', 'Lena Vogel');
    await typeInto(el, '#email', 'lena@example.org');
    await typeInto(el, '#topic', 'Moving from QA into data.');
    // Two answers in one task, as autofill does: neither may overwrite the other.
    const link = $<HTMLInputElement>(el, '#q-link')!;
    link.value = 'https://lena.example.org';
    link.dispatchEvent(new InputEvent('input'));
    const level = $<HTMLSelectElement>(el, '#q-level')!;
    level.value = 'Junior';
    level.dispatchEvent(new Event('change'));
    $<HTMLInputElement>(el, '#consent')!.click();
    await el.updateComplete;
    const confirmed = oneEvent(el, 'mp-booking-confirmed') as Promise<MpBookingConfirmedEvent>;
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    const { booking: booked } = await confirmed;
    expect(booked).to.include({
      mentorId: 'ana',
      sessionTypeId: 'review',
      start: chosen.slot.start,
    });
    expect(booked.joinUrl).to.equal('https://meet.example.org/ana');
    await until(el, () => $(el, '[part=confirmation]'), 'confirmation shows');
    expect(stepTitle(el)).to.equal('You are booked');
    expect(active(el)!.id).to.equal('step-title');
    expect(text($(el, '[part=when]'))).to.contain('Lena Vogel with Ana Ruiz');
    expect($(el, '[part=join]')!.getAttribute('href')).to.equal('https://meet.example.org/ana');
    const stored = adapter.bookings[0]!;
    expect(stored.attendee).to.include({ name: 'Lena Vogel', email: 'lena@example.org' });
    expect(confirmedAnswers).to.deep.equal({
      link: 'https://lena.example.org',
      level: 'Junior',
      notes: 'Moving from QA into data.',
    });
    await expect(el).to.be.accessible();
  });
});
