import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import { makeListings } from '../../support/listing-factory.ts';
import { mentors } from '../../support/mentors.ts';
import { rejection as rejectionOf } from '../../support/rejection.ts';
const rejection = (promise: Promise<unknown>) => rejectionOf<AdapterError>(promise);

// Monday 2026-11-23, 06:00 UTC (07:00 in Madrid).
const NOW = Date.UTC(2026, 10, 23, 6);
const ctx = () => ({ signal: new AbortController().signal, locale: 'en' });
const attendee = { name: 'Kofi Mensah', email: 'kofi@example.org', timeZone: 'America/Toronto' };

function adapter(options = {}) {
  return createMemoryAdapter({ mentors, now: () => NOW, ...options });
}

const week = { from: '2026-11-23T00:00:00Z', to: '2026-11-30T00:00:00Z' };

describe('memory adapter: availability', () => {
  it("offers slots inside the mentor's weekly hours, in the visitor's zone, after the notice period", async () => {
    const slots = await adapter().getAvailability(
      { mentorId: 'ana', sessionTypeId: 'intro', ...week, timeZone: 'America/Toronto' },
      ctx(),
    );
    // Madrid 09:00–12:00 on weekdays = 6 half-hour slots a day; Monday's first starts at
    // 08:00 UTC, after the 60-minute notice from 06:00 UTC. Five weekdays.
    expect(slots).to.have.length(30);
    expect(slots[0]).to.deep.equal({
      start: '2026-11-23T03:00:00-05:00',
      end: '2026-11-23T03:30:00-05:00',
    });
    expect(slots.at(-1)).to.deep.equal({
      start: '2026-11-27T05:30:00-05:00',
      end: '2026-11-27T06:00:00-05:00',
    });
  });

  it('leaves out slots inside the notice period', async () => {
    const late = adapter({ now: () => Date.UTC(2026, 10, 23, 8, 40) });
    const slots = await late.getAvailability(
      { mentorId: 'ana', sessionTypeId: 'intro', ...week, timeZone: 'UTC' },
      ctx(),
    );
    expect(slots[0]!.start).to.equal('2026-11-23T10:00:00+00:00');
  });

  it('follows a DST change in the mentor zone', async () => {
    // Madrid leaves summer time on 2026-10-25: 09:00 local is 07:00 UTC before, 08:00 UTC after.
    const a = adapter({ now: () => Date.UTC(2026, 9, 1) });
    const slots = await a.getAvailability(
      {
        mentorId: 'ana',
        sessionTypeId: 'review',
        from: '2026-10-23T00:00:00Z',
        to: '2026-10-27T00:00:00Z',
        timeZone: 'UTC',
      },
      ctx(),
    );
    expect(slots.map((s) => s.start)).to.deep.equal([
      '2026-10-23T07:00:00+00:00',
      '2026-10-23T08:00:00+00:00',
      '2026-10-23T09:00:00+00:00',
      '2026-10-26T08:00:00+00:00',
      '2026-10-26T09:00:00+00:00',
      '2026-10-26T10:00:00+00:00',
    ]);
  });

  it('works in half-hour zones', async () => {
    const slots = await adapter().getAvailability(
      { mentorId: 'ravi', sessionTypeId: 'intro', ...week, timeZone: 'Europe/Berlin' },
      ctx(),
    );
    // Saturday 10:30–12:30 in Kolkata (+05:30) = 06:00–08:00 in Berlin (+01:00).
    expect(slots.map((s) => s.start)).to.deep.equal([
      '2026-11-28T06:00:00+01:00',
      '2026-11-28T06:30:00+01:00',
      '2026-11-28T07:00:00+01:00',
      '2026-11-28T07:30:00+01:00',
    ]);
  });

  it('rejects unknown mentors and session types, and overlong ranges', async () => {
    const a = adapter();
    expect(
      (
        await rejection(
          a.getAvailability(
            { mentorId: 'x', sessionTypeId: 'intro', ...week, timeZone: 'UTC' },
            ctx(),
          ),
        )
      ).code,
    ).to.equal('not-found');
    expect(
      (
        await rejection(
          a.getAvailability(
            { mentorId: 'ana', sessionTypeId: 'x', ...week, timeZone: 'UTC' },
            ctx(),
          ),
        )
      ).code,
    ).to.equal('not-found');
    const long = await rejection(
      a.getAvailability(
        {
          mentorId: 'ana',
          sessionTypeId: 'intro',
          from: week.from,
          to: '2027-06-01T00:00:00Z',
          timeZone: 'UTC',
        },
        ctx(),
      ),
    );
    expect(long.status).to.equal(400);
    const bad = await rejection(
      a.getAvailability(
        { mentorId: 'ana', sessionTypeId: 'intro', from: 'soon', to: week.to, timeZone: 'UTC' },
        ctx(),
      ),
    );
    expect(bad.status).to.equal(422);
    expect(bad.fields).to.have.property('from');
    expect(
      await a.getAvailability(
        { mentorId: 'ana', sessionTypeId: 'intro', from: week.to, to: week.from, timeZone: 'UTC' },
        ctx(),
      ),
    ).to.deep.equal([]);
  });
});

