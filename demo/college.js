// The college page: <credential-badge> elements reading credentials this demo's server issued
// (source="rest:/api" in the HTML) and published examples from links. Verification runs in
// the browser.
import '/kit/cdn/credential-badge.js';

document.addEventListener('mp-verified', (event) => {
  console.info(`${event.view.name}: ${event.report.verdict}`);
});
