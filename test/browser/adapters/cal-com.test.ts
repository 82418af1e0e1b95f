/** calComAdapter against a loopback Cal.com API v2 answering with recorded payloads. */
import { expect } from '@open-wc/testing';
import { readSlots } from '../../../packages/micropath/src/core/read-mentoring.ts';
import { calComAdapter } from '../../../packages/micropath/src/adapters/cal-com.ts';
import { registerCalSource } from '../../../packages/micropath/src/adapters/cal-com-source.ts';
import { adapterFromSource } from '../../../packages/micropath/src/core/sources.ts';
import type { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import type { CalRequest } from '../../support/cal-com-double.ts';
import { rejection as rejectionOf } from '../../support/rejection.ts';

const rejection = (promise: Promise<unknown>) => rejectionOf<AdapterError>(promise);
const ctx = () => ({ signal: new AbortController().signal, locale: 'de-DE' });
let runs = 0;
/** A fresh log on the loopback Cal.com in `mode`. */
function cal(mode = 'ok') {
  const ns = `${mode}-t${++runs}`;
  return {
    apiBase: `/cal/${ns}/v2`,
    log: async () => (await (await fetch(`/cal/${ns}/v2/__log`)).json()) as CalRequest[],
  };
}
const jane = { username: 'jane', eventSlug: '60min', mentor: { name: 'Jane Doe' } };
const week = {
  mentorId: 'jane',
  sessionTypeId: '60min',
  from: '2050-09-05T00:00:00+02:00',
  to: '2050-09-07T00:00:00+02:00',
  timeZone: 'Europe/Rome',
};
const request = {
  mentorId: 'jane',
  sessionTypeId: '60min',
  start: '2050-09-05T09:00:00.000+02:00',
  end: '2050-09-05T10:00:00.000+02:00',
  attendee: {
    name: 'Kofi Mensah',
    email: 'kofi@example.org',
    timeZone: 'Europe/Rome',
    locale: 'de-DE',
  },
  answers: { notes: 'Portfolio review' },
  metadata: { utm_source: 'newsletter' },
};

describe('calComAdapter', () => {
  it('describes the event type as one mentor with one session', async () => {
    const adapter = calComAdapter({
      ...jane,
      apiBase: cal().apiBase,
      mentor: {
        name: 'Jane Doe',
        headline: 'Design lead',
        expertise: ['UX'],
        timeZone: 'America/Los_Angeles',
      },
    });
    const [mentor] = await adapter.listMentors({}, ctx());
    expect(mentor).to.deep.include({
      id: 'jane',
      name: 'Jane Doe',
      timeZone: 'America/Los_Angeles',
    });
    expect(mentor!.sessionTypes[0]).to.deep.include({ id: '60min', durationMinutes: 60 });
    expect(await adapter.listMentors({ expertise: 'UX' }, ctx())).to.have.length(1);
    expect(await adapter.listMentors({ q: 'gardening' }, ctx())).to.deep.equal([]);
    expect(() => calComAdapter({ username: 'jane' })).to.throw(TypeError, /eventSlug/);
    expect(() => calComAdapter({ eventTypeId: 7, mentor: { timeZone: 'Mars/Olympus' } })).to.throw(
      TypeError,
      /time zone/,
    );
  });

  it('asks GET /v2/slots for the range in UTC and reads the documented answer', async () => {
    const { apiBase, log } = cal();
    const slots = await calComAdapter({ ...jane, apiBase }).getAvailability(week, ctx());
    expect(slots).to.deep.equal([
      { start: '2050-09-05T09:00:00.000+02:00', end: '2050-09-05T10:00:00.000+02:00' },
      { start: '2050-09-05T10:00:00.000+02:00', end: '2050-09-05T11:00:00.000+02:00' },
      { start: '2050-09-06T09:00:00.000+02:00', end: '2050-09-06T10:00:00.000+02:00' },
      { start: '2050-09-06T10:00:00.000+02:00', end: '2050-09-06T11:00:00.000+02:00' },
    ]);
    const [sent] = await log();
    expect(sent).to.deep.include({ method: 'GET', path: 'slots', version: '2024-09-04' });
    expect(sent!.query).to.deep.equal({
      username: 'jane',
      eventTypeSlug: '60min',
      start: '2050-09-04T22:00:00.000Z',
      end: '2050-09-06T22:00:00.000Z',
      timeZone: 'Europe/Rome',
      format: 'range',
    });
  });

  it('reads the "time" format of the upstream e2e data: Rome and UTC are the same instants', async () => {
    const { apiBase } = cal();
    const at = (eventTypeId: number) =>
      calComAdapter({ eventTypeId, apiBase, session: { durationMinutes: 60 } }).getAvailability(
        { ...week, mentorId: `event-${eventTypeId}`, sessionTypeId: String(eventTypeId) },
        ctx(),
      );
    const [utc, rome] = await Promise.all([at(1), at(2)]);
    expect(rome).to.have.length(40);
    expect(rome.map((s) => Date.parse(s.start))).to.deep.equal(utc.map((s) => Date.parse(s.start)));
    expect(rome[0]).to.deep.equal({
      start: '2050-09-05T09:00:00.000+02:00',
      end: '2050-09-05T08:00:00.000Z',
    });
  });

  it('passes a hostile answer on whole: the boundary keeps the good slots sorted and once each, and counts the rest', async () => {
    const { apiBase } = cal('hostile');
    const slots = await calComAdapter({ ...jane, apiBase }).getAvailability(week, ctx());
    const checked = readSlots(slots);
    expect(checked.items.map((s) => s.start)).to.deep.equal([
      '2050-09-06T09:00:00.000+02:00',
      '2050-09-06T10:00:00.000+02:00',
    ]);
    // "tomorrow at nine" and a slot ending before it starts are counted, so the visitor is told
    // ("Times that could not be shown: 2.").
    expect(checked.skipped).to.equal(2);
  });

  it('books with POST /v2/bookings and reads the booking', async () => {
    const { apiBase, log } = cal();
    const booking = await calComAdapter({ ...jane, apiBase }).book(request, {
      ...ctx(),
      idempotencyKey: 'k1',
    });
    expect(booking).to.deep.include({
      id: 'booking_uid_123',
      status: 'confirmed',
      start: '2024-08-13T15:30:00Z',
      end: '2024-08-13T16:30:00Z',
      mentorId: 'jane',
      sessionTypeId: '60min',
      joinUrl: 'https://example.com/recurring-meeting',
    });
    expect(booking.mentor).to.deep.equal({ id: 'jane', name: 'Jane Doe' });
    expect(booking.attendee).to.deep.equal(request.attendee);
    const [sent] = await log();
    expect(sent).to.deep.include({ method: 'POST', path: 'bookings', version: '2024-08-13' });
    expect(sent!.body).to.deep.equal({
      username: 'jane',
      eventTypeSlug: '60min',
      start: '2050-09-05T07:00:00.000Z',
      attendee: {
        name: 'Kofi Mensah',
        email: 'kofi@example.org',
        timeZone: 'Europe/Rome',
        language: 'de',
      },
      bookingFieldsResponses: { notes: 'Portfolio review' },
      metadata: { utm_source: 'newsletter' },
    });
  });

  it('reads Cal.com’s 400 "not available" as a conflict, and 429 as rate limited', async () => {
    const taken = await rejection(
      calComAdapter({ ...jane, apiBase: cal('taken').apiBase }).book(request, {
        ...ctx(),
        idempotencyKey: 'k2',
      }),
    );
    expect(taken.code).to.equal('conflict');
    expect(taken.message).to.contain('not available');
    const busy = await rejection(
      calComAdapter({ ...jane, apiBase: cal('busy').apiBase, retries: 0 }).getAvailability(
        week,
        ctx(),
      ),
    );
    expect(busy.code).to.equal('rate-limited');
    const broken = await rejection(
      calComAdapter({ ...jane, apiBase: cal('broken').apiBase, retries: 0 }).getAvailability(
        week,
        ctx(),
      ),
    );
    expect(broken.code).to.equal('invalid-response');
  });

  it('refuses a mentor or session it does not serve, and cancels by uid', async () => {
    const { apiBase, log } = cal();
    const adapter = calComAdapter({ ...jane, apiBase });
    const wrong = await rejection(adapter.getAvailability({ ...week, mentorId: 'ana' }, ctx()));
    expect(wrong.code).to.equal('not-found');
    await adapter.cancel('booking_uid_123', 'Clash with an exam', ctx());
    expect(await log()).to.deep.equal([
      {
        method: 'POST',
        path: 'bookings/booking_uid_123/cancel',
        query: {},
        version: '2024-08-13',
        body: { cancellationReason: 'Clash with an exam' },
      },
    ]);
  });

  it('is what source="cal:USER/EVENT" gives, its code loaded on first use', async () => {
    registerCalSource();
    // The source speaks to api.cal.com; the page's fetch is pointed at the loopback double.
    const asked: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      asked.push(url.href);
      return realFetch(
        `/cal/ok-source/v2/${url.pathname.replace(/^\/v2\//, '')}${url.search}`,
        init,
      );
    };
    try {
      const adapter = adapterFromSource('cal:jane/60min') as ReturnType<typeof calComAdapter>;
      const [mentor] = await adapter.listMentors({}, ctx());
      expect(mentor).to.deep.include({ id: 'jane', name: 'Jane Doe' });
      expect(mentor!.sessionTypes[0]).to.deep.include({ id: '60min', durationMinutes: 60 });
      expect(asked).to.deep.equal([
        'https://api.cal.com/v2/event-types?username=jane&eventSlug=60min',
      ]);
    } finally {
      globalThis.fetch = realFetch;
    }
    // An event type named by id cannot be looked up without a key: nothing is asked.
    const byId = adapterFromSource('cal:4051580') as ReturnType<typeof calComAdapter>;
    expect((await byId.listMentors({}, ctx()))[0]!.id).to.equal('event-4051580');
    expect(() => adapterFromSource('cal:jane')).to.throw(/USER\/EVENT/);
  });

  it('names the mentor and the session from Cal.com’s public event type, not from the link', async () => {
    const { apiBase, log } = cal();
    const adapter = calComAdapter({ username: 'jane', eventSlug: '60min', apiBase });
    const [mentor] = await adapter.listMentors({}, ctx());
    expect(mentor).to.deep.include({
      id: 'jane',
      name: 'Jane Doe',
      photoUrl: 'https://cal.com/api/avatar/jane.png',
    });
    expect(mentor!.sessionTypes[0]).to.deep.include({
      id: '60min',
      name: 'Portfolio review with Jane',
      durationMinutes: 60,
      description: 'Bring two projects; we look at how you tell their story.',
    });
    await adapter.listMentors({ q: 'jane' }, ctx());
    expect(await log()).to.deep.equal([
      {
        method: 'GET',
        path: 'event-types',
        query: { username: 'jane', eventSlug: '60min' },
        version: '2024-06-14',
      },
    ]);
    // The booking, and so the calendar file, carry those names too.
    const booking = await adapter.book(request, { ...ctx(), idempotencyKey: 'k' });
    expect(booking.mentor?.name).to.not.equal('jane');

    // What the page gives wins; when it names both, nothing is looked up.
    const named = cal();
    const page = calComAdapter({
      username: 'jane',
      eventSlug: '60min',
      apiBase: named.apiBase,
      mentor: { name: 'Dr. Jane Doe' },
      session: { name: 'Mock interview' },
    });
    const [given] = await page.listMentors({}, ctx());
    expect(given!.name).to.equal('Dr. Jane Doe');
    expect(given!.sessionTypes[0]!.name).to.equal('Mock interview');
    expect(await named.log()).to.deep.equal([]);
  });

  it('says so when Cal.com has no public event by that name, and asks again next time', async () => {
    const { apiBase, log } = cal();
    const adapter = calComAdapter({ username: 'jane', eventSlug: 'secret', apiBase });
    const error = await rejection(adapter.listMentors({}, ctx()));
    expect(error.code).to.equal('not-found');
    expect(error.message).to.contain('jane/secret');
    await rejection(adapter.listMentors({}, ctx()));
    expect(await log()).to.have.length(2);
    const broken = calComAdapter({
      username: 'jane',
      eventSlug: '60min',
      apiBase: cal('broken').apiBase,
      retries: 0,
    });
    expect((await rejection(broken.listMentors({}, ctx()))).code).to.equal('invalid-response');
  });

  it('maps Cal.com’s booking 400s to what the visitor can do: another time, a field, or no retry', async () => {
    const refusal = (mode: string) =>
      rejection(
        calComAdapter({ ...jane, apiBase: cal(mode).apiBase, retries: 0 }).book(request, {
          ...ctx(),
          idempotencyKey: 'k',
        }),
      ) as Promise<AdapterError>;
    for (const [mode, why] of [
      ['past', 'past'],
      ['soon', 'too-soon'],
      ['window', 'outside-window'],
    ] as const) {
      const error = await refusal(mode);
      expect(error.code, mode).to.equal('conflict');
      expect(error.fields, mode).to.deep.equal({ start: why });
    }
    const field = await refusal('field');
    expect(field.fields).to.deep.equal({ 'attendee.email': 'required' });
    const other = await refusal('other');
    expect(other.code).to.equal('http');
    expect(other.retryable).to.equal(false);
  });

  it('reschedules with POST /v2/bookings/{uid}/reschedule and reads the new booking', async () => {
    const { apiBase, log } = cal();
    const moved = await calComAdapter({ ...jane, apiBase }).reschedule(
      'booking_uid_123',
      { start: '2050-09-06T09:00:00.000+02:00', end: '2050-09-06T10:00:00.000+02:00' },
      { ...ctx(), idempotencyKey: 'r1' },
    );
    expect(moved.id).to.equal('booking_uid_moved');
    const call = (await log()).find((c) => c.path.endsWith('/reschedule'))!;
    expect(call.method).to.equal('POST');
    expect(call.version).to.equal('2024-08-13');
    expect(call.body).to.deep.equal({ start: '2050-09-06T07:00:00.000Z' });
  });
});
