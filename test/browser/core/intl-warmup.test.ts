/**
 * The first `Intl` formatter of a page is the costly one: `warmIntl` builds a date and a number
 * formatter while an element waits for the network, each in a later task, once per page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { warmIntl } from '../../../packages/micropath/src/core/intl-warmup.ts';

describe('warmIntl', () => {
  const { DateTimeFormat, NumberFormat } = Intl;
  const built: string[] = [];
  before(() => {
    Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
      construct: (target, args) => (built.push(`date ${args[0]}`), new target(...args)),
    });
    Intl.NumberFormat = new Proxy(NumberFormat, {
      construct: (target, args) => (built.push(`number ${args[0]}`), new target(...args)),
    });
  });
  after(() => Object.assign(Intl, { DateTimeFormat, NumberFormat }));

  it('builds a date and a number formatter in later tasks, once per page', async () => {
    warmIntl('en-GB');
    expect(built, 'nothing in the caller’s task').to.deep.equal([]);
    await waitUntil(() => built.length === 2, 'both formatters are built');
    expect(built).to.deep.equal(['date en-GB', 'number en-GB']);

    warmIntl('de');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(built).to.have.length(2);
  });
});
