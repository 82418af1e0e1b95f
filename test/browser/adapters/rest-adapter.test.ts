import { readSlots } from '../../../packages/micropath/src/core/read-mentoring.ts';
import { expect } from '@open-wc/testing';
import { createRestAdapter } from '../../../packages/micropath/src/adapters/rest-adapter.ts';
import { AdapterError } from '../../../packages/micropath/src/core/errors.ts';
import { contractUrl, ctx } from '../../support/contract-url.ts';
import { rejection as rejectionOf } from '../../support/rejection.ts';
const rejection = (promise: Promise<unknown>) => rejectionOf<AdapterError>(promise);

const attendee = { name: 'Lea Park', email: 'lea@example.org', timeZone: 'America/Toronto' };

async function slotsOf(adapter: ReturnType<typeof createRestAdapter>) {
  const from = new Date(Date.now() + 86_400_000).toISOString();
  const to = new Date(Date.now() + 15 * 86_400_000).toISOString();
  const slots = await adapter.getAvailability(
    { mentorId: 'ana', sessionTypeId: 'intro', from, to, timeZone: 'America/Toronto' },
    ctx(),
  );
  expect(slots.length).to.be.greaterThan(1);
  return slots;
}
const firstSlot = async (adapter: ReturnType<typeof createRestAdapter>) =>
  (await slotsOf(adapter))[0]!;

