/**
 * The adapters whose code loads on first use (`source="rest:…"`, `source="cal:…"`, the
 * factories of `micropath.js`) stand in for the real ones before they load, so they must have
 * every method the real one has: an element decides what to offer by which methods its adapter
 * has ("Change the time" needs `reschedule`, the embedded form `apply`).
 */
import { expect } from '@open-wc/testing';
import * as eager from '../../../packages/micropath/src/adapters/index.ts';
import * as lazy from '../../../packages/micropath/src/cdn/lazy-adapters.ts';
import { lazyRestAdapter } from '../../../packages/micropath/src/core/lazy-rest.ts';

const methods = (adapter: object) =>
  Object.entries(adapter)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name)
    .sort();

describe('adapters loaded on first use', () => {
  it('source="rest:…" has the methods of createRestAdapter, with applications or without', () => {
    for (const options of [
      { baseUrl: 'https://api.example.org/v1' },
      { baseUrl: 'https://api.example.org/v1', applications: true },
    ]) {
      expect(methods(lazyRestAdapter(options))).to.deep.equal(
        methods(eager.createRestAdapter(options)),
        JSON.stringify(options),
      );
    }
  });

  it("micropath.js's factories have the methods of micropath/adapters'", () => {
    const pairs: [string, object, object][] = [
      ['memory', lazy.createMemoryAdapter({}), eager.createMemoryAdapter({})],
      [
        'rest',
        lazy.createRestAdapter({ baseUrl: 'https://api.example.org/v1' }),
        eager.createRestAdapter({ baseUrl: 'https://api.example.org/v1' }),
      ],
      [
        'cal.com',
        lazy.calComAdapter({ username: 'jane', eventSlug: '60min' }),
        eager.calComAdapter({ username: 'jane', eventSlug: '60min' }),
      ],
      [
        'greenhouse',
        lazy.greenhouseAdapter({ board: 'acme' }),
        eager.greenhouseAdapter({ board: 'acme' }),
      ],
    ];
    for (const [name, proxy, real] of pairs)
      expect(methods(proxy)).to.deep.equal(methods(real), name);
  });
});
