/**
 * A page of cards is rendered in steps: the first screenful in the task after the answer is
 * read, the rest in time slices (as many cards a task as its budget allows), so one answer
 * never holds the host page in a single long task, nor is slower for being sliced.
 */
import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import {
  BoardListings,
  FIRST_CARDS,
} from '../../../packages/micropath/src/apprentice-board/board-listings.ts';
import {
  FRAME_MS,
  SliceBudget,
  SLICE_BUDGET_MS,
} from '../../../packages/micropath/src/core/pace.ts';
import type { ListingsAdapter } from '../../../packages/micropath/src/core/contracts.ts';
import { makeListings } from '../../support/listing-factory.ts';
import { board, $, settled } from '../../support/board-helpers.ts';

const cardCount = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('[part~=card]').length;

/** The card counts the visitor sees, one entry per render that changed them. */
function watchCards(el: HTMLElement) {
  const seen: number[] = [];
  const observer = new MutationObserver(() => {
    const count = cardCount(el);
    if (count !== seen.at(-1)) seen.push(count);
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

/** An adapter whose answers wait for `release()`. */
function heldAdapter(inner: ListingsAdapter) {
  let release = () => {};
  const adapter: ListingsAdapter = {
    async listListings(query, options) {
      await new Promise<void>((resolve) => (release = resolve));
      return inner.listListings(query, options);
    },
  };
  return { adapter, release: () => release() };
}

/** The board's listings on a host that updates at once, as a LitElement would, in a microtask. */
function instantListings(): BoardListings {
  const host = Object.assign(document.createElement('div'), {
    locale: 'en',
    addController() {},
    removeController() {},
    requestUpdate: () => queueMicrotask(() => listings.hostUpdated()),
    updateComplete: Promise.resolve(true),
  });
  const listings = new BoardListings(host, { employed: (l) => l, loaded() {}, failed() {} });
  return listings;
}

describe('<apprentice-board> renders a page of cards in steps', () => {
  it('shows the first screenful first, then the rest; updateComplete waits for all', async () => {
    const held = heldAdapter(createMemoryAdapter({ listings: makeListings(20) }));
    const el = await board(held.adapter);
    const watch = watchCards(el);
    // Asked while only the first screenful is on screen, updateComplete answers with all cards.
    let settledWith: Promise<number> | undefined;
    const first = new MutationObserver(() => {
      if (cardCount(el) !== FIRST_CARDS) return;
      first.disconnect();
      settledWith = el.updateComplete.then(() => cardCount(el));
    });
    first.observe(el.shadowRoot!, { childList: true, subtree: true });
    held.release();
    await settled(el, () => cardCount(el) > 0);
    watch.stop();
    expect(watch.seen[0]).to.equal(FIRST_CARDS);
    expect(watch.seen.at(-1)).to.equal(20);
    expect(watch.seen).to.deep.equal([...watch.seen].sort((a, b) => a - b));
    expect(await settledWith).to.equal(20);
    expect($(el, '[part=count]')!.textContent).to.contain('20');
  });

  it('a page that fits the first screenful comes in one render', async () => {
    const held = heldAdapter(createMemoryAdapter({ listings: makeListings(4) }));
    const el = await board(held.adapter);
    const watch = watchCards(el);
    held.release();
    await settled(el, () => cardCount(el) > 0);
    watch.stop();
    expect(watch.seen).to.deep.equal([4]);
  });

  it('a page that arrives while the one before is still coming in is shown whole', async () => {
    const listings = instantListings();
    const all = createMemoryAdapter({ listings: makeListings(20) });
    await listings.load(all, {}, 20);
    expect(listings.shown).to.equal(FIRST_CARDS);
    const first = listings.revealing;
    await listings.load(createMemoryAdapter({ listings: makeListings(8, 2) }), {}, 20);
    await first;
    await listings.revealing;
    expect([listings.items.length, listings.shown, listings.revealing]).to.deep.equal([
      8,
      8,
      undefined,
    ]);
  });

  it('a later page starts with as many cards as fit its task, once a card costs what it does', async () => {
    // A card costs next to nothing here, so a page of 20 fits a task.
    const listings = instantListings();
    await listings.load(createMemoryAdapter({ listings: makeListings(20) }), {}, 20);
    // The board's first page: what a card costs is not known yet.
    expect(listings.shown).to.equal(FIRST_CARDS);
    await listings.revealing;
    // A search's page: one render, not a screenful and the rest a task later.
    await listings.load(createMemoryAdapter({ listings: makeListings(20, 2) }), {}, 20);
    expect([listings.shown, listings.revealing]).to.deep.equal([20, undefined]);
  });

  it('"Load more" adds its cards at once, below the ones shown', async () => {
    const el = await board(createMemoryAdapter({ listings: makeListings(30) }), { pageSize: 10 });
    await settled(el, () => cardCount(el) === 10);
    const watch = watchCards(el);
    $(el, '[part=load-more]')!.click();
    await settled(el, () => cardCount(el) === 20);
    watch.stop();
    expect(watch.seen).to.deep.equal([20]);
  });
});

describe("SliceBudget sizes a task's slices by time", () => {
  const realNow = performance.now;
  let clock = 0;
  beforeEach(() => {
    clock = 0;
    performance.now = () => clock;
  });
  afterEach(() => {
    performance.now = realNow;
  });

  it('starts with the first count, then fills the budget by measured cost, then yields', () => {
    const budget = new SliceBudget(6);
    budget.start();
    expect(budget.next()).to.equal(6);
    clock += 3; // 6 items in 3 ms: 0.5 ms an item
    budget.done(6, 3);
    // 5 ms left of 8: 10 items.
    expect(budget.next()).to.equal(Math.floor((SLICE_BUDGET_MS - 3) / 0.5));
    clock += 5;
    budget.done(10, 5);
    expect(budget.next(), 'the budget is spent: yield').to.equal(0);
    // The next task starts a new budget, with the cost learned.
    budget.start();
    expect(budget.next()).to.equal(SLICE_BUDGET_MS / 0.5);
  });

  it('takes a slice measured at 0 ms (under the clock’s step) as cheap, not as unknown nor free', () => {
    const budget = new SliceBudget(6);
    budget.start();
    expect(budget.next()).to.equal(6);
    budget.done(6, 0);
    // Up to 0.1 ms for 6 items: the rest of the 8 ms fits many more, not all there are.
    const many = budget.next();
    expect(many).to.be.above(6);
    expect(Number.isFinite(many)).to.equal(true);
    // Those many then took 20 ms: the estimate follows, and the budget is spent.
    clock += 20;
    budget.done(many, 20);
    expect(budget.next(), 'yield').to.equal(0);
    budget.start();
    expect(budget.next()).to.be.below(many);
  });

  it('gives a task started with a budget of its own that much time', () => {
    const budget = new SliceBudget(6);
    budget.start();
    budget.next();
    clock += 4;
    budget.done(8, 4); // 0.5 ms an item
    budget.start(clock - 2, FRAME_MS); // a task whose work began 2 ms ago, with a frame for it
    expect(budget.next()).to.equal((FRAME_MS - 2) / 0.5);
  });

  it('never gives an empty first slice, even when one item costs more than a task', () => {
    const budget = new SliceBudget(6);
    budget.start();
    budget.next();
    clock += 60;
    budget.done(1, 60);
    budget.start();
    expect(budget.next()).to.equal(1);
    clock += 60;
    expect(budget.next()).to.equal(0);
  });
});