describe('REST adapter against the contract over real HTTP', () => {
  it('lists listings with the query encoded as the contract says', async () => {
    const { baseUrl, log } = contractUrl();
    const adapter = createRestAdapter({ baseUrl });
    const page = await adapter.listListings(
      { q: ' data ', kind: ['micro-internship', 'project'], paid: true, sort: 'newest', limit: 5 },
      ctx(),
    );
    expect(page.items.length).to.be.at.most(5);
    for (const item of page.items) {
      expect(['micro-internship', 'project']).to.include(item.kind);
      expect(item.compensation?.kind).to.not.equal('unpaid');
    }
    expect(page.total).to.be.a('number');
    const [request] = await log();
    const params = new URLSearchParams(request!.query);
    expect(params.get('q')).to.equal('data');
    expect(params.getAll('kind')).to.deep.equal(['micro-internship', 'project']);
    expect(params.get('paid')).to.equal('true');
    expect(params.get('limit')).to.equal('5');
    expect(request!.acceptLanguage).to.equal('de-DE');
  });

  it('pages with the server cursor until the end', async () => {
    const adapter = createRestAdapter({ baseUrl: contractUrl().baseUrl });
    const ids = new Set<string>();
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await adapter.listListings({ limit: 20, ...(cursor ? { cursor } : {}) }, ctx());
      page.items.forEach((item) => ids.add(item.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).to.equal(3);
    expect(ids.size).to.equal(46);
  });

  it('gets one listing and reports a missing one as not-found', async () => {
    const adapter = createRestAdapter({ baseUrl: contractUrl().baseUrl });
    const listing = await adapter.getListing('fixed-1', ctx());
    expect(listing.title).to.equal('Électricien apprentice');
    expect(listing.skills).to.deep.equal([]);
    expect((await rejection(adapter.getListing('gone', ctx()))).code).to.equal('not-found');
  });

  it('drops and counts malformed listings, and names the field of a malformed listing', async () => {
    const adapter = createRestAdapter({ baseUrl: contractUrl('wrong-shape').baseUrl });
    const page = await adapter.listListings({}, ctx());
    expect(page.items.map((i) => i.id)).to.deep.equal(['ok-1']);
    expect(page.skipped).to.equal(2);
    const error = await rejection(adapter.getListing('x', ctx()));
    expect(error.code).to.equal('invalid-response');
    expect(error.message).to.contain('title: expected string');
    expect(error.message).to.contain('organization.name');
  });

  it('passes slots on for the boundary to read leniently: malformed dropped and counted, duplicates removed, sorted', async () => {
    const adapter = createRestAdapter({ baseUrl: contractUrl('wrong-shape').baseUrl });
    const raw = await adapter.getAvailability(
      {
        mentorId: 'ana',
        sessionTypeId: 'intro',
        from: '2030-01-01T00:00:00Z',
        to: '2030-01-05T00:00:00Z',
        timeZone: 'UTC',
      },
      ctx(),
    );
    const { items: slots, skipped } = readSlots(raw);
    expect(slots.map((s) => s.start)).to.deep.equal([
      '2030-01-01T10:00:00+01:00',
      '2030-01-02T10:00:00Z',
    ]);
    expect(skipped).to.be.greaterThan(0);
    const mentors = await rejection(adapter.listMentors({}, ctx()));
    expect(mentors.code).to.equal('invalid-response');
    expect(
      (await rejection(adapter.book({} as never, { ...ctx(), idempotencyKey: 'k' }))).code,
    ).to.equal('invalid-response');
  });

  it('books a free slot with the idempotency key, and replays the same booking on retry', async () => {
    const { baseUrl, log } = contractUrl();
    const adapter = createRestAdapter({ baseUrl });
    const slot = await firstSlot(adapter);
    const request = {
      mentorId: 'ana',
      sessionTypeId: 'intro',
      ...slot,
      attendee,
      answers: {},
      metadata: { utm_source: 'test' },
    };
    const first = await adapter.book(request, { ...ctx(), idempotencyKey: 'attempt-1' });
    const again = await adapter.book(request, { ...ctx(), idempotencyKey: 'attempt-1' });
    expect(first.status).to.equal('confirmed');
    expect(first.mentor.name).to.equal('Ana Ruiz');
    expect(first.joinUrl).to.equal('https://meet.example.org/ana');
    expect(again.id).to.equal(first.id);
    const posts = (await log()).filter((r) => r.method === 'POST');
    expect(posts.map((p) => p.idempotencyKey)).to.deep.equal(['attempt-1', 'attempt-1']);
    const slotsAfter = await adapter.getAvailability(
      { mentorId: 'ana', sessionTypeId: 'intro', from: slot.start, to: slot.end, timeZone: 'UTC' },
      ctx(),
    );
    expect(slotsAfter).to.deep.equal([]);
  });

  it('answers a taken slot with conflict, and frees it on cancel', async () => {
    const adapter = createRestAdapter({ baseUrl: contractUrl().baseUrl });
    const slot = await firstSlot(adapter);
    const request = {
      mentorId: 'ana',
      sessionTypeId: 'intro',
      ...slot,
      attendee,
      answers: {},
      metadata: {},
    };
    const booking = await adapter.book(request, { ...ctx(), idempotencyKey: 'a' });
    const taken = await rejection(adapter.book(request, { ...ctx(), idempotencyKey: 'b' }));
    expect(taken.code).to.equal('conflict');
    expect(taken.status).to.equal(409);
    expect((await rejection(adapter.cancel(booking.id, 'changed plans', ctx()))).code).to.equal(
      'unauthorized',
    );
    await adapter.cancel(booking.id, 'changed plans', {
      ...ctx(),
      manageToken: booking.manageToken!,
    });
    const rebooked = await adapter.book(request, { ...ctx(), idempotencyKey: 'c' });
    expect(rebooked.id).to.not.equal(booking.id);
  });

  it('reschedules with the manage token and an idempotency key; a replay answers the same', async () => {
    const adapter = createRestAdapter({ baseUrl: contractUrl().baseUrl });
    const [first, second] = await slotsOf(adapter);
    const request = {
      mentorId: 'ana',
      sessionTypeId: 'intro',
      ...first!,
      attendee,
      answers: {},
      metadata: {},
    };
    const booking = await adapter.book(request, { ...ctx(), idempotencyKey: 'r-book' });
    const manage = { ...ctx(), manageToken: booking.manageToken!, idempotencyKey: 'r-move' };
    const moved = await adapter.reschedule(booking.id, second!, manage);
    expect(moved.id).to.equal(booking.id);
    expect(Date.parse(moved.start)).to.equal(Date.parse(second!.start));
    expect(moved.sequence).to.equal(1);
    const again = await adapter.reschedule(booking.id, second!, manage);
    expect(again.sequence).to.equal(1);
    const stranger = await rejection(
      adapter.reschedule(booking.id, first!, {
        ...manage,
        manageToken: 'guess',
        idempotencyKey: 'r-x',
      }),
    );
    expect(stranger.code).to.equal('unauthorized');
  });

  it('fetches credentials as JSON or as a JWT string, and a holder list', async () => {
    const { baseUrl, log } = contractUrl();
    const adapter = createRestAdapter({ baseUrl });
    const json = (await adapter.getCredential('json-1', ctx())) as { id: string };
    expect(json.id).to.equal('urn:uuid:1');
    const jwt = await adapter.getCredential('jwt-1', ctx());
    expect(jwt).to.be.a('string').and.match(/^eyJ/);
    expect(await adapter.listCredentials('sam', ctx())).to.have.length(2);
    expect((await log())[0]!.accept).to.contain('application/jwt');
    const response = await adapter.fetch(`${baseUrl}/mentors`);
    expect(response.status).to.equal(200);
  });

  it('lists mentors with a filter', async () => {
    const adapter = createRestAdapter({ baseUrl: contractUrl().baseUrl });
    const mentors = await adapter.listMentors({ expertise: 'cybersecurity' }, ctx());
    expect(mentors.map((m) => m.id)).to.deep.equal(['ravi']);
  });

  it('applies only when the backend says it takes applications', async () => {
    expect(createRestAdapter({ baseUrl: '/x' }).apply).to.equal(undefined);
    const adapter = createRestAdapter({ baseUrl: contractUrl().baseUrl, applications: true });
    const receipt = await adapter.apply!(
      'fixed-1',
      { name: 'Lea', email: 'lea@example.org', consent: true, links: [] },
      ctx(),
    );
    expect(receipt.listingId).to.equal('fixed-1');
    expect(receipt.status).to.equal('received');
  });
});
