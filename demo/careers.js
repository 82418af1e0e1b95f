// The careers page: one <apprentice-board> reading this demo's server (source="rest:/api" in
// the HTML), where the fictional openings were seeded on first start.
import '/kit/cdn/apprentice-board.js';

document.getElementById('board').addEventListener('mp-apply', (event) => {
  // A real page might track the click here; the demo lets the link open as usual.
  console.info('Apply:', event.listing.title);
});
