// `micropath/testing` under @web/test-runner (mocha): the same suite the Node tests run, through
// `describeAdapterContract` with mocha's `describe` and `it`, on adapters in the browser.
import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { calComAdapter } from '../../../packages/micropath/src/adapters/cal-com.ts';
import { greenhouseAdapter } from '../../../packages/micropath/src/adapters/ats/greenhouse.ts';
import {
  assertAdapterContract,
  describeAdapterContract,
  runAdapterContract,
} from '../../../packages/micropath/src/testing/index.ts';
import type { ListingsAdapter } from '../../../packages/micropath/src/core/contracts.ts';
import { makeListings } from '../../support/listing-factory.ts';
import { mentors } from '../../support/mentors.ts';

const runner = { describe, it };

describeAdapterContract(runner, 'memory adapter (browser)', () =>
  createMemoryAdapter({ listings: makeListings(30, 3), mentors, latencyMs: 5 }),
);

describeAdapterContract(
  runner,
  'Cal.com adapter (recorded stand-in, browser)',
  () =>
    calComAdapter({
      username: 'jane',
      eventSlug: '60min',
      mentor: { name: 'Jane Doe' },
      apiBase: '/cal/ok-contract/v2',
    }),
  {
    kinds: ['mentoring'],
    mentoring: {
      from: '2050-09-05T00:00:00+02:00',
      to: '2050-09-07T00:00:00+02:00',
      timeZone: 'Europe/Rome',
      conflicts: false,
    },
  },
);

describeAdapterContract(
  runner,
  'Greenhouse adapter (recorded feed, browser)',
  () => greenhouseAdapter({ board: 'anthropic', apiBase: '/ats/greenhouse' }),
  { kinds: ['listings'] },
);

describe('the adapter suite catches a broken adapter', () => {
  /** The memory adapter with one thing broken. */
  function broken(fault: 'repeats' | 'plain-error' | 'facets' | 'schema'): ListingsAdapter {
    const inner = createMemoryAdapter({ listings: makeListings(12, 5) });
    return {
      async listListings(query, ctx) {
        const page = await inner.listListings(query, ctx);
        if (fault === 'repeats' && query.cursor)
          return { ...page, items: [page.items[0]!, ...page.items] };
        if (fault === 'facets' && query.kind) return { ...page, total: (page.total ?? 0) + 1 };
        if (fault === 'schema')
          return { ...page, items: page.items.map((l) => ({ ...l, title: '' })) };
        return page;
      },
      async getListing(id, ctx) {
        if (fault === 'plain-error') throw new Error(`No listing ${id}`);
        return inner.getListing(id, ctx);
      },
    };
  }
  const failing = async (adapter: ListingsAdapter) =>
    (await runAdapterContract(adapter)).filter((r) => r.status === 'fail').map((r) => r.id);

  it('fails the clause of each fault, and only it', async () => {
    expect(await failing(broken('repeats'))).to.deep.equal(['listings.paging']);
    expect(await failing(broken('plain-error'))).to.deep.equal(['listings.get']);
    expect(await failing(broken('facets'))).to.deep.equal(['listings.facets']);
    expect(await failing(broken('schema'))).to.include('listings.schema');
  });

  it('assertAdapterContract names each failed check', async () => {
    let message = '';
    await assertAdapterContract(broken('plain-error')).catch(
      (error: Error) => (message = error.message),
    );
    expect(message).to.match(
      /listings\.get: getListing threw Error: No listing .*, not an AdapterError/,
    );
  });
});
