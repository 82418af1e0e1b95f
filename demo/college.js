// The college page: <credential-badge> elements reading published example credentials from
// links, and a learner's gallery on the memory adapter. Verification runs in the browser.
import { createMemoryAdapter } from '/kit/cdn/micropath.js';

const files = ['teamwork.jwt', 'complete.json', 'basic-assertion.json', 'simple-json.png'];
const credentials = Object.fromEntries(
  await Promise.all(
    files.map(async (name) => {
      const response = await fetch(`badges/${name}`);
      const body = name.endsWith('.png')
        ? await response.blob()
        : name.endsWith('.json')
          ? await response.json()
          : await response.text();
      return [name, body];
    }),
  ),
);

document.getElementById('gallery').adapter = createMemoryAdapter({
  credentials,
  holders: { ada: files },
});

document.addEventListener('mp-verified', (event) => {
  console.info(`${event.view.name}: ${event.report.verdict}`);
});
