/** micropath.js's adapter factories: the same adapters, with their code loaded on first use. */
import { expect } from '@open-wc/testing';
import * as lazy from '../../../packages/micropath/src/cdn/lazy-adapters.ts';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { isAdapterOf } from '../../../packages/micropath/src/core/contracts.ts';
import { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import { makeListings } from '../../support/listing-factory.ts';
import { mentors } from '../../support/mentors.ts';

const NOW = Date.UTC(2026, 10, 23, 6);
const ctx = () => ({ signal: new AbortController().signal, locale: 'en' });
const attendee = { name: 'Kofi Mensah', email: 'kofi@example.org', timeZone: 'America/Toronto' };
const request = {
  mentorId: 'ana',
  sessionTypeId: 'intro',
  start: '2026-11-23T08:00:00Z',
  end: '2026-11-23T08:30:00Z',
  attendee,
  answers: {},
  metadata: {},
};

describe('micropath.js adapter factories', () => {
  it('give a memory adapter that answers like the real one and keeps its state', async () => {
    const options = { listings: makeListings(12), mentors, now: () => NOW };
    const proxy = lazy.createMemoryAdapter(options);
    const real = createMemoryAdapter(options);
    expect(proxy.instantSearch).to.equal(true);
    for (const kind of ['listings', 'credentials', 'mentoring'] as const)
      expect(isAdapterOf(kind, proxy), kind).to.equal(true);
    expect(proxy.bookings).to.deep.equal([]);
    expect(proxy.applications).to.deep.equal([]);

    const query = { q: '', sort: 'newest' as const, limit: 5 };
    expect(await proxy.listListings(query, ctx())).to.deep.equal(
      await real.listListings(query, ctx()),
    );
    const booking = await proxy.book(request, { ...ctx(), idempotencyKey: 'k1' });
    expect(proxy.bookings).to.deep.equal([booking]);
    const week = { from: '2026-11-23T00:00:00Z', to: '2026-11-24T00:00:00Z', timeZone: 'UTC' };
    const slots = await proxy.getAvailability(
      { mentorId: 'ana', sessionTypeId: 'intro', ...week },
      ctx(),
    );
    expect(slots.map((s) => s.start)).not.to.include(booking.start);
  });

  it('give REST and ATS adapters whose failures arrive as rejections', async () => {
    const rest = lazy.createRestAdapter({ baseUrl: 'http://127.0.0.1:9/v1' });
    expect(isAdapterOf('listings', rest)).to.equal(true);
    expect(isAdapterOf('mentoring', rest)).to.equal(true);
    const failure = await rest.listMentors({}, ctx()).then(
      () => undefined,
      (error: unknown) => error as AdapterError,
    );
    expect(failure).to.be.instanceOf(AdapterError);
    expect(failure!.code).to.equal('network');
    // Applications only when asked for, as with the real adapter: the board offers its own
    // form exactly when the adapter has \`apply\`.
    expect(rest.apply).to.equal(undefined);
    const applying = lazy.createRestAdapter({
      baseUrl: 'http://127.0.0.1:9/v1',
      applications: true,
    });
    expect(typeof applying.apply).to.equal('function');
    // And the wallet exchanges that come with applications on the reference server.
    expect(typeof applying.startExchange).to.equal('function');
    expect(typeof applying.getExchange).to.equal('function');
    expect(rest.startExchange).to.equal(undefined);
    const board = lazy.greenhouseAdapter({ board: 'acme' });
    expect(board.instantSearch).to.equal(true);
    expect(typeof board.refresh).to.equal('function');
    expect(isAdapterOf('listings', lazy.leverAdapter({ site: 'acme' }))).to.equal(true);
    expect(isAdapterOf('listings', lazy.ashbyAdapter({ board: 'acme' }))).to.equal(true);
  });
});
