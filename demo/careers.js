// The careers page: one <apprentice-board> reading this demo's server, where the fictional
// openings were seeded on first start. `source="rest:/api"` in the HTML reads them; the
// adapter set here also takes applications (the contract's optional route), so "Apply here"
// opens the board's own form, where an applicant may add credentials (the college page issues
// them) and see which of the opening's skills they show. It is set before the board's first
// update, so the board makes one first request, with this adapter.
import { createRestAdapter } from '/kit/cdn/apprentice-board.js';

const board = document.getElementById('board');
board.adapter = createRestAdapter({ baseUrl: '/api', applications: true });

board.addEventListener('mp-apply', (event) => {
  // A real page might track the click here; the demo lets the link open as usual.
  console.info('Apply:', event.listing.title);
});
