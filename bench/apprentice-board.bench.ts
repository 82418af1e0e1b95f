/**
 * Board scenarios, in the page:
 * - first render of 1,000 listings, as a ratio to the same cards inserted as static HTML with
 *   the same styles (both measured to the next paint);
 * - a search keystroke over 10,000 listings to the next paint, p50 and p95.
 */
import '../packages/micropath/src/apprentice-board/define.ts';
import { createMemoryAdapter } from '../packages/micropath/src/adapters/memory/memory-adapter.ts';
import type { ApprenticeBoard } from '../packages/micropath/src/apprentice-board/apprentice-board.ts';
import { makeListings } from '../test/support/listing-factory.ts';

const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/** The board's listings controller (board-listings.ts): what its latest answer is. */
interface Listings {
  status: string;
  items: readonly unknown[];
}
function listingsOf(board: ApprenticeBoard): Listings {
  const listings = (board as unknown as { listings?: Listings }).listings;
  // Read by name: a rename must stop the bench rather than let it time less than the answer.
  if (!listings || !Array.isArray(listings.items))
    throw new Error('The board no longer has its listings controller (listings.items).');
  return listings;
}

/** A task of its own, without a timer's clamp: the wait below checks once a task. */
function nextMessage(): Promise<void> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port1.onmessage = () => resolve();
    port2.postMessage(undefined);
  });
}

/**
 * Resolves once the board shows an answer newer than `before` (its items then), every card of
 * it rendered: the answer arrives in a later task than the keystroke or the mount, and the
 * board's `updateComplete` waits for a reveal under way, not for a request.
 */
async function settle(board: ApprenticeBoard, before?: readonly unknown[]): Promise<void> {
  const listings = listingsOf(board);
  while (listings.items === before || listings.status !== 'ready') await nextMessage();
  await board.updateComplete;
}

async function mount(
  adapter: ReturnType<typeof createMemoryAdapter>,
  pageSize: number,
): Promise<ApprenticeBoard> {
  const board = document.createElement('apprentice-board');
  board.setAttribute('page-size', String(pageSize));
  board.adapter = adapter;
  document.body.append(board);
  await settle(board, listingsOf(board).items);
  return board;
}

/** Main-thread tasks over 50 ms (the Long Tasks API reports no shorter ones) while `work` runs. */
async function longTasks(work: () => Promise<void>): Promise<number[]> {
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await work();
  for (const entry of observer.takeRecords()) seen.push(entry.duration);
  observer.disconnect();
  return seen;
}

async function firstRender(adapter: ReturnType<typeof createMemoryAdapter>) {
  let board!: ApprenticeBoard;
  // A task of the page's own can be under way when this starts (the last render's removal):
  // it is the bench's, and it ends before the board's first task.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const start = performance.now();
  const long = await longTasks(async () => {
    board = await mount(adapter, 1000);
    await nextPaint();
  });
  const boardMs = performance.now() - start;
  const cards = board.shadowRoot!.querySelectorAll('[part~=card]').length;
  // The same markup as static HTML, in a shadow root with the same constructed stylesheets.
  const list = board.shadowRoot!.querySelector('[part=list]')!;
  const markup = list.outerHTML;
  const sheets = board.shadowRoot!.adoptedStyleSheets;
  board.remove();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  // Static HTML as a page would ship it: parsed, inserted, styled, laid out and painted.
  const staticStart = performance.now();
  const template = document.createElement('template');
  // Bench page only (no Trusted Types policy here): the reference is a string parse.
  template.innerHTML = `<div part="base">${markup}</div>`;
  root.append(template.content);
  document.body.append(host);
  await nextPaint();
  const staticMs = performance.now() - staticStart;
  host.remove();
  return { boardMs, staticMs, cards, long };
}

export async function run() {
  const thousand = createMemoryAdapter({ listings: makeListings(1000, 3) });
  await firstRender(thousand); // warm up: lazy chunks, fonts, JIT
  const renders = [];
  for (let i = 0; i < 5; i++) renders.push(await firstRender(thousand));
  if (renders.some((r) => r.cards !== 1000))
    throw new Error('The bench board did not render its 1,000 cards before it was timed.');
  const ratios = renders.map((r) => r.boardMs / r.staticMs);

  const board = await mount(createMemoryAdapter({ listings: makeListings(10_000, 5) }), 20);
  const input = board.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  const work: number[] = [];
  const toPaint: number[] = [];
  const text = 'data analyst apprenticeship';
  for (let round = 0; round < 3; round++) {
    for (let i = 1; i <= text.length; i++) {
      const before = listingsOf(board).items;
      const start = performance.now();
      input.value = text.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settle(board, before);
      // Force style and layout now: the work a frame must fit, without the wait for vsync.
      board.shadowRoot!.querySelector('[part=base]')!.getBoundingClientRect();
      work.push(performance.now() - start);
      await nextPaint();
      toPaint.push(performance.now() - start);
    }
  }
  board.remove();
  return {
    'first render, 1,000 cards (ratio to static HTML)': {
      value: percentile(ratios, 0.5),
      unit: '×',
      samples: ratios.length,
    },
    'first render, 1,000 cards, longest task (0: none over 50 ms)': {
      value: Math.max(0, ...renders.flatMap((r) => r.long)),
      unit: 'ms',
      samples: renders.length,
    },
    'first render, 1,000 cards (board, ms)': {
      value: percentile(
        renders.map((r) => r.boardMs),
        0.5,
      ),
      unit: 'ms',
      samples: renders.length,
    },
    'first render, 1,000 cards (static HTML, ms)': {
      value: percentile(
        renders.map((r) => r.staticMs),
        0.5,
      ),
      unit: 'ms',
      samples: renders.length,
    },
    'keystroke work (script, style, layout), 10,000, p50': {
      value: percentile(work, 0.5),
      unit: 'ms',
      samples: work.length,
    },
    'keystroke work (script, style, layout), 10,000, p95': {
      value: percentile(work, 0.95),
      unit: 'ms',
      samples: work.length,
    },
    'keystroke to next paint incl. vsync wait, p95': {
      value: percentile(toPaint, 0.95),
      unit: 'ms',
      samples: toPaint.length,
    },
  };
}

(window as unknown as { micropathBench: unknown }).micropathBench = { run };