describe('memory adapter: booking', () => {
  const slot = { start: '2026-11-24T09:00:00+01:00', end: '2026-11-24T09:30:00+01:00' };
  const request = {
    mentorId: 'ana',
    sessionTypeId: 'intro',
    ...slot,
    attendee,
    answers: {},
    metadata: {},
  };

  it('books a free slot, which then disappears from availability', async () => {
    const a = adapter();
    const booking = await a.book(request, { ...ctx(), idempotencyKey: 'k1' });
    expect(booking).to.include({
      status: 'confirmed',
      mentorId: 'ana',
      sessionTypeId: 'intro',
      start: slot.start,
      joinUrl: 'https://meet.example.org/ana',
    });
    expect(booking.mentor).to.deep.equal({ id: 'ana', name: 'Ana Ruiz' });
    const slots = await a.getAvailability(
      {
        mentorId: 'ana',
        sessionTypeId: 'intro',
        from: '2026-11-24T00:00:00Z',
        to: '2026-11-25T00:00:00Z',
        timeZone: 'Europe/Madrid',
      },
      ctx(),
    );
    expect(slots.map((s) => s.start)).to.not.include(slot.start);
    expect(slots).to.have.length(5);
  });

  it('rejects a taken slot with conflict, also for a longer session overlapping it', async () => {
    const a = adapter();
    await a.book(request, { ...ctx(), idempotencyKey: 'k1' });
    const again = await rejection(a.book(request, { ...ctx(), idempotencyKey: 'k2' }));
    expect(again.code).to.equal('conflict');
    expect(again.message).to.contain('no longer available');
    const overlapping = { ...request, sessionTypeId: 'review', end: '2026-11-24T10:00:00+01:00' };
    expect(
      (await rejection(a.book(overlapping, { ...ctx(), idempotencyKey: 'k3' }))).code,
    ).to.equal('conflict');
    expect(a.bookings).to.have.length(1);
  });

  it('returns the original booking for a repeated idempotency key, and refuses a changed request under it', async () => {
    const a = adapter();
    const first = await a.book(request, { ...ctx(), idempotencyKey: 'same' });
    const replay = await a.book(request, { ...ctx(), idempotencyKey: 'same' });
    expect(replay).to.deep.equal(first);
    expect(a.bookings).to.have.length(1);
    const changed = await rejection(
      a.book(
        { ...request, attendee: { ...attendee, name: 'Other' } },
        { ...ctx(), idempotencyKey: 'same' },
      ),
    );
    expect(changed.code).to.equal('conflict');
    expect(changed.message).to.contain('idempotency key');
  });

  it('refuses times outside the weekly hours, in the past, or not on the slot grid', async () => {
    const a = adapter();
    const outside = {
      ...request,
      start: '2026-11-24T15:00:00+01:00',
      end: '2026-11-24T15:30:00+01:00',
    };
    const past = {
      ...request,
      start: '2026-11-23T07:00:00+01:00',
      end: '2026-11-23T07:30:00+01:00',
    };
    const offGrid = {
      ...request,
      start: '2026-11-24T09:10:00+01:00',
      end: '2026-11-24T09:40:00+01:00',
    };
    for (const [i, r] of [outside, past, offGrid].entries()) {
      expect((await rejection(a.book(r, { ...ctx(), idempotencyKey: `k${i}` }))).code).to.equal(
        'conflict',
      );
    }
  });

  it('validates the request: a 422 names the fields', async () => {
    const error = await rejection(
      adapter().book(
        { ...request, attendee: { ...attendee, email: 'nope' } },
        { ...ctx(), idempotencyKey: 'k' },
      ),
    );
    expect(error.status).to.equal(422);
    expect(error.fields).to.have.property('attendee.email');
  });

  it('cancels, freeing the slot; unknown bookings are not-found', async () => {
    const a = adapter();
    const booking = await a.book(request, { ...ctx(), idempotencyKey: 'k1' });
    // The booking id alone does not cancel: its manage token must come with it.
    expect((await rejection(a.cancel(booking.id, undefined, ctx()))).code).to.equal('unauthorized');
    await a.cancel(booking.id, undefined, { ...ctx(), manageToken: booking.manageToken! });
    expect(a.bookings[0]!.status).to.equal('cancelled');
    await a.book(request, { ...ctx(), idempotencyKey: 'k2' });
    expect((await rejection(a.cancel('nope', undefined, ctx()))).code).to.equal('not-found');
  });

  it('honours existing bookings given at creation', async () => {
    const a = adapter({
      bookings: [
        {
          id: 'old',
          status: 'confirmed',
          ...slot,
          mentorId: 'ana',
          sessionTypeId: 'intro',
          attendee,
          mentor: { id: 'ana', name: 'Ana Ruiz' },
        },
      ],
    });
    expect((await rejection(a.book(request, { ...ctx(), idempotencyKey: 'k' }))).code).to.equal(
      'conflict',
    );
  });
});

