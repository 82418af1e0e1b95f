// The college page: <credential-badge> elements reading published example credentials from
// links, and a learner's gallery through openBadgesAdapter (credentials published as files).
// Verification runs in the browser.
import { openBadgesAdapter } from '/kit/cdn/micropath.js';

document.getElementById('gallery').adapter = openBadgesAdapter({
  baseUrl: 'badges/',
  holders: { ada: ['teamwork.jwt', 'complete.json', 'basic-assertion.json', 'simple-json.png'] },
});

document.addEventListener('mp-verified', (event) => {
  console.info(`${event.view.name}: ${event.report.verdict}`);
});
