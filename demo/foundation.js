// The foundation demo: the CDN module, a memory adapter and the query engine, in plain
// JavaScript (what a page without a build step writes).
import { createMemoryAdapter } from '/kit/cdn/micropath.js';

const listings = await (await fetch('data/listings.json')).json();
const adapter = createMemoryAdapter({ listings });
const provider = document.getElementById('provider');
provider.adapters = { listings: adapter };

const search = document.getElementById('search');
const count = document.getElementById('count');
const results = document.getElementById('results');
let latest;

async function show() {
  const controller = new AbortController();
  latest?.abort();
  latest = controller;
  const page = await adapter.listListings(
    { q: search.value, limit: 20 },
    { signal: controller.signal, locale: 'en' },
  );
  if (controller.signal.aborted) return;
  count.textContent = `${page.total} ${page.total === 1 ? 'opening' : 'openings'}`;
  results.replaceChildren(
    ...page.items.map((item) => {
      const li = document.createElement('li');
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = ` — ${item.organization.name}, ${item.locations.map((l) => l.label).join(' / ') || item.workplace}`;
      li.append(item.title, meta);
      return li;
    }),
  );
}

search.addEventListener(
  'input',
  () => void show().catch((e) => e.name === 'AbortError' || console.error(e)),
);
await show();
