// The careers page: one <apprentice-board> on the memory adapter, seeded with fictional
// openings. Dates in the seed are offsets from today, so deadlines stay realistic.
import { createMemoryAdapter } from '/kit/cdn/micropath.js';

const DAY = 86_400_000;
const seed = await (await fetch('data/listings.json')).json();
const listings = seed.map(({ postedDaysAgo, applyInDays, ...listing }) => ({
  ...listing,
  postedAt: new Date(Date.now() - postedDaysAgo * DAY).toISOString(),
  ...(applyInDays === null
    ? {}
    : { applyBy: new Date(Date.now() + applyInDays * DAY).toISOString() }),
}));

const board = document.getElementById('board');
board.adapter = createMemoryAdapter({ listings });
board.addEventListener('mp-apply', (event) => {
  // A real page might track the click here; the demo lets the link open as usual.
  console.info('Apply:', event.listing.title);
});