describe('memory adapter: listings, applications, credentials, mentors', () => {
  it('serves the board through the query engine and reports invalid seed items as skipped', async () => {
    const a = createMemoryAdapter({
      listings: [...makeListings(30), { id: 'broken' }],
      now: () => NOW,
    });
    const page = await a.listListings({ q: 'data', limit: 5 }, ctx());
    expect(page.items.length).to.be.at.most(5);
    page.items.forEach((item) => expect(item.title.toLowerCase()).to.contain('data'));
    expect(page.skipped).to.equal(1);
    expect(page.facets!.kind!.length).to.be.greaterThan(0);
    // Listings are frozen: a caller cannot change the store through them.
    expect(() => ((page.items[0] as { title: string }).title = 'mutated')).to.throw(TypeError);
    expect(Object.isFrozen(page.items[0]!.organization)).to.equal(true);
    expect((await a.getListing(page.items[0]!.id, ctx())).title).to.not.equal('mutated');
    expect((await rejection(a.getListing('none', ctx()))).code).to.equal('not-found');
    expect((await rejection(a.listListings({ limit: 5000 }, ctx()))).status).to.equal(422);
  });

  it('takes applications and validates them', async () => {
    const a = createMemoryAdapter({ listings: makeListings(2), now: () => NOW });
    const receipt = await a.apply(
      'L1-0',
      { name: 'Sam', email: 'sam@example.org', consent: true, links: ['https://github.com/sam'] },
      ctx(),
    );
    expect(receipt).to.include({
      listingId: 'L1-0',
      status: 'received',
      receivedAt: new Date(NOW).toISOString(),
    });
    expect(a.applications).to.have.length(1);
    const invalid = await rejection(
      a.apply(
        'L1-0',
        { name: 'Sam', email: 'sam@example.org', consent: false, links: [] } as never,
        ctx(),
      ),
    );
    expect(invalid.fields).to.have.property('consent');
    expect((await rejection(a.apply('none', {} as never, ctx()))).code).to.equal('not-found');
  });

  it('serves credentials and holder lists, including Blobs', async () => {
    const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    const a = createMemoryAdapter({
      credentials: { one: { id: 'urn:1' }, two: 'eyJ.x.y', img: png },
      holders: { sam: ['one', 'img', 'missing'] },
    });
    expect(await a.getCredential('one', ctx())).to.deep.equal({ id: 'urn:1' });
    expect(await a.getCredential('img', ctx())).to.equal(png);
    expect(await a.listCredentials('sam', ctx())).to.have.length(2);
    expect((await rejection(a.getCredential('x', ctx()))).code).to.equal('not-found');
    expect((await rejection(a.listCredentials('x', ctx()))).code).to.equal('not-found');
  });

  it('filters mentors by expertise and text', async () => {
    const a = adapter();
    expect((await a.listMentors({ expertise: 'sql' }, ctx())).map((m) => m.id)).to.deep.equal([
      'ana',
    ]);
    expect((await a.listMentors({ q: 'security' }, ctx())).map((m) => m.id)).to.deep.equal([
      'ravi',
    ]);
    expect(await a.listMentors({}, ctx())).to.have.length(2);
  });

  it('simulates latency and stops on abort', async () => {
    const a = createMemoryAdapter({ listings: makeListings(3), latencyMs: 200 });
    const controller = new AbortController();
    const pending = a.listListings({}, { signal: controller.signal, locale: 'en' });
    controller.abort();
    const error = (await rejection(pending)) as unknown as DOMException;
    expect(error.name).to.equal('AbortError');
    const early = (await rejection(
      a.listListings({}, { signal: AbortSignal.abort(), locale: 'en' }),
    )) as unknown as DOMException;
    expect(early.name).to.equal('AbortError');
    expect((await a.listListings({}, ctx())).items).to.have.length(3);
  });
});
